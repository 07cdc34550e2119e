"""One made-up article as .txt, .md, .html and .docx: the site builds the same article from each."""
from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path

import docx
import lxml.html
import pytest

from newsarchive.config import load_config
from newsarchive.pipeline import build
from newsarchive.search.store import unpack_rows

TITLE = "武邑县召开县委常委会扩大会议"
LEAD = ("本报讯 {date}，武邑县召开县委常委会扩大会议，传达学习全市重点工作推进会精神，研究部署下一阶段工作。"
        "县委书记高振东主持会议并讲话，县委副书记、县长宋立华出席会议。")
BODY = ["会议强调，全县上下要坚持问题导向，聚焦项目建设、乡村振兴和民生保障，倒排工期，压实责任，确保各项任务按期完成。",
        "会议要求，各乡镇各部门主要负责同志要靠前指挥，深入一线协调解决困难问题，以实际行动推动全县经济社会高质量发展。"]
DATE, PAGE_DATE = "2023年6月15日", "6月15日"   # the HTML body gives month and day: the year is its <meta> date's
URL = "https://www.wuyi.example.gov.cn/xwzx/2023-06/15/content_7001.html"
#: Words of the page's navigation, breadcrumb, share bar, sidebar and footer; none is in the article.
NAV = ["政务服务", "互动交流", "无障碍", "当前位置", "分享到", "朋友圈", "微博", "口袋公园", "丰收节", "网站地图",
       "网站标识码", "ICP备", "打印本页", "上一篇", "热点新闻"]
NAV_SEGMENTS = ["口袋", "无障碍", "微博", "朋友圈", "标识码", "丰收节", "地图"]


def _txt() -> str:
    # as printed: the second paragraph broken mid-sentence by the page layout
    half = BODY[0].index("倒排工期")
    return "\n\n".join([TITLE, LEAD.format(date=DATE), BODY[0][:half], BODY[0][half:], BODY[1]]) + "\n"


def _md() -> str:
    return (f"---\ndate: 2023-06-15\nurl: {URL}\nsource: 武邑县人民政府网\n---\n\n# {TITLE}\n\n"
            + "\n\n".join([LEAD.format(date=DATE), *BODY]) + "\n")


