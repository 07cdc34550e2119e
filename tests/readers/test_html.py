"""The .html reader: main text without page furniture, metadata with its place, e-paper pages."""
from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import lxml.html
import pytest

from newsarchive.filework import split_and_extract
from newsarchive.readers import SourceError, read
from newsarchive.readers.html_meta import page_metadata, parse_date, url_date
from newsarchive.split import split_source

PAGES = Path(__file__).resolve().parent.parent / "data" / "html"
FURNITURE = ("首页", "当前位置", "分享到", "微博", "热点新闻", "图片新闻", "网站地图", "ICP备", "上一篇", "下一篇",
             "打印", "关闭", "版面导航", "往期回顾", "最新信息", "便民服务", "版权所有", "字号", "浏览次数")


def _read(name: str):
    return read(name, (PAGES / name).read_bytes(), "html")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading a page must not touch the network."""
    import trafilatura  # noqa: F401  (imported before the patch: its module code names socket.socket)

    def refuse(*args, **kwargs):
        raise AssertionError("the HTML reader tried to open a network connection")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.mark.parametrize("name", ["gov-news.html", "epaper-article.html", "epaper-page.html", "portal-table.html"])
def test_no_page_furniture_reaches_the_text(name: str) -> None:
    for src in _read(name).sources:
        assert src.real_paragraphs and src.fmt == "html"
        for word in FURNITURE:
            assert word not in src.text, (word, src.text)


def test_government_page_metadata_and_where_it_came_from() -> None:
    (src,) = _read("gov-news.html").sources
    assert src.front_matter == {
        "title": "安平县召开秋季森林防火工作部署会", "published": dt.date(2023, 9, 21),
        "url": "http://www.anping.example.gov.cn/zwdt/2023-09/21/content_88213.html",
        "source": "安平县人民政府", "author": "刘思远"}
    assert src.provenance == {"title": "<meta ArticleTitle>", "published": "<meta PubDate>",
                              "url": "<link rel=canonical>", "source": "<meta SiteName>", "author": "<meta author>"}
    paragraphs = split_source(src)[0].paragraphs
    assert len(paragraphs) == 4 and paragraphs[0].startswith("9月20日上午，安平县召开")
    assert split_source(src)[0].captions == ("会议现场",)


def test_heading_group_gives_kicker_and_subtitle() -> None:
    (src,) = _read("epaper-article.html").sources
    draft = split_source(src)[0]
    assert draft.title == "乡村夜校点亮农民致富路"
    assert draft.subtitle == "学技术 闯市场 武强县开设乡村夜校四十余期，培训农民两千余人次"
    assert draft.paragraphs[0].startswith("“以前种瓜全凭老经验")
    assert src.provenance["title"] == "<meta og:title>" and src.front_matter["source"] == "衡水日报数字报"


def test_layout_tables_of_an_old_portal_give_paragraphs_and_the_address_gives_the_date() -> None:
    (src,) = _read("portal-table.html").sources
    assert src.encoding == "gb18030"
    assert src.front_matter["published"] == dt.date(2023, 6, 12)
    assert src.provenance["published"] == "date in the page's address"
    assert src.front_matter["title"] == "深州市召开全市重点项目建设观摩推进会"      # <title>, site name taken off
    assert len(split_source(src)[0].paragraphs) == 4


def test_an_epaper_page_of_several_articles_gives_one_record_each() -> None:
    sources = _read("epaper-page.html").sources
    assert [s.front_matter["title"] for s in sources] == ["饶阳县设施蔬菜喜获丰收", "故城县推进农村厕所改造",
                                                          "枣强县举办皮毛产业招商推介会"]
    assert [s.front_matter["published"] for s in sources] == [dt.date(2023, 5, 6)] * 2 + [dt.date(2023, 5, 5)]
    assert sources[2].provenance["published"] == "<time> in the <article>"
    out = split_and_extract(sources)
    assert [d.ordinal for d in out.drafts] == [1, 2, 3]
    assert [len(d.paragraphs) for d in out.drafts] == [2, 2, 2]


def test_one_article_element_is_not_an_epaper_page() -> None:
    body = "<p>" + "县委召开常委会会议，研究部署秋冬季重点工作。" * 3 + "</p>"
    page = f"<html><head><title>标题甲</title></head><body><article><h1>标题甲</h1>{body}</article></body></html>"
    assert len(read("a.html", page.encode(), "html").sources) == 1


def test_a_page_title_is_not_given_to_several_articles_the_text_holds() -> None:
    body = ("<h2>甲县召开安全生产会议</h2><p>本报讯 3月2日，甲县召开安全生产会议，部署相关工作。</p>"
            "<h2>乙县开展植树活动</h2><p>本报讯 3月3日，乙县组织干部群众开展义务植树活动。</p>") * 1
    page = f"<html><head><title>要闻版</title></head><body><div class='content'>{body * 3}</div></body></html>"
    out = split_and_extract(read("p.html", page.encode(), "html").sources)
    assert len(out.drafts) >= 2
    assert all("title" not in d.front_matter for d in out.drafts)
    assert all("title" not in p for p in out.provenance)


@pytest.mark.parametrize("url, want", [
    ("http://x.gov.cn/zwdt/2023-05/06/content_1.htm", dt.date(2023, 5, 6)),
    ("http://x.gov.cn/html/202305/06/content_1.htm", dt.date(2023, 5, 6)),
    ("http://x.gov.cn/art/2023/5/6/art_1.html", dt.date(2023, 5, 6)),
    ("http://x.gov.cn/xwzx/t20230506_123.html", dt.date(2023, 5, 6)),
    ("http://x.gov.cn/xwzx/content_123.html", None),
    ("http://x.gov.cn/2023-13/45/a.html", None),
])
def test_dates_in_addresses(url: str, want: dt.date | None) -> None:
    assert url_date(url) == want


@pytest.mark.parametrize("value, want", [
    ("2023-05-06T08:00:00+08:00", dt.date(2023, 5, 6)), ("2023/5/6 10:00", dt.date(2023, 5, 6)),
    ("20230506", dt.date(2023, 5, 6)), ("2023年5月6日", dt.date(2023, 5, 6)), ("昨天", None),
    ("2023-02-30", None),
])
def test_metadata_dates(value: str, want: dt.date | None) -> None:
    assert parse_date(value) == want


def test_og_and_json_ld_win_over_the_page_title_and_the_address() -> None:
    page = """<html><head><title>旧标题_某某网</title>
    <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",
      "headline": "新闻标题", "datePublished": "2022-11-03T09:00:00+08:00", "author": [{"name": "王五"}],
      "publisher": {"@type": "Organization", "name": "某某日报"}}]}</script>
    <meta property="og:url" content="https://news.example.cn/2021-01/02/c_1.htm"></head><body></body></html>"""
    found = page_metadata(lxml.html.document_fromstring(page))
    assert found.values == {"url": "https://news.example.cn/2021-01/02/c_1.htm", "site": "某某日报",
                            "title": "新闻标题", "author": "王五", "date": dt.date(2022, 11, 3)}
    assert found.places["date"] == "JSON-LD datePublished" and found.places["title"] == "JSON-LD headline"


def test_page_title_loses_site_and_column_names_and_a_javascript_url_is_no_address() -> None:
    page = ("<html><head><title>某县召开会议 - 工作动态 - 某县人民政府</title>"
            "<meta property='og:url' content='javascript:alert(1)'></head><body></body></html>")
    found = page_metadata(lxml.html.document_fromstring(page))
    assert found.values == {"title": "某县召开会议"}


def test_markup_characters_in_page_text_stay_text() -> None:
    text = "会议指出，要把“**重点**”任务落到实处，详见[附件](a.pdf)，# 号不是标题。"
    page = f"<html><body><article><h1>某县召开会议</h1><p>{text * 2}</p><p>- 3℃以下要防冻。</p></article></body></html>"
    (src,) = read("m.html", page.encode(), "html").sources
    assert split_source(src)[0].paragraphs == (text * 2, "- 3℃以下要防冻。")


@pytest.mark.parametrize("raw, reason", [
    (b"just some words, no markup at all\n", "not an HTML page"),
    ("<html><body><nav><a href='/'>首页</a></nav></body></html>".encode(), "no article text"),
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
])
def test_bad_pages_are_refused_with_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(SourceError, match=reason):
        read("bad.html", raw, "html")


def test_an_xml_declaration_with_an_encoding_is_read() -> None:
    page = ('<?xml version="1.0" encoding="utf-8"?>\n<html><head><title>某县召开会议</title></head><body>'
            "<h1>某县召开会议</h1><p>" + "会议研究部署了下一阶段的重点工作任务。" * 4 + "</p></body></html>")
    (src,) = read("x.xhtml", page.encode(), "html").sources
    assert "会议研究部署了" in src.text


def test_character_references_are_normalised_as_text_is() -> None:
    page = ("<html><body><article><h1>某县召开会议</h1><p>值班电话：&#65296;&#65299;&#65297;&#65304;，"
            "会&#8203;议&nbsp;于下午召开，研究部署近期重点工作任务。</p></article></body></html>")
    (src,) = read("e.html", page.encode(), "html").sources
    assert "值班电话：0318，会议 于下午召开" in src.text


def test_line_breaks_part_paragraphs_unless_a_sentence_runs_on() -> None:
    page = ("<html><head><title>某县召开会议</title></head><body><div class='nav'><a>首页</a></div>"
            "<h1>某县召开会议</h1><div id='zoom'>　　6月1日，某县召开安全生产工作会议，县委书记<a href='x'>张三</a>"
            "出席。<br>　　会议强调，要压实各方责任，加强隐患排查治理，<br>坚决遏制重特大事故发生。<br><br>"
            "　　会议要求，各乡镇要立即行动，确保各项措施落到实处。</div><div class='foot'>版权所有</div></body></html>")
    (src,) = read("br.html", page.encode(), "html").sources
    assert split_source(src)[0].paragraphs == (
        "6月1日，某县召开安全生产工作会议，县委书记张三出席。",
        "会议强调，要压实各方责任，加强隐患排查治理，坚决遏制重特大事故发生。",
        "会议要求，各乡镇要立即行动，确保各项措施落到实处。")


def test_the_byline_under_the_headline_is_kept_as_a_byline() -> None:
    (src,) = _read("epaper-article.html").sources
    assert split_source(src)[0].bylines == ("本报记者 孟凡星 通讯员 吴桐",)


def test_the_site_name_is_taken_off_an_og_title() -> None:
    page = ("<html><head><meta property='og:site_name' content='某某日报'>"
            "<meta property='og:title' content='某县召开会议_某某日报'></head><body></body></html>")
    assert page_metadata(lxml.html.document_fromstring(page)).values["title"] == "某县召开会议"


def test_json_ld_page_gives_metadata_caption_and_no_related_news_or_comments() -> None:
    (src,) = _read("news-portal.html").sources
    assert src.front_matter["published"] == dt.date(2023, 7, 8) and src.provenance["published"] == "JSON-LD datePublished"
    assert src.front_matter["url"] == "https://news.example.com.cn/hs/2023-07/08/content_5512.htm"
    draft = split_source(src)[0]
    assert draft.captions == ("工人在大棚内采收食用菌",) and len(draft.paragraphs) >= 3
    for word in ("相关新闻", "网友评论", "抢沙发", "排行榜", "高温预警", "客户端下载", "举报电话"):
        assert word not in src.text, word


def test_an_entity_naming_a_local_file_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("机密内容", encoding="utf-8")
    page = (f'<!DOCTYPE html [<!ENTITY e SYSTEM "{secret.as_uri()}">]><html><body><h1>某县召开会议</h1>'
            "<p>会议研究部署了近期工作&e;，要求各单位抓好落实。</p></body></html>")
    (src,) = read("x.html", page.encode(), "html").sources
    assert "机密" not in src.text and "会议研究部署了近期工作" in src.text


_EPAPER_TABLE = """<!-- saved from url=(0065)http://epaper.example.cn/html/2024-10/15/content_5678.htm -->
<html><head><meta charset="utf-8"><title>某某日报数字报-东河县推进农田建设</title></head><body>
<div class="top">某某日报 第A02版：要闻</div>
<table><tr><td class="left"><a>第A01版：头版</a><br><a>第A02版：要闻</a></td>
<td class="main"><table><tr><td class="font01">东河县推进农田建设</td></tr>
<tr><td class="font02">新建农田五万亩</td></tr>
<tr><td><founder-content><p>本报讯（记者 某甲）10月14日，东河县新建高标准农田五万亩，惠及农户一万余户。</p>
<p>县长某乙表示，将持续推进农田基础设施建设，为粮食稳产增产打牢基础。</p></founder-content></td></tr></table></td>
<td class="right"><a>本版新闻</a><br><a>东河县推进农田建设</a><br><a>某市召开经济运行分析会</a></td></tr></table>
<div class="foot">某某日报社版权所有</div></body></html>"""


def test_an_epaper_table_page_gives_its_article_not_the_list_linking_to_it() -> None:
    (src,) = read("e.html", _EPAPER_TABLE.encode("utf-8"), "html").sources
    draft = split_source(src)[0]
    assert draft.title == "东河县推进农田建设" and draft.subtitle == "新建农田五万亩"
    assert [p[:8] for p in draft.paragraphs] == ["本报讯（记者 某", "县长某乙表示，将"]  # one block a paragraph
    assert "本版新闻" not in src.text and "经济运行分析会" not in src.text


def test_the_address_a_browser_noted_when_saving_gives_the_url_and_its_date() -> None:
    (src,) = read("e.html", _EPAPER_TABLE.encode("utf-8"), "html").sources
    assert src.front_matter["url"] == "http://epaper.example.cn/html/2024-10/15/content_5678.htm"
    assert src.provenance["url"] == "the browser's saved-from comment"
    assert src.front_matter["published"] == dt.date(2024, 10, 15)


def test_a_short_line_under_a_picture_is_its_caption() -> None:
    page = """<html><head><meta charset="utf-8"><title>某镇开展卫生运动</title></head><body>
    <h1>某镇开展卫生运动</h1><div id="zoom"><p>9月19日，某镇组织干部群众开展卫生运动，清理卫生死角。</p>
    <p><img src="a.jpg"></p><p>志愿者清理卫生死角</p>
    <p>下一步，该镇将建立长效机制，巩固整治成果。</p>
    <p><img src="b.jpg"></p><p>活动结束后，志愿者们还走访了辖区内的独居老人，送去米面油等生活用品。</p></div></body></html>"""
    draft = split_source(read("p.html", page.encode("utf-8"), "html").sources[0])[0]
    assert draft.captions == ("志愿者清理卫生死角",)
    assert [p[:4] for p in draft.paragraphs] == ["9月19", "下一步，", "活动结束"]  # a sentence under a picture stays text
