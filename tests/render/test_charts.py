"""Month bar charts: continuous known months, unknown year set apart, geometry."""
from __future__ import annotations

from newsarchive.archive import Month
from newsarchive.render.charts import BAR_SLOT, PLOT_HEIGHT, TOP, month_chart


def m(year, month, n):
    return Month(year, month, tuple(f"id{year}{month}{i}" for i in range(n)))


def test_known_months_are_continuous_with_empty_months_as_zero():
    chart = month_chart([m(2021, 2, 3), m(2020, 11, 1), m(None, 3, 2), m(None, None, 4)], "每月")
    assert [b.label for b in chart.bars] == [
        "2020年11月", "2020年12月", "2021年1月", "2021年2月", "3月（年份不详）"]
    assert [b.count for b in chart.bars] == [1, 0, 0, 3, 2]
    assert [b.group for b in chart.bars] == ["2020年", "", "2021年", "", "年份不详"]
    assert chart.bars[1].href is None and chart.bars[0].href == "dates/2020-11.html"


def test_tallest_bar_fills_the_plot_and_bars_do_not_overlap():
    chart = month_chart([m(2021, 1, 4), m(2021, 2, 2)], "每月")
    a, b = chart.bars
    assert a.height == PLOT_HEIGHT and a.y == TOP
    assert b.height == PLOT_HEIGHT / 2
    assert b.x - a.x == BAR_SLOT
    assert chart.baseline == TOP + PLOT_HEIGHT
    assert "2021年1月，4篇" in chart.summary


def test_unknown_year_bars_are_set_apart_by_a_gap():
    chart = month_chart([m(2021, 1, 1), m(None, 5, 1)], "每月")
    assert chart.bars[1].x - chart.bars[0].x > BAR_SLOT


def test_no_chart_without_any_month():
    assert month_chart([m(None, None, 3)], "每月") is None
    assert month_chart([], "每月") is None


def test_a_chart_figure_holds_its_caption_first_or_last_and_no_table_toggle():
    """HTML allows a figure's caption only as its first or last child; the data table's
    <details> sits beside the figure, in the same card."""
    from .samples import dom, render

    site = render()
    pages = [p for p in site if p == "dates/index.html" or (p.startswith("districts/") and p.endswith(".html"))]
    figures = [(p, f) for p in pages for f in dom(site[p]).iter("figure")]
    assert figures
    for path, figure in figures:
        children = [c.tag for c in figure]
        assert "figcaption" in (children[0], children[-1]) and children.count("figcaption") == 1, path
        assert not list(figure.iter("details")), path
    cards = [c for p in pages for c in dom(site[p]).iter("div") if c.get("class") == "chart"]
    assert all([c.tag for c in card] == ["figure", "details"] for card in cards) and cards


def test_the_stylesheet_centres_the_labels_on_their_bars_not_each_label():
    from newsarchive.config import Config

    from .samples import render

    site = render()
    svg = site["dates/index.html"]
    assert '<text class="count"' in svg and '<text class="tick"' in svg and "text-anchor" not in svg
    assert 'class="bar' not in svg  # only an empty month's bar has a class
    css = (Config().static / "css" / "site.css").read_text("utf-8")
    assert ".chart-svg .count, .chart-svg .tick { text-anchor: middle; }" in css
