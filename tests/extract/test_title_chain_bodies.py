"""A title's text before its post is a body's name whatever jieba makes of it: an unknown
name cut into single characters, a noun and a verb naming a body, two bodies joined by 和.
Names, places and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.titles import posts, title_chain


def _last_chain(text: str) -> tuple[str, ...]:
    return [title_chain(text, m.start(), m.end()) for m in posts(text)][-1]


def test_a_place_ending_inside_a_word_opens_no_title() -> None:
    # 安新 is a county's short name, but here it ends inside 新区: the new area's name is whole
    text = "据通报,柳阳市委副书记、市长,柳安新区党工委副书记、管委会主任甘小雨涉嫌违纪。"
    assert _last_chain(text) == ("柳阳市委副书记", "市长", "柳安新区党工委副书记", "管委会主任")


def test_a_verb_after_a_noun_before_an_organ_names_a_body() -> None:
    assert _last_chain("新兴组织党工委书记甘小雨讲话。") == ("新兴组织党工委书记",)
    assert _last_chain("大家一起学习安顺市委副书记周立平的讲话。") == ("安顺市委副书记",)   # a sentence still cut


def test_two_bodies_joined_by_he_are_one_title() -> None:
    text = "区委组织部副部长、民营企业和新兴组织党工委书记甘小雨讲话。"
    assert _last_chain(text) == ("区委组织部副部长", "民营企业和新兴组织党工委书记")


def test_two_people_joined_by_he_keep_their_own_titles() -> None:
    assert _last_chain("县委常委、副县长柯明远和市委副书记甘小雨出席。") == ("市委副书记",)
    assert _last_chain("县委书记、县长和市委副书记甘小雨出席。") == ("市委副书记",)


def test_two_domains_of_one_body_are_one_title() -> None:
    assert _last_chain("会上,县住房和城乡建设局局长甘小雨发言。") == ("县住房和城乡建设局局长",)
    assert _last_chain("会上,工商及科技局局长甘小雨发言。") == ("工商及科技局局长",)
    assert _last_chain("会上,市文化和旅游局党组成员、副局长甘小雨发言。") == ("市文化和旅游局党组成员", "副局长")


def test_a_body_of_its_own_after_he_is_another_title() -> None:
    assert _last_chain("参访团与某省台办主任甘一鸣合影。") == ("某省台办主任",)
    assert _last_chain("县委书记柯明远和县长甘小雨出席。") == ("县长",)
    assert _last_chain("市委书记和市长甘小雨出席。") == ("市长",)


def test_words_before_he_that_are_no_domain_of_the_body_stay_out() -> None:
    assert _last_chain("会议听取了工作报告和市人大常委会主任甘小雨的讲话。") == ("市人大常委会主任",)
    assert _last_chain("全县干部群众和县长甘小雨一起劳动。") == ("县长",)
    assert _last_chain("审议了报告和社会保障局局长甘小雨的说明。") == ("社会保障局局长",)


def test_a_body_no_table_knows_opens_the_last_title_after_the_list_mark() -> None:
    from newsarchive.extract.people import extract_officials
    from newsarchive.records import Draft
    text = "省委常委、省纪委书记、全面推进清廉江西工作专班组长甲立新出席会议并讲话。"
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=(text,), front_matter={})
    assert [o.titles for o in extract_officials(d)] == [("省委常委", "省纪委书记", "全面推进清廉江西工作专班组长")]
