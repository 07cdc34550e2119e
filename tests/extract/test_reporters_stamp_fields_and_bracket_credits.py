"""Writers named in a page's stamp fields (a unit and a slash before the names, a date's
label run into the last name, font buttons after the credits, a bracketed name alone),
a bare name's photo credit in brackets closing a caption and two names run together in
a closing bracket; a unit signing as the author, or a broadcaster, is no name.  Names and
lines are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_reporters
from newsarchive.records import Draft

from . import draft


def _draft(page: tuple[str, ...] = (), captions: tuple[str, ...] = ()) -> Draft:
    return Draft(source="t.txt", ordinal=1, title="某镇组织人大代表视察重点项目", subtitle=None,
                 paragraphs=("10月30日,某镇组织部分人大代表视察重点项目。",), page_lines=page, captions=captions)


def test_a_source_field_naming_a_unit_then_its_writers_after_a_slash() -> None:
    assert extract_reporters(_draft(page=("来源:某东镇/王建国 李志强",))) == ("王建国", "李志强")
    assert extract_reporters(_draft(page=("来源:某某日报/新华网",))) == ()


def test_a_dates_label_run_into_the_authors_name() -> None:
    assert extract_reporters(_draft(page=("创建者:王建国作者:王建国发布时间:2031-11-05浏览次数:35",))) == ("王建国",)


def test_credits_before_the_font_buttons_of_a_stamp_line() -> None:
    line = "2031年11月26日 来源 : 某某之家网 作者 : 某省某联 王建国/文 李志强/图 字体:【】 【】 【"
    assert extract_reporters(_draft(page=(line,))) == ("王建国", "李志强")


def test_a_bare_names_photo_credit_in_brackets_closing_a_caption() -> None:
    caption = "11月17日,某市委常委、组织部部长张国华(中)到某县某镇某村调研。(王建民 摄)"
    assert extract_reporters(_draft(captions=(caption,))) == ("王建民",)
    assert extract_reporters(_draft(captions=("村民在田间劳作。(资料图片 摄)",))) == ()


def test_a_unit_signing_as_the_author_is_no_name() -> None:
    assert extract_reporters(_draft(page=("[作者:宣传部发布时间:2031-12-15 15:48来源:某市某区人民政府]",))) == ()


def test_two_names_run_together_in_a_closing_bracket() -> None:
    d = draft("副市长张国华率队到某县调研防汛工作。", "他要求各地抓好落实。", "(余先智张传忠)")
    assert extract_reporters(d) == ("余先智", "张传忠")
    # a unit run together is no two names
    d = draft("副市长张国华率队到某县调研防汛工作。", "他要求各地抓好落实。", "(池州市纪委)")
    assert extract_reporters(d) == ()


def test_a_bracketed_name_alone_under_the_stamp() -> None:
    assert extract_reporters(_draft(page=("2031-07-18 16:54:09 字号:", "(熊立星)"))) == ("熊立星",)


def test_a_broadcaster_named_by_its_place_is_no_reporter() -> None:
    d = draft("省长张国华在某市调研时强调,要抓好秋收秋种。", "甘肃台报道。")
    assert "甘肃台" not in extract_reporters(d)


def test_bare_names_before_the_first_role_in_a_datelines_bracket() -> None:
    d = draft("某某报道讯(张洪祯 隋昊良 通讯员李福山 吴昊天报道)“春种一粒粟,秋收万颗籽”。金秋时节,田野一片金黄。")
    assert set(extract_reporters(d)) == {"张洪祯", "隋昊良", "李福山", "吴昊天"}


def test_names_alone_on_a_line_set_apart_are_the_writers() -> None:
    assert extract_reporters(_draft(captions=("张慧君 顾 辉",))) == ("张慧君", "顾辉")
    assert extract_reporters(_draft(captions=("会议现场",))) == ()


def test_an_office_signing_by_its_short_name_is_no_reporter() -> None:
    assert extract_reporters(_draft(page=("作者:农环委          来源:某某人大网     时间:2031/8/4 10:03:03",))) == ()