def _html() -> str:
    paragraphs = "".join(f"<p>\u3000\u3000{p}</p>\n" for p in [LEAD.format(date=PAGE_DATE), *BODY])
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{TITLE}_县内要闻_武邑县人民政府网</title>
<meta property="og:title" content="{TITLE}">
<meta property="og:site_name" content="武邑县人民政府网">
<meta property="og:url" content="{URL}">
<meta name="PubDate" content="2023-06-15 09:30:00">
<script>function shareTo(t){{return "分享到"+t;}}</script>
<style>.nav li{{float:left}}</style>
</head><body>
<div class="top">无障碍 | 长者模式 | 登录</div>
<nav class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/zwfw">政务服务</a></li><li><a href="/hdjl">互动交流</a></li></ul></nav>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx">新闻中心</a> &gt; 县内要闻</div>
<div class="wrap"><div class="article">
<h1>{TITLE}</h1>
<div class="meta">发布时间：2023-06-15 09:30　来源：武邑县融媒体中心</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>朋友圈</a></div>
<div class="content">
{paragraphs}</div>
<div class="tools"><a href="javascript:print()">打印本页</a></div>
<div class="pn">上一篇：<a href="/a">武邑县开展防汛应急演练</a></div>
</div>
<aside class="side"><h3>热点新闻</h3><ul><li><a href="/b">县城首个口袋公园建成开放</a></li>
<li><a href="/c">武邑县举办农民丰收节</a></li><li><a href="/d">县领导调研秋粮生产</a></li></ul></aside></div>
<footer><a href="/map">网站地图</a> | <a href="/contact">联系我们</a><br>网站标识码：1311220001　冀ICP备00000001号</footer>
</body></html>
"""


def _docx() -> bytes:
    d = docx.Document()
    d.add_heading(TITLE, level=1)
    for p in [LEAD.format(date=DATE), *BODY]:
        d.add_paragraph("\u3000\u3000" + p)
    d.core_properties.title = TITLE
    d.core_properties.created = dt.datetime(2023, 6, 15, 8, 0)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("formats")
    content = root / "content"
    content.mkdir()
    (content / "meeting.txt").write_text(_txt(), encoding="gb18030")
    (content / "meeting.md").write_text(_md(), encoding="utf-8")
    (content / "meeting.html").write_text(_html(), encoding="utf-8")
    (content / "meeting.docx").write_bytes(_docx())
    build(load_config(None, content=content, output=root / "site", base_url="https://example.org/"), progress=False)
    return root / "site"


def _articles(site: Path) -> dict[str, dict]:
    data = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))["articles"]
    return {Path(a["source"]).suffix: a for a in data}


def test_every_format_gives_the_same_article(site: Path) -> None:
    arts = _articles(site)
    assert sorted(arts) == [".docx", ".html", ".md", ".txt"]
    want_text = "\n".join([LEAD.format(date=DATE), *BODY])
    for suffix, a in arts.items():
        text = a["text"].replace(PAGE_DATE, DATE) if suffix == ".html" else a["text"]
        assert (a["title"], text) == (TITLE, want_text), suffix
        assert a["date"] == {"year": 2023, "month": 6, "day": 15}, suffix
        assert a["district"] == "武邑县", suffix
        assert a["officials"] == [{"name": "高振东", "titles": ["县委书记"]},
                                  {"name": "宋立华", "titles": ["县委副书记", "县长"]}], suffix
    assert DATE not in arts[".html"]["text"]          # the year came from the page's <meta> date
    assert arts[".html"]["source_url"] == arts[".md"]["source_url"] == URL
    assert arts[".html"]["origin"] == "武邑县人民政府网"


def test_the_report_says_where_the_page_metadata_came_from(site: Path) -> None:
    report = json.loads((site / "data" / "build-report.json").read_text(encoding="utf-8"))
    files = {f["file"]: f for f in report["files"]}
    assert files["meeting.html"]["metadata_from"] == [{"title": "<meta og:title>", "date": "text",
                                                       "published": "<meta PubDate>",
                                                       "url": "<meta og:url>", "source": "<meta og:site_name>"}]
    assert files["meeting.docx"]["metadata_from"] == [{"title": "Word document title", "date": "text",
                                                       "published": "Word document creation date"}]
    assert files["meeting.md"]["metadata_from"] == [{"title": "text", "date": "front matter",
                                                     "source": "front matter", "url": "front matter"}]
    assert "metadata_from" not in files["meeting.txt"]
    assert report["skipped"] == [] and report["warnings"] == []


def test_no_navigation_reaches_the_article_or_the_search_data(site: Path) -> None:
    a = _articles(site)[".html"]
    page = (site / a["url"]).read_text(encoding="utf-8")
    body = " ".join(lxml.html.fromstring(page).xpath("//article//p//text()"))
    search = [p for p in sorted((site / "search").rglob("*.js"))]
    terms: set[str] = set()
    for p in search:
        m = re.search(r"\.push\((.*)\);?\s*$", p.read_text(encoding="utf-8"), re.S)
        if m and p.parent.name == "index":
            terms |= set(json.loads(m.group(1))[1]["terms"])
    assert terms and "高振东" in "".join(terms)
    docs = json.dumps([unpack_rows(json.loads(re.search(r"\.push\((.*)\);?\s*$", p.read_text(encoding="utf-8"),
                                                         re.S).group(1))[1])
                       for p in search if p.parent.name == "docs"], ensure_ascii=False)
    assert TITLE in docs
    for word in NAV:
        assert word not in a["text"] and word not in body and word not in docs, word
    for segment in NAV_SEGMENTS:
        assert not [t for t in terms if segment in t], segment


def test_the_original_address_is_a_safe_link_on_the_article_page(site: Path) -> None:
    a = _articles(site)[".html"]
    page = lxml.html.fromstring((site / a["url"]).read_text(encoding="utf-8"))
    links = [x for x in page.iter("a") if x.get("href") == URL]
    assert len(links) == 1
    assert {"noopener", "nofollow"} <= set(links[0].get("rel").split())


def test_bad_pages_and_word_files_are_reported_and_the_rest_built(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "good.html").write_text(_html(), encoding="utf-8")
    (content / "truncated.docx").write_bytes(_docx()[:700])
    (content / "words.htm").write_text("这只是一段文字，不是网页。\n", encoding="utf-8")
    (content / "nav-only.html").write_text("<html><body><nav><a href='/'>首页</a></nav></body></html>",
                                           encoding="utf-8")
    (content / "odd.html").write_text("<html><body><p>某县召开会议。</p></body></html>", encoding="utf-8")
    import newsarchive.readers.html as html_reader

    def explode(*args, **kwargs):
        raise RuntimeError("parser tripped")
    real = html_reader.page_metadata
    monkeypatch.setattr(html_reader, "page_metadata",
                        lambda root: explode() if "某县召开会议。" in root.text_content() else real(root))
    result = build(load_config(None, content=content, output=tmp_path / "site", workers=1), progress=False)
    reasons = {p.path: p.message for p in result.report.skipped}
    assert set(reasons) == {"truncated.docx", "words.htm", "nav-only.html", "odd.html"}
    assert reasons["truncated.docx"].startswith("not a readable Word .docx file")
    assert reasons["words.htm"] == "not an HTML page (no HTML tags found)"
    assert reasons["nav-only.html"] == "no article text found in the page"
    assert reasons["odd.html"] == "could not be read as html (RuntimeError: parser tripped)"
    assert [a.source for a in result.articles] == ["good.html"]
