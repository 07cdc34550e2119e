"""Document store shards and the facet table."""
from __future__ import annotations

from newsarchive.search.store import (KIND_LABELS, STORE_COLUMNS, facet_table, shard_starts, store_row,
                                      store_shards)

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


def test_store_shards_split_by_size_in_archive_order():
    items = articles()
    assert len(store_shards(items)) == 1
    small = store_shards(items, target=1)        # every article alone
    assert [len(s) for s in small] == [1, 1, 1]
    assert [r[1] for s in small for r in s] == [a.url for a in items]
    assert shard_starts(small) == [0, 1, 2]
    assert store_shards([], target=10) == [[]]


def test_facet_table_rows_point_into_sorted_lists():
    items = articles()
    table = facet_table(items)
    assert table["districts"] == sorted({"焦作市", "山阳区"})
    assert table["kinds"] == ["inspection", "meeting", "other"]
    assert table["kindLabels"] == [KIND_LABELS[k] for k in table["kinds"]]
    meeting, notice, visit = table["rows"]
    assert meeting == [2023, table["districts"].index("焦作市"), 1]
    assert notice[2] == 0
    assert visit[0] == 0  # year unknown
