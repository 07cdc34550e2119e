"""Officials whose title the running text wraps: an outlet's name before a post, a post in
quotes or with a note after it.  Names, places and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.records import Draft


def _officials(*paragraphs: str) -> list[tuple[str, tuple[str, ...]]]:
    draft = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs)
    return [(o.name, o.titles) for o in extract_officials(draft)]


def test_an_outlet_before_the_post_of_a_named_person_is_no_person() -> None:
    found = _officials("县委书记甘小雨,柳网总编辑柯明远等同志出席启动仪式。柯明远介绍了筹备情况。")
    assert found == [("甘小雨", ("县委书记",)), ("柯明远", ("柳网总编辑",))]


def test_a_name_with_its_post_after_it_still_reads() -> None:
    assert _officials("甘小雨书记的讲话很重要。柯明远县长主持会议。") == [("甘小雨", ("书记",)), ("柯明远", ("县长",))]


def test_a_post_in_quotes_is_the_title_of_the_name_after_it() -> None:
    assert _officials("去年7月,驻柳湾社区的“第一书记”柯明远发现桥梁损坏严重。") == [("柯明远", ("第一书记",))]
    assert _officials("作为驻柳湾社区“第一书记”的甘小雨,多方筹措资金。") == [("甘小雨", ("驻柳湾社区第一书记",))]


def test_quotes_around_words_that_are_no_title_stay() -> None:
    assert _officials("他被称为“柳湾好人”甘小雨,居民都这样叫他。") == []


def test_a_note_on_how_a_post_is_held_is_no_part_of_the_title() -> None:
    found = _officials("柳湾镇党委副书记(挂职)、柳湾居“第一书记”甘小雨带领党总支书记柯明远等一行来到社区考察。")
    assert found[0] == ("甘小雨", ("柳湾镇党委副书记", "柳湾居第一书记"))
    # a note that says what the post is stays in it
    assert _officials("团县委党组副书记(主持工作)甘小雨主持会议。") == [("甘小雨", ("团县委党组副书记(主持工作)",))]


def test_a_proper_noun_between_a_title_and_a_reporting_verb_is_a_name() -> None:
    assert _officials("县人大常委会主任华瑞主持会议。") == [("华瑞", ("县人大常委会主任",))]


def test_a_plain_noun_between_a_title_and_a_verb_of_leading_is_a_name() -> None:
    found = _officials("市长甘小雨会见了由柳阳市市长万向带领的政府考察团一行。")
    assert found == [("甘小雨", ("市长",)), ("万向", ("柳阳市市长",))]
    assert _officials("市长万向出席会议。") == []                       # before any other verb a word
    assert _officials("县委常委班子带领全县干部学习。") == []            # a group leads too


def test_a_government_spokesperson_is_an_official_a_companys_is_not() -> None:
    assert _officials("柳阳市府发言人甘小雨表示,市长将出席。") == [("甘小雨", ("柳阳市府发言人",))]
    assert _officials("青禾集团发言人甘小雨表示,公司将扩产。") == []


def test_a_two_character_name_before_the_head_of_a_district_that_is_no_district() -> None:
    assert _officials("1月11日上午,甘征区长主持召开区政府常务会议。") == [("甘征", ("区长",))]
    assert _officials("金水区长主持会议。") == []          # a district's name, then its head
    assert _officials("刘副县长主持会议。") == []          # a surname and the post's prefix
    assert _officials("李庄镇长主持会议。") == []          # towns are not all listed: a place may end there


def test_a_word_between_two_names_of_a_list_is_a_name() -> None:
    found = _officials("区领导甘小雨出席会议;柯立新、万向、陈志明列席。")
    assert [n for n, _ in found] == ["甘小雨", "柯立新", "万向", "陈志明"]
    assert _officials("黄金、白银、石油价格上涨。") == []


def test_a_note_on_the_person_vouches_for_a_name_with_no_surname() -> None:
    found = _officials("由省委书记、副省长天朗(藏族)率领的柳川省祝贺团到会祝贺。")
    assert found == [("天朗", ("省委书记", "副省长"))]
    assert _officials("天朗(藏族)说。") == []                # no post, no list: no official


def test_a_member_of_a_posted_work_team_holds_a_post() -> None:
    assert _officials("驻村工作队员甘小雨介绍情况。") == [("甘小雨", ("驻村工作队员",))]
    assert _officials("少先队员甘小雨说。") == []


def test_an_outlets_short_name_before_the_post_that_heads_it_is_no_person() -> None:
    assert _officials("会上,柳网总编辑讲话。金报社长出席了会议。") == []
