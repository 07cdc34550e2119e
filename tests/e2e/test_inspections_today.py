"""The inspection directory marks, in the browser, the rounds taking reports today."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from newsarchive.archive import build_archive
from newsarchive.config import Config
from newsarchive.records import PartialDate
from newsarchive.render import render_site

from render.samples import article, round_with_groups
from .axe import format_violations, wcag_violations
from .test_layout_stability import WATCH_SHIFTS
from .sitecheck import write_site

pytestmark = pytest.mark.browser


def _round(name: str, open_: PartialDate | None, close: PartialDate | None):
    return replace(round_with_groups(), round=name, open=open_, close=close)


@pytest.fixture(scope="module")
def site_url(tmp_path_factory, serve):
    """Newest first: a round with no year to its close, a closed round, an open one, an old one."""
    arts = [
        article("n", "无年份", date=PartialDate(2021, 4, 20),
                inspections=(_round("未写年份的一轮", PartialDate(None, 4, 20), PartialDate(None, 6, 20)),)),
        article("c", "已截止", date=PartialDate(2021, 2, 1),
                inspections=(_round("已截止的一轮", PartialDate(2021, 2, 1), PartialDate(2021, 3, 31)),)),
        article("o", "进行中", date=PartialDate(2021, 1, 5),
                inspections=(_round("进行中的一轮", None, PartialDate(2021, 4, 30)),)),  # starts when announced
        article("x", "很久以前", date=PartialDate(2019, 5, 1),
                inspections=(_round("很久以前的一轮", PartialDate(2019, 5, 1), PartialDate(2019, 6, 30)),)),
    ]
    root = write_site(render_site(build_archive(arts), Config()), tmp_path_factory.mktemp("directory"))
    with serve(root) as url:
        yield url


def _view(browser, url: str, today: dt.datetime | None, script: bool = True):
    context = browser.new_context(java_script_enabled=script)
    page = context.new_page()
    page.add_init_script(WATCH_SHIFTS)
    if today is not None:
        page.clock.set_fixed_time(today)
    page.goto(url + "inspections.html")
    rounds = page.eval_on_selector_all(
        "#directory section.round",
        "els => els.map(e => [e.querySelector('h2').textContent, e.classList.contains('is-open')])")
    note = page.locator("#dir-open-now")
    return context, page, rounds, (note.text_content() if note.is_visible() else None)


def test_open_rounds_are_marked_and_listed_first(browser, site_url):
    context, page, rounds, note = _view(browser, site_url, dt.datetime(2021, 4, 1, 9, 0))
    try:
        assert rounds[0] == ["今天仍在受理举报进行中的一轮", True]
        assert [name for name, is_open in rounds[1:]] == ["未写年份的一轮", "已截止的一轮", "很久以前的一轮"]
        assert not any(is_open for _, is_open in rounds[1:])
        assert note and "2021年4月1日" in note and "1 轮" in note
        assert page.evaluate("window.__cls") == 0  # reordered before the page is first shown
        violations = wcag_violations(page)
        assert not violations, format_violations(violations)
    finally:
        context.close()


@pytest.mark.parametrize("today, open_names", [
    (dt.datetime(2021, 3, 31, 23, 0), ["已截止的一轮", "进行中的一轮"]),  # a closing day counts
    (dt.datetime(2021, 1, 5, 8, 0), ["进行中的一轮"]),       # from the day it was announced
    (dt.datetime(2021, 1, 4, 8, 0), []),                     # not before
    (dt.datetime(2021, 5, 1, 8, 0), []),                     # after every closing date
])
def test_a_round_is_open_from_its_start_to_its_closing_day(browser, site_url, today, open_names):
    context, _, rounds, note = _view(browser, site_url, today)
    try:
        assert [name.removeprefix("今天仍在受理举报") for name, is_open in rounds if is_open] == open_names
        if not open_names:
            assert note and "没有仍在受理举报的巡察" in note
    finally:
        context.close()


def test_without_javascript_the_order_stays_newest_first(browser, site_url):
    context, _, rounds, note = _view(browser, site_url, None, script=False)
    try:
        assert [name for name, _ in rounds] == ["未写年份的一轮", "已截止的一轮", "进行中的一轮", "很久以前的一轮"]
        assert not any(is_open for _, is_open in rounds) and note is None
    finally:
        context.close()
