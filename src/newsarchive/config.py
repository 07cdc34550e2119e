"""Site configuration: one file (site.yaml), typed, validated when it loads.

Every key has a working default, so an archive with no site.yaml builds.
A misspelt or mistyped key fails at load time with the file and key named,
never halfway through a build.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import yaml

from .executors import check_spec
from .yamlfile import load_yaml


def _project_root() -> Path:
    """The checkout holding templates/ and static/: the package's own when run from
    source or an editable install, else the current folder (a plain ``pip install``)."""
    here = Path(__file__).resolve().parents[2]
    return here if (here / "templates").is_dir() else Path.cwd()


#: Where templates/, static/, seeds/ and node_modules/ are looked for by default.
PROJECT_ROOT = _project_root()


class ConfigError(ValueError):
    """site.yaml is unreadable or holds a bad key or value."""


@dataclass(frozen=True)
class Config:
    title: str = "新闻档案"
    description: str = "可检索的新闻档案：文章、人物、地区、日期与巡察公告"
    base_url: str = "/"             # where the site is served, e.g. https://x.github.io/news-archive/
    site_url: str = ""              # the site's absolute address when base_url is only a path
    language: str = "zh-CN"
    page_size: int = 50             # articles per page of the home page and page/2.html …
    directory_page_size: int = 50   # inspection rounds per page of the directory
    list_page_size: int = 100       # articles per page of a district or a month
    people_page_size: int = 1000    # people per page of the people index (more: one page per initial)
    search_page_size: int = 10      # results shown at once; each loads its own small data file
    content: Path = PROJECT_ROOT / "seeds"
    output: Path = PROJECT_ROOT / "_site"
    templates: Path = PROJECT_ROOT / "templates"
    static: Path = PROJECT_ROOT / "static"
    node_modules: Path = PROJECT_ROOT / "node_modules"
    max_file_bytes: int = 8 * 1024 * 1024   # larger sources are skipped and reported
    cache: Path | None = None       # per-file results; default: .<output name>.cache beside the output
    workers: int = 0                # processes for per-file work; 0 = one per core
    host: str = "github-pages"      # whose limits the site is checked against (data/hosts.yaml)
    executor: str = "local"         # where per-item work runs: local, dask-local or dask://HOST:PORT
    export_parts_above: int = 5000  # more articles: the data export is gzip parts per month (0: always)
    offline_snippets_up_to: int = 5000  # up to this many articles the search data carries the texts, so
    #                                     results show snippets from file:// too; past it snippets come
    #                                     from the article pages, over http(s) only (0: never)

    @property
    def base_path(self) -> str:
        """Path part of the site's address, always starting and ending with '/': base_url's,
        or site_url's when base_url is only a path and site_url is set (they agree, see
        :func:`check_site_url`)."""
        return _path_of(self.root_url or self.base_url)

    @property
    def root_url(self) -> str | None:
        """Absolute URL of the site root, ending with '/': base_url when it has a scheme
        and host, else site_url; None when neither says.  Sitemaps, robots.txt,
        canonical links and Open Graph need it: their formats allow no relative URL."""
        for url in (self.base_url, self.site_url):
            if _is_absolute(url):
                return url if url.endswith("/") else url + "/"
        return None

    @property
    def cache_dir(self) -> Path:
        return self.cache or self.output.parent / f".{self.output.name}.cache"

    @property
    def export_in_parts(self) -> bool:
        """Whether the data export is written as gzip parts (only meaningful on a config
        :func:`settle_export` gave: it states the decision, not the threshold)."""
        return self.export_parts_above == 0

    def shown_settings(self) -> tuple[tuple[str, Any], ...]:
        """The settings a page can show or be laid out by, by name: all but where the
        build reads and writes and how (see :data:`BUILD_ONLY`).  Page keys hold
        these, so that moving a folder or changing ``workers`` renders nothing again."""
        return tuple((f.name, getattr(self, f.name)) for f in fields(self) if f.name not in BUILD_ONLY)

    def absolute_url(self, rel: str) -> str | None:
        """Absolute URL of a site-relative path (for feeds, sitemap, canonical links and
        Open Graph), or None when the site's absolute address is not known."""
        root = self.root_url
        return root + rel.lstrip("/") if root is not None else None


