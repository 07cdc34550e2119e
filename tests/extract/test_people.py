"""Officials and reporters: unit cases from many provinces, and the seed articles.

The seed drafts are cut from the seed files here (between an article's first
line and the next article's headline) so these tests do not depend on the
split stage; layout breaks inside long paragraphs are joined the simple way.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsarchive.extract.people import extract_officials, extract_reporters, find_mentions
from newsarchive.extract.people_bylines import byline_names
from newsarchive.extract.people_name_words import END_WORD, ORDINARY_WORD, PARTICLE, PUNCTUATION, boundary_strength, is_name
from newsarchive.extract.people_names import name_at
from newsarchive.extract.titles import posts, title_chain
from newsarchive.records import Draft, Official

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
GOLD = ROOT.parent / "shared" / "gold" / "seeds.yaml"


def draft(*paragraphs: str, bylines: tuple[str, ...] = (), captions: tuple[str, ...] = (),
          front_matter: dict | None = None) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=None, subtitle=None,
                 paragraphs=tuple(paragraphs), bylines=bylines, captions=captions,
                 front_matter=front_matter or {})


def officials(*paragraphs: str) -> list[tuple[str, list[str]]]:
    return [(o.name, list(o.titles)) for o in extract_officials(draft(*paragraphs))]


def names(*paragraphs: str) -> list[str]:
    return [o.name for o in extract_officials(draft(*paragraphs))]


# --- names ------------------------------------------------------------------

@pytest.mark.parametrize("word", ["张国际", "欧阳建明", "司马慧", "黄卿", "虎强", "都小巧", "那磊", "常乐"])
def test_is_name_accepts_real_names(word: str) -> None:
    assert is_name(word, anchored=True)


@pytest.mark.parametrize("word", ["高新区", "方案", "应该", "关于党", "会议", "同志",
                                  "负责人", "主持", "金水区", "巡察组", "欧阳", "王某某某"])
def test_is_name_rejects_words_places_and_organisations(word: str) -> None:
    assert not is_name(word)


def test_boundary_strength_ranks_punctuation_verbs_particles_words() -> None:
    assert boundary_strength("，") == boundary_strength("") == PUNCTUATION
    assert boundary_strength("出席会议") == boundary_strength("等人") == END_WORD
    assert boundary_strength("在会上") == END_WORD
    assert boundary_strength("与会") == PARTICLE
    assert boundary_strength("组织学习") == ORDINARY_WORD
    assert boundary_strength("远组织学习") == 0
    assert PUNCTUATION > END_WORD > PARTICLE > ORDINARY_WORD > 0


@pytest.mark.parametrize("text, want", [
    ("向阳作动员讲话", "向阳"),            # not 向阳作
    ("欧阳建明作动员讲话", "欧阳建明"),
    ("冉茂林出席会议", "冉茂林"),
    ("张文山宣读通知", "张文山"),
    ("张国平、副组长", "张国平"),
    ("王强强调", "王强"),
    ("何雄主持会议", "何雄"),
    ("何明远组织学习了方案", "何明远"),     # an ordinary word ends the name
    ("江海作动员讲话", "江海"),             # a place word is a name after a title
])
def test_name_at_stops_at_verbs_and_particles(text: str, want: str) -> None:
    assert name_at(text, 0, anchored=True) == want


@pytest.mark.parametrize("text", ["郑东新区党工委组织召开", "高新区表示", "关于党的建设", "和巡察组组长"])
def test_name_at_finds_no_name_inside_places_and_phrases(text: str) -> None:
    assert name_at(text, 0) is None
    assert name_at(text, 0, anchored=True) is None


def test_name_at_prefers_a_name_known_from_elsewhere() -> None:
    # 王刚作 / 王刚 both end before something that can follow a name;
    # the article's other mention decides.
    assert name_at("王刚作出部署", 0, frozenset({"王刚"}), anchored=True) == "王刚"


# --- titles -----------------------------------------------------------------

def chain_before(text: str, name: str) -> tuple[str, ...]:
    i = text.index(name)
    m = [p for p in posts(text) if p.end() == i][0]
    return title_chain(text, m.start(), m.end())


@pytest.mark.parametrize("text, name, want", [
    ("。省委常委、市委书记安伟出席", "安伟", ("省委常委", "市委书记")),
    ("会议由经开综保区党工委书记、管委会主任马良主持", "马良", ("经开综保区党工委书记", "管委会主任")),
    ("王继芬主持召开与金水区委书记、区政府区长张艳华的见面会", "张艳华", ("金水区委书记", "区政府区长")),
    ("随后郑东新区党工委巡察工作领导小组办公室副主任卢常海强调", "卢常海",
     ("郑东新区党工委巡察工作领导小组办公室副主任",)),
    ("，以及白沙镇党委书记孙高俊出席", "孙高俊", ("白沙镇党委书记",)),
    ("与和平区委书记李明会见", "李明", ("和平区委书记",)),
    ("龙子湖街道党(工)委书记张利刚表态", "张利刚", ("龙子湖街道党(工)委书记",)),
    ("，区委常委、统战部长、副区长那磊出席", "那磊", ("区委常委", "统战部长", "副区长")),
    ("副区长聂卫东、区政协副主席伍一帆出席", "伍一帆", ("区政协副主席",)),
    ("，县委第２巡察组组长韩小军反馈意见", "韩小军", ("县委第２巡察组组长",)),
    ("还有一名副市长潘文一同调研", "潘文", ("副市长",)),
    ("。中共中央政治局委员、省委书记楼阳生主持", "楼阳生", ("中共中央政治局委员", "省委书记")),
])
def test_title_chain_reads_back_to_the_clause_start(text: str, name: str, want: tuple[str, ...]) -> None:
    assert chain_before(text, name) == want


def test_no_post_inside_longer_words() -> None:
    found = [m.group() for m in posts("市人大常委会主任、委员会、主席台、习近平总书记、书记处")]
    assert found == ["主任"]


# --- officials: rules -------------------------------------------------------

def test_titles_split_on_dunhao_in_order() -> None:
    assert officials("省委常委、市委书记安伟出席会议并讲话。") == [("安伟", ["省委常委", "市委书记"])]


def test_other_province_inspection_leader_with_compound_surname() -> None:
    text = "动员会召开前，湖南省委第五巡视组组长欧阳建明与株洲市委书记谭振宇进行了工作对接。"
    assert officials(text) == [("欧阳建明", ["湖南省委第五巡视组组长"]), ("谭振宇", ["株洲市委书记"])]


def test_county_discipline_chief_with_compound_surname() -> None:
    text = "县委常委、纪委书记、县监委主任司马慧出席会议并讲话，县委常委、组织部部长余海涛主持会议。"
    assert officials(text) == [
        ("司马慧", ["县委常委", "纪委书记", "县监委主任"]),
        ("余海涛", ["县委常委", "组织部部长"]),
    ]


def test_a_space_between_title_and_name() -> None:
    assert officials("市委书记 郭振廷主持会议，副市长\u3000王刚出席。") == [
        ("郭振廷", ["市委书记"]), ("王刚", ["副市长"])]


def test_district_head_followed_by_verb() -> None:
    assert officials("区委副书记、区长薛金平主持会议并讲话。") == [("薛金平", ["区委副书记", "区长"])]


def test_leaders_list_has_no_titles() -> None:
    assert officials("市领导闫瑞峰、冯佳宁、宋卫平、孔令昭参加。") == [
        ("闫瑞峰", []), ("冯佳宁", []), ("宋卫平", []), ("孔令昭", [])]


def test_leaders_list_keeps_names_before_a_group_of_people() -> None:
    assert names("市领导陈业鹏、梁枫、有关部门负责人等分别陪同。") == ["陈业鹏", "梁枫"]


def test_leaders_list_needs_a_clear_end_after_each_name() -> None:
    assert names("要加强领导班子和干部队伍建设，领导方式要改进。") == []


def test_leaders_list_with_two_character_names_and_he() -> None:
    assert names("县领导管小燕、马骁和陈卓参加。") == ["管小燕", "马骁", "陈卓"]


def test_bare_list_closed_by_deng_chuxi() -> None:
    text = "市委副书记、市长何雄主持会议，周富强、杜新军、黄卿、虎强、李党生等出席会议。"
    assert officials(text) == [("何雄", ["市委副书记", "市长"]), ("周富强", []), ("杜新军", []),
                               ("黄卿", []), ("虎强", []), ("李党生", [])]


def test_list_of_organisations_is_not_people() -> None:
    assert names("会上，涪城区、江油市、三台县作交流发言。市教育局、金水区等作交流发言。") == []


def test_name_directly_followed_by_verb_is_cut_before_it() -> None:
    assert officials("区党工委书记向阳作动员讲话。") == [("向阳", ["区党工委书记"])]


def test_bare_post_after_an_organisation_is_a_title() -> None:
    text = "第二巡察组组长杨俊杰、副组长张国平、副组长梁国伟出席动员会。"
    assert officials(text) == [("杨俊杰", ["第二巡察组组长"]), ("张国平", ["副组长"]),
                               ("梁国伟", ["副组长"])]


def test_names_after_a_titled_name_share_its_title() -> None:
    text = "区政协主席蒲建勋主持会议并讲话，区政协副主席吴晓林、程国梁、付丽参加会议。"
    assert officials(text) == [("蒲建勋", ["区政协主席"]), ("吴晓林", ["区政协副主席"]),
                               ("程国梁", ["区政协副主席"]), ("付丽", ["区政协副主席"])]


def test_a_long_shared_title_list_with_uncommon_surnames() -> None:
    text = "区委常委卢峻、干海舟、刘其安、毛振邦、何苒、张弛出席会议，区政协主席宿国平列席会议。"
    assert officials(text) == [(n, ["区委常委"]) for n in ("卢峻", "干海舟", "刘其安", "毛振邦", "何苒", "张弛")] + [
        ("宿国平", ["区政协主席"])]


def test_acting_heads_and_presidium_posts() -> None:
    text = ("由市委副书记、代市长江志远主持。区委副书记、代区长安文博及区委各常委参加会议。",
            "区人大常委会主任、大会主席团常务主席范建平出席。")
    assert officials(*text) == [("江志远", ["市委副书记", "代市长"]), ("安文博", ["区委副书记", "代区长"]),
                                ("范建平", ["区人大常委会主任", "大会主席团常务主席"])]


def test_title_without_a_name_names_nobody() -> None:
    text = ("县委巡察办主任和巡察组组长、正科级巡察专员，区法院院长、区检察院检察长，"
            "各巡察组组长、副组长及联络员参加会议。主要负责同志列席。")
    assert names(text) == []


def test_first_bare_then_titled_keeps_first_position_and_the_title() -> None:
    text = ("第四巡察组组长陈俊岭首先传达了上级精神。随后严书伟讲话，提出三点要求。",
            "会上，郑东新区巡察办主任严书伟传达会议精神。")
    assert officials(*text) == [("陈俊岭", ["第四巡察组组长"]), ("严书伟", ["郑东新区巡察办主任"])]


def test_bare_subject_of_a_speech_is_a_person() -> None:
    assert officials("最后蒋琳琳代表计划财政局党支部作动员讲话。") == [("蒋琳琳", [])]


def test_organisation_then_name_is_confirmed_by_a_later_subject() -> None:
    text = ("近日，经开区党工委李小龙带队实地观摩。", "李小龙表示，要提高政治站位。")
    assert officials(*text) == [("李小龙", [])]


def test_four_character_and_two_character_names() -> None:
    text = "省委第五巡视组副组长黎晓红作说明，市委副书记葛林出席，组长欧阳建明讲话。"
    assert names(text) == ["黎晓红", "葛林", "欧阳建明"]


def test_titles_merge_over_mentions_without_repeats() -> None:
    text = ("区委书记祁振华出席会议并讲话。", "祁振华指出，要抓好落实。", "区委书记祁振华强调，要守住底线。")
    assert officials(*text) == [("祁振华", ["区委书记"])]


def test_shorter_title_that_ends_a_longer_one_is_dropped() -> None:
    text = ("巡察办主任王磊宣读通知。", "县委巡察办主任王磊作具体安排。")
    assert officials(*text) == [("王磊", ["县委巡察办主任"])]


def test_town_and_street_posts_and_speech_verbs() -> None:
    text = ("“过去小区有事没人管。”鼓楼巷社区党委书记邓美华说，社区还建立了制度。",
            "米公街道党工委书记金晓峰介绍，下一步将总结推广。",
            "董公寺街道党工委副书记、办事处主任张颖表示，将推动常态化开展。")
    assert officials(*text) == [("邓美华", ["鼓楼巷社区党委书记"]), ("金晓峰", ["米公街道党工委书记"]),
                                ("张颖", ["董公寺街道党工委副书记", "办事处主任"])]


def test_words_that_look_like_names_are_not_people() -> None:
    text = ("郑东新区党工委组织召开动员部署会。高新区表示将全力配合。方案要求各单位落实。",
            "文件指出，要加强领导。应该说，成效明显。会议强调，要压实责任。",
            "全面领会习近平总书记关于基层治理的重要论述。白沙镇党委将高度重视。")
    assert names(*text) == []


def test_verb_before_a_title_is_not_part_of_it() -> None:
    text = "会议传达县委书记田志远在专题会议上的讲话精神，宣读市委组织部部长罗青的批示。"
    assert officials(text) == [("田志远", ["县委书记"]), ("罗青", ["市委组织部部长"])]


def test_state_posts_and_a_name_after_guojia_zhuxi() -> None:
    # the head of state is a reference, no official of the story; a vice-president is one
    assert officials("国务院总理李强出席开幕式，国家主席习近平发表讲话。") == [("李强", ["国务院总理"])]
    assert officials("国务院总理李强出席开幕式，国家副主席王建军发表讲话。") == [
        ("李强", ["国务院总理"]), ("王建军", ["国家副主席"])]


def test_a_name_before_its_title_is_not_read_as_after_one() -> None:
    assert names("全面领会习近平总书记关于基层治理的重要论述。") == []


def test_lone_two_character_subjects_need_a_second_mention() -> None:
    assert names("会议宣读了贺信。贺信指出，要再接再厉。") == []
    assert names("随后李明讲话。李明强调，要抓好落实。") == ["李明"]


def test_bare_phrases_that_open_with_a_surname_are_not_people() -> None:
    text = ("常态化要求落实到位。严管理要求不能放松。向大家介绍了经验。于会上表示支持。",
            "安全员说，要注意防火。他高兴地表示，收获很大。")
    assert names(*text) == []


def test_reporters_are_never_officials() -> None:
    d = draft("本报讯(记者 王刚) 3月1日，市长王刚出席会议。")
    assert extract_reporters(d) == ("王刚",)
    assert extract_officials(d) == ()


def test_official_order_is_first_mention() -> None:
    text = ("会前，组长王继芬主持召开见面会，副组长李培华通报任务。",
            "会上，王继芬作了动员讲话，区委书记张艳华主持会议。")
    assert names(*text) == ["王继芬", "李培华", "张艳华"]


def test_mentions_carry_positions() -> None:
    found = find_mentions("市委书记郭振廷主持。")
    assert [(m.pos, m.name, m.titles) for m in found] == [(4, "郭振廷", ("市委书记",))]


def test_output_is_deterministic() -> None:
    text = "市领导闫瑞峰、冯佳宁参加。区委书记祁振华、区长郜炳辉出席。"
    assert extract_officials(draft(text)) == extract_officials(draft(text))
    assert all(isinstance(o, Official) for o in extract_officials(draft(text)))


# --- reporters --------------------------------------------------------------

@pytest.mark.parametrize("line, want", [
    ("本报讯(正观新闻·郑州晚报记者 张昕 孙亚文) 3月2日,市委统战工作会议召开", ["张昕", "孙亚文"]),
    ("（通讯员 汪晓燕） 日前，樊城区委第二轮巡察工作动员部署会召开。", ["汪晓燕"]),
    ("记者 孟繁星 通讯员 童可欣 文/图", ["孟繁星", "童可欣"]),
    ("本报讯（记者：常乐　通讯员：原晓峰）8月22日", ["常乐", "原晓峰"]),
    ("…进行知识测试。 记者 王赛华 鲁慧", ["王赛华", "鲁慧"]),
    ("(通讯员 朱思远 李欣)", ["朱思远", "李欣"]),
    ("通讯员 程巍 文/图", ["程巍"]),
    ("记者 温若琳 通讯员 郑凯 文/图", ["温若琳", "郑凯"]),
    ("本报记者 欧阳晓 摄影记者 司马青 报道", ["欧阳晓", "司马青"]),
    ("记者 王　磊 通讯员 李　娜 文/图", ["王磊", "李娜"]),
    ("本报讯 【记者 卢岩】 记者从市工信局了解到", ["卢岩"]),
    ("记者 张晓明/文 刘洋/图", ["张晓明", "刘洋"]),
    ("记者 丁一鸣摄", ["丁一鸣"]),
    ("（记者 张三、李四 实习生 王五）", ["张三", "李四", "王五"]),
    ("近日,记者从郑东新区管委会了解到,巡察工作启动。", []),
    ("近日，记者走进樊城区米公街道鼓楼巷社区。", []),
    ("接受记者采访时，他表示", []),
])
def test_byline_names(line: str, want: list[str]) -> None:
    assert byline_names(line) == want


def test_photo_credit_in_a_caption_is_a_reporter() -> None:
    d = draft("本报讯 3月14日上午，寿光市召开会议。",
              captions=("寿光市古城街道一处大棚内，农技人员正在指导种植户。 记者 丁一鸣 摄",))
    assert extract_reporters(d) == ("丁一鸣",)


def test_reporters_in_reading_order_each_once() -> None:
    d = draft("本报讯(记者 贺晓鹏 田梦瑶) 3月12日，巡察组全部完成进驻。", "记者 田梦瑶",
              bylines=("通讯员 韩雨桐",))
    assert extract_reporters(d) == ("贺晓鹏", "田梦瑶", "韩雨桐")


def test_reporters_from_front_matter_come_first() -> None:
    d = draft("正文。", bylines=("记者 张三",), front_matter={"author": "李四、王五"})
    assert extract_reporters(d) == ("李四", "王五", "张三")


def test_contributed_by_an_office_is_no_reporter() -> None:
    assert extract_reporters(draft("各乡镇负责人参加会议。", "（县委组织部供稿）")) == ()


# --- the seed articles ------------------------------------------------------

_TERMINAL = tuple("。！？!?”」）):：")
_BYLINE = re.compile(r"^[（(]?(?:记者|通讯员)\s")

#: (file, first words of the article, first words of what follows it or None)
SEED_ARTICLES = [
    ("000_c501d6639e02b86c.txt", "本报讯(正观新闻·郑州晚报记者 张昕", "## 十二届市委第二轮巡察"),
    ("000_c501d6639e02b86c.txt", "本报讯(正观新闻·郑州晚报记者 赵文静", None),
    ("001_d1f0c9403059f958.txt", "按照省委巡视工作部署", None),
    ("002_6cf096c5305bfc2c.txt", "本报讯 4月19日上午", None),
    ("003_0103a71a359bf0ab.txt", "本报讯 为深化提升", "经开区召开组织宣传统战暨改进创新全国文明城市创建工作会议 营造"),
    ("003_0103a71a359bf0ab.txt", "近日,经开区召开组织宣传统战", "经开区党工委第四轮 巡察工作动员部署会召开 以巡察"),
    ("003_0103a71a359bf0ab.txt", "本报讯 经开区党工委第四轮巡察工作动员部署会召开。", "区领导实地调研全国文明城市"),
    ("003_0103a71a359bf0ab.txt", "本报讯 近日,经开区党工委书记郭宏力带队", None),
    ("004_09fed3cd02352320.txt", "随后,郑东新区党工委第二巡察组进驻白沙镇", None),
]


def seed_draft(file: str, start: str, end: str | None) -> Draft:
    """One seed article as the split stage would hand it over (approximately)."""
    text = (SEEDS / file).read_text(encoding="utf-8-sig")
    i = text.index(start)
    text = text[i:text.index(end, i) if end else len(text)]
    paragraphs: list[str] = []
    bylines: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        line = line.replace("**", "")
        if _BYLINE.match(line) and len(line) < 30:
            bylines.append(line)
        elif paragraphs and len(paragraphs[-1]) > 40 and not paragraphs[-1].endswith(_TERMINAL):
            paragraphs[-1] += line
        else:
            paragraphs.append(line)
    return Draft(source=file, ordinal=1, title=None, subtitle=None,
                 paragraphs=tuple(paragraphs), bylines=tuple(bylines))


SEED_EXPECTED = [
    ([("安伟", ["省委常委", "市委书记"]), ("何雄", ["市委副书记", "市长"]), ("周富强", []),
      ("杜新军", []), ("吕挺琳", []), ("黄卿", []), ("虎强", []), ("李党生", []), ("陈红民", []),
      ("马志峰", []), ("宋春波", [])], ("张昕", "孙亚文")),
    ([], ("赵文静",)),
    ([("王继芬", ["省委第七巡视组组长"]), ("张艳华", ["金水区委书记", "区政府区长"]),
      ("李培华", ["省委第七巡视组副组长"])], ()),
    ([("乔富霖", ["区委统战部常务副部长"]), ("那磊", ["区委常委", "统战部长", "副区长"])],
     ("张改华", "程巍")),
    ([("李小龙", []), ("郭宏力", []), ("赵勇", []), ("陈晓东", []), ("张国际", []), ("花磊", []),
      ("刘丹", []), ("耿明燕", [])], ("王赛华",)),
    ([("李小龙", ["区党工委书记"]), ("郭宏力", ["经开区党工委书记"]),
      ("赵勇", ["区党工委委员", "纪检监察工委书记"]), ("马良", ["经开综保区党工委书记", "管委会主任"]),
      ("张国际", []), ("花磊", []), ("刘丹", [])], ("王赛华",)),
    ([("赵勇", ["区党工委委员", "纪检监察工委书记", "区巡察工作领导小组组长"]),
      ("梁辉", ["区纪检监察工委书记", "区巡察工作领导小组副组长"])], ("王赛华", "鲁慧")),
    ([("郭宏力", ["经开区党工委书记"])], ("王赛华",)),
    ([("马岚民", ["郑东新区巡察办副主任"]), ("杨俊杰", ["第二巡察组组长"]), ("张国平", ["副组长"]),
      ("梁国伟", ["副组长"]), ("胡安东", ["郑东新区巡察办保障组组长"]), ("孙高俊", ["白沙镇党委书记"]),
      ("都小巧", ["纪委书记"]), ("郭蒙", ["郑东新区党工委第三巡察组组长"]),
      ("卢常海", ["郑东新区党工委巡察工作领导小组办公室副主任"]), ("张利刚", ["龙子湖街道党委书记"]),
      ("陈俊岭", ["第四巡察组组长"]), ("严书伟", ["郑东新区巡察办主任"]), ("蒋琳琳", []),
      ("马安庄", ["郑东新区党工委副书记", "巡察工作领导小组组长"]),
      ("张涛", ["郑东新区纪工委副书记"]), ("张文山", ["郑东新区人事劳动局局长"])], ("马燕", "王阳")),
]


@pytest.mark.parametrize("spec, expected", list(zip(SEED_ARTICLES, SEED_EXPECTED)),
                         ids=[f"{f[:3]}-{s[:8]}" for f, s, _ in SEED_ARTICLES])
def test_seed_article(spec: tuple[str, str, str | None], expected) -> None:
    want_officials, want_reporters = expected
    d = seed_draft(*spec)
    assert [(o.name, list(o.titles)) for o in extract_officials(d)] == want_officials
    assert extract_reporters(d) == want_reporters


def test_seed_scores_against_the_gold_file() -> None:
    """The archive's bars, measured the way the scorer measures them."""
    yaml = pytest.importorskip("yaml")
    if not GOLD.exists():
        pytest.skip("gold annotation not available")
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    flat = lambda s: re.sub(r"\s+", "", s)  # noqa: E731
    drafts = [seed_draft(*spec) for spec in SEED_ARTICLES]
    tp = fp = fn = titles_total = titles_hit = rep_tp = rep_fp = rep_fn = 0
    for g in gold["articles"]:
        (d,) = [d for d in drafts if d.source == g["file"] and flat(g["anchor"]) in flat(d.text)]
        out = {o.name: o.titles for o in extract_officials(d)}
        want = {o["name"] for o in g["officials"]}
        tp, fp, fn = tp + len(want & set(out)), fp + len(set(out) - want), fn + len(want - set(out))
        for o in g["officials"]:
            for t in o["titles"]:
                titles_total += 1
                titles_hit += any(x == t or t.endswith(x) or x.endswith(t) for x in out.get(o["name"], ()))
        gr, orr = set(g["reporters"]), set(extract_reporters(d))
        rep_tp, rep_fp, rep_fn = rep_tp + len(gr & orr), rep_fp + len(orr - gr), rep_fn + len(gr - orr)
    assert 2 * tp / (2 * tp + fp + fn) >= 0.95
    assert titles_hit / titles_total >= 0.90
    assert rep_fp == rep_fn == 0


