"""China's administrative divisions, loaded once per process: names, short names, parents.

The data files (``data/divisions.tsv``, ``data/townships.tsv``) are derived from
jionlp's location data (2025-11) by ``newsarchive.extract.gazetteer_refresh``; see
their headers.  Autonomous units are also known by their everyday written forms
(甘南州, 琼中县, 鄂伦春旗), built from their short names when the tables load, and
some divisions by the abbreviations their own media write (锡盟, 阜蒙县:
``data/written_names.tsv``).
Everything here is a dictionary lookup, so finding the
divisions named in a text costs a few lookups per suffix character
(:func:`names_ending_at`), linear in the text.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Iterable, Iterator

PROVINCE, CITY, COUNTY, TOWN, VILLAGE = 1, 2, 3, 4, 5
#: The four municipalities: a province-level division that is also a city (市委 of 重庆).
_MUNICIPALITIES = ("11", "12", "31", "50")


@dataclass(frozen=True)
class Division:
    """One division: a province, a city (prefecture level) or a county (county level)."""

    code: str
    name: str
    short: str
    parent: str
    level: int

    @property
    def municipality(self) -> bool:
        return self.level == PROVINCE and self.code[:2] in _MUNICIPALITIES


@dataclass(frozen=True)
class Gazetteer:
    by_code: dict[str, Division]
    by_name: dict[str, tuple[Division, ...]]     # full names, former names (襄樊市), 甘南州
    by_short: dict[str, tuple[Division, ...]]    # short names (郑州, 金水, 广西, 巴州)
    towns: dict[str, tuple[str, ...]]            # township name → codes of its counties
    lengths: dict[str, tuple[int, ...]]          # last character → name lengths, longest first


def _level(code: str) -> int:
    if code.endswith("0000"):
        return PROVINCE
    return CITY if code.endswith("00") else COUNTY


def short_names(d: Division) -> list[str]:
    """The short names of ``d`` (the data writes alternatives as ``巴州/巴音郭楞``), and a
    banner's name without 旗 (达拉特 for 达拉特旗, whose data short name is 达旗) when three
    characters or more remain: two (镶黄, 阿荣) read as words or given names too often."""
    shorts = [s for s in d.short.split("/") if len(s) >= 2 and s != d.name]
    if d.level == COUNTY and d.name.endswith("旗") and len(d.name) >= _BANNER_SHORT + 1 and d.name[:-1] not in shorts:
        shorts.append(d.name[:-1])
    return shorts


#: Fewest characters of a banner's name without 旗 read as its short name.
_BANNER_SHORT = 3


#: An autonomous unit is usually written by its short name and its kind (甘南州 for
#: 甘南藏族自治州, 琼中县 for 琼中黎族苗族自治县), and so is a district named for its people
#: (管城区 for 管城回族区): these written forms count as full names.
_AUTONOMOUS_KINDS = (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗"), ("族区", "区"))


def _autonomous_aliases(found: Iterable[Division]) -> Iterator[tuple[str, Division]]:
    found = list(found)
    provinces = {s for d in found if d.level == PROVINCE for s in short_names(d)}
    for d in found:
        for suffix, kind in _AUTONOMOUS_KINDS:
            if d.name.endswith(suffix):
                for short in d.short.split("/"):
                    alias = short if short.endswith(kind) else short + kind
                    if alias[:-1] in provinces:   # 河南县 (河南蒙古族自治县) reads as the province's
                        continue
                    if len(alias) >= 2 and alias != d.name:
                        yield alias, d


def _former_county_names(found: Iterable[Division]) -> dict[str, list[Division]]:
    """某某县 for the county-level city or district 某某市/某某区 it became: most counties
    turned into cities or districts keep their short name (扶余县 → 扶余市), and the change
    list records few of those, while texts written before the change, and many after,
    still say 县.  Only where no division of that name exists (朝阳县 is one of its own),
    and no province's short name reads so (河南县)."""
    provinces = {s for d in found if d.level == PROVINCE for s in short_names(d)}
    out: dict[str, list[Division]] = {}
    for d in found:
        if d.level != COUNTY or not d.name.endswith(("市", "区")):
            continue
        for short in short_names(d):
            if short not in provinces and not short.endswith(("市", "区", "县")):
                out.setdefault(short + "县", []).append(d)
    return out


