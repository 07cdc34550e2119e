"""Document rows and the facet table."""
from __future__ import annotations

import json

from newsarchive.records import KINDS
from newsarchive.search.store import (KIND_LABELS, STORE_COLUMNS, facet_rows, facet_table, kind_labels,
                                      pack_rows, store_row, unpack_rows)

from .node import run_js
from .samples import articles


def test_store_row_has_what_a_result_shows():
    meeting = articles()[0]
    row = dict(zip(STORE_COLUMNS, store_row(meeting)))
    assert row["title"] == meeting.title
    assert row["url"] == meeting.url
    assert row["date"] == "2023年3月5日"
    assert row["district"] == "焦作市"
    assert row["kind"] == "meeting"
    assert row["text"] == "\n".join(meeting.paragraphs)


def test_a_document_file_holds_its_rows_deflated_in_base64():
    items = articles()[:2]
    assert unpack_rows(pack_rows([store_row(a) for a in items])) == [store_row(a) for a in items]
    rows = [["标题", "articles/a.html", "", "", "other", "会议要求各级各部门统一思想、提高认识、狠抓落实。" * 20]]
    packed = pack_rows(rows)
    assert unpack_rows(packed) == rows and packed == pack_rows(rows)
    assert len(packed) < 0.3 * len(rows[0][5].encode("utf-8"))
    assert set(packed) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")


def test_every_kind_has_a_label():
    assert list(kind_labels()) == list(KINDS)
    assert kind_labels()["inspection"] == KIND_LABELS["inspection"] == "巡察巡视公告"


def test_facet_table_rows_point_into_sorted_lists():
    items = articles()
    table = facet_table(items)
    assert table["districts"] == sorted({"焦作市", "山阳区"})
    assert table["kinds"] == ["inspection", "meeting", "other"]
    meeting, notice, visit = facet_rows(table)
    assert meeting == [2023, table["districts"].index("焦作市"), 1]
    assert notice[2] == 0
    assert visit[0] == 0  # year unknown


def test_facet_table_holds_packed_runs_of_year_district_and_kind():
    from dataclasses import replace

    base = articles()[0]
    same = [replace(base, id=f"s{i}") for i in range(5)]
    other = replace(base, id="o", meta=replace(base.meta, district="山阳区", kind="inspection"))
    notice = replace(base, id="k", meta=replace(base.meta, kind="inspection"))
    nowhere = replace(base, id="n", meta=replace(base.meta, district=None))
    table = facet_table([nowhere, *same, other, *same, notice])
    assert "kind" not in table and "perChar" not in table  # no character a document
    assert len(table["runs"]) == 20  # five runs, four one-character numbers each
    rows = facet_rows(table)
    assert len(rows) == 13 and rows[0][1] == -1
    assert rows[1:6] == [rows[1]] * 5 and rows[6] != rows[1] and rows[7:12] == [rows[1]] * 5
    assert rows[1][0] == 2023 and rows[1][2] == table["kinds"].index("meeting")
    assert rows[6][1] == table["districts"].index("山阳区") and rows[6][2] == table["kinds"].index("inspection")
    assert rows[12] == [*rows[1][:2], table["kinds"].index("inspection")]


def test_facet_table_of_archive_order_grows_with_its_values_not_its_documents():
    from dataclasses import replace

    from newsarchive.search import archive_order

    base = articles()
    def table_of(n: int) -> dict:
        many = [replace(a, id=f"{i}-{a.id}", meta=replace(a.meta, kind=("meeting", "inspection", "other")[i % 3]))
                for i in range(n) for a in base]
        return facet_table(archive_order(many))

    small, large = table_of(30), table_of(300)
    assert large["docs"] == 10 * small["docs"]
    # only the counts grow, a character or two each
    assert len(json.dumps(large)) <= len(json.dumps(small)) + 16


def test_the_page_reads_the_facet_table_as_python_does():
    from dataclasses import replace

    base = articles()
    many = [replace(a, id=f"{n}-{a.id}", meta=replace(a.meta, kind=("meeting", "inspection", "other")[n % 3]))
            for n in range(40) for a in base]
    for table in (facet_table(base), facet_table(many), facet_table(list(reversed(many)))):
        assert run_js("return core.facetRows(data);", table) == facet_rows(table)
