"""A three-line heading: an event line over two short slogans that state no event is the
headline, the slogans its two-part subtitle (made-up lines)."""
from __future__ import annotations

from newsarchive.split.titles import headline


def test_an_event_line_over_two_slogans_is_the_headline() -> None:
    title, subtitle = headline(["某某主持召开2031年度市政府党组第3次会议和市政府第5次常务会议",
                                "深学细悟重要讲话精神", "推动各项工作提质增效"])
    assert title == "某某主持召开2031年度市政府党组第3次会议和市政府第5次常务会议"
    assert subtitle == "深学细悟重要讲话精神 推动各项工作提质增效"


def test_a_kicker_main_and_subtitle_keep_the_middle_line() -> None:
    title, _ = headline(["青石县召开春耕生产推进会", "抢抓农时备春耕 确保全年粮食丰收", "——记青石县春耕生产一线"])
    assert title == "抢抓农时备春耕 确保全年粮食丰收"
