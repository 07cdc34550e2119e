"""Two more table layouts of the groups' channels, rewritten as ``标签:值`` lines under each group.

Pages copied as text keep a table in one of several shapes; :mod:`.inspection_layout`
reads ``|`` rows and a table flattened one cell a line row by row.  Here:

* **Rows whose cells are separated by spaces** under a header row of labels
  (``巡察组 被巡察单位 值班电话 邮政信箱`` / ``区委第一巡察组 区民宗局 0000-1234567 …``):
  each row becomes the group's name followed by one ``header:value`` line per cell
  (a first column of row numbers under ``序号`` is left out).
  Only a row with as many cells as the header counts (a value holding a space
  leaves the row as written).
* **A table flattened one cell a line column by column**: the group header
  (``组别``), the groups' names one a line, then each label followed by one value
  per group (``值班电话`` / ``0000-1234567`` / ``0000-7654321``): each group gets its
  name followed by one ``label:value`` line per column.

The label words are data (``cell_labels``, ``header_cells``, ``label_ends``,
``group_headers`` in ``data/inspections.yaml``): a label no list names is known
by its last word (``举报邮箱``, ``来信地址``).
"""
from __future__ import annotations

import re

from .inspection_words import alternation

#: A column label: listed, or a few characters ending in a label's last word (举报邮箱).
_LABEL = re.compile(rf"(?:{alternation('cell_labels')}|{alternation('header_cells')}"
                    rf"|[\u4e00-\u9fff]{{0,6}}(?:{alternation('label_ends')}))")
_GROUP_HEADER = re.compile(alternation("group_headers"))
#: A group's cell: its name, or under a group column its number alone (第一组).
_GROUP_CELL = re.compile(r"\S{0,24}?(?:巡察|巡视|督察|督导)\S{0,3}组|第[一二三四五六七八九十\d]{1,3}组")
_VALUE = re.compile(r"[^。；;]{1,60}")
_ROW_NUMBER = re.compile(r"\d{1,2}[.、．]?")


def space_tables(paragraphs: list[str]) -> list[str]:
    """Rows of space-separated cells under a header row of labels, one block per group."""
    out: list[str] = []
    i = 0
    while i < len(paragraphs):
        head = paragraphs[i].split()
        numbered = bool(head) and head[0] == "序号"  # a first column of row numbers, dropped
        if numbered:
            head = head[1:]
        rows: list[list[str]] = []
        if len(head) >= 3 and _GROUP_HEADER.fullmatch(head[0]) and head[0] != "序号" \
                and all(_LABEL.fullmatch(h) for h in head[1:]):
            for text in paragraphs[i + 1:]:
                cells = text.split()
                if numbered:
                    if not cells or not _ROW_NUMBER.fullmatch(cells[0]):
                        break
                    cells = cells[1:]
                if len(cells) != len(head) or not _GROUP_CELL.fullmatch(cells[0]):
                    break
                rows.append(cells)
        if not rows:
            out.append(paragraphs[i])
            i += 1
            continue
        for cells in rows:
            out.append(cells[0])
            out.extend(f"{h}:{v}" for h, v in zip(head[1:], cells[1:]))
        i += 1 + len(rows)
    return out


def column_tables(paragraphs: list[str]) -> list[str]:
    """A table flattened one cell a line, column by column, one block per group."""
    out: list[str] = []
    i = 0
    while i < len(paragraphs):
        names = _group_names(paragraphs, i + 1) if _GROUP_HEADER.fullmatch(paragraphs[i].strip()) else []
        columns, end = _columns(paragraphs, i + 1 + len(names), len(names)) if len(names) >= 2 else ([], i)
        if not columns:
            out.append(paragraphs[i])
            i += 1
            continue
        for k, name in enumerate(names):
            out.append(name)
            out.extend(f"{label}:{values[k]}" for label, values in columns)
        i = end
    return out


def _group_names(paragraphs: list[str], i: int) -> list[str]:
    names = []
    while i < len(paragraphs) and _GROUP_CELL.fullmatch(paragraphs[i].strip()):
        names.append(paragraphs[i].strip())
        i += 1
    return names


def _columns(paragraphs: list[str], i: int, count: int) -> tuple[list[tuple[str, list[str]]], int]:
    """Each label line followed by ``count`` value lines, from ``i`` on; and where they end."""
    columns: list[tuple[str, list[str]]] = []
    while i + count < len(paragraphs) and _LABEL.fullmatch(paragraphs[i].strip()):
        values = [p.strip() for p in paragraphs[i + 1:i + 1 + count]]
        if not all(_VALUE.fullmatch(v) and not _LABEL.fullmatch(v) and not _GROUP_CELL.fullmatch(v)
                   for v in values):
            break
        columns.append((paragraphs[i].strip(), values))
        i += 1 + count
    return columns, i
