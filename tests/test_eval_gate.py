"""The evaluation gate: the library scored on fixtures/gold/ must not fall below fixtures/gold/baseline.json.

Floors are raised by hand (or with ``unionnews eval fixtures/gold --write-baseline …`` and a reviewed diff) as
the extractors improve; this test never writes them. Until the coordinator commits a baseline, the gate still
runs the evaluation, so a gold file that does not load or a text that is missing fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from unionnews.cli import main
from unionnews.evaluation import Drop, Report, below_floors, evaluate, read_floors

GOLD = FIXTURES / "gold"
BASELINE = GOLD / "baseline.json"


def _floors() -> dict[str, float]:
    return read_floors(BASELINE) if BASELINE.exists() else {}


def _gate_message(drops: list[Drop]) -> str:
    return "scores below fixtures/gold/baseline.json:\n" + "\n".join(f"  {d}" for d in drops)


@pytest.fixture(scope="module")
def report() -> Report:
    if not GOLD.is_dir():
        pytest.skip("fixtures/gold/ does not exist yet: no gold fixtures to gate on")
    return evaluate([GOLD])


def test_every_gold_fixture_is_scored(report: Report) -> None:
    assert report.documents, "fixtures/gold/ holds no gold files"
    failed = {d.id: d.error for d in report.documents if d.error}
    assert not failed, failed


def test_no_score_below_its_floor(report: Report) -> None:
    drops = below_floors(report.scores(), _floors())
    assert not drops, _gate_message(drops)


def test_baseline_names_only_known_scores(report: Report) -> None:
    unknown = set(_floors()) - set(report.scores())
    assert not unknown, f"baseline.json names scores the evaluation does not produce: {sorted(unknown)}"


def test_cli_gate_agrees(report: Report, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["eval", str(GOLD), "--json"] + (["--baseline", str(BASELINE)] if BASELINE.exists() else [])
    assert main(args) == 0, capsys.readouterr().err
    data = json.loads(capsys.readouterr().out)
    for field in ("dates", "organizations", "counts", "awards"):
        assert data[field]["f1"] == round(report.total(field).f1, 3)


# -- the gate's own comparison, on made-up scores: it must fail when a floor is crossed ---------------------

GATE: list[tuple[str, dict[str, float | None], dict[str, float], list[str]]] = [
    ("all-above", {"dates": 0.91, "organizations": 0.97}, {"dates": 0.9, "organizations": 0.97}, []),
    ("equal-is-enough", {"dates": 0.9}, {"dates": 0.9}, []),
    ("one-below", {"dates": 0.89, "organizations": 0.97}, {"dates": 0.9, "organizations": 0.9}, ["dates"]),
    (
        "missing-score-fails",
        {"dates": 0.9, "counts_role_accuracy": None},
        {"counts_role_accuracy": 0.5},
        ["counts_role_accuracy"],
    ),
    ("unknown-name-fails", {"dates": 0.9}, {"awards": 0.1}, ["awards"]),
    ("no-floors", {"dates": 0.0}, {}, []),
]


@pytest.mark.parametrize(("scores", "floors", "dropped"), [c[1:] for c in GATE], ids=[c[0] for c in GATE])
def test_gate_comparison(scores: dict[str, float | None], floors: dict[str, float], dropped: list[str]) -> None:
    assert [d.name for d in below_floors(scores, floors)] == dropped


def test_gate_fails_on_a_lower_report(report: Report) -> None:
    """The real floors against a fake run that scored 0.01 less on every field: every positive floor is crossed."""
    lowered = {k: (None if v is None else v - 0.01) for k, v in report.scores().items()}
    floors = {k: v for k, v in report.scores().items() if v is not None and v >= 0.01}
    assert {d.name for d in below_floors(lowered, floors)} == set(floors)
    assert "below fixtures/gold/baseline.json" in _gate_message(below_floors(lowered, floors))
