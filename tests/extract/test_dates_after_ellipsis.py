"""A round-up's lead lists what was done, closes the list with an ellipsis and then dates
it ("……7月26日至8月3日,某地领导在忙这些事"): the date after the ellipsis opens a clause.
Sentences are made up."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.records import Draft, PartialDate


def test_a_date_after_an_ellipsis_opens_the_lead() -> None:
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None,
              paragraphs=("走访慰问一线职工,举行项目开工仪式,调研重点项目建设……7月26日至8月3日,某地八市领导在忙这些事——",
                          "某市", "7月30日,某市领导走访慰问一线职工。"),
              page_lines=("2031-08-03 14:29 来源: 某某日报",))
    assert extract_date(d) == PartialDate(2031, 7, 26)
