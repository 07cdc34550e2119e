"""Date archive: dates/index.html (chart + months by year) and each month's pages
(``list_page_size`` articles a page)."""
from __future__ import annotations

from itertools import groupby
from typing import Any, Mapping

import jinja2

from ..archive import Archive, Month
from ..config import Config
from .charts import month_chart
from .env import render_page
from .paging import paged, rest_beside


def _heading(m: Month) -> str:
    if m.year:
        return f"{m.year}年"
    return "年份不详" if m.month else "日期不详"


def year_groups(months: tuple[Month, ...]) -> list[tuple[str, list[Month]]]:
    """Months under their year heading, in the archive's order (newest first)."""
    return [(k, list(g)) for k, g in groupby(months, key=_heading)]


def render_dates(archive: Archive, config: Config, env: jinja2.Environment,
                 common: Mapping[str, Any]) -> dict[str, bytes]:
    out = {"dates/index.html": render_page(
        env, config, "dates_index.html", "dates/index.html", **common,
        groups=year_groups(archive.months), chart=month_chart(archive.months, "每月文章数"))}
    for m in archive.months:
        articles = [archive.article(i) for i in m.article_ids]
        for pager, page in paged(articles, config.list_page_size, m.url, rest_beside(m.url)):
            out[pager.here] = render_page(env, config, "month.html", pager.here, **common, month=m,
                                          articles=page, pager=pager)
    return out
