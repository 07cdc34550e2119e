"""Officials: a legislator's seat as a post, a name before 所 (所设, 所作), a count that
gives the post to the name after 及, a university's heads, and a name in a photo caption.
Names and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.records import Draft


def officials(*paragraphs: str, captions: tuple[str, ...] = ()) -> list[tuple[str, tuple[str, ...]]]:
    draft = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=tuple(paragraphs),
                  captions=captions)
    return [(o.name, o.titles) for o in extract_officials(draft)]


def test_a_legislators_seat_is_a_post() -> None:
    assert officials("某党主席、立法会议员甘柯明说,这座城市的发展令人羡慕。") == [
        ("甘柯明", ("某党主席", "立法会议员"))]


def test_a_name_ends_before_suo() -> None:
    assert officials("访问团出席了由某某市市长甘一鸣所设的欢迎晚宴。") == [("甘一鸣", ("某某市市长",))]
    # 所 inside a title stays the title's
    assert officials("会议由研究所所长甘一鸣主持。") == [("甘一鸣", ("研究所所长",))]


def test_a_count_before_the_post_covers_the_name_after_ji() -> None:
    assert officials("三位副市长甘一、柯二及雷三出席。") == [
        ("甘一", ("副市长",)), ("柯二", ("副市长",)), ("雷三", ("副市长",))]
    assert officials("3名议员甘一、柯二及雷三出席。")[-1] == ("雷三", ("议员",))
    # a count that does not match the list leaves the last name's post unsaid
    assert officials("两位副市长甘一、柯二及雷三出席。")[-1] == ("雷三", ())
    assert officials("副部长甘一及柯二等热情欢迎。") == [("甘一", ("副部长",)), ("柯二", ())]


def test_a_universitys_heads_are_officials_a_schools_are_not() -> None:
    assert officials("某某师范大学副校长甘一、柯二,区委副书记雷三参加会议。") == [
        ("甘一", ("某某师范大学副校长",)), ("柯二", ("某某师范大学副校长",)), ("雷三", ("区委副书记",))]
    assert officials("某县第一中学校长甘一参加会议。") == []


def test_a_name_in_a_photo_caption() -> None:
    found = officials("参访团出席开幕式,双方交换了意见。",
                      captions=("▲参访团与某省台办主任甘一鸣(左5)合影(图/某县政府)",))
    assert found == [("甘一鸣", ("某省台办主任",))]


def test_a_name_ends_before_a_verb_with_zhe() -> None:
    assert officials("市委书记甘一鸣冒着严寒,到某县走访慰问。") == [("甘一鸣", ("市委书记",))]
    # 着手 is a word of its own: the name runs up to it
    assert officials("县长甘明亮着手部署春耕工作。") == [("甘明亮", ("县长",))]
