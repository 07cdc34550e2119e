"""A site's menu written one link a line at the top or the bottom of a page (要闻 / 体育 /
… / 更多>>): short lines without punctuation, beside chrome, nothing but residue between
them and the file's edge.  The headline standing last under such a menu is told by the
lead below it, which repeats it; a line naming who attended (某某陪同) is its subtitle."""
from __future__ import annotations

from .headline_echo import echo_share
from .residue import CHROME, IMAGE, STAMP
from .titles import names_attendance
from .residue_shapes import PUNCT_ANY as _PUNCT_ANY

__all__ = ["edge_menus"]

#: Fewest lines of a site menu written one link a line, and the longest link.
_MENU_ITEMS = 4
_MENU_ITEM_LEN = 10


def edge_menus(texts: list[str], kinds: list[str | None]) -> None:
    """A site's menu written one link a line ("要闻" / "体育" / … / "更多>>" above the
    headline or under its stamp, "某某晚报" / "某某周刊" / … above the footer): four or
    more short lines without punctuation, beside or among chrome, with nothing but
    residue (and the headline over the stamp) between them and the top or the bottom of
    the file.  Inside an article such a run is a list and stays."""
    def item(i: int) -> bool:
        return kinds[i] in (CHROME, IMAGE) or (kinds[i] is None and len(texts[i]) <= _MENU_ITEM_LEN
                                               and not _PUNCT_ANY.search(texts[i]) and bool(texts[i])
                                               and not names_attendance(texts[i]))   # 某某陪同: a subtitle

    n = len(texts)
    i = 0
    while i < n:
        if not item(i):
            i += 1
            continue
        j = i
        while j < n and item(j):
            j += 1
        run = range(i, j)
        plain = [k for k in run if kinds[k] is None]
        touches = any(kinds[k] in (CHROME, IMAGE) for k in run) or (j < n and kinds[j] == CHROME) \
            or (i > 0 and kinds[i - 1] in (CHROME, STAMP))
        # the headline over the page's stamp may stand above a menu under the stamp
        at_edge = all(k is not None or (x + 1 < n and kinds[x + 1] == STAMP) for x, k in enumerate(kinds[:i])) \
            or all(k is not None for k in kinds[j:])
        if len(plain) >= _MENU_ITEMS and touches and at_edge:
            lead = _lead_below(texts, kinds, j)
            for k in plain:
                if not (lead and echo_share(texts[k], lead) >= _HEADLINE_ECHO):
                    kinds[k] = CHROME     # (the headline the lead below repeats is no link)
        i = j


#: Share of a menu line's character pairs the lead below repeats that makes it the headline.
_HEADLINE_ECHO = 0.4
#: Shortest paragraph read as the lead below a menu, and how far below it is looked for.
_LEAD_LEN = 30
_LEAD_REACH = 6


def _lead_below(texts: list[str], kinds: list[str | None], j: int) -> str | None:
    """The first paragraph of text below line ``j``: the lead a menu's last line may be the
    headline of (今日上虞 / … / 某某来虞考察 / 某某陪同 / 本报讯 …某某等一行来我市考察)."""
    return next((texts[k] for k in range(j, min(len(texts), j + _LEAD_REACH))
                 if kinds[k] is None and len(texts[k]) >= _LEAD_LEN), None)
