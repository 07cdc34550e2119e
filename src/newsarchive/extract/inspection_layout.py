"""Announcement layouts rewritten as ``标签:值`` lines under each group's name.

* A table flattened one cell a line: a label alone on its line (or ending the
  line before, when the cell above was glued to it) takes the next line as
  its value (``专门值班电话`` / ``13907310011`` → ``专门值班电话:13907310011``).
* A table flattened one cell a line row by row: the header cells first
  (``组别`` / ``被巡察单位`` / ``值班电话`` / ``邮箱``), then each row from its group's
  name.  Each row is rewritten as the group's name followed by one
  ``header:value`` line per cell; a value goes to the header of its kind (a
  number to the next phone column, an e-mail to the mail column, words to the
  next column of words), so an empty cell shifts nothing, and a cell of words
  broken over two lines is joined again.
* A table kept as ``|``-separated rows: when its first row names the groups
  (``组别 | 甲组 | 乙组 |``), each column becomes the group's name followed by
  one ``label:value`` line per row; when its first column names the groups,
  each row becomes ``甲组 label:value；label:value``.

The cell labels are data (``cell_labels`` in ``data/inspections.yaml``).
"""
from __future__ import annotations

import re

from .contacts import find_contacts
from .inspection_words import alternation

HEADING_MARK = re.compile(r"^[\s*#>]*(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])?\s*")
FIELD_LINE = re.compile(r"^[\s*]*(?:[(（][一二三四五六七八九十\d]+[)）]|\d+[.．、])?\s*[\u4e00-\u9fff“”\"]{2,10}\s*[:：]")
_CELL_LABEL = re.compile(rf"(?:{alternation('cell_labels')})")
_CELL_LABEL_END = re.compile(rf"(?:{alternation('cell_labels')})$")
_GROUP_CELL = re.compile(r"\S{0,24}?(?:巡察|巡视)\S{0,3}组")
_ROW = re.compile(r"\s*\|\s*")
_HEADER = re.compile(rf"(?:{alternation('cell_labels')}|{alternation('header_cells')})")
_GROUP_HEADER = re.compile(alternation("group_headers"))
_SHORT_CELL = re.compile(r"[\u4e00-\u9fff（）()]{1,12}")
_WORDS_ONLY = re.compile(r"[\u4e00-\u9fff（）()、，,]+")
_PROSE = re.compile(r"[。；;]|^.{41,}$")


def _bare(text: str) -> str:
    return HEADING_MARK.sub("", text, count=1).strip()


def _ends_in_label(text: str) -> bool:
    bare = _bare(text)
    m = _CELL_LABEL_END.search(bare)
    return m is not None and (m.start() == 0 or bare[m.start() - 1] in ")）>》")


def _is_value(text: str) -> bool:
    bare = _bare(text)
    return bool(bare) and not FIELD_LINE.match(text) and not _CELL_LABEL.fullmatch(bare) \
        and not _GROUP_CELL.fullmatch(bare)


def join_cells(paragraphs: list[str]) -> list[str]:
    """A label alone on its line (a table cell) joined to the value on the next line."""
    out: list[str] = []
    i = 0
    while i < len(paragraphs):
        text = paragraphs[i]
        i += 1
        while i < len(paragraphs) and _ends_in_label(text) and _is_value(paragraphs[i]):
            text = f"{text.rstrip()}:{paragraphs[i].strip()}"
            i += 1
        out.append(text)
    return out


def _cells(line: str) -> list[str]:
    return [re.sub(r"\s+", "", c) if _GROUP_CELL.search(c) or len(c) < 8 else c.strip()
            for c in _ROW.split(line.strip().strip("|"))]


def unfold_tables(paragraphs: list[str]) -> list[str]:
    """``|`` tables of groups rewritten as one block of ``label:value`` lines per group."""
    out: list[str] = []
    i = 0
    while i < len(paragraphs):
        j = i
        while j < len(paragraphs) and paragraphs[j].count("|") >= 2:
            j += 1
        if j - i >= 2:
            out.extend(_table(paragraphs[i:j]) or paragraphs[i:j])
            i = j
        else:
            out.append(paragraphs[i])
            i += 1
    return out


