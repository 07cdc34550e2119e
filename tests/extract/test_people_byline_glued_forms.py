"""Credits written without the spaces a byline usually has: a counter's label after the
stamp's last name, a caption's name touching 摄, an intern's 实习: in brackets.
Sentences are made up."""
from __future__ import annotations

from dataclasses import replace

from newsarchive.extract.people import extract_reporters

from . import draft


def test_a_counter_label_glued_to_the_stamps_last_name() -> None:
    d = replace(draft("5月5日,县委书记甲某深入某镇调研。"), page_lines=("2031-05-07 作者:孙立平 吴昊浏览:3534",))
    assert extract_reporters(d) == ("孙立平", "吴昊")


def test_a_captions_name_touching_its_credit() -> None:
    d = replace(draft("某镇发展龙眼产业。"), captions=("某镇龙眼产业基地。孙立平摄",))
    assert extract_reporters(d) == ("孙立平",)


def test_an_interns_credit_in_closing_brackets() -> None:
    assert extract_reporters(draft("两地将互相借鉴学习先进经验。(实习:孙立平)")) == ("孙立平",)


def test_a_line_of_bare_names_closed_by_she_credits_the_photographers() -> None:
    from newsarchive.split.byline_lines import is_byline
    assert is_byline("孙立平 吴昊 摄")
    d = replace(draft("寒冬岁末,护林员在巡山。"), bylines=("孙立平 吴昊 攝",))
    assert extract_reporters(d) == ("孙立平", "吴昊")


def test_a_source_stamps_reporter_role_glued_to_the_first_name() -> None:
    d = replace(draft("2月9日,县十七届人大二次会议举行第二次全体会议。"),
                page_lines=("来源:某县融媒体中心 记者孙立平 吴昊",))
    assert extract_reporters(d) == ("孙立平", "吴昊")
    # a body named with the word inside it names no one
    d = replace(draft("2月9日,县十七届人大二次会议举行第二次全体会议。"), page_lines=("来源:本报记者站",))
    assert extract_reporters(d) == ()


def test_a_name_glued_to_the_place_a_report_was_filed_from() -> None:
    d = draft("【记者孙立平温州报道】 近日,某区工商联带领企业家到某县开展结对帮扶活动。")
    assert extract_reporters(d) == ("孙立平",)
    # two names run together, no place among them, stay two names
    assert extract_reporters(draft("【记者孙立平吴昊报道】 近日,某区工商联开展帮扶活动。")) == ("孙立平", "吴昊")
