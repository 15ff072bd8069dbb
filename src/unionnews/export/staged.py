"""Formats written as several files (CSV, Parquet): staged in a SQLite database, exported at the end.

Several files cannot be appended to consistently by a process that may be killed at any moment, while a
SQLite database can: rows go to ``OUT/.unionnews-<format>.staging.sqlite`` in the normalised schema (ids,
keys, one bulletin per transaction, resumable by ``sha256``) and the files are written from it in one pass
when the run ends, each to a temporary name then ``os.replace``-d. The staging database is removed after a
complete export, so only the outputs remain.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from unionnews.export.rows import Table, tables
from unionnews.export.sqlite import Store, StoreWriter

if TYPE_CHECKING:
    pass


class StagedWriter(StoreWriter):
    payload = "rows"
    format = ""
    extension = ""

    def __init__(self, out: Path, *, resume: bool) -> None:
        self.out = out
        self.staging = out / f".unionnews-{self.format}.staging.sqlite"
        self.outputs = [self.file_for(t) for t in tables()]
        reload = resume and not self.staging.exists() and all(p.exists() for p in self.outputs)
        self.store = Store(self.staging, resume=resume)
        if reload:  # a finished run resumed: its files are the state
            for t in tables():
                self.load(t, self.file_for(t))
            self.store.commit()
            self.store.next_id = self.store.ids()

    def file_for(self, t: Table) -> Path:
        return self.out / f"{t.name}{self.extension}"

    def close(self) -> None:
        self.store.conn.execute("COMMIT")
        self.store.conn.execute("BEGIN")
        for t in tables():
            final = self.file_for(t)
            tmp = final.with_name(final.name + ".tmp")
            self.export(t, self.store.rows(t), tmp)
            os.replace(tmp, final)
        self.store.finish(indexes=False)
        for suffix in ("", "-journal", "-wal", "-shm"):
            p = self.staging.with_name(self.staging.name + suffix)
            if p.exists():
                p.unlink()

    def abort(self) -> None:
        self.store.abort()

    def insert(self, t: Table, rows: Iterable[tuple[object, ...]]) -> None:
        self.store.conn.executemany(self.store.insert[t.name], rows)

    # subclasses: one table to one file, and back
    def export(self, t: Table, batches: Iterable[list[tuple[object, ...]]], path: Path) -> None:
        raise NotImplementedError

    def load(self, t: Table, path: Path) -> None:
        raise NotImplementedError
