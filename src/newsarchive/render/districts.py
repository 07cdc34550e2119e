"""District pages (their month chart first, ``list_page_size`` articles a page) and the district index.

A district's feed is linked only where it has one (:func:`.feeds.has_feed`)."""
from __future__ import annotations

from typing import Any, Mapping

import jinja2

from ..archive import Archive
from ..config import Config
from .charts import month_chart
from .env import render_page
from .feeds import has_feed
from .paging import paged, rest_beside


def render_districts(archive: Archive, config: Config, env: jinja2.Environment,
                     common: Mapping[str, Any]) -> dict[str, bytes]:
    with_feeds = {d.name for d in archive.districts if has_feed(archive, d)}
    out = {"districts/index.html": render_page(
        env, config, "districts_index.html", "districts/index.html", **common, archive=archive,
        with_feeds=with_feeds)}
    for d in archive.districts:
        articles = [archive.article(i) for i in d.article_ids]
        for pager, page in paged(articles, config.list_page_size, d.url, rest_beside(d.url)):
            head = pager.number == 1  # the month chart heads the first page only
            out[pager.here] = render_page(
                env, config, "district.html", pager.here, **common, district=d, articles=page, pager=pager,
                has_feed=d.name in with_feeds,
                lazy=lambda d=d, head=head: {"chart": month_chart(d.months, f"{d.name}每月文章数") if head else None})
    return out
