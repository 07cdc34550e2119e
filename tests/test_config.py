"""site.yaml: defaults work, bad keys fail at load time naming the file and key."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsarchive.config import PROJECT_ROOT, Config, ConfigError, load_config


def test_defaults_build_the_seeds_into_site() -> None:
    cfg = load_config(None)
    assert cfg.content == PROJECT_ROOT / "seeds" and cfg.output == PROJECT_ROOT / "_site"
    assert cfg.base_path == "/" and cfg.page_size > 0


def test_project_site_yaml_is_valid() -> None:
    assert isinstance(load_config(PROJECT_ROOT / "site.yaml"), Config)


def test_relative_paths_resolve_against_the_file(tmp_path: Path) -> None:
    f = tmp_path / "site.yaml"
    f.write_text("content: articles\noutput: public\nbase_url: https://x.github.io/news-archive\n", encoding="utf-8")
    cfg = load_config(f)
    assert cfg.content == tmp_path / "articles" and cfg.output == tmp_path / "public"
    assert cfg.base_path == "/news-archive/"
    assert cfg.absolute_url("articles/a.html") == "https://x.github.io/news-archive/articles/a.html"


def test_command_line_wins_and_none_is_ignored(tmp_path: Path) -> None:
    f = tmp_path / "site.yaml"
    f.write_text("base_url: /a/\n", encoding="utf-8")
    assert load_config(f, base_url="/b/", content=None).base_url == "/b/"


def test_site_url_gives_a_path_only_base_an_absolute_address(tmp_path: Path) -> None:
    f = tmp_path / "site.yaml"
    f.write_text("base_url: /news/\nsite_url: https://example.org/news/\n", encoding="utf-8")
    cfg = load_config(f)
    assert cfg.root_url == "https://example.org/news/" and cfg.base_path == "/news/"
    assert cfg.absolute_url("a.html") == "https://example.org/news/a.html"
    # a path-only base of / takes site_url's path; an absolute base_url wins over site_url
    assert load_config(f, base_url="/").base_path == "/news/"
    assert load_config(f, base_url="https://x.github.io/r").root_url == "https://x.github.io/r/"


def test_without_host_no_absolute_url_is_made() -> None:
    cfg = Config(base_url="/news/")
    assert cfg.root_url is None and cfg.absolute_url("a.html") is None and cfg.base_path == "/news/"


@pytest.mark.parametrize("text, message", [
    ("site_url: /news/\n", "site_url must be an absolute http"),
    ("site_url: ftp://example.org/\n", "site_url must be an absolute http"),
    ("base_url: /a/\nsite_url: https://example.org/b/\n", "name different paths"),
    ("titel: x\n", "unknown key 'titel'"),
    ("page_size: many\n", "page_size must be a whole number ≥ 1"),
    ("page_size: 0\n", "page_size must be a whole number ≥ 1"),
    ("workers: -1\n", "workers must be a whole number ≥ 0"),
    ("offline_snippets_up_to: -1\n", "offline_snippets_up_to must be a whole number ≥ 0"),
    ("- a\n- b\n", "expected a mapping"),
    ("title: [\n", "not valid YAML"),
])
def test_bad_config_names_file_and_problem(tmp_path: Path, text: str, message: str) -> None:
    f = tmp_path / "site.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as e:
        load_config(f)
    assert str(f) in str(e.value)


def test_offline_snippets_setting_keys_no_page(tmp_path: Path) -> None:
    """Only the search data depends on whether it carries the texts: no page renders again."""
    assert load_config(None).offline_snippets_up_to == 5000
    never = load_config(None, offline_snippets_up_to=0)
    assert never.offline_snippets_up_to == 0
    assert never.shown_settings() == load_config(None).shown_settings()
