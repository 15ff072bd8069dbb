"""Shared test helpers: where the fixtures are, and the tree invariants every parse must keep."""

from __future__ import annotations

from pathlib import Path

import pytest

from unionnews import Bulletin
from unionnews.assemble import coverage_errors

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def assert_invariants(bulletin: Bulletin, original: str | None = None) -> None:
    """Nothing lost, every span points at its text, every offset maps back to the original."""
    errors = coverage_errors(bulletin)
    assert not errors, errors
    for article in bulletin.articles:
        for record in [*article.dates, *article.organizations, *article.counts]:
            assert bulletin.text[record.span.start : record.span.end] == record.text
    if original is not None:
        for i, ch in enumerate(bulletin.text):
            at = bulletin.original_offset(i)
            assert 0 <= at < len(original)
            src = original[at]
            assert (
                src == ch
                or (ch == "\n" and src in "\r\f\v\u2028\u2029\u0085<")  # <: a web page's block tag (</p><p>)
                or ch == " "
                or (ord(src) - 0xFEE0 == ord(ch))
            ), (i, ch, src)


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES
