"""The search stage's per-item work sent through the build's executor, in batches.

* **Document files**: a run of consecutive files to make (the kept ones left
  out) goes to a worker as each file's number and store rows (what
  :func:`.store.store_row` reads of its articles: title, url, date label,
  district, kind and text if the files carry it, less than the articles); the worker deflates them
  and sends back each file's script.
* **Index rows**: counting and weighing need every document at once and stay
  in the build's process; the weighed rows then go out by term range (a run
  of consecutive terms, about :data:`BATCH_NUMBERS` numbers), as bare lists
  of numbers, the terms kept here; the worker packs each row and writes its
  JSON (:func:`.postings.json_rows`), and the texts come back to be cut into
  chunks here, where a chunk's end depends on the sizes of the rows before
  it.  What travels is the rows' numbers out (nearly twice their packed JSON
  in pickle) and the JSON back; the counted postings a worker would need to
  weigh a term range itself are more than twice as large again.

Results come back in the order sent: the files and chunks are those the build's
process makes, byte for byte.  On this machine's executor both run in line
(see docs/cluster.md for why).
"""
from __future__ import annotations

from collections import deque
from typing import Any, Iterable, Iterator, Sequence

from ..executors import Executor
from ..records import Article
from .bundle import numbered_file_of_json, to_json
from .store import pack_rows, store_row
from .weights import pack_row

#: Document files sent to a worker together.
BATCH_FILES = 16
#: Index rows sent to a worker together: consecutive terms until their rows hold this many numbers.
BATCH_NUMBERS = 32_768

#: A document file to make: its number and its documents' store rows.
DocumentItem = tuple[int, list[list[Any]]]


def document_item(number: int, articles: Sequence[Article], text: bool = True) -> DocumentItem:
    return number, [store_row(a, text) for a in articles]


def document_script(item: DocumentItem) -> bytes:
    """One file of search/docs/ (on a worker): its rows packed (:func:`.store.pack_rows`) in a script."""
    number, rows = item
    return numbered_file_of_json("docs", number, to_json(pack_rows(rows))).body


def document_scripts(items: Iterable[DocumentItem], executor: Executor) -> Iterator[bytes]:
    """:func:`document_script` of every item, in order, :data:`BATCH_FILES` a batch; the
    items are made as their batch is sent."""
    return executor.stream(document_script, _groups(items, BATCH_FILES))


def row_json(row: list[int]) -> str:
    """One index row (on a worker) as the chunk holds it."""
    return to_json(pack_row(row))


def row_texts(rows: Iterable[tuple[str, list[int]]], executor: Executor) -> Iterator[tuple[str, str]]:
    """``(term, row JSON)`` of weighed ``(term, row)`` pairs in index order, the rows sent to
    ``executor`` by term range (see the module docstring); weighed as batches are sent."""
    terms: deque[str] = deque()  # the terms of the rows sent and not yet back, in order

    def ranges() -> Iterator[list[list[int]]]:
        batch: list[list[int]] = []
        size = 0
        for term, row in rows:
            terms.append(term)
            batch.append(row)
            size += len(row)
            if size >= BATCH_NUMBERS:
                yield batch
                batch, size = [], 0
        if batch:
            yield batch

    for text in executor.stream(row_json, ranges()):
        yield terms.popleft(), text


def _groups(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
