"""Chinese and Arabic numerals → numbers, applied only to spans an extractor has already matched.

Handles digits (with thousands separators and decimals), Chinese digits read positionally (二〇二四, 二○二二),
and Chinese numbers with units (一百二十, 两千, 三万五千, 1.2万, 百余 → 100). Never rewrites the input.
"""

from __future__ import annotations

import re
from functools import lru_cache

DIGITS: dict[str, int] = {
    "〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0,
    "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "俩": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
    "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}  # fmt: skip
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS: dict[str, int] = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}

#: Character class of everything a Chinese numeral may contain (for building patterns).
CN_NUMERAL_CHARS = "〇○零一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿億"
#: One number as it appears in text: Arabic (1,200 / 1.2 / 1.2万) or Chinese.
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)[万萬亿億]?|[{CN_NUMERAL_CHARS}]+"

# Digits, then any units that scale them: 1,200 / 2 100 / 1.2万 / 5千 / 3千万.
_ARABIC = re.compile(r"(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+(?:\.\d+)?)([十拾百佰千仟万萬亿億]*)")
_SCALE: dict[str, int] = {**SMALL_UNITS, **BIG_UNITS}
# Two adjacent digits for "about": 二三十 (20–30), 两三百, 七八千, 十七八 (17–18), 二十七八, 三四, 一两百.
_ADJACENT = re.compile(r"((?:[一二三四五六七八九]?十)?)([一两二三四五六七八九])([两二三四五六七八九])([十百千万萬]*)")


@lru_cache(maxsize=4096)
def to_number(text: str) -> float | None:
    """The value of one numeral string, or None when it is not a number.

    Cached: bulletins repeat a small set of numerals (dates, counts), and the result is an immutable float.

    >>> to_number("一百二十"), to_number("1.2万"), to_number("两千"), to_number("1,200")
    (120.0, 12000.0, 2000.0, 1200.0)
    """
    text = text.strip()
    if not text:
        return None
    m = _ARABIC.fullmatch(text)
    if m:
        value = float(m.group(1).replace(",", "").replace(" ", ""))
        for unit in m.group(2):
            value *= _SCALE[unit]
        return value
    return _chinese(text)


def adjacent_low(text: str) -> float | None:
    """The lower value of a numeral written as two adjacent digits (二三十 → 20, 两三百 → 200, 十七八 → 17,
    一两百 → 100), or None when ``text`` is not one: such a numeral says "about", and its first digit is the
    figure, as 3至5人 gives 3.

    >>> adjacent_low("二三十"), adjacent_low("两三百"), adjacent_low("二十七八"), adjacent_low("二十三")
    (20.0, 200.0, 27.0, None)
    """
    m = _ADJACENT.fullmatch(text)
    if m is None:
        return None
    head, a, b, scale = m.groups()
    if DIGITS[b] != DIGITS[a] + 1 or (head and scale):
        return None  # 二五 and 十七八万 are not read this way
    return to_number(head + a + scale)


def to_int(text: str) -> int | None:
    """:func:`to_number` rounded to the nearest whole number (1.25万 → 12500)."""
    value = to_number(text)
    return None if value is None else round(value)


def digits_to_int(text: str) -> int | None:
    """Positional reading of Chinese digits: 二〇二四 → 2024 (years)."""
    out = 0
    for ch in text:
        if ch.isdigit():
            out = out * 10 + int(ch)
        elif ch in DIGITS:
            out = out * 10 + DIGITS[ch]
        else:
            return None
    return out


def _chinese(text: str) -> float | None:
    if any(ch not in DIGITS and ch not in SMALL_UNITS and ch not in BIG_UNITS for ch in text):
        return None
    if not any(ch in SMALL_UNITS or ch in BIG_UNITS for ch in text):
        # only digits: positional (二〇二四) or a single digit
        value = digits_to_int(text)
        return None if value is None else float(value)
    total = 0  # completed big-unit sections
    section = 0  # the current section below 万
    digit: int | None = None
    last_unit = 0  # the unit just before a trailing digit: 两万五 is 25000, 一百二 is 120
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
            if ch in "〇○零Ｏ":
                last_unit = 0
        elif ch in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[ch]
            digit = None
            last_unit = SMALL_UNITS[ch]
        else:  # big unit
            section += digit or 0
            digit = None
            unit = BIG_UNITS[ch]
            if total and total < unit:
                total = (total + section) * unit
            else:
                total += (section or 1) * unit
            section = 0
            last_unit = unit
    if digit is not None and text[-1] in DIGITS and len(text) > 1 and text[-2] not in DIGITS and last_unit >= 100:
        section += digit * last_unit // 10
    else:
        section += digit or 0
    return float(total + section)
