"""Organization records do not depend on the order candidates were found in (nor on hash order)."""

from __future__ import annotations

import itertools

import pytest

import unionnews
from unionnews.extract.organizations import _longest

Candidate = tuple[int, int, str, str]

CASES: list[tuple[str, list[Candidate], list[Candidate]]] = [
    (
        "abbreviation-over-suffix",
        [(0, 3, "union", "suffix"), (0, 3, "union", "abbreviation")],
        [(0, 3, "union", "abbreviation")],
    ),
    (
        "lexicon-over-suffix",
        [(2, 8, "union", "suffix"), (2, 8, "other", "lexicon")],
        [(2, 8, "other", "lexicon")],
    ),
    (
        "suffix-over-shared",
        [(5, 9, "government", "shared:市"), (5, 9, "government", "suffix")],
        [(5, 9, "government", "suffix")],
    ),
    (
        "longest-wins",
        [(0, 6, "union", "suffix"), (3, 6, "union", "abbreviation"), (8, 12, "other", "suffix")],
        [(0, 6, "union", "suffix"), (8, 12, "other", "suffix")],
    ),
]


@pytest.mark.parametrize(("found", "kept"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_longest_ignores_order(found: list[Candidate], kept: list[Candidate]) -> None:
    for order in itertools.permutations(found):
        assert _longest(list(order)) == kept  # type: ignore[arg-type]


def test_traditional_abbreviation_rule() -> None:
    bulletin = unionnews.parse("本月，工聯會舉辦職工活動，工聯會代表出席。")
    rules = [(o.text, o.rule) for a in bulletin.articles for o in a.organizations]
    assert rules == [("工聯會", "abbreviation"), ("工聯會", "abbreviation")]
