"""CSV output: one UTF-8 file per table (``bulletins.csv``, ``articles.csv``, ``dates.csv`` …), header first.

Columns and keys are those of the SQLite schema; an empty cell is a null. Written through a staging
database (:mod:`unionnews.export.staged`), so a killed run resumes and each file appears whole.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from pathlib import Path

from unionnews.export.rows import Table
from unionnews.export.staged import StagedWriter


class CsvWriter(StagedWriter):
    format = "csv"
    extension = ".csv"

    def export(self, t: Table, batches: Iterable[list[tuple[object, ...]]], path: Path) -> None:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(t.columns)
            for batch in batches:
                writer.writerows(batch)
            fh.flush()
            os.fsync(fh.fileno())

    def load(self, t: Table, path: Path) -> None:
        casts = [int if kind == "INTEGER" else float if kind == "REAL" else str for kind in t.types()]
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            next(reader, None)
            self.insert(
                t, (tuple(None if v == "" else cast(v) for cast, v in zip(casts, row, strict=True)) for row in reader)
            )
