"""Where a name ends before a date, a verb of leading or a discipline phrase; a council's
speaker; a list going on after a post; a deputy's seat recalled; and two byline forms
(a spaced-out role word, "unit: name" in the closing brackets).  Names, places and
sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials, extract_reporters
from newsarchive.extract.people_byline_forms import unit_colon_names
from newsarchive.extract.people_name_words import END_WORD, boundary_strength
from newsarchive.extract.titles import posts
from newsarchive.records import Draft


def _draft(*paragraphs: str) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs,
                 bylines=(), captions=(), front_matter={})


def _officials(*paragraphs: str) -> dict[str, tuple[str, ...]]:
    return {o.name: o.titles for o in extract_officials(_draft(*paragraphs))}


def test_a_date_in_digits_ends_the_name() -> None:
    found = _officials("青禾省委常委、柳湾市委书记蓝立川11月21日在柳湾会见了客人。")
    assert found.get("蓝立川") == ("青禾省委常委", "柳湾市委书记")
    found = _officials("柳湾副市长、公安局长柯挺3月底已被带走调查。")
    assert found.get("柯挺") == ("柳湾副市长", "公安局长")
    assert boundary_strength("11月21日在") >= END_WORD
    # a house number is no date: 江中路51号 after 区长 stays no name
    assert "江中路" not in _officials("柳湾区长江中路51号。")


def test_a_discipline_phrase_ends_the_name() -> None:
    found = _officials("青禾省某局党组书记、柳湾前市长蓝建平因涉嫌严重违纪,正接受审查。")
    assert found.get("蓝建平") == ("青禾省某局党组书记", "柳湾前市长")


def test_a_verb_of_leading_before_a_body_ends_the_name() -> None:
    found = _officials("柳湾社区党委书记柯国媛带市政协考察团参观了图书室。")
    assert "柯国媛" in found and "柯国媛带" not in found
    assert boundary_strength("带市政协考察团") >= END_WORD
    assert boundary_strength("率县委工作组") >= END_WORD
    assert boundary_strength("带来了新变化") < END_WORD


def test_leading_a_delegation_ends_the_name() -> None:
    found = _officials("由柳湾市委副书记蓝景瑞领团的考察团今天抵达。")
    assert found.get("蓝景瑞") == ("柳湾市委副书记",)


def test_a_councils_speaker_is_a_post() -> None:
    found = _officials("参访团抵达市议会,柯奕胜议长亲自接待,蓝家明议员陪同。")
    assert found.get("柯奕胜") == ("议长",)
    assert _officials("市议会议长蓝志成致辞。").get("蓝志成") == ("市议会议长",)
    # 会议|长达: the word 会议, then 长, is no post
    assert not [m for m in posts("本次会议长达三小时。") if m.group() == "议长"]
    assert not [m for m in posts("我们建议长江流域加强保护。") if m.group() == "议长"]


def test_a_list_going_on_after_a_post_is_no_name() -> None:
    assert _officials("县长蓝婕看望乡镇班子成员和村“两委”干部。") == {"蓝婕": ("县长",)}
    # a transliterated name after a post still reads, one ending in 村 too
    assert "扎西江村" in _officials("自治区副主席扎西江村还就铁路建设作了介绍。")


def test_a_deputy_recalled_is_no_official() -> None:
    found = _officials("会议决定罢免蓝海军江西省人大代表职务。")
    assert "蓝海军" not in found
    found = _officials("会议决定免去柯立新同志柳湾市人民政府副市长职务。")
    assert found.get("柯立新") == ("柳湾市人民政府副市长",)


def test_a_deputy_speaking_as_one_holds_the_seat_as_a_title() -> None:
    found = _officials("人大代表柯晓岚表示,柳湾县这些年变化很大。", "县人大代表蓝建明、甘小雨先后发言。")
    assert found == {"柯晓岚": ("人大代表",), "蓝建明": ("县人大代表",), "甘小雨": ("县人大代表",)}
    assert _officials("补选柯晓岚为柳湾县人民代表大会代表。") == {}     # elected to the seat only
    assert _officials("全体人大代表审议了报告。人大代表建议加快建设。") == {}


def test_a_spaced_out_role_word_opens_a_byline() -> None:
    got = extract_reporters(_draft("会议顺利闭幕。(记 者:蓝阳金 柯志彬 见习记者 汪子言)"))
    assert list(got) == ["蓝阳金", "柯志彬", "汪子言"]


def test_an_outlet_and_its_reporter_parted_by_a_colon() -> None:
    assert unit_colon_names("(青禾在线:柯莲)") == ["柯莲"]
    assert unit_colon_names("会见了客人。(柳湾日报社:蓝小明 柯大海)") == ["蓝小明", "柯大海"]
    assert unit_colon_names("(来源:青禾网)") == []
    assert unit_colon_names("(责任编辑:蓝明)") == []
    assert unit_colon_names("(柳湾电视台:新闻中心)") == []


def test_credit_forms_with_a_spaced_slash_a_dot_and_shared_credits() -> None:
    def got(line: str) -> list[str]:
        return list(extract_reporters(_draft("县委书记柯明主持会议。", line)))
    assert got("柯小三 蓝小四/文") == ["柯小三", "蓝小四"]
    assert got("来源:区政府办 柯小三/文") == ["柯小三"]          # a unit before the name is none
    assert got("(柯小三 蓝小四 摄影报道)") == ["柯小三", "蓝小四"]
    assert got("文·图/柯小三") == ["柯小三"]
    assert got("文 / 柯小三") == ["柯小三"]


def test_hong_kong_and_taiwan_press_forms() -> None:
    assert _officials("特首柯明華表示,政府將全力支持。") == {"柯明華": ("特首",)}
    assert _officials("柳湾市長柯明華致詞時表示。") == {"柯明華": ("柳湾市長",)}
    assert _officials("市議員柯明華、藍東質詢。") == {"柯明華": ("市議員",), "藍東": ("市議員",)}
    assert _officials("副主席柯華訪台期間表示。") == {"柯華": ("副主席",)}
    assert _officials("縣長柯華偕同夫人出席。") == {"柯華": ("縣長",)}
    assert _officials("縣長柯華則說。") == {"柯華": ("縣長",)}
    assert _officials("县长蓝则民主持会议。") == {"蓝则民": ("县长",)}


def test_more_reporting_verbs_end_a_two_character_name() -> None:
    for verb in ("约谈了企业。", "作批示。", "暗访了三家餐馆。", "通电话。", "答记者问。", "听完汇报后表示。"):
        assert _officials("副县长柯华" + verb) == {"柯华": ("副县长",)}, verb


def test_a_verb_of_office_and_a_post_end_the_name() -> None:
    assert boundary_strength("任团长,率团访问") >= END_WORD
    assert boundary_strength("兼任副组长") >= END_WORD
    assert boundary_strength("任务艰巨") < END_WORD
    # a surname only the published list knows needs that strong end
    assert _officials("县委副书记代明瑜任组长。") == {"代明瑜": ("县委副书记",)}


def test_what_discipline_news_says_next_ends_the_name() -> None:
    assert _officials("前市长蓝建文被查。") == {"蓝建文": ("前市长",)}
    assert _officials("原副县长柯明华被开除党籍。") == {"柯明华": ("原副县长",)}
    assert _officials("前县长柯明华获刑十年。") == {"柯明华": ("前县长",)}


def test_a_party_bodys_clerk_is_a_post_and_a_verb_before_it_no_part_of_the_title() -> None:
    assert _officials("镇党委安排纪检干事柯晓岚向区纪委报告。") == {"柯晓岚": ("纪检干事",)}
    assert _officials("柳湾镇组织干事蓝建明主持会议。") == {"蓝建明": ("柳湾镇组织干事",)}
    assert _officials("激发干部想干事、能干事、干成事的热情,营造干事创业的氛围。") == {}


def test_a_reporting_verb_after_a_post_written_with_a_surname_is_no_name() -> None:
    # 强 is a rare surname, 强调 the verb: 蓝书记 is the post, no name follows it
    assert _officials("蓝书记强调要抓好秋粮收购工作。") == {}
    assert _officials("柯县长查看了现场,县长强晓岚主持会议。") == {"强晓岚": ("县长",)}


def test_a_preposition_after_a_post_with_the_word_it_governs_is_no_name() -> None:
    assert _officials("人大代表向选民述职。委员于会上发言。") == {}
    assert _officials("县长向阳主持会议,副县长于建国出席。") == {"向阳": ("县长",), "于建国": ("副县长",)}
