"""schema.org structured data (JSON-LD) for the pages that have a kind search engines know.

Article pages carry a ``NewsArticle``, pages of people an ``ItemList`` of ``Person``, pages with a
breadcrumb trail a ``BreadcrumbList``, the home page a ``Dataset`` for the
downloadable data.  Only what the archive knows is stated: a date only when the
article gives year, month and day, authors only from its bylines.

URLs are absolute when the site's address is known, else relative to the page
(JSON-LD resolves them against the page's address).  The JSON is written into
a ``<script>`` element, so ``<``, ``>`` and ``&`` are escaped as ``\\u003c`` …:
no article text can close the element or start markup (:func:`script_json`).
"""
from __future__ import annotations

import json
from typing import Any, Iterable, Mapping, Sequence

from markupsafe import Markup

from ..config import Config
from ..records import Article
from ..textnorm import translator

CONTEXT = "https://schema.org"
#: The downloadable data files: (site-relative path, media type).
DATA_FILES = (("data/articles.json", "application/json"), ("data/articles.csv", "text/csv"))
#: What stands for them when the export is in parts: the manifest listing the parts.
PARTS_FILES = (("data/index.json", "application/json"),)
#: A search engine shows at most this much of a headline.
HEADLINE_CHARS = 110

_SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
                   0x2028: "\\u2028", 0x2029: "\\u2029"}
_script_safe = translator(_SCRIPT_ESCAPES)


def script_json(data: Mapping[str, Any]) -> Markup:
    """``data`` as JSON safe to put between ``<script type="application/ld+json">`` tags."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return Markup(_script_safe(text))


def url(config: Config, root: str, rel: str) -> str:
    """Address of site-relative ``rel`` from a page whose way back to the root is ``root``."""
    return config.absolute_url(rel) or root + rel


def organization(config: Config, root: str, name: str | None = None) -> dict[str, Any]:
    """The publication ``name`` when the article names one, else this archive."""
    if name:
        return {"@type": "Organization", "name": name}
    return {"@type": "Organization", "name": config.title, "url": url(config, root, "index.html")}


def news_article(config: Config, root: str, article: Article, mentions: Iterable[Any]) -> dict[str, Any]:
    """``NewsArticle`` of an article page; ``mentions``: the people it names (with ``name``).

    Nothing the page states already: no ``description`` (search engines take
    the meta description), the district once, as ``contentLocation``, not again
    among the places mentioned, and the people by name only: the page links each
    to its anchor, and the page of people states that anchor as the person's
    ``url``."""
    page = url(config, root, article.url)
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "headline": article.title[:HEADLINE_CHARS],
        "url": page,
        "mainEntityOfPage": page,
        "inLanguage": config.language,
        "publisher": organization(config, root, article.origin),
    }
    if article.date is not None and (iso := article.date.iso()):
        data["datePublished"] = iso
    if article.meta.reporters:
        data["author"] = [{"@type": "Person", "name": r} for r in article.meta.reporters]
    named: list[dict[str, Any]] = [{"@type": "Person", "name": p.name} for p in mentions]
    named += [{"@type": "Place", "name": place} for place in article.meta.places if place != article.district]
    if named:
        data["mentions"] = named
    if article.district:
        data["contentLocation"] = {"@type": "Place", "name": article.district}
    return data


def breadcrumbs(config: Config, root: str, trail: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """``BreadcrumbList`` of (name, site-relative path) from the home page to this page."""
    return {
        "@context": CONTEXT,
        "@type": "BreadcrumbList",
        "itemListElement": [{"@type": "ListItem", "position": n, "name": name, "item": url(config, root, rel)}
                            for n, (name, rel) in enumerate(trail, start=1)],
    }


def person(config: Config, root: str, who: Any) -> dict[str, Any]:
    """``Person``: name, the titles the articles give, the districts; ``url`` its anchor."""
    data: dict[str, Any] = {"@type": "Person", "name": who.name, "url": url(config, root, who.url)}
    if who.titles:
        data["jobTitle"] = list(who.titles)
    if who.districts:
        data["workLocation"] = [{"@type": "Place", "name": d} for d in who.districts]
    return data


def people(config: Config, root: str, page: str, listed: Iterable[Any]) -> dict[str, Any]:
    """``ItemList`` of a page of people: one ``Person`` per anchor, in the page's order."""
    return {
        "@context": CONTEXT,
        "@type": "ItemList",
        "url": url(config, root, page),
        "itemListElement": [{"@type": "ListItem", "position": n, "item": person(config, root, who)}
                            for n, who in enumerate(listed, start=1)],
    }


def dataset(config: Config, root: str, articles: int) -> dict[str, Any]:
    """``Dataset`` of the archive's downloadable data: data/articles.json and .csv, or
    for an archive exported in parts, data/index.json that lists them."""
    if config.export_in_parts:
        files, form = PARTS_FILES, "以 JSON 与 CSV 两种格式按月分卷（gzip 压缩）提供下载，清单见 data/index.json。"
    else:
        files, form = DATA_FILES, "以 JSON 与 CSV 两种格式提供下载。"
    return {
        "@context": CONTEXT,
        "@type": "Dataset",
        "name": config.title,
        "description": f"{config.description}。{articles} 篇文章的标题、日期、地区、文中人物、地点与正文，{form}",
        "url": url(config, root, "index.html"),
        "inLanguage": config.language,
        "creator": organization(config, root),
        "distribution": [{"@type": "DataDownload", "encodingFormat": media, "contentUrl": url(config, root, rel)}
                         for rel, media in files],
    }
