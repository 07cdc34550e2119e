"""YAML read with libyaml's parser where PyYAML was built with it.

The build's word lists, labels and tables are YAML (``*/data/*.yaml``), and
every worker process reads the extraction's before its first file: after one
edit that reading is on the rebuild's path.  PyYAML's own parser is pure
Python; its libyaml binding (``CSafeLoader``, in PyYAML's wheels) reads the
same files several times faster into the same values (tested on every data
file).  Both are safe loaders: no tag builds an arbitrary object.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

#: The safe loader in C when PyYAML has it, else the pure-Python one.
SAFE_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """The value of the YAML document ``text`` (raises :class:`yaml.YAMLError`)."""
    return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader


def read_yaml(path: Path) -> Any:
    """The value of the UTF-8 YAML file at ``path``."""
    return load_yaml(path.read_text(encoding="utf-8"))
