"""Each benchmark site against the static hosts' stated limits.

The build checks its site against the one host ``site.yaml`` names; the
benchmark shows every known host side by side, so that one run says where an
archive of each size can be published and by how much it misses the others.
"""
from __future__ import annotations

from typing import Any

from newsarchive.hosting import SiteSize, hosts, over_limits


def _limit(value: float, limit: int | None, scale: float = 1.0, digits: int = 0) -> str:
    shown = f"{value / scale:,.{digits}f}"
    return f"{shown} / {limit / scale:,.{digits}f}" if limit is not None else f"{shown} / -"


def host_rows(results: list[dict[str, Any]]) -> list[list[str]]:
    """Per size and host: the site's bytes, files and largest file beside the host's
    limits, and whether the host takes the site (else which limits it exceeds)."""
    rows = []
    for r in results:
        site = r["site"]
        largest, largest_bytes = site.get("largest_file") or ("", 0)
        size = SiteSize(site["total_bytes"], site["files"], largest, largest_bytes)
        for host in hosts().values():
            if host.site_bytes is None and host.files is None and host.file_bytes is None:
                continue  # "none": nothing to check against
            over = over_limits(size, host)
            verdict = "fits" if not over else "over: " + ", ".join(
                what for what, limit, value in (("bytes", host.site_bytes, size.bytes),
                                                ("files", host.files, size.files),
                                                ("a file", host.file_bytes, size.largest_bytes))
                if limit is not None and value > limit)
            rows.append([f"{r['articles']:,}", host.name, _limit(size.bytes, host.site_bytes, 1e6, 1),
                         _limit(size.files, host.files), _limit(largest_bytes, host.file_bytes, 1e6, 1), verdict])
    return rows


HEADER = ["size", "host", "site MB / limit", "files / limit", "largest file MB / limit", "verdict"]
TITLE = ("Host check (the cold-built site against each host's stated limits, "
         "src/newsarchive/data/hosts.yaml; MB = 10^6 bytes, - = no stated limit)")
