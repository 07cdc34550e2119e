"""Small hand-built Article records for rendering tests (no pipeline needed)."""
from __future__ import annotations

import hashlib

from newsarchive.records import Article, Group, Inspection, Metadata, Official, PartialDate

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_ATTR = '"><img src=x onerror=alert(1)>'


def article(
    key: str,
    title: str = "标题",
    paragraphs: tuple[str, ...] = ("正文第一段。", "正文第二段。"),
    date: PartialDate | None = None,
    district: str | None = None,
    officials: tuple[Official, ...] = (),
    places: tuple[str, ...] = (),
    reporters: tuple[str, ...] = (),
    inspections: tuple[Inspection, ...] = (),
    source: str | None = None,
    ordinal: int = 1,
    **extra,
) -> Article:
    """An Article with an id derived from ``key``."""
    aid = hashlib.sha1(key.encode()).hexdigest()[:12]
    meta = Metadata(date=date, district=district, places=places, officials=officials,
                    reporters=reporters, inspections=inspections,
                    kind="inspection" if inspections else "other")
    fields = dict(id=aid, url=f"articles/{aid}.html", source=source or f"{key}.txt", ordinal=ordinal,
                  title=title, title_derived=False, subtitle=None, paragraphs=paragraphs,
                  bylines=(), captions=(), meta=meta)
    fields.update(extra)
    return Article(**fields)


def round_with_groups() -> Inspection:
    return Inspection(
        round="十届区委第三轮巡察",
        duration="2个月",
        hours="工作日:08:30~12:00、14:00~17:30",
        open=PartialDate(2021, 3, 1),
        close=PartialDate(2021, 4, 30),
        hotlines=("0371-12388",),
        groups=(
            Group(name="区委第一巡察组", targets=("区教育局党组", "区财政局党组"),
                  phones=("0371-66668888",), sms=("13800000001",),
                  emails=("quweidiyixunchazu-very-long-address@example-mail-provider.com.cn",),
                  postal_boxes=("某某省某某市A100号专用邮政信箱",)),
            Group(name="区委第二巡察组", targets=("区卫健委党组",), phones=("0371-66669999",),
                  emails=("second@example.cn",), hours="每天 9:00-17:00"),
        ),
    )


def sample_articles() -> list[Article]:
    """Five articles: dated, year-unknown, undated, an inspection, and one full of markup."""
    official_a = Official("王建国", ("区委书记",))
    return [
        article("a", "区委召开全会", date=PartialDate(2021, 3, 2), district="东城区",
                officials=(official_a, Official("李红", ("区长",))), places=("人民广场",),
                reporters=("记者甲",)),
        article("b", "区委第三轮巡察进驻", date=PartialDate(2021, 3, 5), district="东城区",
                officials=(Official("李红", ("区长",)),), inspections=(round_with_groups(),)),
        article("c", "街道调研", date=PartialDate(None, 7, 30), district="西城区",
                officials=(Official("王建国", ()),), places=("人民广场",)),
        article("d", "无日期的消息", district=None, officials=(Official("赵六", ("镇长",)),)),
        article("x", f"标题{XSS_SCRIPT}{XSS_ATTR}", date=PartialDate(2020, 12, 1), district="东城区",
                paragraphs=(f"正文{XSS_SCRIPT}", f"属性{XSS_ATTR}"),
                officials=(Official(f"坏{XSS_ATTR}", (f"书记{XSS_SCRIPT}",)),),
                subtitle=f"副题{XSS_ATTR}", source_url="javascript:alert(1)"),
    ]


def render(articles: list[Article] | None = None, **config) -> dict[str, str]:
    """render_site over ``articles`` (default: :func:`sample_articles`), decoded; the site's
    address is https://example.org/ unless ``config`` says otherwise (site_url="": none)."""
    from newsarchive.archive import build_archive
    from newsarchive.config import Config
    from newsarchive.render import render_site

    if "base_url" not in config:
        config.setdefault("site_url", "https://example.org/")
    cfg = Config(**config)
    files = render_site(build_archive(sample_articles() if articles is None else articles), cfg)
    return {p: b.decode("utf-8") for p, b in files.items() if not p.startswith("static/")}


def dom(html: str):
    """html5lib tree (no namespaces) for ElementTree queries."""
    import html5lib

    return html5lib.parse(html, namespaceHTMLElements=False)


def entry_texts(tree, part: str) -> list[str]:
    """Text of each listed article's ``part`` (``"title"``: its heading, ``"line"``: its first
    classless paragraph, the date line, ``"second"``: the next classless one): entries carry
    no class but the excerpt's."""
    out = []
    for ol in tree.iter("ol"):
        if "entries" not in (ol.get("class") or "").split():
            continue
        for li in ol.findall("li"):
            if part == "title":
                found = [el for el in li if el.tag in ("h2", "h3")]
            else:
                found = [el for el in li if el.tag == "p" and not el.get("class")][{"line": 0, "second": 1}[part]:][:1]
            out += ["".join(el.itertext()).strip() for el in found]
    return out


def texts(tree, tag: str, cls: str | None = None) -> list[str]:
    """Text content of every ``tag`` element (optionally with class ``cls``)."""
    out = []
    for el in tree.iter(tag):
        if cls is None or cls in (el.get("class") or "").split():
            out.append("".join(el.itertext()).strip())
    return out


def hrefs(tree) -> list[str]:
    return [a.get("href") for a in tree.iter("a") if a.get("href") is not None]
