"""The numeral module (_numerals.py): one row per written form, shared by the date and count extractors."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionnews.extract._numerals import CN_NUMERAL_CHARS, adjacent_low, digits_to_int, to_int, to_number

NUMBERS: list[tuple[str, str, float | None]] = [
    # -- Arabic -------------------------------------------------------------------------------------
    ("arabic", "600", 600.0),
    ("thousands-separator", "1,200", 1200.0),
    ("thousands-separator-two-groups", "1,234,567", 1234567.0),
    ("decimal", "2.5", 2.5),
    ("decimal-wan", "1.2万", 12000.0),
    ("arabic-wan", "2万", 20000.0),
    ("arabic-shiwan", "30万", 300000.0),
    ("arabic-qian", "5千", 5000.0),
    ("arabic-qianwan", "3千万", 30_000_000.0),
    ("arabic-yi", "1.5亿", 150_000_000.0),
    ("traditional-wan", "3萬", 30000.0),
    # -- Chinese with units ------------------------------------------------------------------------
    ("single-digit", "九", 9.0),
    ("liang", "两", 2.0),
    ("shi", "十", 10.0),
    ("shi-er", "十二", 12.0),
    ("er-shi", "二十", 20.0),
    ("bai", "百", 100.0),
    ("qian", "千", 1000.0),
    ("wan", "万", 10000.0),
    ("yi-bai-er-shi", "一百二十", 120.0),
    ("liang-qian", "两千", 2000.0),
    ("san-wan", "三万", 30000.0),
    ("san-wan-wu-qian", "三万五千", 35000.0),
    ("yi-wan-er-qian", "一万二千", 12000.0),
    ("shi-wan", "十万", 100000.0),
    ("er-shi-wan", "二十万", 200000.0),
    ("zero-inside", "一千零五", 1005.0),
    ("zero-inside-wan", "一万零五百", 10500.0),
    ("colloquial-trailing-digit-bai", "一百二", 120.0),
    ("colloquial-trailing-digit-qian", "三千五", 3500.0),
    ("colloquial-trailing-digit-wan", "两万五", 25000.0),
    ("financial-digits", "贰佰", 200.0),
    ("yi-wan-yi", "一亿", 100_000_000.0),
    # -- positional digits (years) -----------------------------------------------------------------
    ("positional-year", "二〇二四", 2024.0),
    ("positional-circle-zero", "二○二二", 2022.0),
    # -- not numbers -------------------------------------------------------------------------------
    ("empty", "", None),
    ("letters", "abc", None),
    ("mixed-word", "十佳", None),
    ("unit-word", "名", None),
]


@pytest.mark.parametrize(("text", "value"), [(t, v) for _, t, v in NUMBERS], ids=[i for i, _, _ in NUMBERS])
def test_to_number(text: str, value: float | None) -> None:
    assert to_number(text) == value


INTS: list[tuple[str, str, int | None]] = [
    ("rounds-decimal-wan", "1.25万", 12500),
    ("float-noise", "1.2万", 12000),
    ("rounds-decimal", "2.6", 3),
    ("none-passes-through", "人", None),
]


@pytest.mark.parametrize(("text", "value"), [(t, v) for _, t, v in INTS], ids=[i for i, _, _ in INTS])
def test_to_int(text: str, value: int | None) -> None:
    result = to_int(text)
    assert result == value
    assert result is None or type(result) is int


@pytest.mark.parametrize(
    ("text", "value"),
    [("二〇二四", 2024), ("二○二二", 2022), ("2016", 2016), ("一九九八", 1998), ("十二", None)],
    ids=["circle-zero", "white-circle", "arabic", "nineteen-ninety-eight", "unit-is-not-positional"],
)
def test_digits_to_int(text: str, value: int | None) -> None:
    assert digits_to_int(text) == value


ADJACENT: list[tuple[str, str, float | None]] = [
    ("tens", "二三十", 20.0),
    ("hundreds-liang", "两三百", 200.0),
    ("one-two-hundred", "一两百", 100.0),
    ("thousands", "七八千", 7000.0),
    ("teens", "十七八", 17.0),
    ("twenties", "二十七八", 27.0),
    ("units", "三四", 3.0),
    ("tens-of-wan", "三四十万", 300000.0),
    ("not-adjacent", "三五", None),
    ("not-a-range", "二十三", None),
    ("head-and-scale", "十七八万", None),
    ("single", "七十", None),
]


@pytest.mark.parametrize(("text", "value"), [(t, v) for _, t, v in ADJACENT], ids=[i for i, _, _ in ADJACENT])
def test_adjacent_low(text: str, value: float | None) -> None:
    assert adjacent_low(text) == value


@given(st.text(alphabet=CN_NUMERAL_CHARS + "0123456789.,", max_size=12))
def test_any_numeral_string_gives_a_number_or_none(text: str) -> None:
    value = to_number(text)
    assert value is None or value >= 0
