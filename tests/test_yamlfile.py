"""The data files read through libyaml give the values PyYAML's own parser gives."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from newsarchive import yamlfile

SRC = Path(yamlfile.__file__).resolve().parent
DATA_FILES = sorted(SRC.rglob("data/*.yaml"))


def test_data_files_found() -> None:
    assert len(DATA_FILES) >= 10


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(SRC)))
def test_same_values_as_the_pure_python_parser(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert yamlfile.read_yaml(path) == yaml.load(text, Loader=yaml.SafeLoader)


def test_libyaml_used_where_pyyaml_has_it() -> None:
    if not getattr(yaml, "__with_libyaml__", False):
        pytest.skip("PyYAML built without libyaml")
    assert yamlfile.SAFE_LOADER is yaml.CSafeLoader


def test_still_a_safe_loader() -> None:
    with pytest.raises(yaml.YAMLError):
        yamlfile.load_yaml("!!python/object/apply:os.system ['true']")


def test_errors_are_yaml_errors_with_a_place() -> None:
    with pytest.raises(yaml.MarkedYAMLError) as e:
        yamlfile.load_yaml("a: [1, 2\nb: 3\n")
    assert e.value.problem_mark is not None