def _data_lines(name: str) -> Iterator[list[str]]:
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The tables, read from the package data on first use."""
    by_code: dict[str, Division] = {}
    renamed: list[tuple[str, str]] = []
    for fields in _data_lines("divisions.tsv"):
        if fields[0].startswith("="):
            renamed.append((fields[0][1:], fields[2]))
            continue
        code, parent, name, short = fields
        by_code[code] = Division(code, name, short, parent, _level(code))
    by_name: dict[str, list[Division]] = {}
    by_short: dict[str, list[Division]] = {}
    for d in by_code.values():
        if "直辖" in d.name:           # 省直辖行政区划: a grouping, no place
            continue
        by_name.setdefault(d.name, []).append(d)
        for short in short_names(d):
            by_short.setdefault(short, []).append(d)
    renamed += [(fields[0], fields[2]) for name in ("former_names.tsv", "written_names.tsv")
                for fields in _data_lines(name)]
    for old, code in renamed:
        if old not in by_name and code in by_code:
            by_name.setdefault(old, []).append(by_code[code])
    for alias, d in _autonomous_aliases(by_code.values()):
        if alias not in by_name:
            by_name[alias] = [d]
    for alias, ds in _former_county_names(by_code.values()).items():
        if alias not in by_name:
            by_name[alias] = list(ds)
    towns: dict[str, list[str]] = {}
    for code, names in _data_lines("townships.tsv"):
        for name in names.split(" "):
            if len(name) >= 2:
                towns.setdefault(name, []).append(code)
    lengths: dict[str, set[int]] = {}
    for name in (*by_name, *towns):
        lengths.setdefault(name[-1], set()).add(len(name))
    return Gazetteer(by_code, {k: tuple(v) for k, v in by_name.items()},
                     {k: tuple(v) for k, v in by_short.items()},
                     {k: tuple(v) for k, v in towns.items()},
                     {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()})


def names_ending_at(text: str, end: int) -> Iterator[str]:
    """Gazetteer names (divisions and townships) that end at ``end`` in ``text``, longest first.

    Only the lengths of the names ending in the text's last two characters are tried:
    by the last character alone, a 镇 meant fourteen lengths to look up."""
    if not end:
        return
    names, by_ending, ones = _endings()
    for n in by_ending.get(text[end - 2:end], ()) if end >= 2 else ():
        if n <= end:
            word = text[end - n:end]
            if word in names:
                yield word
    if text[end - 1] in ones:
        yield text[end - 1]


@functools.lru_cache(maxsize=1)
def _endings() -> tuple[frozenset[str], dict[str, tuple[int, ...]], frozenset[str]]:
    """Every gazetteer name (divisions and townships); by a name's last two characters the
    lengths of the names ending so, longest first; the names of one character."""
    g = gazetteer()
    names = frozenset((*g.by_name, *g.towns))
    lengths: dict[str, set[int]] = {}
    for name in names:
        if len(name) >= 2:
            lengths.setdefault(name[-2:], set()).add(len(name))
    ones = frozenset(name for name in names if len(name) == 1)
    return names, {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}, ones


def divisions(name: str) -> tuple[Division, ...]:
    """Divisions with this full (or former) name: 鼓楼区 has four."""
    return gazetteer().by_name.get(name, ())


def by_short(short: str) -> tuple[Division, ...]:
    """Divisions with this short name (西安 → 西安市; 鼓楼 → four 鼓楼区)."""
    return gazetteer().by_short.get(short, ())


def town_counties(name: str) -> tuple[Division, ...]:
    """The counties that hold a township of this name."""
    g = gazetteer()
    return tuple(g.by_code[c] for c in g.towns.get(name, ()) if c in g.by_code)


def parent(d: Division) -> Division | None:
    """The division above ``d``, skipping groupings (省直辖行政区划)."""
    g = gazetteer()
    up = g.by_code.get(d.parent)
    while up is not None and "直辖" in up.name:
        up = g.by_code.get(up.parent)
    return up


def ancestors(d: Division) -> list[Division]:
    """``d``'s parent, its parent's parent …, up to the province."""
    out = []
    up = parent(d)
    while up is not None:
        out.append(up)
        up = parent(up)
    return out


def is_city_level(d: Division) -> bool:
    """A body called 市委 may be this division's: a prefecture city or a municipality."""
    return d.level == CITY or d.municipality


def within(d: Division, other: Division) -> bool:
    """Whether ``d`` is ``other`` or lies inside it."""
    return d == other or other in ancestors(d)
