"""A sentence run into a title is not part of it (extract/title_edges.py)."""
import pytest

from newsarchive.extract.title_edges import past_left_junk
from newsarchive.extract.titles import posts, title_chain


def chains(text: str) -> list[tuple[str, ...]]:
    return [title_chain(text, m.start(), m.end()) for m in posts(text)]


@pytest.mark.parametrize("text, title", [
    ("代表团一行受到临江市副市长王明远的热情接待。", "临江市副市长"),
    ("会上，以晋城市市委书记李春来为团长的考察团发言。", "晋城市市委书记"),
    ("大家一起学习安顺市委副书记周立平的讲话。", "安顺市委副书记"),
    ("会议根据县政府代县长孙启明的提议作出决定。", "县政府代县长"),
])
def test_run_in_words_are_left_out(text: str, title: str) -> None:
    assert chains(text)[0][-1] == title


@pytest.mark.parametrize("text, title", [
    ("县人大常委会主任赵立新出席。", "县人大常委会主任"),          # 县 is the place's own
    ("县十六届人大常委会副主任钱文华发言。", "县十六届人大常委会副主任"),
    ("原县委书记刘长河参加。", "原县委书记"),                      # a former post stays former
    ("驻村第一书记陈晓东介绍情况。", "驻村第一书记"),
    ("省发展改革委党组书记孙立强讲话。", "省发展改革委党组书记"),
    ("晋城市城乡建设局局长吴海波介绍。", "晋城市城乡建设局局长"),  # 建设 is a verbal noun
])
def test_titles_of_bodies_stay_whole(text: str, title: str) -> None:
    assert chains(text)[0][-1] == title


def test_traditional_text_is_read_in_simplified_form() -> None:
    text = "考察團一行受到臨江市副市長王明遠的熱情接待。"
    post = text.index("副市長")
    assert text[past_left_junk(text, 0, post):post] == "臨江市"


def test_nothing_moves_without_a_place_or_organ_after_the_word() -> None:
    text = "我们认真学习副市长讲话"
    post = text.index("副市长")
    assert past_left_junk(text, 0, post) == 0
