"""Articles-per-month bar charts, laid out at build time for inline SVG.

Only the geometry is computed here; ``templates/_macros.html`` draws it, so
every label passes through autoescape.  Months with a known year form one
continuous run (empty months shown as zero, so gaps are visible); months whose
year the text does not give follow, set apart under 年份不详.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..archive import Month

BAR_SLOT = 36          # horizontal space per bar, wide enough for a "2020年" label
BAR_WIDTH = 22
PLOT_HEIGHT = 120
TOP = 18               # room for the count above the tallest bar
BOTTOM = 40            # room for month and year labels
LEFT = 8
GAP = 24               # between the known-year run and the unknown-year bars
MIN_WIDTH = 240


@dataclass(frozen=True)
class Bar:
    label: str          # full label, e.g. 2018年4月 / 3月（年份不详）
    short: str          # under the bar, e.g. 4月
    group: str          # shown under the first bar of a year: 2018年 / 年份不详
    count: int
    href: str | None    # month page, site-relative; None for an empty month
    x: float
    y: float
    height: float

    @property
    def centre(self) -> float:
        return self.x + BAR_WIDTH / 2


@dataclass(frozen=True)
class BarChart:
    title: str
    summary: str        # one sentence for assistive technology
    bars: tuple[Bar, ...]
    width: int
    height: int
    baseline: float
    bar_width: int = BAR_WIDTH


def _series(months: Sequence[Month]) -> list[tuple[int | None, int, int, str | None]]:
    """(year, month, count, href) in chart order: known years continuous, then unknown year."""
    known = {(m.year, m.month): m for m in months if m.year and m.month}
    out: list[tuple[int | None, int, int, str | None]] = []
    if known:
        (y, mo), last = min(known), max(known)
        while (y, mo) <= last:
            m = known.get((y, mo))
            out.append((y, mo, len(m.article_ids) if m else 0, m.url if m else None))
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    for m in sorted((m for m in months if not m.year and m.month), key=lambda m: m.month or 0):
        out.append((None, m.month or 0, len(m.article_ids), m.url))
    return out


def month_chart(months: Sequence[Month], title: str) -> BarChart | None:
    """Bar chart of articles per month, or None when no article carries a month."""
    series = _series(months)
    if not series:
        return None
    top = max(c for *_, c, _ in series) or 1
    bars: list[Bar] = []
    x = float(LEFT)
    prev_year: int | None | str = "start"
    for year, month, count, href in series:
        new_group = year != prev_year
        if year is None and new_group and bars:
            x += GAP
        height = PLOT_HEIGHT * count / top
        bars.append(Bar(
            label=f"{year}年{month}月" if year else f"{month}月（年份不详）",
            short=f"{month}月",
            group=(f"{year}年" if year else "年份不详") if new_group else "",
            count=count,
            href=href,
            x=round(x, 1),
            y=round(TOP + PLOT_HEIGHT - height, 1),
            height=round(height, 1),
        ))
        prev_year = year
        x += BAR_SLOT
    width = max(MIN_WIDTH, int(x + LEFT))
    total = sum(b.count for b in bars)
    busiest = max(bars, key=lambda b: b.count)
    summary = (f"{title}：共{len(bars)}个月、{total}篇文章；"
               f"最多的是{busiest.label}，{busiest.count}篇。")
    return BarChart(title, summary, tuple(bars), width, TOP + PLOT_HEIGHT + BOTTOM, TOP + PLOT_HEIGHT)
