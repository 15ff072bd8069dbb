"""Parquet output through pyarrow (the ``unionnews[parquet]`` extra): one file per table, same columns as SQLite.

pyarrow is imported only when this format is used; :func:`available` lets the CLI refuse ``--format
parquet`` with a clear message before any work is done. Written through a staging database
(:mod:`unionnews.export.staged`) and streamed out in record batches, so memory stays flat.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from unionnews.export.rows import Table
from unionnews.export.staged import StagedWriter

MISSING = "--format parquet needs pyarrow: pip install 'unionnews[parquet]'"


def available() -> bool:
    return importlib.util.find_spec("pyarrow") is not None


def _schema(t: Table) -> Any:
    import pyarrow as pa

    kinds = {"INTEGER": pa.int64(), "REAL": pa.float64(), "TEXT": pa.string()}
    return pa.schema([(name, kinds[kind]) for name, kind in zip(t.columns, t.types(), strict=True)])


class ParquetWriter(StagedWriter):
    format = "parquet"
    extension = ".parquet"

    def export(self, t: Table, batches: Iterable[list[tuple[object, ...]]], path: Path) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = _schema(t)
        with pq.ParquetWriter(path, schema) as writer:
            wrote = False
            for batch in batches:
                columns = list(zip(*batch, strict=True))
                writer.write_batch(pa.record_batch([list(c) for c in columns], schema=schema))
                wrote = True
            if not wrote:
                writer.write_table(schema.empty_table())

    def load(self, t: Table, path: Path) -> None:
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(batch_size=2000):
            columns = [batch.column(name).to_pylist() for name in t.columns]
            self.insert(t, zip(*columns, strict=True))
