"""District pages (with their month chart) and the district index."""
from __future__ import annotations

from typing import Any, Mapping

import jinja2

from ..archive import Archive
from ..config import Config
from .charts import month_chart
from .env import render_page


def render_districts(archive: Archive, config: Config, env: jinja2.Environment,
                     common: Mapping[str, Any]) -> dict[str, bytes]:
    out = {"districts/index.html": render_page(
        env, config, "districts_index.html", "districts/index.html", **common, archive=archive)}
    for d in archive.districts:
        out[d.url] = render_page(
            env, config, "district.html", d.url, **common, district=d,
            articles=[archive.article(i) for i in d.article_ids],
            chart=month_chart(d.months, f"{d.name}每月文章数"))
    return out
