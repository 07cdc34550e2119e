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


@pytest.mark.parametrize("text, message", [
    ("titel: x\n", "unknown key 'titel'"),
    ("page_size: many\n", "page_size must be a whole number ≥ 1"),
    ("page_size: 0\n", "page_size must be a whole number ≥ 1"),
    ("workers: -1\n", "workers must be a whole number ≥ 0"),
    ("- a\n- b\n", "expected a mapping"),
    ("title: [\n", "not valid YAML"),
])
def test_bad_config_names_file_and_problem(tmp_path: Path, text: str, message: str) -> None:
    f = tmp_path / "site.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as e:
        load_config(f)
    assert str(f) in str(e.value)
