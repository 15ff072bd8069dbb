"""The masthead patterns run on the stdlib engine: their regex-module classes must keep their meaning there."""

from __future__ import annotations

import re

import pytest
import regex

from unionnews.segment.masthead import _stdlib

EVERY = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000)


@pytest.mark.parametrize(
    "pattern",
    [r"\s", r"\S", r"\d", r"\p{Han}", r"[\s·]", r"[\d一二]", r"[\p{Han}（）]", r"[^\d\s]"],
)
def test_stdlib_spelling_matches_the_same_characters(pattern: str) -> None:
    ours = _stdlib(pattern + "+")
    theirs = regex.compile(pattern + "+")
    assert [m.span() for m in ours.finditer(EVERY)] == [m.span() for m in theirs.finditer(EVERY)]


def test_escaped_brackets_do_not_open_a_class() -> None:
    assert _stdlib(r"\[\s\]").pattern.startswith(r"\[[")  # \s outside a class is wrapped in one
    assert _stdlib(r"[\[\s]").fullmatch("\u3000")
    assert isinstance(_stdlib("a"), re.Pattern)