def _table(rows: list[str]) -> list[str] | None:
    grid = [_cells(r) for r in rows]
    head = grid[0]
    if len(head) >= 2 and all(_GROUP_CELL.fullmatch(c) for c in head[1:]):
        out: list[str] = []
        for col, name in enumerate(head[1:], start=1):
            out.append(name)
            out.extend(f"{r[0]}:{r[col]}" for r in grid[1:] if len(r) > col and r[col])
        return out
    if all(len(r) >= 2 for r in grid[1:]) and grid[1:] and all(_GROUP_CELL.fullmatch(r[0]) for r in grid[1:]):
        return [r[0] + " " + "；".join(f"{h}:{v}" for h, v in zip(head[1:], r[1:]) if v) for r in grid[1:]]
    return None


def regroup_rows(paragraphs: list[str]) -> list[str]:
    """A table flattened one cell a line, row after row, rewritten as one block per group (see above)."""
    out: list[str] = []
    i = 0
    while i < len(paragraphs):
        j = i
        while j < len(paragraphs) and _SHORT_CELL.fullmatch(_bare(paragraphs[j])) \
                and not _GROUP_CELL.fullmatch(_bare(paragraphs[j])):
            j += 1
        headers = [_bare(p) for p in paragraphs[i:j]]
        while j < len(paragraphs) and re.fullmatch(r"\d{1,2}", _bare(paragraphs[j])):
            j += 1                                     # the first row's number (序号)
        if j - i >= 2 and j < len(paragraphs) and _GROUP_CELL.fullmatch(_bare(paragraphs[j])) \
                and sum(1 for h in headers if _HEADER.search(h)) >= 2:
            named = [k for k, h in enumerate(headers) if _GROUP_HEADER.fullmatch(h)]
            columns = headers[named[-1] + 1:] if named else headers    # a caption above the header row is none
            out.extend(paragraphs[i:i + named[-1]] if named else [])    # … but stays text (县委第九轮巡察)
            rows, i = _rows(paragraphs, j)
            for name, cells in rows:
                out.append(name)
                out.extend(_row_lines(columns, cells))
            continue
        step = max(j, i + 1)            # no start inside this run of short lines reads better: linear
        out.extend(paragraphs[i:step])
        i = step
    return out


def _rows(paragraphs: list[str], i: int) -> tuple[list[tuple[str, list[str]]], int]:
    """The rows from ``i`` on, each a group's name and its cells, and where the table ends."""
    rows: list[tuple[str, list[str]]] = []
    while i < len(paragraphs):
        cell = _bare(paragraphs[i])
        if _GROUP_CELL.fullmatch(cell):
            rows.append((cell, []))
        elif not cell or re.fullmatch(r"\d{1,2}", cell):
            pass                                   # an empty line or a row's number
        elif _PROSE.search(cell) and not find_contacts(cell):
            break
        else:
            rows[-1][1].append(cell)
        i += 1
    return rows, i


def _column_kind(header: str) -> str:
    if "邮箱" in header or "电子信箱" in header:
        return "email"
    if "信箱" in header or "地址" in header:
        return "postal"
    if re.search(r"电话|手机|短信|号码|热线", header):
        return "number"
    return "words"


def _cell_kind(cell: str) -> str:
    kinds = {c.kind for c in find_contacts(cell)}
    if "email" in kinds:
        return "email"
    if "postal" in kinds:
        return "postal"
    return "number" if kinds else "words"


def _row_lines(columns: list[str], cells: list[str]) -> list[str]:
    """``header:value`` lines of one row, each value under the next column of its kind."""
    free = {kind: [h for h in columns if _column_kind(h) == kind] for kind in ("email", "postal", "number", "words")}
    lines: list[str] = []
    last_words: int | None = None
    for cell in cells:
        if FIELD_LINE.match(cell):
            lines.append(cell)                          # a cell that carries its own label (组长:某某)
            label = re.split(r"[:：]", _bare(cell), maxsplit=1)[0].strip()
            for taken in free.values():
                if label in taken:
                    taken.remove(label)
            continue
        kind = _cell_kind(cell)
        if kind == "words" and not free["words"]:
            if last_words is not None and _WORDS_ONLY.fullmatch(cell):
                lines[last_words] += cell               # a cell of words broken over two lines
            continue                                    # a damaged value (0760-) or a stray line: dropped
        header = free[kind].pop(0) if free[kind] else None
        lines.append(f"{header}:{cell}" if header else cell)
        if kind == "words":
            last_words = len(lines) - 1
    return lines
