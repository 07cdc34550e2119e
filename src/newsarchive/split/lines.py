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

from ..repair import ends_paragraph

__all__ = ["Line", "read_lines", "strip_inline"]


@dataclass(frozen=True)
class Line:
    """One non-blank line of a source body, markup removed."""

    text: str
    level: int = 0                 # Markdown heading level (0: not a heading)
    listed: bool = False           # was a Markdown list item
    tabled: bool = False           # was a Markdown table's row (its cells joined by spaces)
    image: bool = False            # the text is an image's alt text (a caption)
    images: tuple[str, ...] = ()   # alt texts of images that stood inside the line
    indented: bool = False         # began with an indent ("\u3000\u3000", two spaces, a tab)
    gap_before: int = 0            # blank lines between this line and the previous one
    gap_after: int = 0             # blank lines between this line and the next one
    first: bool = False            # nothing but blank lines stands before it
    last: bool = False             # nothing but blank lines stands after it
    stamped: bool = False          # the page's stamp (发布时间:…) stood under it, before the next text line
    entry: bool = False            # opens a chronicle's entry (大事记, see :mod:`.chronicle`): an article


_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_DROP_MARK = "\x00"                # marks lines a comment touched
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SETEXT_1 = re.compile(r"^\s{0,3}=+[ \t]*$")
_SETEXT_2 = re.compile(r"^\s{0,3}-+[ \t]*$")
_LINK_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_ATX = re.compile(r"^\s{0,3}(#{1,6})([ \t]+|(?=[^\s#])|$)(.*?)(?:[ \t]+#+)?[ \t]*$")
_EMPTY_ATX = re.compile(r"^\s{0,3}#{1,6}(?:[ \t]+#*)?[ \t]*$")
_BULLET = re.compile(r"^\s*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?")
_ORDERED = re.compile(r"^\s*\d{1,3}[.)][ \t]+")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_INDENT = re.compile(r"^(?:\u3000|[ \t]{2}|\t)")
_SPACES = re.compile(r"\s+")
#: The first characters any block-level mark above can start with; a line that starts
#: with anything else (most lines of Chinese text) skips the block-level checks.
_BLOCK_START = re.compile(r"\s*[>#*+\-=_`~|\[:\d]")

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
_MARKUP_CHARS = re.compile(r"[\\`*_\[\]<>~]")
_LEFTOVER = re.compile(r"\*\*+|(?<![\w])__+(?![\w])")


def strip_inline(text: str) -> tuple[str, tuple[str, ...]]:
    """Inline Markdown → plain text; returns (text, alt texts of images)."""
    if not _MARKUP_CHARS.search(text):
        return text, ()
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
    parsed: list[Line] = []
    gaps: list[int] = []           # blank lines before each parsed line
    gap = 0
    in_fence = False
    for raw in _blank_comments(text).split("\n"):
        touched = _DROP_MARK in raw
        raw = raw.replace(_DROP_MARK, "").rstrip()
        block = bool(_BLOCK_START.match(raw))
        if block and _FENCE.match(raw):
            in_fence = not in_fence
            continue
        if not raw.strip():
            if not touched:
                gap += 1
            continue
        if block and not in_fence:
            prev = parsed[-1] if parsed else None
            if (prev is not None and gap == 0 and not prev.level and not prev.listed and not prev.image
                    and not ends_paragraph(prev.text)):
                if _SETEXT_1.match(raw) or (_SETEXT_2.match(raw) and len(raw.strip()) >= 2):
                    parsed[-1] = replace(prev, level=1 if "=" in raw else 2)
                    continue
            if _RULE.match(raw) or _LINK_DEF.match(raw) or _TABLE_SEP.match(raw) and "|" in raw:
                gap += 1 if _RULE.match(raw) else 0
                continue
        line = _parse_line(raw, fmt, in_fence, block)
        if line is None:
            continue
        for n, part in enumerate(_expand_images(line)):
            parsed.append(part)
            gaps.append(gap if n == 0 else 0)
        gap = 0
    return _with_gaps(parsed, gaps, gap)


def _parse_line(raw: str, fmt: str, in_fence: bool, block: bool = True) -> Line | None:
    level = 0
    listed = tabled = False
    indented = bool(_INDENT.match(raw))
    if block and not in_fence:
        raw = _QUOTE.sub("", raw)
        m = _BULLET.match(raw) or (_ORDERED.match(raw) if fmt == "md" else None)
        if m:
            listed, raw = True, raw[m.end():]
        if _EMPTY_ATX.match(raw):
            return None
        m = _ATX.match(raw)
        if m and (m.group(2) or "#" not in m.group(3)):    # "#两会#" is a hashtag, not a heading
            level, raw, listed = len(m.group(1)), m.group(3), False
        if _TABLE_ROW.match(raw):
            tabled, raw = True, " ".join(c.strip() for c in raw.strip().strip("|").split("|"))
    text, alts = strip_inline(raw) if not in_fence else (raw, ())
    text = _SPACES.sub(" ", text).strip()
    if not text and not alts:
        return None
    return Line(text=text, level=level, listed=listed, tabled=tabled, images=alts, indented=indented)


def _expand_images(line: Line) -> list[Line]:
    """A line's images become caption lines of their own, after the line's text."""
    if not line.images:
        return [line]
    parts = [replace(line, images=())] if line.text else []
    parts += [Line(text=alt, image=True) for alt in line.images]
    return parts


def _with_gaps(lines: list[Line], gaps: list[int], trailing: int) -> list[Line]:
    """Fill in gap_before/gap_after and first/last (the file's edges count as no gap)."""
    n = len(lines)
    out = []
    for i, line in enumerate(lines):
        out.append(Line(
            text=line.text, level=line.level, listed=line.listed, tabled=line.tabled, image=line.image,
            images=line.images, indented=line.indented,
            gap_before=gaps[i] if i else 0,
            gap_after=gaps[i + 1] if i + 1 < n else trailing,
            first=i == 0, last=i == n - 1,
        ))
    return out
