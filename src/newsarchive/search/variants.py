"""Other ways a reader types the same thing: traditional characters and pinyin.

Both maps are computed at build time and shipped to the page, so the browser
needs neither OpenCC nor a pinyin dictionary:

* ``browser_t2s`` — traditional → simplified, one character for one character,
  limited to the characters the archive's own index uses (鄭 → 郑 is shipped
  only when 郑 occurs in the index).  The build applies the full map
  (:func:`to_simplified`) to everything it indexes, so both sides agree.
* ``pinyin_map`` — toneless pinyin keys (``anwei``) → the names they spell.
"""
from __future__ import annotations

import itertools
from typing import Callable, Iterable, Mapping

from ..simplified import t2s_chars, to_simplified

#: At most this many pinyin spellings are kept per name (polyphonic characters multiply).
MAX_KEYS_PER_NAME = 16


def browser_t2s(vocab_chars: Iterable[str]) -> dict[str, str]:
    """The part of the t2s map a page needs: targets the index uses, sources it does not.

    A character that itself occurs in the index is never remapped, so a query
    can always find the text as written.
    """
    present = set(vocab_chars)
    return {t: s for t, s in sorted(t2s_chars().items()) if s in present and t not in present}


def encode_pairs(mapping: Mapping[str, str]) -> str:
    """``{"鄭": "郑", "視": "视"}`` → ``"鄭郑視视"``: half the bytes of a JSON object."""
    return "".join(k + v for k, v in sorted(mapping.items()))


def pinyin_keys(name: str) -> list[str]:
    """Toneless lowercase spellings of a Chinese name: ``何雄`` → ``["hexiong"]``.

    The usual reading comes first; other readings of polyphonic characters
    (曾 ceng/zeng) and the ``u`` spelling of ``ü`` (吕 lv/lu) follow, capped at
    :data:`MAX_KEYS_PER_NAME`.  Non-Chinese characters (·, latin) are skipped;
    a name with no Chinese character has no key.
    """
    han = "".join(ch for ch in name if "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0002ffff")
    if not han:
        return []
    from pypinyin import Style, lazy_pinyin, pinyin  # when first needed: its tables load slowly

    usual = "".join(lazy_pinyin(han, style=Style.NORMAL))
    readings = pinyin(han, style=Style.NORMAL, heteronym=True)
    keys = [usual]
    for combo in itertools.islice(itertools.product(*readings), MAX_KEYS_PER_NAME * 4):
        keys.append("".join(combo))
    out: list[str] = []
    for key in keys:
        for spelled in (key, key.replace("ü", "v"), key.replace("ü", "u").replace("v", "u")):
            if spelled.isascii() and spelled.isalpha() and spelled not in out:
                out.append(spelled)
    return out[:MAX_KEYS_PER_NAME]


def pinyin_map(names: Iterable[str], keys_of: Callable[[str], list[str]] | None = None) -> dict[str, list[str]]:
    """Pinyin key → the names it spells, both sorted (deterministic output).

    ``keys_of``: :func:`pinyin_keys`, or a function giving the same keys faster.
    """
    keys_of = keys_of or pinyin_keys
    found: dict[str, set[str]] = {}
    for name in set(names):
        for key in keys_of(name):
            found.setdefault(key, set()).add(name)
    return {k: sorted(v) for k, v in sorted(found.items())}


def by_initial(mapping: Mapping[str, list[str]]) -> dict[str, dict[str, list[str]]]:
    """Pinyin keys grouped by their first letter, letters and keys in order: a query
    loads the groups of the first letters of its words, not every name's readings."""
    groups: dict[str, dict[str, list[str]]] = {}
    for key in sorted(mapping):
        groups.setdefault(key[0], {})[key] = mapping[key]
    return dict(sorted(groups.items()))
