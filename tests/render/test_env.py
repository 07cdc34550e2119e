"""The Jinja environment and the per-page context."""
from __future__ import annotations

import jinja2
import pytest

from newsarchive.config import Config
from newsarchive.records import PartialDate
from newsarchive.render.env import (
    date_label, mailto_href, make_env, page_context, root_of, tel_href, web_href)


@pytest.mark.parametrize("path, root", [
    ("index.html", ""), ("articles/ab12.html", "../"), ("page/2.html", "../"),
    ("a/b/c.html", "../../"), ("/people/index.html", "../"),
])
def test_root_climbs_back_to_the_site_root(path, root):
    assert root_of(path) == root
    assert page_context(Config(), path)["root"] == root


def test_page_context_carries_config_path_version_and_overrides():
    cfg = Config(base_url="https://example.org/news-archive/")
    ctx = page_context(cfg, "articles/x.html", extra=1)
    assert ctx["config"] is cfg and ctx["page_path"] == "articles/x.html"
    assert ctx["page_url"] == "https://example.org/news-archive/articles/x.html"
    assert ctx["version"] and ctx["extra"] == 1
    assert page_context(cfg, "404.html", root=cfg.base_path)["root"] == "/news-archive/"


def test_environment_escapes_html_and_xml_and_is_strict():
    env = make_env(Config())
    assert env.from_string("{{ x }}").render(x="<b>") == "&lt;b&gt;"
    assert env.autoescape("feed.xml") and env.autoescape("page.html") and env.autoescape("x.svg")
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ missing }}").render()


def test_base_template_has_landmarks_and_search_form():
    cfg = Config()
    html = make_env(cfg).get_template("base.html").render(page_context(cfg, "articles/a.html"))
    assert '<html lang="zh-CN">' in html and '<meta charset="utf-8">' in html
    assert '<form class="site-search" role="search" action="../search.html">' in html  # GET, the default
    assert 'type="search" name="q" aria-label="搜索文章"' in html
    # what only the home page states: the generator and the locale
    assert "generator" not in html and "og:locale" not in html
    for landmark in ("<header", "<nav", '<main id="main"', "<footer", 'href="#main"'):
        assert landmark in html
    assert 'href="../static/css/site.css"' in html


def test_contact_links():
    assert tel_href("0371-69385963") == "tel:037169385963"
    assert tel_href("０３７１－１２３８８") == "tel:037112388"
    assert tel_href("+86 10 1234") == "tel:+86101234"
    assert mailto_href(" zzswdiyxcz＠126.com ") == "mailto:zzswdiyxcz@126.com"


def test_web_href_only_allows_http():
    assert web_href("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert web_href("javascript:alert(1)") is None
    assert web_href('http://x" onmouseover="a') is None
    assert web_href(None) is None


def test_date_label():
    assert date_label(PartialDate(None, 3, 2)) == "3月2日"
    assert date_label(None) == "日期不详"
    assert date_label(PartialDate(None, None, None)) == "日期不详"


def test_compiled_templates_are_kept_and_follow_their_source(tmp_path, monkeypatch):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "page.html").write_text("<p>{{ x }}</p>", encoding="utf-8")
    cfg, compiled = Config(templates=templates), tmp_path / "compiled"
    assert make_env(cfg, compiled).get_template("page.html").render(x="甲") == "<p>甲</p>"
    assert len(list(compiled.iterdir())) == 1
    compiles: list[str] = []
    real = jinja2.Environment.compile
    monkeypatch.setattr(jinja2.Environment, "compile",
                        lambda self, source, *a, **k: compiles.append(source) or real(self, source, *a, **k))
    assert make_env(cfg, compiled).get_template("page.html").render(x="乙") == "<p>乙</p>"
    assert compiles == []  # taken from the folder, not compiled again
    (templates / "page.html").write_text("<div>{{ x }}</div>", encoding="utf-8")
    assert make_env(cfg, compiled).get_template("page.html").render(x="丙") == "<div>丙</div>"
    assert len(compiles) == 1
