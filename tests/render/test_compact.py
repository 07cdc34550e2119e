"""Templates served without indentation; links between pages of one folder by file name."""
from __future__ import annotations

import jinja2

from newsarchive.config import Config
from newsarchive.render.compact import CompactLoader, compact
from newsarchive.render.env import make_env, page_context

from .samples import render


def test_indentation_and_blank_lines_go_but_pre_and_textarea_keep_theirs():
    source = "<ul>\n  <li>a</li>\n\n\t<li>b</li>\n</ul>\n  <pre>\n  x\n\n    y\n  </pre>\n<textarea>\n  t\n</textarea>\n  z\n"
    assert compact(source) == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<pre>\n  x\n\n    y\n  </pre>\n<textarea>\n  t\n</textarea>\nz\n"
    assert compact("<pre>one line</pre>\n  after\n") == "<pre>one line</pre>\nafter\n"


def test_the_loader_compacts_the_templates_not_what_they_are_given():
    env = jinja2.Environment(loader=CompactLoader(jinja2.DictLoader({"t.html": "<p>\n    {{ x }}\n</p>\n"})))
    assert env.get_template("t.html").render(x="  kept  \n  too") == "<p>\n  kept  \n  too\n</p>"
    assert env.loader.list_templates() == ["t.html"]


def test_no_page_line_starts_with_indentation():
    for path, text in render().items():
        if path.endswith((".html", ".xml")):
            assert not [line for line in text.splitlines() if line[:1] in (" ", "\t")], path


def test_a_page_links_to_its_folder_s_pages_by_file_name():
    env = make_env(Config())
    link = env.from_string("{{ target | href }}")
    at = lambda path, target, **extra: link.render(page_context(Config(), path, **extra), target=target)  # noqa: E731
    assert at("articles/a.html", "articles/b.html") == "b.html"
    assert at("articles/a.html", "people/p.html") == "../people/p.html"
    assert at("index.html", "page/2.html") == "page/2.html"
    assert at("page/2.html", "index.html") == "../index.html"
    # 404.html links from the site's base path, being served at any depth
    assert at("404.html", "index.html", root="/site/") == "/site/index.html"
