"""A cut-off (截至5月20日10时,…) with the time of day after its date: the report's date
when the page prints no stamp, also further down a feature whose lead gives none.
Sentences and names are made up."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.records import Draft, PartialDate


def _draft(*paragraphs: str, stamp: str | None = None) -> Draft:
    return Draft(source="t.txt", ordinal=1, title="某检查组广开言路", subtitle=None, paragraphs=paragraphs,
                 page_lines=(stamp,) if stamp else (), front_matter={})


_OPENING = ("某检查组到某县后,随即在县城主要路口张贴公告,写明受理来信来访的地址。",
            "检查组还请各乡镇用广播反复播送公告内容,让更多村民知道。",
            "县里有关部门安排专人对接,保障检查组工作。")


def test_a_cut_off_with_its_hour_further_down_dates_an_unstamped_report() -> None:
    d = _draft(*_OPENING, "截至5月20日10时,检查组共收到来信来访218件。")
    assert extract_date(d) == PartialDate(None, 5, 20)


def test_a_cut_off_with_its_hour_in_the_lead_gives_way_to_the_stamp() -> None:
    d = _draft("截至6月18日下午5点,3个检查组均已到位。", stamp="发布时间:2031-06-21")
    assert extract_date(d) == PartialDate(2031, 6, 21)
    assert extract_date(_draft("截至6月18日下午5点,3个检查组均已到位。")) == PartialDate(None, 6, 18)
