"""Chinese numerals as they appear in news text: 三, 十二, 二十三, 两, 一百零五, 二〇二四.

Dates (三月二日, 二〇二四年), ordinals (第十二巡察组) and counts (派出五个巡察组)
are written in Chinese as often as in digits, so every extractor that reads a
number goes through :func:`to_int`.
"""
from __future__ import annotations

#: Zero is also typed as the digit or the letter inside a year written in Chinese (二0一0, 二O一O).
_DIGITS = {"零": 0, "〇": 0, "○": 0, "Ｏ": 0, "0": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
           "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}

#: Character class of everything :func:`to_int` reads, for building regexes.
CN_DIGITS = "零〇○一二两三四五六七八九十百千"
#: A number written either way, as a regex fragment.
NUMBER = rf"(?:\d+|[{CN_DIGITS}]+)"


def to_int(text: str) -> int | None:
    """The value of an Arabic or Chinese numeral, or None when ``text`` is not one.

    Digit-by-digit forms (二〇二四) read as written; positional forms (二十三,
    一百零五) read with their units; a leading 十 means ten (十二 = 12).
    """
    text = text.strip()
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return int(text)
    if any(c not in _DIGITS and c not in _UNITS for c in text):
        return None
    if not any(c in _UNITS for c in text):
        # 二〇二四, 一九九八: one digit after another
        value = 0
        for c in text:
            value = value * 10 + _DIGITS[c]
        return value
    total, digit = 0, None
    for c in text:
        if c in _DIGITS:
            if digit is not None and _DIGITS[c] != 0:
                return None  # two digits without a unit between them: not a number
            digit = _DIGITS[c] if _DIGITS[c] else None
        else:
            unit = _UNITS[c]
            total += (1 if digit is None else digit) * unit
            digit = None
    if digit is not None:
        total += digit
    return total
