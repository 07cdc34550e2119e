"""Structured data for download: data/articles.json and data/articles.csv, or for a
large archive gzip parts of them (:mod:`.export_parts`), and data/index.json
listing what there is (:mod:`.export_manifest`).

(data/build-report.json is written last, once the whole site can be measured:
see :func:`.hosting.site_report`.)

The JSON follows articles.schema.json; the site's pages render from the same
records.  Output is deterministic: keys in a fixed order, articles in archive
order, no build timestamps.
"""
from __future__ import annotations

import csv
import io
import json
from functools import partial
from typing import Any, Callable, Sequence

from . import __version__
from .config import Config
from .diskstore import code_fingerprint
from .records import Article
from .spliced import SplicedFile
from .texts import TextStore, full
from .writer import Kept, Streamed

CSV_COLUMNS = ("id", "url", "source", "title", "subtitle", "date", "year", "month", "day",
               "district", "kind", "places", "officials", "reporters", "inspection_groups", "source_url", "origin")


def dumps(data: Any) -> bytes:
    """Pretty, stable JSON (UTF-8, Chinese kept readable)."""
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8")


#: Code deciding an article's JSON text and CSV row.
_CODE = ("export.py", "export_parts.py", "export_kept.py", "gzip_blocks.py", "records.py", "spliced.py")

ARTICLES_JSON = "data/articles.json"
ARTICLES_CSV = "data/articles.csv"


def _article_text(article: Article) -> str:
    """One article as it stands in the articles array of data/articles.json: one line.
    Indenting every key took an eighth of the file; a line per article still reads
    and diffs well, and line tools can take the file an article at a time."""
    return json.dumps(article.to_json(), ensure_ascii=False, separators=(",", ":"))


def site_facts(config: Config, articles: int) -> dict[str, Any]:
    """The ``site`` object of an export document holding ``articles`` articles."""
    return {
        "title": config.title,
        "description": config.description,
        "base_url": config.base_url,
        "language": config.language,
        "generator": f"newsarchive {__version__}",
        "articles": articles,
    }


def json_frame(site: dict[str, Any]) -> tuple[bytes, bytes]:
    """What comes before and after the articles of an export document, laid out as
    ``dumps`` lays out the site facts."""
    head = dumps({"site": site, "articles": [None]})
    cut = head.rindex(b"null")
    return head[:cut], head[cut + len(b"null"):]


def articles_json(articles: Sequence[Article], config: Config, spliced: SplicedFile | None = None,
                  texts: TextStore | None = None) -> bytes | Streamed | Kept:
    """data/articles.json: the site facts as ``dumps`` gives them, then the articles one a
    line, made one at a time: a large archive never holds every article as JSON
    objects and as one text besides.  ``spliced``: the previous build's file, to copy
    unchanged articles' texts from (see :mod:`.spliced`); ``texts``: where bare articles'
    texts are, read as each article's line is made."""
    site = site_facts(config, len(articles))
    if not articles:
        return dumps({"site": site, "articles": []})
    head, tail = json_frame(site)
    pieces = [(a.fingerprint, partial(article_bytes, a, texts)) for a in articles]
    if spliced is None:
        return b"".join([head, b",\n    ".join(make() for _, make in pieces), tail])
    return spliced.assemble(head, pieces, b",\n    ", tail)


def article_bytes(article: Article, texts: TextStore | None = None) -> bytes:
    """One article's line of an export document, its texts read from ``texts`` when it is bare."""
    return _article_text(full(texts, article)).encode("utf-8")


def _date_text(a: Article) -> str:
    """ISO-like date with ?? for unknown parts, e.g. ????-03-02."""
    d = a.date
    if d is None:
        return ""
    return "-".join([f"{d.year:04d}" if d.year else "????",
                     f"{d.month:02d}" if d.month else "??",
                     f"{d.day:02d}" if d.day else "??"])


def articles_csv(articles: Sequence[Article], spliced: SplicedFile | None = None) -> bytes | Streamed | Kept:
    """One row per article; UTF-8 with BOM so spreadsheet programs detect the encoding.
    ``spliced``: as for :func:`articles_json`."""
    head = csv_head()
    pieces = [(a.fingerprint, partial(csv_row, a)) for a in articles]
    if spliced is None:
        return b"".join([head, *(make() for _, make in pieces)])
    return spliced.assemble(head, pieces)


