"""A long text (a page saved as one line) costs work in proportion to its length.

Each test counts the inner steps of one rule on a text with thousands of
mentions; the rule's results on it are those of the ordinary rule.  No test
times anything.
"""
from __future__ import annotations

import sys

from newsarchive.extract import contacts, inspection_fields, inspection_groups
from newsarchive.extract.contacts import find_contacts
from newsarchive.extract.inspections import extract_inspections
from newsarchive.extract.place_names import Place

from . import draft


def test_the_chain_of_places_before_a_body_is_walked_from_its_neighbourhood():
    class Read(Place):
        reads = 0

        def __getattribute__(self, key):
            if key in ("start", "end"):
                Read.reads += 1
            return object.__getattribute__(self, key)

    places = [Read(i * 4, i * 4 + 3, "白沙镇", "白沙镇", 4) for i in range(5000)]
    text = "白沙镇" + "x" * 20_010
    Read.reads = 0
    assert inspection_groups.chain_start(text, places, 10) == 10
    assert Read.reads < 100                                 # not one per place after it
    assert inspection_groups.chain_start(text, places, 3) == 0


def test_a_round_s_term_of_office_is_looked_for_just_before_it(monkeypatch):
    windows = []
    term = inspection_fields._TERM_BEFORE

    class Watched:
        def search(self, text, pos, endpos):
            windows.append(endpos - pos)
            return term.search(text, pos, endpos)

    monkeypatch.setattr(inspection_fields, "_TERM_BEFORE", Watched())
    lead = "会议强调，要把工作抓紧抓实。" * 2000
    (ins,) = extract_inspections(draft(lead + "3月12日，十三届市委第三轮巡察全部进驻，巡察时间2个月。"))
    assert ins.round == "十三届市委第三轮巡察"
    assert windows and max(windows) <= inspection_fields._TERM_REACH


def test_thousands_of_contacts_are_each_checked_once_against_those_taken():
    text = "".join(f"第{i}组值班电话：0371-{69380000 + i}，邮箱g{i}@example.cn。" for i in range(3000))
    steps = 0

    def count(frame, event, arg):
        nonlocal steps
        if event == "call" and frame.f_code.co_filename == contacts.__file__:
            steps += 1

    contacts._find_contacts.cache_clear()
    sys.setprofile(count)
    try:
        found = find_contacts(text)
    finally:
        sys.setprofile(None)
    assert len(found) == 6000 and [c.kind for c in found[:2]] == ["phone", "email"]
    assert found[-1].value == "g2999@example.cn"
    assert steps < 20 * len(found)              # every span taken tested for every new one: millions
