"""Source text → lines with the Markdown markup taken off and the layout kept.

Splitting needs what a Markdown renderer throws away: how many blank lines
stand between two lines (captions sit between wide gaps), where a single
newline falls (layout breaks), and which lines were headings.  So the body is
read line by line here instead of being rendered.  A renderer would also keep
``**…。**值`` bold marks: CommonMark's flanking rules do not close emphasis
after Chinese punctuation followed by a letter, which is how newsrooms write.

The same reader serves .txt and .md files: raw-text files use ``#`` headings
and ``**bold**`` too.  Only ordered-list numbers ("1. ") are kept in .txt
files, where they are part of the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .repair import ends_paragraph

__all__ = ["Line", "read_lines", "strip_inline"]


@dataclass(frozen=True)
class Line:
    """One non-blank line of a source body, markup removed."""

    text: str
    level: int = 0                 # Markdown heading level (0: not a heading)
    listed: bool = False           # was a Markdown list item
    image: bool = False            # the text is an image's alt text (a caption)
    images: tuple[str, ...] = ()   # alt texts of images that stood inside the line
    gap_before: int = 0            # blank lines between this line and the previous one
    gap_after: int = 0             # blank lines between this line and the next one
    first: bool = False            # nothing but blank lines stands before it
    last: bool = False             # nothing but blank lines stands after it


_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_DROP_MARK = "\x00"                # marks lines a comment touched
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SETEXT_1 = re.compile(r"^\s{0,3}=+[ \t]*$")
_SETEXT_2 = re.compile(r"^\s{0,3}-+[ \t]*$")
_LINK_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_ATX = re.compile(r"^\s{0,3}(#{1,6})(?:[ \t]+|(?=[^\s#]))(.*?)(?:[ \t]+#+)?[ \t]*$")
_BULLET = re.compile(r"^\s*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?")
_ORDERED = re.compile(r"^\s*\d{1,3}[.)][ \t]+")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")

_ESCAPABLE = "\\`*_{}[]()#+-.!|>~<"
_ESCAPE = re.compile(r"\\([" + re.escape(_ESCAPABLE) + r"])")
_IMAGE = re.compile(r"!\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_IMAGE_REF = re.compile(r"!\[([^\]]*)\]\[[^\]]*\]")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_LINK_REF = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+|[^>\s@]+@[^>\s@]+)>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_CODE = re.compile(r"`+([^`]+?)`+")
_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|(?<![\w])__(?=\S)(.+?)(?<=\S)__(?![\w])")
_EM = re.compile(r"(?<!\*)\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?!\*)")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_LEFTOVER = re.compile(r"\*\*+|(?<![\w])__+(?![\w])")


def strip_inline(text: str) -> tuple[str, tuple[str, ...]]:
    """Inline Markdown → plain text; returns (text, alt texts of images)."""
    # Escaped characters are hidden in the private use area so no rule below sees them.
    text = _ESCAPE.sub(lambda m: chr(0xE000 + _ESCAPABLE.index(m.group(1))), text)
    alts: list[str] = []

    def _image(m: re.Match[str]) -> str:
        alt = m.group(1).strip()
        if alt:
            alts.append(alt)
        return ""

    text = _IMAGE.sub(_image, text)
    text = _IMAGE_REF.sub(_image, text)
    text = _LINK.sub(r"\1", text)
    text = _LINK_REF.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _TAG.sub("", text)
    text = _CODE.sub(r"\1", text)
    for _ in range(2):             # nested emphasis: ***x*** or **a *b* c**
        text = _STRONG.sub(lambda m: m.group(1) or m.group(2), text)
        text = _EM.sub(r"\1", text)
        text = _STRIKE.sub(r"\1", text)
    text = _LEFTOVER.sub("", text)
    text = "".join(_ESCAPABLE[ord(c) - 0xE000] if 0xE000 <= ord(c) < 0xE000 + len(_ESCAPABLE) else c
                   for c in text)
    alts = [strip_inline(a)[0] for a in alts]
    return text, tuple(a for a in alts if a)


def _blank_comments(text: str) -> str:
    """Remove HTML comments, marking each line they touched so it can be dropped."""
    return _COMMENT.sub(lambda m: _DROP_MARK + ("\n" + _DROP_MARK) * m.group().count("\n"), text)


def read_lines(text: str, fmt: str = "txt") -> list[Line]:
    """Every non-blank line of ``text`` with markup removed, blank-line gaps counted."""
    raw_lines = _blank_comments(text).split("\n")
    out: list[Line] = []
    gap = 0
    seen_text = False
    in_fence = False
    for raw in raw_lines:
        touched = _DROP_MARK in raw
        raw = raw.replace(_DROP_MARK, "").rstrip()
        if _FENCE.match(raw):
            in_fence = not in_fence
            continue
        if not raw.strip():
            if not touched:
                gap += 1
            continue
        if not in_fence:
            if (out and gap == 0 and not out[-1].level and not out[-1].listed and not out[-1].image
                    and not ends_paragraph(out[-1].text)):
                if _SETEXT_1.match(raw) or (_SETEXT_2.match(raw) and len(raw.strip()) >= 2):
                    out[-1] = replace(out[-1], level=1 if "=" in raw else 2)
                    continue
            if _RULE.match(raw) or _LINK_DEF.match(raw) or _TABLE_SEP.match(raw) and "|" in raw:
                gap += 1 if _RULE.match(raw) else 0
                continue
        line = _parse_line(raw, fmt, in_fence)
        if line is None:
            continue
        for part in _expand_images(line):
            out.append(replace(part, gap_before=gap if seen_text else 0, first=not seen_text))
            gap = 0
            seen_text = True
    return _with_gaps_after(out, gap)


def _parse_line(raw: str, fmt: str, in_fence: bool) -> Line | None:
    level = 0
    listed = False
    if not in_fence:
        raw = _QUOTE.sub("", raw)
        m = _ATX.match(raw)
        if m and "#" not in m.group(2):
            level, raw = len(m.group(1)), m.group(2)
        else:
            m = _BULLET.match(raw) or (_ORDERED.match(raw) if fmt == "md" else None)
            if m:
                listed, raw = True, raw[m.end():]
        if _TABLE_ROW.match(raw):
            raw = " ".join(c.strip() for c in raw.strip().strip("|").split("|"))
    text, alts = strip_inline(raw) if not in_fence else (raw, ())
    text = re.sub(r"\s+", " ", text).strip()
    if not text and not alts:
        return None
    return Line(text=text, level=level, listed=listed, images=alts)


def _expand_images(line: Line) -> list[Line]:
    """A line's images become caption lines of their own, after the line's text."""
    parts = [replace(line, images=())] if line.text else []
    parts += [Line(text=alt, image=True) for alt in line.images]
    return parts


def _with_gaps_after(lines: list[Line], trailing: int) -> list[Line]:
    out = []
    for i, line in enumerate(lines):
        last = i == len(lines) - 1
        after = trailing if last else lines[i + 1].gap_before
        out.append(replace(line, gap_after=after, last=last))
    return out
