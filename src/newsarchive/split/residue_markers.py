"""The residue markers of ``data/residue.yaml`` compiled, read once per process: the
labels, words and shapes :mod:`.residue` applies to a line."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..yamlfile import read_yaml
from .residue_shapes import YMD

__all__ = ["Markers", "markers"]

_DATA = Path(__file__).resolve().parent / "data" / "residue.yaml"
_CJK = "\u4e00-\u9fff"


@dataclass(frozen=True)
class Markers:
    crumb_label: re.Pattern[str]
    crumb_home: tuple[str, ...]
    crumb_separators: frozenset[str]
    crumb_end: frozenset[str]
    stamp_label: re.Pattern[str]
    weak_label: re.Pattern[str]
    disclosure: re.Pattern[str]
    publications: re.Pattern[str]
    any_label: re.Pattern[str]
    stamp_label_anywhere: re.Pattern[str]
    source_label: re.Pattern[str]
    tag_label: re.Pattern[str]
    editor_role: re.Pattern[str]
    footer: re.Pattern[str]
    footer_weak: re.Pattern[str]
    chrome: re.Pattern[str]
    chrome_lines: frozenset[str]
    counter: re.Pattern[str]
    chrome_sentence: re.Pattern[str]
    social_labels: frozenset[str]
    image_lines: frozenset[str]
    epaper: re.Pattern[str]
    epaper_field: re.Pattern[str]
    banner: re.Pattern[str]
    retitle_label: re.Pattern[str]
    summary_label: re.Pattern[str]
    link_row: re.Pattern[str]
    search_box: re.Pattern[str]
    consent: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]
    spam: re.Pattern[str]
    lone_paper: re.Pattern[str]
    epaper_paper_fields: tuple[str, ...]


#: Any wording of "where you are" before a breadcrumb (您现在所在的位置, 你目前的位置): the
#: listed labels' words in any of their combinations.
_POSITION_LABEL = r"[您你]?的?(?:现在|当前|目前)?(?:所在)?的?(?:页面)?位置"


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def markers() -> Markers:
    """The residue markers of ``data/residue.yaml``, read once per process."""
    data = read_yaml(_DATA)
    words: dict[str, list[str]] = {}
    for key, value in data.items():
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise ValueError(f"{_DATA}: {key} must be a list of strings (quote entries with a colon)")
        words[key] = value
    colon = r"\s*[:：]"
    return Markers(
        crumb_label=re.compile(rf"^(?:{_alternation(words['crumb_labels'])}|{_POSITION_LABEL}){colon}"),
        crumb_home=tuple(words["crumb_home"]),
        crumb_separators=frozenset(words["crumb_separators"]),
        crumb_end=frozenset(words["crumb_end"]),
        stamp_label=re.compile(rf"^(?:{_alternation(words['stamp_labels'])}){colon}"),
        weak_label=re.compile(rf"^(?:{_alternation(words['stamp_weak_labels'])}){colon}"),
        publications=re.compile(rf"^(?:《[^《》]{{1,20}}(?:{_alternation(words['publication_endings'])})》\s*){{2,}}$"),
        disclosure=re.compile(rf"^(?:{_alternation(words['disclosure_labels'])})(?:{colon}|\s|$)"),
        any_label=re.compile(rf"(?:{_alternation(words['stamp_labels'] + words['stamp_weak_labels'])}){colon}"),
        stamp_label_anywhere=re.compile(rf"(?:{_alternation(words['stamp_labels'])}){colon}"),
        source_label=re.compile(rf"(?:{_alternation(words['source_labels'])}){colon}"),
        tag_label=re.compile(rf"(?:{_alternation(words['tag_labels'])}){colon}"),
        editor_role=re.compile(rf"(?:{_alternation(words['editor_roles'])}){colon}"),
        footer=re.compile(_alternation(words["footer_markers"])),
        footer_weak=re.compile(_alternation(words["footer_weak_markers"])),
        chrome=re.compile(_alternation(words["chrome_markers"])),
        chrome_lines=frozenset(words["chrome_lines"]),
        counter=re.compile(rf"^(?:(?:{_alternation(words['counter_labels'])})\s*[:：]?\s*[(（\[]?\s*\d+\s*[)）\]]?"
                           rf"\s*次?[\s|｜]*)+$|^(?:{_alternation(words['counter_labels'])})\s*[:：]$|^\d+\s*次$"),
        chrome_sentence=re.compile(_alternation(words["chrome_sentences"])),
        social_labels=frozenset(words["social_labels"]),
        image_lines=frozenset(w.lower() for w in words["image_lines"]),
        epaper=re.compile(_alternation(words["epaper_markers"])),
        epaper_field=re.compile(rf"^(?:{_alternation(words['epaper_fields'])}){colon}\s*[0-9A-Za-z{_CJK}]{{1,8}}$"),
        banner=re.compile(rf"^(?:{_alternation(words['banner_openers'])})\s*[:：]?\s*(?:{YMD})"),
        retitle_label=re.compile(rf"^[(（]?(?:{_alternation(words['retitle_labels'])}){colon}\s*"),
        # the label with its text after a colon, or alone over the box's text
        summary_label=re.compile(rf"^(?:(?:{_alternation(words['summary_labels'])})(?:{colon}|\s*$)"
                                 rf"|[\[【](?:{_alternation(words['summary_labels'])})[\]】])"),
        link_row=re.compile(rf"^[{_CJK}]{{0,8}}(?:{_alternation(words['link_row_labels'])}){colon}(?P<items>.*)$"),
        # the box's button after its label (报刊搜索: 搜索)
        search_box=re.compile(rf"^[{_CJK} ]{{0,8}}(?:{_alternation(words['search_box_words'])}){colon}"
                              rf"(?:[ \u3000]*(?:{_alternation(words['search_box_words'])}))?$"),
        consent=tuple(re.compile(_alternation(words[k]), re.I)   # type: ignore[arg-type]
                      for k in ("consent_subjects", "consent_verbs", "consent_addressees")),
        spam=re.compile(_alternation(words["spam_words"])),
        lone_paper=re.compile(rf"^[{_CJK}]{{2,8}}(?:{_alternation(words['lone_paper_endings'])})$"),
        epaper_paper_fields=tuple(words["epaper_paper_fields"]),
    )
