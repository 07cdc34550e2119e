"""A cut-off (截至9月3日12时,…) with the time of day after its date: the report's date
when the page prints no stamp, also further down a feature whose lead gives none.
Sentences and names are made up."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.records import Draft, PartialDate


def _draft(*paragraphs: str, stamp: str | None = None) -> Draft:
    return Draft(source="t.txt", ordinal=1, title="某督导组拓宽线索来源", subtitle=None, paragraphs=paragraphs,
                 page_lines=(stamp,) if stamp else (), front_matter={})


_OPENING = ("某督导组进驻某省后,第一时间向社会公布举报电话,方便群众举报。",
            "为增加群众对督导工作的知晓度,督导组还通过短信推送举报方式。",
            "某省有关部门也积极配合督导组工作,滚动播出督导组进驻的新闻。")


def test_a_cut_off_with_its_hour_further_down_dates_an_unstamped_report() -> None:
    d = _draft(*_OPENING, "截至9月3日12时,各举报途径公布后66小时内,共接到群众举报1503件。")
    assert extract_date(d) == PartialDate(None, 9, 3)


def test_a_cut_off_with_its_hour_in_the_lead_gives_way_to_the_stamp() -> None:
    d = _draft("截至6月18日下午5点,5个督导组均已完成进驻。", stamp="发布时间:2031-06-21")
    assert extract_date(d) == PartialDate(2031, 6, 21)
    assert extract_date(_draft("截至6月18日下午5点,5个督导组均已完成进驻。")) == PartialDate(None, 6, 18)
