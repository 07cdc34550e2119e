"""Front matter: no value written by hand crashes the build; a bad value is a warning and ignored."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsarchive.config import Config
from newsarchive.readers.front_matter import load_yaml, split_front_matter
from newsarchive.pipeline import build

BODY = "\n\n县委召开会议，部署全年工作任务。\n"


def _front(lines: str) -> tuple[dict, list[str]]:
    fm, body, warnings = split_front_matter(f"---\n{lines}\n---{BODY}")
    assert body == BODY[1:]
    return fm, warnings


@pytest.mark.parametrize("value", ["2023-02-30", "2023-13-01", "2023-01-01 25:00:00",
                                   "2023-01-01T10:61:00Z", '"2023-02-30"', '"not a date"', "[2024, 6]",
                                   "{year: x}", "true", "''"])
def test_a_date_that_is_no_real_date_is_a_warning_and_ignored(value) -> None:
    fm, warnings = _front(f"title: 标题\ndate: {value}")
    assert fm == {"title": "标题"}
    assert len(warnings) == 1
    assert warnings[0].startswith("front matter date: ") and " ignored" in warnings[0]


@pytest.mark.parametrize("value, kept", [
    ("2024-06-18", dt.date(2024, 6, 18)),
    ("2024-06-18 09:30:00", dt.date(2024, 6, 18)),
    ('"2024-06-18"', "2024-06-18"),
    ("2024年6月18日", "2024年6月18日"),
    ("2024", 2024),
])
def test_a_real_date_is_kept(value, kept) -> None:
    assert _front(f"date: {value}") == ({"date": kept}, [])


def test_an_impossible_timestamp_loads_as_its_text() -> None:
    assert load_yaml("a: 2023-02-30\nb: 2024-02-29\nc: 2023-01-01 25:00:00") == \
        {"a": "2023-02-30", "b": dt.date(2024, 2, 29), "c": "2023-01-01 25:00:00"}
    # an unquoted impossible date is text like any other title
    assert _front("title: 2023-02-30") == ({"title": "2023-02-30"}, [])
    assert load_yaml("a: !!timestamp nonsense") == {"a": "nonsense"}


@pytest.mark.parametrize("key, value", [("title", "[a, b]"), ("district", "{a: 1}"), ("source", "true"),
                                        ("url", "~"), ("tags", "{a: 1}"), ("tags", "[true]")])
def test_other_keys_of_a_wrong_type_are_a_warning_and_ignored(key, value) -> None:
    fm, warnings = _front(f"title: 标题\n{key}: {value}" if key != "title" else f"{key}: {value}")
    assert key not in fm
    assert len(warnings) == 1 and warnings[0].startswith(f"front matter {key}: ") and " ignored" in warnings[0]


@pytest.mark.parametrize("lines", ["a: !!int twelve", "a: !!float abc", "a: !!bool maybe", "a: !!set [1]",
                                   "a: !!python/object:os.system x", "[" * 2000])
def test_whatever_the_yaml_parser_raises_is_a_warning(lines) -> None:
    fm, warnings = _front(lines)
    assert fm == {} and len(warnings) == 1 and "front matter is not valid YAML" in warnings[0]


def test_the_build_names_the_file_and_builds_every_article(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    for name, date in [("bad-day.md", "2023-02-30"), ("bad-month.md", "2023-13-01"),
                       ("bad-hour.md", "2023-01-01 25:00:00"), ("words.md", '"not a date"'),
                       ("good.md", "2024-06-18")]:
        (content / name).write_text(f"---\ntitle: 会议{name}\ndate: {date}\n---{BODY}", encoding="utf-8")
    result = build(Config(content=content, output=tmp_path / "site", workers=1, base_url="https://example.org/"),
                   progress=False)
    assert result.report.articles_built == 5
    warned = {p.path: p.message for p in result.report.warnings}
    assert sorted(warned) == ["bad-day.md", "bad-hour.md", "bad-month.md", "words.md"]
    assert all(m.startswith("front matter date: ") and " ignored" in m for m in warned.values())
    dates = {a.source: a.meta.date for a in result.articles}
    assert dates["good.md"] is not None and (dates["good.md"].year, dates["good.md"].month) == (2024, 6)
