"""The lead's opening sentences, as the district rules read them: the first paragraph's
first two sentences, or a dateline's under a summary, passing over what is no statement
of where the event happens (a feature's opening quotation, photo captions)."""
from __future__ import annotations

import re
from typing import Sequence

from .lead_paragraph import dateline_after_summary
from .place_names import simplified
from ..textnorm import without_pinyin

__all__ = ["lead_sentences"]

#: Where a sentence of the lead ends: after its final mark and the quote that closes it.
_SENTENCE_END = re.compile(r"(?<=[。！？!?])(?![”」』’])|(?<=[。！？!?][”」』’])")
#: A sentence that is all one quotation (“你最想解决什么问题?”): a speaker's words that open
#: a feature, not the lead's statement of where.
#: Paragraphs of quoted speech alone a feature may open with before its lead.
_QUOTED_OPENINGS = 2
#: Where a person stands in a photo ((前排左二), (右一), (中)): a paragraph holding one is a caption.
_POSITION_CAPTION = re.compile(r"[(（](?:前排|后排|第[一二三]排)?(?:左|右)[一二三四五六七八九十\d]?[)）]|[(（]中[)）]")
_QUOTATION = re.compile(r"^[“「『‘][^“”「」『』‘’]*[”」』’]$")


#: A photo credit opening a sentence (某某网记者 某某 摄): the sentence before it is a
#: photo's caption run into the lead paragraph.
_CREDIT = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:记者|摄影)\s*[\u4e00-\u9fff·]{2,4}(?:[\s、][\u4e00-\u9fff·]{2,4})*\s*摄")


def _without_captions(sentences: list[str]) -> list[str]:
    """The lead paragraph's sentences without photo captions run into it, each known by
    the credit that follows it (某市委某部门专家介绍某某。某某网记者 某某 摄…): a caption
    names the people pictured, not where the article's event happens."""
    out = []
    for k, sentence in enumerate(sentences):
        if k + 1 < len(sentences) and _CREDIT.match(sentences[k + 1]):
            continue
        out.append(_CREDIT.sub("", sentence).strip())
    return out


def lead_sentences(paragraphs: Sequence[str], subtitle: str | None = None) -> list[str]:
    """Up to two told sentences of the lead paragraph, simplified: the first paragraph, or a
    dateline's under a summary; a feature opening with a paragraph of quoted speech only
    ("“我从…”") leads with the next, and photo captions set before the report
    (某某(前排左二)在某地考察) are skipped."""
    start = dateline_after_summary(paragraphs, subtitle) if paragraphs else 0
    opening = [p for p in paragraphs[start:] if not _POSITION_CAPTION.search(p)] or list(paragraphs[start:])
    for paragraph in opening[:_QUOTED_OPENINGS + 1]:
        sentences = [s.strip() for s in _SENTENCE_END.split(simplified(without_pinyin(paragraph)))]
        told = [s for s in _without_captions(sentences) if s and not _QUOTATION.match(s)][:2]
        if told:
            return told
    return []
