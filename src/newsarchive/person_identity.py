"""Who is who: the mentions of officials grouped into people.

One person per *(name, district)*.  The district of a mention is the district
named inside one of its titles (``金水区委书记`` → 金水区), otherwise the
article's district.  Two such groups with the same name are one person only
when the titles link them: both carry an identical title of at least
:data:`LINK_TITLE_MIN` characters (``市委书记``).  A mention without any
district joins the same name's only person, or stands alone when the name is
ambiguous.  Each person is named by a slug made of the name's pinyin and a
short hash of name and first district, stable across builds.  The people
themselves are made in :mod:`.archive`.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Callable, Iterable, Sequence

from .readings import slugify
from .records import Article

#: Shortest title that may link the same name across districts (市委书记, 区长 does not).
LINK_TITLE_MIN = 4

Reading = Callable[[str], tuple[str, ...]]
#: (article, index of the official in it, (name, district)) for every mention.
Keyed = list[tuple[Article, int, tuple[str, str]]]


def person_slugs(ordered: Sequence[Article], pinyin: Reading) -> tuple[Keyed, dict[tuple[str, str], str]]:
    """Every mention keyed by (name, district), and the slug of the person each key belongs to."""
    keyed = _mention_keys(ordered)
    return keyed, _slugs(keyed, pinyin)


class _Districts:
    """Known district names, looked up by the substrings of a title (titles are short,
    the archive's districts many)."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = frozenset(names)
        self.sizes = sorted({len(n) for n in self.names})

    def in_titles(self, titles: Sequence[str]) -> str | None:
        """The longest known district named inside any of the titles."""
        found = {t[i:i + size] for t in titles for size in self.sizes
                 for i in range(len(t) - size + 1) if t[i:i + size] in self.names}
        return max(found, key=lambda d: (len(d), d)) if found else None


class _Union:
    """Union-find over (name, district) keys; the smaller key is the root, so results are stable."""

    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(self, x: tuple[str, str]) -> tuple[str, str]:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


_Key = tuple[str, str]  # (name, district); district "" when unknown


def _mention_keys(ordered: Sequence[Article]) -> list[tuple[Article, int, _Key]]:
    """(article, index of the official, (name, district)) for every mention."""
    districts = _Districts(a.district for a in ordered if a.district)
    keyed = []
    for a in ordered:
        for i, o in enumerate(a.meta.officials):
            where = districts.in_titles(o.titles) or a.district or ""
            keyed.append((a, i, (o.name, where)))
    return keyed



def _slugs(keyed: Sequence[tuple[Article, int, _Key]], pinyin: Reading) -> dict[_Key, str]:
    """Slug of the person each (name, district) group belongs to, after the linking rule."""
    titles_of: dict[_Key, set[str]] = defaultdict(set)
    for a, i, key in keyed:
        titles_of[key].update(t for t in a.meta.officials[i].titles if len(t) >= LINK_TITLE_MIN)

    uf = _Union()
    by_name: dict[str, list[_Key]] = defaultdict(list)
    for key in sorted(titles_of):
        uf.find(key)
        by_name[key[0]].append(key)
    for keys in by_name.values():
        placed = [k for k in keys if k[1]]
        for x, a_key in enumerate(placed):
            for b_key in placed[x + 1:]:
                if titles_of[a_key] & titles_of[b_key]:
                    uf.union(a_key, b_key)
        unplaced = [k for k in keys if not k[1]]
        roots = sorted({uf.find(k) for k in placed})
        if unplaced and len(roots) == 1:
            uf.union(unplaced[0], roots[0])

    members: dict[_Key, list[_Key]] = defaultdict(list)
    for key in sorted(titles_of):
        members[uf.find(key)].append(key)
    slug_of: dict[_Key, str] = {}
    for root, keys in members.items():
        first_district = min((k[1] for k in keys if k[1]), default="")
        slug = slugify(pinyin(root[0]), f"{root[0]}|{first_district}")
        for k in keys:
            slug_of[k] = slug
    return slug_of
