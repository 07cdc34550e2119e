"""An editor's note or a series' opening words (编者按, 开栏的话) over a report: the report's
lead is the dated paragraph under them, and the note's words for the whole province (全省各地)
are not the report's place.  Places are general data; sentences are made up."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.extract.lead_paragraph import after_note
from newsarchive.extract.places import extract_district
from newsarchive.records import Draft, PartialDate

_NOTE = ("大会于10月16日上午开幕。全省各地干部群众通过广播、电视收看开幕盛况。",
         "本报今起推出“时光”栏目,多路记者分赴全省各地采访。敬请关注。")
_REPORT = ("10月18日清晨,地处渭源县田家河乡的一个村子渐渐热闹起来,村民们来到文化广场。",
           "说话间,广场已经聚集了一百多名干部群众。")


def _draft(subtitle: str | None, *paragraphs: str) -> Draft:
    return Draft(source="t.txt", ordinal=1, title="小山村:日子越过越红火", subtitle=subtitle, paragraphs=paragraphs)


def test_the_report_under_a_series_opening_words_is_the_lead() -> None:
    draft = _draft("时光 开栏的话", *_NOTE, *_REPORT)
    assert after_note(draft.paragraphs, draft.subtitle) == 2
    assert extract_date(draft) == PartialDate(None, 10, 18)
    assert extract_district(draft) == "渭源县"


def test_a_labelled_note_in_the_first_paragraph() -> None:
    draft = _draft(None, "编者按:" + _NOTE[0], _NOTE[1], *_REPORT)
    assert after_note(draft.paragraphs) == 2
    assert extract_date(draft) == PartialDate(None, 10, 18)


def test_no_note_no_skip() -> None:
    assert after_note((*_NOTE, *_REPORT)) == 0
    # a note with no dated paragraph under it leaves the lead where it was
    assert after_note(("编者按:" + _NOTE[0], "说话间,广场已经聚集了一百多名干部群众。")) == 0
