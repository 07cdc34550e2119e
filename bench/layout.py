"""Turn composed articles into the text of one raw newspaper file.

A file gets one house style: Markdown ``#``/``##`` headlines, bare headline
lines (with a kicker above or a subtitle below), or no headline at all; half-
or full-width punctuation; blank-line or single-newline paragraphs; UTF-8,
UTF-8 with BOM or GB18030.  Layout breaks cut a paragraph mid-sentence with a
blank line, as text copied from a page layout does.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

from .model import ArticleSpec, Composed

_COLON = re.compile(r"(?<!\d):|:(?!\d)")          # 08:30 keeps its ASCII colon
_FULL = str.maketrans({",": "，", ";": "；", "(": "（", ")": "）"})
_NO_LINE_START = set("，。、；：？！”）,.;:)?!")
_TOKEN = re.compile(r"[0-9A-Za-z@._\-~]")
_WIDE_DIGITS = str.maketrans("0123456789-", "０１２３４５６７８９－")
_PHONE = re.compile(r"\d[\d-]{6,}\d")


@dataclass(frozen=True)
class FileStyle:
    headings: str        # "md", "bare" or "none"
    subheads: str        # Markdown mark of the second and later headlines: "##" or "#"
    full_width: bool
    separator: str       # between paragraphs: "\n\n" or "\n"
    leading: str         # blank lines before the first line
    encoding: str        # "utf-8", "utf-8-sig" or "gb18030"
    breaks: float        # chance that a long paragraph is cut by a layout break
    wide_digits: bool = False   # phone numbers typed with full-width digits (０３７１－…)


def choose_style(rng: random.Random, articles: int) -> FileStyle:
    roll = rng.random()
    if articles == 1 and roll < 0.2:
        headings = "none"
    elif roll < 0.55:
        headings = "bare"
    else:
        headings = "md"
    encoding = rng.choices(("utf-8", "utf-8-sig", "gb18030"), weights=(85, 8, 7))[0]
    full_width = rng.random() < 0.45
    return FileStyle(
        headings=headings,
        subheads=rng.choice(("##", "##", "#")),
        full_width=full_width,
        separator=rng.choice(("\n\n", "\n\n", "\n\n", "\n")),
        leading=rng.choice(("", "\n\n", "\n\n", "\n")),
        encoding=encoding,
        breaks=rng.choice((0.0, 0.08, 0.15, 0.25)),
        wide_digits=full_width and rng.random() < 0.15,
    )


def punctuate(text: str, full_width: bool, wide_digits: bool = False) -> str:
    """ASCII , ; ( ) : as written by the composers, or their full-width forms (digits of phone numbers too)."""
    if not full_width:
        return text
    if wide_digits:
        text = _PHONE.sub(lambda m: m.group(0).translate(_WIDE_DIGITS), text)
    return _COLON.sub("：", text.translate(_FULL))


def layout_break(rng: random.Random, text: str) -> str:
    """Cut ``text`` once mid-sentence with a blank line, if a cut point is found."""
    if len(text) < 40:
        return text
    start = max(8, text.rfind("**") + 2)
    if text.startswith("本报讯("):                    # not inside the 本报讯(记者 …) credit
        start = max(start, text.find(")") + 2)
    for _ in range(8):
        if start >= len(text) - 8:
            return text
        pos = rng.randint(start, len(text) - 8)
        before, after = text[pos - 1], text[pos]
        if (after in _NO_LINE_START or before in "。“(（" or " " in (before, after)
                or (_TOKEN.match(before) and _TOKEN.match(after))):
            continue
        return text[:pos] + "\n\n" + text[pos:]
    return text


def headline_lines(rng: random.Random, style: FileStyle, article: Composed, first: bool) -> list[str]:
    title, slogan = article.title or "", article.slogan
    if style.headings == "none":
        return []
    if style.headings == "md":
        mark = "#" if first else style.subheads
        lines = []
        if slogan and first and rng.random() < 0.5:
            lines.append(slogan)                      # a kicker above the headline
        elif slogan and rng.random() < 0.6:
            title = f"{title} {slogan}"
        return lines + [f"{mark} {title}"]
    roll = rng.random()
    if not slogan:
        return [title]
    if roll < 0.35:
        return [slogan, title]
    if roll < 0.7:
        return [title, slogan]
    return [f"{title} {slogan}"]


def render_file(rng: random.Random, style: FileStyle, articles: list[Composed]) -> tuple[str, list[ArticleSpec]]:
    """The file's text and the specs of its articles (title dropped when the file has no headline)."""
    chunks, specs = [], []
    for i, article in enumerate(articles):
        lines = headline_lines(rng, style, article, first=i == 0)
        for kind, text in article.items:
            if kind == "p" and rng.random() < style.breaks:
                text = layout_break(rng, text)
            lines.append(text)
        chunks.append(style.separator.join(punctuate(line, style.full_width, style.wide_digits) for line in lines))
        specs.append(article.spec if lines and style.headings != "none" else replace(article.spec, title=None))
    between = "\n\n" if style.separator == "\n" else rng.choice(("\n\n", "\n\n", "\n\n\n\n"))
    text = style.leading + between.join(chunks) + rng.choice(("\n", "", "\n\n"))
    return text, specs


def encode(text: str, style: FileStyle) -> bytes:
    return text.encode(style.encoding)
