"""Layout repair: join paragraphs that the page layout broke mid-sentence.

Printed and scraped pages break text at column or page ends, so one paragraph
arrives as two blocks ("…近年来,全" / "市统一战线…").  A real paragraph end in
Chinese news text carries sentence-final punctuation; a block that lacks it and
is followed by another body block continues in that block.  Headlines lack
final punctuation too, so callers classify lines first and mark headings,
subheads and form-like lines (``电子邮箱：…``) as blocks that stand alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

__all__ = ["Block", "ends_paragraph", "join_broken_paragraphs", "clean_text"]

#: Sentence-final marks; a colon also ends a paragraph (it introduces a list).
FINAL = "。！？!?；;…：:"
#: Closing quotes and brackets that may follow a final mark ("…。”", "…。）").
CLOSERS = "”’」』）)】》〉\"'"

#: A finished sentence, perhaps with a short note in brackets after it (…。(记者 某某), …。(完)).
_ENDS = re.compile(f"[{re.escape(FINAL)}][{re.escape(CLOSERS)}]*(?:\\s*[(（][^()（）]{{1,20}}[)）])?$")
_FULL_PUNCT_SPACE = re.compile(r"(?<=[，。、；：！？])[ \t]+|[ \t]+(?=[，。、；：！？）】》〉])")
_SPACES = re.compile(r"\s+")
#: A comma doubled or written beside an enumeration comma (书记,、主任; 强调,,要): a typing slip
#: that keeps one mark, the 、 where there is one.
_DOUBLED_COMMA = re.compile(r"[,，]+(、)|(、)[,，]+|([,，])[,，]+")


@dataclass(frozen=True)
class Block:
    """One block of body text as it stood in the source."""

    text: str
    fixed: bool = False    # a subhead or form line: never joined to a neighbour
    opens: bool = False    # starts a paragraph even after a broken block (list items)
    glued: bool = False    # continues the paragraph before even after a sentence end
                           # (hard-wrapped text whose paragraphs open with an indent)


def ends_paragraph(text: str) -> bool:
    """True when ``text`` ends the way a finished sentence or paragraph does."""
    return bool(_ENDS.search(text.rstrip()))


def clean_text(text: str) -> str:
    """Collapse whitespace; drop spaces that only pad full-width punctuation."""
    text = _SPACES.sub(" ", text).strip()
    if ",," in text or "，，" in text or "、" in text:
        text = _DOUBLED_COMMA.sub(lambda m: m.group(1) or m.group(2) or m.group(3), text)
    # most Chinese paragraphs hold no space at all: skip the lookbehind scan
    return _FULL_PUNCT_SPACE.sub("", text) if " " in text else text


def join_broken_paragraphs(blocks: Sequence[str | Block]) -> list[str]:
    """Rejoin blocks split mid-sentence; one cleaned paragraph per item, none empty.

    Block ``b`` continues block ``a`` when ``a`` does not end a sentence (or ``b``
    is ``glued``), neither is ``fixed`` and ``b`` does not ``open`` a paragraph.  Strings are
    plain body blocks.  Nothing is inserted at a join: Chinese text has no
    spaces between words, and broken e-mail addresses and numbers must close up.
    """
    out: list[str] = []
    prev_fixed = True
    for raw in blocks:
        block = raw if isinstance(raw, Block) else Block(raw)
        text = clean_text(block.text)
        if not text:
            continue
        joinable = bool(out) and not prev_fixed and not block.fixed and not block.opens
        if joinable and (block.glued or not ends_paragraph(out[-1])):
            out[-1] += text              # both sides are already clean and trimmed
        else:
            out.append(text)
        prev_fixed = block.fixed
    return out
