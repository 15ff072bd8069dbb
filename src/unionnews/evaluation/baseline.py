"""F1 floors: a JSON object ``{"dates": 0.85, "structure.headline": 1.0, …}`` naming scores of
:meth:`Report.scores` and the least each may be. Keys starting with ``_`` are comments.

Floors are only ever written rounded *down* (so a run that just wrote them passes) and never lowered by the
code: raising one is an edit a reviewer sees in the diff.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from unionnews.errors import GoldFormatError


@dataclass(frozen=True)
class Drop:
    """A score below its floor (``None`` when the run had nothing to compute it from)."""

    name: str
    floor: float
    score: float | None

    def __str__(self) -> str:
        got = "n/a" if self.score is None else f"{self.score:.3f}"
        return f"{self.name}: {got} < floor {self.floor:.2f}"


def read_floors(path: str | os.PathLike[str]) -> dict[str, float]:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GoldFormatError(f"{p}: cannot read the baseline ({exc})") from None
    if not isinstance(data, Mapping):
        raise GoldFormatError(f"{p}: a baseline is a JSON object of score name → floor")
    floors: dict[str, float] = {}
    for name, value in data.items():
        if name.startswith("_"):
            continue
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise GoldFormatError(f"{p}: floor of {name!r} must be a number from 0 to 1, not {value!r}")
        floors[name] = float(value)
    return floors


def below_floors(scores: Mapping[str, float | None], floors: Mapping[str, float]) -> list[Drop]:
    """Every score under its floor; a floor naming a score the run did not produce counts as a drop."""
    drops = []
    for name, floor in floors.items():
        score = scores.get(name)
        if score is None or score + 1e-9 < floor:
            drops.append(Drop(name, floor, score))
    return drops


def floors_of(scores: Mapping[str, float | None]) -> dict[str, float]:
    """Floors for the current scores: each rounded down to two decimals (scores without a value are left out)."""
    return {name: math.floor(score * 100 + 1e-9) / 100 for name, score in scores.items() if score is not None}


def write_floors(path: str | os.PathLike[str], scores: Mapping[str, float | None], note: str = "") -> dict[str, float]:
    floors = floors_of(scores)
    data: dict[str, object] = {"_note": note} if note else {}
    data.update(floors)
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return floors
