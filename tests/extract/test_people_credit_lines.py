"""Credit lines of less common shapes name the reporters.  Sentences and names are made up."""
from __future__ import annotations

from newsarchive.extract.people import extract_reporters
from newsarchive.records import Draft


def reporters(*paragraphs: str) -> tuple[str, ...]:
    d = Draft(source="t.txt", ordinal=1, title=None, subtitle=None, paragraphs=paragraphs,
              bylines=(), captions=(), front_matter={})
    return extract_reporters(d)


def test_credits_in_brackets_with_an_editor_name_only_the_writer() -> None:
    assert reporters("检查组察看了三处工地。", "(图文:韩立新 审核:沈雪梅)") == ("韩立新",)


def test_one_credit_after_the_last_of_several_names_covers_them_all() -> None:
    assert reporters("会议在县城召开。", "某县融媒体中心 韩立新 沈雪梅/文") == ("韩立新", "沈雪梅")
    assert reporters("會議在縣城召開。", "某縣融媒體中心 韓立新 沈雪梅/文") == ("韓立新", "沈雪梅")


def test_a_photographer_reporting_names_the_photographer() -> None:
    assert reporters("会议在县城召开。", "韩立新摄影报道") == ("韩立新",)


def test_credits_set_off_by_a_bar_name_writer_and_photographer_not_the_editor() -> None:
    assert reporters("会议在县城召开。", "采写 | 区新闻中心 韩立新", "图片 | 区新闻中心 沈雪梅",
                     "编辑 | 钱多多") == ("韩立新", "沈雪梅")


def test_a_bar_in_a_sentence_is_no_credit() -> None:
    assert reporters("会议在县城召开。", "图片展 | 共展出作品三十幅") == ()


def test_a_line_holding_two_credits_each_set_off_by_a_bar() -> None:
    assert reporters("县委书记某某看望人大代表。", "记者|韩立新 摄影|沈雪梅") == ("韩立新", "沈雪梅")
