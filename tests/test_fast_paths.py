"""Fast paths of the structure stages against the plain definitions they replace (outputs must not change)."""

from __future__ import annotations

import pytest

from unionnews.normalize import _ONE_FOR_ONE, _translate, normalize
from unionnews.script import _TRADITIONAL_MARKERS, is_traditional


def test_translate_agrees_with_the_table_on_every_bmp_character() -> None:
    every = "".join(chr(cp) for cp in range(0x10000) if not 0xD800 <= cp < 0xE000)
    assert _translate(every) == every.translate(_ONE_FOR_ONE)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\r",
        "甲\r\n乙\r丙",
        "\ufeff２０２４年\u3000１２月\u200b",
        "Ａ\u00a0ｂ\u2028\u00ad",
        "市总工会召开会议。",
    ],
    ids=["empty", "lone-cr", "crlf-and-cr", "bom-fullwidth-zero-width", "letters-nbsp-soft-hyphen", "nothing-to-do"],
)
def test_normalize_fast_path_equals_the_general_one(text: str) -> None:
    norm = normalize(text)
    kept = "".join(ch for ch in text if ch not in "\u200b\u200c\u200d\u2060\ufeff\u00ad")
    kept = kept.replace("\r\n", "\n")
    assert norm.text == kept.translate(_ONE_FOR_ONE)
    assert sum(n for _, _, n in norm.runs) == len(norm.text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", False),
        ("會", False),
        ("會國", False),
        ("會會會", True),
        ("工會召開會議，與會", True),
        ("工会召开会议", False),
    ],
    ids=["empty", "one-marker", "two-markers", "one-marker-three-times", "traditional-sentence", "simplified"],
)
def test_is_traditional_counts_three_marker_occurrences(text: str, expected: bool) -> None:
    assert is_traditional(text) is expected
    assert (sum(text.count(ch) for ch in _TRADITIONAL_MARKERS) >= 3) is expected
