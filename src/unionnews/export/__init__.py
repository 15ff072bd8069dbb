"""Writers for batch output, one module per format, all under one small contract.

A writer is opened on the output directory (``resume`` says whether to continue what is there) and then:

- ``payload`` — what it wants from the workers: ``"rows"`` (flattened by :mod:`~unionnews.export.rows`) or
  ``"json"`` (the Bulletin JSON);
- ``has(sha256)`` — the bulletin is already written (``--resume`` skips it);
- ``write(x) -> bool`` — write one bulletin (rows or a :class:`~unionnews.runner.Converted`); ``False`` when
  the same content is already in (a duplicate file);
- ``close()`` — make everything final, atomically; ``abort()`` — stop, keeping what is resumable;
- ``outputs`` — the final paths.

Formats are looked up by name in :data:`FORMATS`; modules (and pyarrow) are imported only when used.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

#: format → (module, class)
FORMATS: dict[str, tuple[str, str]] = {
    "sqlite": ("unionnews.export.sqlite", "SqliteWriter"),
    "jsonl": ("unionnews.export.jsonl", "JsonlWriter"),
    "json": ("unionnews.export.json", "JsonWriter"),
    "csv": ("unionnews.export.csv", "CsvWriter"),
    "parquet": ("unionnews.export.parquet", "ParquetWriter"),
}


class MissingExtra(RuntimeError):
    """A format or engine needs an optional dependency that is not installed."""


def check_format(fmt: str) -> None:
    """Raise ``ValueError`` for an unknown format, :class:`MissingExtra` when its extra is missing."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fmt == "parquet":
        from unionnews.export import parquet

        if not parquet.available():
            raise MissingExtra(parquet.MISSING)


def open_writer(fmt: str, out: Path, *, resume: bool) -> Any:
    check_format(fmt)
    module, name = FORMATS[fmt]
    return getattr(importlib.import_module(module), name)(out, resume=resume)
