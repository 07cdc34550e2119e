"""Progress bar: drawn on a terminal, silent otherwise, never changes the items."""
from __future__ import annotations

import io

from newsarchive.progress import track


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_bar_on_terminal() -> None:
    out = _Tty()
    assert list(track(range(4), 4, "split", stream=out)) == [0, 1, 2, 3]
    text = out.getvalue()
    assert "split" in text and "4/4" in text and "#" * 30 in text and text.endswith("\n")


def test_silent_when_not_a_terminal_or_disabled() -> None:
    plain = io.StringIO()
    assert list(track("abc", 3, "read", stream=plain)) == ["a", "b", "c"]
    assert plain.getvalue() == ""
    tty = _Tty()
    list(track("abc", 3, "read", enabled=False, stream=tty))
    assert tty.getvalue() == ""
