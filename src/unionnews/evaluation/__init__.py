"""Scoring the library against gold files (``gold-format.md``): load gold, parse, match, add up, check floors.

gold.py      gold files → typed records, GoldFormatError for anything malformed
system.py    a parsed Bulletin → the items the scorer compares
match.py     text normalisation and one-to-one matching
score.py     per-field precision/recall/F1, count accuracies, structure checks; the Report
runner.py    evaluate(): read each text, parse it with its reference date, score it
baseline.py  F1 floors: read, compare, write (rounded down)
"""

from unionnews.evaluation.baseline import Drop, below_floors, floors_of, read_floors, write_floors
from unionnews.evaluation.gold import GoldDocument, gold_paths, load_gold, parse_gold
from unionnews.evaluation.runner import evaluate, load_all, text_path
from unionnews.evaluation.score import DocumentScore, Report, score_document
from unionnews.evaluation.system import SystemView, view_of

__all__ = [
    "DocumentScore",
    "Drop",
    "GoldDocument",
    "Report",
    "SystemView",
    "below_floors",
    "evaluate",
    "floors_of",
    "gold_paths",
    "load_all",
    "load_gold",
    "parse_gold",
    "read_floors",
    "score_document",
    "text_path",
    "view_of",
    "write_floors",
]
