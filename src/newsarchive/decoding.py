"""Bytes of a source file → text, and the name of the encoding that gave it.

Chinese news files come as UTF-8 (with or without BOM), UTF-16 (with or
without BOM), GB18030/GBK or Big5.  Strict UTF-8 is tried first: most files
are UTF-8, and it costs least.  Otherwise charset-normalizer chooses among the
other encodings (GB18030 decodes nearly any bytes, Big5 included, so it cannot
simply be tried next).  A file that is UTF-8 but for a few bad bytes keeps its
text: the bad bytes become U+FFFD and a warning names their offsets.
"""
from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    """The bytes are not text in any encoding tried; the message says why."""


class Decoded(NamedTuple):
    text: str
    encoding: str                  # a Python codec name: "utf-8", "gb18030", "big5", "utf-16-le", …
    warnings: tuple[str, ...] = ()


#: Encodings charset-normalizer chooses among once strict UTF-8 failed, in the
#: order preferred when two fit equally well (the archive's news is mainland news).
DETECTED = ("gb18030", "big5", "utf_16_le", "utf_16_be")
#: Names for the build report, by charset-normalizer's name.
_NAMES = {"utf_16_le": "utf-16-le", "utf_16_be": "utf-16-be"}
#: A file is UTF-8 with damage when its valid non-ASCII characters outnumber its
#: invalid bytes this many times (text in another encoding read as UTF-8 has
#: hardly any valid multi-byte characters)…
UTF8_VALID_PER_BAD = 4
#: … or when nothing else fits and at most this share of its bytes is invalid.
UTF8_MAX_BAD_SHARE = 0.01
#: Offsets of invalid bytes named in a warning; the rest are counted.
OFFSETS_SHOWN = 10

#: C0 control characters other than tab, line feed, form feed and carriage return.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
#: What a Chinese news text is made of; UTF-16 guessed without a BOM must be mostly this.
_NOT_NEWS_TEXT = re.compile("[^\t\n\f\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u3000-\u303f"
                            "\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


def decode(raw: bytes) -> Decoded:
    """Decode a file's bytes; raise DecodeError for empty, binary or undecodable bytes."""
    if not raw.strip():
        raise DecodeError("empty file")
    if raw.startswith(b"\xef\xbb\xbf"):
        return _checked(_strict(raw, "utf-8-sig"), "utf-8-sig")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _checked(_strict(raw, "utf-16"), "utf-16")
    nul = b"\x00" in raw
    if not nul:
        try:
            return _checked(codecs.utf_8_decode(raw, "strict", True)[0], "utf-8")
        except UnicodeDecodeError:
            pass
    damaged = None if nul else _utf8_with_bad_bytes(raw)
    if damaged is not None and damaged.valid_non_ascii >= UTF8_VALID_PER_BAD * damaged.bad_bytes:
        return damaged.result()
    detected = _detect(raw, utf16_only=nul)
    if detected is not None:
        return detected
    if damaged is not None and damaged.bad_bytes <= UTF8_MAX_BAD_SHARE * len(raw):
        return damaged.result()
    if nul:
        raise DecodeError("binary file (contains NUL bytes and is not UTF-16), not text")
    raise DecodeError("cannot decode as UTF-8, GB18030, Big5 or UTF-16 (first invalid UTF-8 byte at offset "
                      f"{_first_bad_utf8(raw)})")


def _strict(raw: bytes, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as e:
        raise DecodeError(f"cannot decode as {encoding.upper()} (it starts with its byte order mark): "
                          f"invalid bytes at offset {e.start}") from e


def _checked(text: str, encoding: str, warnings: tuple[str, ...] = ()) -> Decoded:
    if _looks_binary(text):
        raise DecodeError("binary file (control characters), not text")
    return Decoded(text, encoding, warnings)


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = len(_CONTROL.findall(sample))
    return controls > max(2, len(sample) // 100)


def _detect(raw: bytes, utf16_only: bool) -> Decoded | None:
    """The best of charset-normalizer's guesses among :data:`DETECTED` that decodes
    the whole file, or None."""
    candidates = [e for e in DETECTED if e.startswith("utf_16") or not utf16_only]
    matches = from_bytes(raw, cp_isolation=candidates)
    ranked = sorted(matches, key=lambda m: (round(m.chaos, 2), candidates.index(m.encoding)
                                            if m.encoding in candidates else len(candidates)))
    for match in ranked:
        name = _NAMES.get(match.encoding, match.encoding)
        try:
            text = raw.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if name.startswith("utf-16") and len(_NOT_NEWS_TEXT.findall(text)) > len(text) // 10:
            continue
        if not _looks_binary(text):
            return Decoded(text, name)
    return None


class _Damaged(NamedTuple):
    text: str
    bad: tuple[tuple[int, int], ...]     # (start, end) byte offsets of each invalid sequence
    bad_bytes: int
    valid_non_ascii: int

    def result(self) -> Decoded:
        return _checked(self.text, "utf-8", (_bad_bytes_warning(self.bad, self.bad_bytes),))


def _utf8_with_bad_bytes(raw: bytes) -> _Damaged | None:
    """``raw`` as UTF-8, each invalid byte sequence replaced by U+FFFD; None once more
    than :data:`UTF8_MAX_BAD_SHARE` of the bytes are invalid (it is not UTF-8)."""
    limit = max(16, int(UTF8_MAX_BAD_SHARE * len(raw)))
    view = memoryview(raw)
    parts: list[str] = []
    bad: list[tuple[int, int]] = []
    bad_bytes = pos = 0
    while True:
        try:
            parts.append(codecs.utf_8_decode(view[pos:], "strict", True)[0])
            break
        except UnicodeDecodeError as e:
            start, end = pos + e.start, pos + e.end
            parts.append(codecs.utf_8_decode(view[pos:start], "strict", True)[0])
            parts.append("\ufffd")
            bad.append((start, end))
            bad_bytes += end - start
            if bad_bytes > limit:
                return None
            pos = end
    text = "".join(parts)
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return _Damaged(text, tuple(bad), bad_bytes, non_ascii - len(bad))


def _bad_bytes_warning(bad: tuple[tuple[int, int], ...], bad_bytes: int) -> str:
    """Say how many bytes were bad and where, adjacent runs as one range (a stray
    run of continuation bytes is one place to look at, not several)."""
    places: list[list[int]] = []
    for start, end in bad:
        if places and places[-1][1] == start:
            places[-1][1] = end
        else:
            places.append([start, end])
    shown = [str(s) if e - s == 1 else f"{s}-{e - 1}" for s, e in places[:OFFSETS_SHOWN]]
    more = f" and {len(places) - OFFSETS_SHOWN} more places" if len(places) > OFFSETS_SHOWN else ""
    return (f"{bad_bytes} invalid UTF-8 byte{'s' * (bad_bytes != 1)} replaced by U+FFFD "
            f"at byte offset{'s' * (bad_bytes != 1)} {', '.join(shown)}{more}")


def _first_bad_utf8(raw: bytes) -> int:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start
    return -1
