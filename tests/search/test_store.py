"""Document rows and the facet table."""
from __future__ import annotations

from newsarchive.records import KINDS
from newsarchive.search.store import KIND_LABELS, STORE_COLUMNS, facet_table, kind_labels, store_row

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


def test_every_kind_has_a_label():
    assert list(kind_labels()) == list(KINDS)
    assert kind_labels()["inspection"] == KIND_LABELS["inspection"] == "巡察巡视公告"


def test_facet_table_rows_point_into_sorted_lists():
    items = articles()
    table = facet_table(items)
    assert table["districts"] == sorted({"焦作市", "山阳区"})
    assert table["kinds"] == ["inspection", "meeting", "other"]
    meeting, notice, visit = table["rows"]
    assert meeting == [2023, table["districts"].index("焦作市"), 1]
    assert notice[2] == 0
    assert visit[0] == 0  # year unknown
