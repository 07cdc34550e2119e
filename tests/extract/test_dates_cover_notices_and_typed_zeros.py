"""A notice issuing a document is dated by its cover's signature, not by the dates the document
it issues ends with or a page's stamp; a year in Chinese numerals with zero typed as the digit
or the letter.  Names, numbers and sentences are made up."""
from __future__ import annotations

from newsarchive.extract.dates import extract_date
from newsarchive.extract.numerals import to_int
from newsarchive.records import Draft, PartialDate

_TITLE = "某县人民政府关于印发《某县议事规则》的通知"
_COVER = ("各乡镇人民政府,县政府各部门:", "《某县议事规则》已经2031年1月4日县政府常务会议通过,现予印发,请遵照执行。")
_DOCUMENT = ("第一条 为规范议事程序,制定本规则。", "第二条 本规则自印发之日起施行。", "2031年3月1日")


def _date(title: str | None, paragraphs: tuple[str, ...], captions: tuple[str, ...] = (),
          stamp: str = "发布时间:2031-01-23") -> PartialDate | None:
    return extract_date(Draft(source="t.txt", ordinal=1, title=title, subtitle=None, paragraphs=paragraphs,
                              captions=captions, page_lines=(stamp,)))


def test_a_cover_notice_is_dated_by_its_cover_signature() -> None:
    assert _date(_TITLE, (*_COVER, "某县人民政府", "2031年1月17日", *_DOCUMENT)) == PartialDate(2031, 1, 17)
    # the signer's line read as a heading: the date stands under the cover's last sentence
    assert _date(_TITLE, (*_COVER, "2031年1月17日", *_DOCUMENT)) == PartialDate(2031, 1, 17)
    # set apart as a line of its own (read as a caption)
    assert _date(_TITLE, (*_COVER, *_DOCUMENT[:2]), captions=("某署发(2031)18号", "二0三一年一月十七日")) \
        == PartialDate(2031, 1, 17)


def test_a_date_alone_in_a_document_is_no_cover_signature_without_a_cover_notice() -> None:
    assert _date("某县议事规则", (*_DOCUMENT[:2],), captions=("2031年1月17日",)) != PartialDate(2031, 1, 17)


def test_zero_typed_as_a_digit_or_a_letter_in_a_chinese_year() -> None:
    assert to_int("二0一0") == 2010 and to_int("二O一O") == 2010 and to_int("二〇一〇") == 2010
    notice = ("各有关单位:", "现将有关事项通知如下。", "特此通知。", "某某局", "二0三一年九月二十六日")
    assert _date("关于做好节日值班工作的通知", notice) == PartialDate(2031, 9, 26)
    assert _date("关于做好节日值班工作的通知", notice[:-1] + ("二O三一年九月二十六日",)) == PartialDate(2031, 9, 26)


def test_a_deadline_after_its_label_is_no_event() -> None:
    paragraphs = ("根据统一部署,市委第一巡察组从2031年3月14日至6月13日,对市人民检察院党组开展巡察。",
                  "巡察组开通值班电话,受理信访截止时间:2031年6月6日。", "中共某某市委第一巡察组", "2031年3月14日")
    assert _date(None, paragraphs, stamp="") == PartialDate(2031, 3, 14)
