"""The inspection directory (inspections.html): every round, group and contact in one table."""
from __future__ import annotations

from typing import Any, Mapping

import jinja2

from ..archive import Archive
from ..config import Config
from .env import render_page

PATH = "inspections.html"


def render_inspections(archive: Archive, config: Config, env: jinja2.Environment,
                       common: Mapping[str, Any]) -> dict[str, bytes]:
    return {PATH: render_page(env, config, "inspections.html", PATH, **common, archive=archive,
                              entries=archive.inspections)}
