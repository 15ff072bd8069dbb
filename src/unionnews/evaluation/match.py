"""Comparing texts the way gold-format.md says, and pairing system items with gold items one to one.

Texts are compared after NFKC with every whitespace character removed, so a phrase broken across a page
(``“三\\n\\n个一批”``) or written with full-width letters equals its clean form.

Pairing is one to one, required gold items first, so an optional item never takes a system item a required
one needs; an optional item that finds a system item makes it neither a hit nor a false positive. Two ways
of pairing are offered:

- ``greedy`` (the default, and how ``shared/tools/score.py`` resolves "one-to-one"): each gold item in gold
  order takes the first free system item that matches it. The numbers agree with the official scorer.
- ``maximum``: a maximum bipartite matching (augmenting paths), so the result does not depend on the order
  the extractors emit items. It never scores lower than greedy; where it scores higher, an earlier gold item
  took a system item that a later one needed (on the seed: gold 重庆市总工会 is taken by the system's 市总,
  canonical name 重庆市总工会, and the system's own 重庆市总工会 is counted a false positive).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

G = TypeVar("G")
S = TypeVar("S")

#: Quote marks an award may be written with or without (guidelines §4: the award is written without them).
QUOTES = "“”‘’\"'《》「」『』〈〉"


def norm(text: str | None) -> str:
    """NFKC with all whitespace removed; ``None`` is the empty string (it equals nothing)."""
    if not text:
        return ""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


def norm_keep_lines(text: str) -> str:
    """NFKC without spaces but with line breaks kept: a joined phrase counts only when no break is left in it."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace() or ch in "\n\r")


def strip_quotes(text: str | None) -> str:
    return norm(text).strip(QUOTES)


def contains_either(a: str | None, b: str | None) -> bool:
    """One text contains the other (both non-empty after normalising)."""
    x, y = norm(a), norm(b)
    return bool(x) and bool(y) and (x in y or y in x)


@dataclass
class Matching(Generic[G, S]):
    """The outcome of matching one document's items of one field."""

    pairs: list[tuple[G, S]]  # required gold item → its system item
    misses: list[G]  # required gold items left unmatched (false negatives)
    extras: list[S]  # system items matched by no gold item (false positives)

    @property
    def tp(self) -> int:
        return len(self.pairs)

    @property
    def fp(self) -> int:
        return len(self.extras)

    @property
    def fn(self) -> int:
        return len(self.misses)


def match(
    gold: Sequence[G],
    system: Sequence[S],
    same: Callable[[G, S], bool],
    optional: Callable[[G], bool] = lambda g: False,
    *,
    maximum: bool = False,
) -> Matching[G, S]:
    """One-to-one matching of ``system`` to ``gold`` under ``same``: greedy, or ``maximum`` for required items first."""
    edges = [[si for si, s in enumerate(system) if same(g, s)] for g in gold]
    owner: list[int | None] = [None] * len(system)  # system index → gold index

    def augment(gi: int, seen: set[int]) -> bool:
        for si in edges[gi]:
            if si in seen:
                continue
            seen.add(si)
            held = owner[si]
            if held is None or (maximum and augment(held, seen)):
                owner[si] = gi
                return True
        return False

    # Without ``maximum`` this is first-fit. With it, Kuhn's algorithm: a gold item once matched stays matched,
    # so taking the required items first keeps each of their matches while the optional ones take what is left
    required = [i for i, g in enumerate(gold) if not optional(g)]
    for gi in required + [i for i, g in enumerate(gold) if optional(g)]:
        augment(gi, set())
    by_gold = {gi: si for si, gi in enumerate(owner) if gi is not None}
    return Matching(
        pairs=[(gold[gi], system[by_gold[gi]]) for gi in required if gi in by_gold],
        misses=[gold[gi] for gi in required if gi not in by_gold],
        extras=[s for si, s in enumerate(system) if owner[si] is None],
    )