def test_officials_given_the_byline_names_leave_them_out():
    d = draft("区委书记张建国出席会议。", "记者 李明华")
    assert extract_officials(d, ()) == extract_officials(d, reporters=[])
    assert [o.name for o in extract_officials(d, ())] == ["张建国"]
    assert extract_officials(d, ["张建国"]) == ()
    assert extract_officials(d) == extract_officials(d, extract_reporters(d))


class _CountingName(str):
    """A name that counts the substring tests made with it."""

    tests = 0

    def startswith(self, *args):  # type: ignore[override]
        _CountingName.tests += 1
        return str.startswith(self, *args)

    def __contains__(self, part):  # type: ignore[override]
        _CountingName.tests += 1
        return str.__contains__(self, part)


def test_merging_many_names_never_tests_every_pair_of_names() -> None:
    """A long text naming hundreds of people costs per name, not per pair of names."""
    from newsarchive.extract.people_merge import Mention, drop_truncated as _drop_truncated, merge_mentions as _merge

    given = "国平明华军伟芳丽强磊洋勇艳杰娟涛超"
    plain = [f"王{a}{b}" for a in given for b in given if a != b]           # 272 names of 3 characters
    text = "、".join(plain) + "。张国平讲话，张国主持"
    names = [_CountingName(n) for n in plain] + [_CountingName("张国平"), _CountingName("张国")]
    at = {n: text.find(n) for n in names}
    at[names[-1]] = text.rindex("张国")                                     # the 张国 of 张国主持
    mentions = [Mention(at[n], n) for n in names] + [Mention(text.find("张国"), _CountingName("张国"))]
    _CountingName.tests = 0
    kept = _drop_truncated(text, mentions)
    officials = _merge(text, kept)
    assert _CountingName.tests < 4 * len(names)                            # not 272 × 272
    # 张国 at the start of 张国平 is its head, not a name; 张国 alone later is one
    assert [m.name for m in kept if m.name.startswith("张")] == ["张国平", "张国"]
    order = [o.name for o in officials]
    assert order[:2] == plain[:2] and order[-2:] == ["张国平", "张国"]
    assert len(order) == len(plain) + 2


def test_a_name_ends_before_a_reporting_word_or_acting_for_a_body() -> None:
    assert officials("签约仪式上,区委书记张笑致辞,区长甘小雨主持签约仪式。") == [("张笑", ["区委书记"]), ("甘小雨", ["区长"])]
    assert officials("市委副书记、组织部部长李健受市委委托通报了有关情况。") == [("李健", ["市委副书记", "组织部部长"])]
    assert officials("会议由组长欧阳建明主持。") == [("欧阳建明", ["组长"])]


def test_a_name_ends_before_coming_to_the_place_the_text_calls_ours() -> None:
    assert officials("5月11日,省委副书记、省长甘树清来我县就城镇化建设情况进行调研。") == [("甘树清", ["省委副书记", "省长"])]
