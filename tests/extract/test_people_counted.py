"""Names closed by a count before 辞去 or 为 in personnel news.  Sentences are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_officials
from newsarchive.extract.people_counted import counted_mentions
from newsarchive.records import Draft


def officials(*paragraphs: str) -> list[tuple[str, list[str]]]:
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs,
              bylines=(), captions=(), front_matter={})
    return [(o.name, list(o.titles)) for o in extract_officials(d)]


def test_names_counted_before_a_resignation() -> None:
    got = officials("会议通过了关于韩立新、沈雪梅两位同志辞去县人大常委会委员"
                    "以及潘海涛、钟雅琴等12位同志辞去县人大代表的请求。")
    assert sorted(n for n, _ in got) == sorted(["韩立新", "沈雪梅", "潘海涛", "钟雅琴"])


def test_names_counted_before_an_appointment_take_its_post() -> None:
    got = officials("会议决定任命范志刚、陶丽华、程建新三位同志为某县监察委员会委员。")
    assert [n for n, _ in got] == ["范志刚", "陶丽华", "程建新"]
    assert all(t == ["某县监察委员会委员"] for _, t in got)


def test_traditional_counted_names() -> None:
    got = officials("會議任命魏文濤等20名同志為人民陪審員,接受關於賀建國、龐秀蘭兩位同志辭去職務的請求。")
    assert sorted(n for n, _ in got) == sorted(["魏文濤", "賀建國", "龐秀蘭"])


def test_a_count_before_wei_without_an_appointment_names_no_official() -> None:
    assert counted_mentions("表彰了韩立新、沈雪梅等3名同志为先进个人。", frozenset()) == []