def csv_head() -> bytes:
    """The byte order mark and the header row that start every CSV file of the export."""
    return ("\ufeff" + _csv_line(CSV_COLUMNS)).encode("utf-8")


#: First characters that make a spreadsheet read a cell as a formula (the OWASP
#: CSV-injection rule: = + - @, tab, carriage return), with their full-width forms:
#: Chinese input methods type those, and a spreadsheet that normalises width on
#: import or on editing would turn ＝HYPERLINK(…) into a live formula too.  The
#: price is an apostrophe before the rare title that starts with ＋ or －.
FORMULA_STARTS = frozenset("=+-@\t\r＝＋－＠")


def csv_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as text: a string starting with a formula
    character gets a leading single quote.  Only the CSV does this; the JSON
    keeps the true text."""
    if isinstance(value, str) and value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


def _csv_line(values: Sequence[Any]) -> str:
    """One CSV line ending in a newline.  Written with CRLF so that the csv module
    quotes a cell holding a bare carriage return (it quotes only the characters of
    its line terminator), which would otherwise break the row in two."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerow([csv_cell(v) for v in values])
    return buf.getvalue()[:-2] + "\n"


def csv_row(a: Article) -> bytes:
    m = a.meta
    d = m.date
    return _csv_line([
        a.id, a.url, a.source, a.title, a.subtitle or "", _date_text(a),
        d.year if d and d.year else "", d.month if d and d.month else "", d.day if d and d.day else "",
        m.district or "", m.kind,
        "、".join(m.places),
        "、".join(o.name + (f"（{'、'.join(o.titles)}）" if o.titles else "") for o in m.officials),
        "、".join(m.reporters),
        "、".join(g.name for ins in m.inspections for g in ins.groups),
        a.source_url or "", a.origin or "",
    ]).encode("utf-8")


def export_data(articles: Sequence[Article], config: Config, keeps: Callable[[str, str], bool] | None = None,
                texts: TextStore | None = None) -> dict[str, bytes | Streamed | Kept]:
    """The article data files (the build report is :func:`export_report`).  ``keeps``: the writer's, to splice the article files from the
    ones the previous build wrote (their spans kept in the cache folder) and stream
    them to it; without it, every file is made in memory.  Above the
    ``export_parts_above`` articles of site.yaml, gzip parts per month instead of
    the two files (see :mod:`.export_parts`).  ``texts``: where bare articles' texts are."""
    salt = code_fingerprint(_CODE) if keeps is not None else ""
    if len(articles) > config.export_parts_above:
        from .export_parts import part_outputs

        return dict(part_outputs(articles, config, keeps, salt, texts))

    def spliced(rel: str) -> SplicedFile | None:
        return SplicedFile(config.cache_dir / "export", rel, config.output, keeps, salt) if keeps else None

    return {
        ARTICLES_JSON: articles_json(articles, config, spliced(ARTICLES_JSON), texts),
        ARTICLES_CSV: articles_csv(articles, spliced(ARTICLES_CSV)),
    }


BUILD_REPORT = "data/build-report.json"


def export_report(report: BuildReport) -> dict[str, bytes]:
    """data/build-report.json; made last, once the report says what the writer did with
    the site's other files."""
    return {BUILD_REPORT: dumps_listing(report.to_json())}


def dumps_listing(data: dict[str, Any]) -> bytes:
    """``data`` laid out as :func:`dumps` lays it out, but each item of a list on a
    line of its own, as the articles of data/articles.json are: a large archive's
    report lists every source file, and one line a file reads and diffs better,
    is half the bytes and is made by the C encoder (an indented dump goes through
    Python's, and the report is made twice a build, see ``hosting.site_report``)."""
    fields = []
    for key, value in data.items():
        name = json.dumps(key, ensure_ascii=False)
        if isinstance(value, list) and value:
            items = ",\n    ".join(json.dumps(item, ensure_ascii=False) for item in value)
            fields.append(f"  {name}: [\n    {items}\n  ]")
        else:
            nested = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            fields.append(f"  {name}: {nested}")
    return ("{\n" + ",\n".join(fields) + "\n}\n").encode("utf-8")
