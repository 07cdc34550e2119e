"""Officials in lists and after posts whose names read awkwardly, and credits after the
text's closing brackets or an e-paper's mark: made-up sentences, one test per class."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials, extract_reporters
from newsarchive.extract.people_bylines import byline_names, marked_names
from newsarchive.records import Draft


def _draft(*paragraphs: str, captions: tuple[str, ...] = ()) -> Draft:
    return Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs, captions=captions)


def _officials(*paragraphs: str) -> dict[str, tuple[str, ...]]:
    return {o.name: o.titles for o in extract_officials(_draft(*paragraphs))}


def test_an_oath_administered_ends_the_name():
    assert _officials("市委书记周立新监誓。") == {"周立新": ("市委书记",)}


def test_从_opens_a_given_name_after_a_title_but_ends_one_before_a_phrase():
    assert _officials("校长刘立胜,区委书记余从文,区长黄立峰出席。")["余从文"] == ("区委书记",)
    assert set(_officials("县长王立明从严要求各部门。")) == {"王立明"}


def test_a_village_clerk_is_a_post():
    found = _officials("村主任王长海、村文书李再兴以及村妇联主席胡小兰3人冒领补贴。")
    assert found["李再兴"] == ("村文书",) and found["胡小兰"] == ("村妇联主席",)


def test_a_rare_surname_closing_a_list_under_one_title():
    found = _officials("副校长王宗明、别立新及相关部门负责人参加座谈。")
    assert found == {"王宗明": ("副校长",), "别立新": ("副校长",)}


def test_a_rare_surname_word_closing_no_list():
    assert set(_officials("副主任王宗明、门卫及保安参加。")) == {"王宗明"}


def test_transliterated_names_ending_in_夫_and_道():
    found = _officials("盟政协副主席宝音夫、秘书长张立刚一行到某旗调研。旗政协主席额尔道、副主席姚立明陪同。")
    assert found["宝音夫"] == ("盟政协副主席",) and found["额尔道"] == ("旗政协主席",)


def test_道_before_the_words_said_is_the_verb():
    assert set(_officials("旗长巴特尔道:“要抓紧。”")) == {"巴特尔"}


def test_an_association_named_联合会_makes_no_official():
    found = _officials("由某市儿女联合会副主席刘立杰率队的乡友考察团来我区考察,区长娄立林接待。")
    assert set(found) == {"娄立林"}
    assert "王立明" in _officials("市青年联合会主席王立明出席。")


def test_a_street_in_an_address_is_no_name():
    assert _officials("来信请寄某区长江路纪委办公楼201室。") == {}
    assert "江路" in _officials("区长江路在大楼前讲话。")


def test_closing_brackets_with_the_editor_label_run_on():
    assert extract_reporters(_draft("会议召开。", "会议研究了其他事项。(王海燕)[编辑:")) == ("王海燕",)


def test_an_e_paper_mark_before_a_photographer():
    assert marked_names("□赵德华 摄") == ["赵德华"]


def test_a_website_signing_as_author_is_no_reporter():
    assert byline_names("作者:青山网") == [] and byline_names("作者:青山網 |") == []
    assert byline_names("作者:王青山") == ["王青山"]


def test_a_department_post_after_an_association_head_is_the_associations():
    found = _officials("考察团受到该商会会长马立礼,副理事长余立楚、黄立胜,总务部委员马立强,秘书长区立智等的热情接待。")
    assert found == {}
    found = _officials("考察团受到该商会会长马立礼,县委组织部部长黄立胜,宣传部部长马立强等的热情接待。")
    assert set(found) == {"黄立胜", "马立强"}


def test_a_local_consultative_conference_member_holds_no_office():
    found = _officials("县政协委员曾立杰告诉记者,他很高兴。住某全国政协委员王立明、县政协常委李立新出席。")
    assert set(found) == {"王立明", "李立新"}


def test_a_closing_bracket_crediting_pictures_and_text_to_one_person():
    assert extract_reporters(_draft("会议召开。", "会议研究了其他事项。(以上图片均由张立宁 文/摄 )")) == ("张立宁",)
    assert extract_reporters(_draft("会议召开。", "会议研究了其他事项。(图片由王立明摄)")) == ()


def test_a_corps_division_head_is_a_post():
    found = _officials("师党委常委、副师长蔡立华,及师党办负责人调研。")
    assert found == {"蔡立华": ("师党委常委", "副师长")}


def test_names_listed_before_the_leaders_of_two_places() -> None:
    found = _officials("市长某某主持会议,张志先、杜海涛、李世响等甲市、乙市领导出席。")
    assert {"张志先", "杜海涛", "李世响"} <= set(found)


def test_the_leader_of_a_team_of_posted_cadres():
    assert _officials("县委副书记、援疆干部领队王立超出席。") == {"王立超": ("县委副书记", "援疆干部领队")}


def test_the_chair_named_bare_before_the_list_of_those_attending():
    found = _officials("1月29日下午,某市人民代表大会第四次会议举行预备会议。", "王斌主持会议。陈立刚、晏祥莉、张华昆出席会议。")
    assert list(found) == ["王斌", "陈立刚", "晏祥莉", "张华昆"]


def test_deputies_speaking_with_the_seat_after_the_name():
    found = _officials("出席代表围绕产业发展发言。陈计伟代表建议出台支持措施。罗订坤代表建议加大支持力度。")
    assert found == {"陈计伟": ("代表",), "罗订坤": ("代表",)}
    assert _officials("群众代表说,这是好事。企业代表表示感谢。") == {}


def test_a_verb_after_a_post_and_a_place_s_group_of_deputies_are_no_names():
    assert _officials("组长接到某某镇纪委书记申请后,立即抽调4名业务骨干赴该镇参与调查工作。") == {}
    assert _officials("12月25日,某市第六届人大代表丰都联系组开展会前集中视察活动。") == {}
    assert _officials("县委书记江海主持会议。") == {"江海": ("县委书记",)}


def test_tibetan_names_after_their_posts():
    assert _officials("1月3日,县政府党组书记、县长斗拉主持召开县政府党组会议。") == {"斗拉": ("县政府党组书记", "县长")}
    assert _officials("县委常委、常务副县长丹正昂杰,县法院院长郭永林出席。")["丹正昂杰"] == ("县委常委", "常务副县长")
    assert _officials("县长正在调研。") == {} and _officials("书记更加重视。") == {}