@functools.lru_cache(maxsize=64)
def _is_absolute(url: str) -> bool:
    """Whether ``url`` is an http(s) URL with a host (asked for every page and feed
    entry, of the same few URLs: kept)."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


@functools.lru_cache(maxsize=64)
def _path_of(url: str) -> str:
    from urllib.parse import urlsplit

    path = urlsplit(url).path or "/"
    if not path.startswith("/"):
        path = "/" + path
    return path if path.endswith("/") else path + "/"


#: ``export_parts_above`` once settled on one whole file: no archive is that large.
WHOLE_EXPORT = 2**62


def settle_export(config: Config, articles: int) -> Config:
    """``config`` with ``export_parts_above`` stating what this archive of ``articles``
    gets: 0 (gzip parts) or :data:`WHOLE_EXPORT` (one articles.json).  The footer of
    every page links the export, so page keys must change when the decision does,
    and only then: moving the threshold without crossing it renders nothing again."""
    parts = articles > config.export_parts_above
    return replace(config, export_parts_above=0 if parts else WHOLE_EXPORT)


def check_site_url(config: Config, origin: Path) -> None:
    """site_url must be an absolute http(s) address, and the path a path-only base_url
    gives must be its path: the two describe one place."""
    if not config.site_url:
        return
    if not _is_absolute(config.site_url):
        raise ConfigError(f"{origin}: site_url must be an absolute http(s) address with a host, "
                          f"e.g. https://example.org/news/ (got {config.site_url!r})")
    if not _is_absolute(config.base_url) and _path_of(config.base_url) not in ("/", _path_of(config.site_url)):
        raise ConfigError(f"{origin}: base_url {config.base_url!r} and site_url {config.site_url!r} "
                          "name different paths; give the path once, in site_url")


#: Settings no page depends on: the folders (the templates' and static files'
#: contents count, not where they are), the size limit on sources (it decides
#: which articles there are, and pages depend on those), the worker count and
#: the host the site is checked against (only the build report says it),
#: where the work runs, and whether the search data carries the texts (only
#: its files depend on it, and they say so in their tags).
BUILD_ONLY = frozenset({"content", "output", "templates", "static", "node_modules", "cache", "workers",
                        "max_file_bytes", "host", "executor", "offline_snippets_up_to"})
_PATH_KEYS = {"content", "output", "templates", "static", "node_modules", "cache"}
_TYPES: dict[str, type] = {f.name: (Path if f.name in _PATH_KEYS else type(f.default)) for f in fields(Config)}


def load_config(path: Path | None = None, **overrides: Any) -> Config:
    """Load site.yaml (or defaults when ``path`` is None or absent) and apply overrides.

    Relative paths in the file are resolved against the file's folder.
    Overrides whose value is None are ignored (unset command-line options).
    """
    values: dict[str, Any] = {}
    base_dir = PROJECT_ROOT
    if path is not None:
        path = Path(path)
        if not path.is_file():
            raise ConfigError(f"{path}: configuration file not found")
        base_dir = path.resolve().parent
        try:
            raw = load_yaml(path.read_text(encoding="utf-8")) or {}
        except (yaml.YAMLError, UnicodeDecodeError) as e:
            raise ConfigError(f"{path}: not valid YAML: {e}") from e
        if not isinstance(raw, dict):
            raise ConfigError(f"{path}: expected a mapping of keys, got {type(raw).__name__}")
        for key, value in raw.items():
            values[key] = _coerce(path, key, value, base_dir)
    cfg = replace(Config(), **values)
    for key, value in overrides.items():
        if value is not None:
            cfg = replace(cfg, **{key: _coerce(Path("<command line>"), key, value, Path.cwd())})
    check_site_url(cfg, path if path is not None else Path("<command line>"))
    return cfg


def _coerce(origin: Path, key: str, value: Any, base_dir: Path) -> Any:
    if key not in _TYPES:
        known = ", ".join(sorted(_TYPES))
        raise ConfigError(f"{origin}: unknown key {key!r} (known keys: {known})")
    want = _TYPES[key]
    if want is Path:
        if not isinstance(value, (str, Path)):
            raise ConfigError(f"{origin}: {key} must be a path")
        p = Path(value)
        return p if p.is_absolute() else (base_dir / p).resolve()
    if want is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{origin}: {key} must be true or false")
        return value
    if want is int:
        least = 0 if key in ("workers", "export_parts_above", "offline_snippets_up_to") else 1
        if isinstance(value, bool) or not isinstance(value, int) or value < least:
            raise ConfigError(f"{origin}: {key} must be a whole number ≥ {least}")
        return value
    if not isinstance(value, str):
        raise ConfigError(f"{origin}: {key} must be text")
    if key == "host":
        from .hosting import hosts

        if value not in hosts():
            raise ConfigError(f"{origin}: host must be one of {', '.join(hosts())}, not {value!r}")
    if key == "base_url" and not value:
        raise ConfigError(f"{origin}: base_url must not be empty (use / for the root)")
    if key == "executor":
        try:
            check_spec(value)
        except ValueError as e:
            raise ConfigError(f"{origin}: {e}") from None
    return value
