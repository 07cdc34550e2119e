"""axe-core accessibility check for a Playwright page (reused by every browser test).

Usage::

    from e2e.axe import wcag_violations, format_violations
    violations = wcag_violations(page)
    assert not violations, format_violations(violations)

axe.min.js comes from node_modules (pinned in package.json); nothing is fetched.
"""
from __future__ import annotations

from typing import Any

from newsarchive.config import PROJECT_ROOT

AXE_JS = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def wcag_violations(page: Any, tags: list[str] | None = None) -> list[dict[str, Any]]:
    """axe violations of the page as loaded, limited to WCAG 2.1 A/AA rules."""
    if not AXE_JS.is_file():
        raise FileNotFoundError(f"{AXE_JS} missing: run `npm ci`")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags},"
        " resultTypes: ['violations']})",
        tags or WCAG_TAGS,
    )
    return result["violations"]


def format_violations(violations: list[dict[str, Any]]) -> str:
    """One readable line per failing node."""
    lines = []
    for v in violations:
        for node in v["nodes"]:
            lines.append(f"[{v['id']}] {v['help']}: {' '.join(node['target'])} — "
                         f"{node.get('failureSummary', '').splitlines()[-1:] or ''}")
    return "\n".join(lines)
