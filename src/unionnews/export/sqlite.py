"""SQLite output: one database, a normalised schema, every row traceable to its file and characters.

Tables (columns derived from the models, see :mod:`unionnews.export.rows`): ``bulletins`` (``sha256``
unique), ``articles`` → ``bulletins``, and one table per record list (``dates``, ``organizations``,
``counts``, ``awards``) → ``articles`` and ``bulletins``, with foreign keys and indexes on the columns users
filter by. Ids are given here, in output order, so a resumed run numbers rows exactly as a clean run does.

The database is built in ``<name>.partial`` next to the final file and moved over it with ``os.replace`` at
the end, so an existing database is replaced whole or not at all. Bulletins are committed in small batches
(each bulletin entirely inside one transaction), so a killed run leaves a consistent partial database that
``--resume`` continues: the ``sha256`` key says which bulletins are in.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unionnews.export.rows import Rows, Table, tables

if TYPE_CHECKING:
    from unionnews.runner import Converted

FILENAME = "unionnews.sqlite"
PARTIAL_SUFFIX = ".partial"

#: Columns users filter or join by, per table; every record table also gets bulletin_id and article_id.
INDEXES: dict[str, tuple[tuple[str, ...], ...]] = {
    "bulletins": (("path",), ("date",), ("city",), ("title",)),
    "articles": (("bulletin_id",), ("column",)),
    "dates": (("start",), ("edtf",)),
    "organizations": (("name",), ("kind",), ("role",)),
    "counts": (("role",), ("unit",)),
    "awards": (("kind",), ("event",)),
}
#: Commit after this many bulletins or this many seconds, whichever comes first: a commit costs fsyncs, and
#: a kill loses at most one batch, which --resume converts again.
BATCH = 256
BATCH_SECONDS = 2.0


class SchemaMismatch(ValueError):
    """The partial database to resume was written by a version with other columns."""


def q(name: str) -> str:
    """A quoted identifier (``end``, ``column`` are SQL keywords)."""
    return '"' + name.replace('"', '""') + '"'


def create_sql(t: Table) -> str:
    cols = [f"{q('id')} INTEGER PRIMARY KEY"]
    if "bulletin_id" in t.keys:
        cols.append(f"{q('bulletin_id')} INTEGER NOT NULL REFERENCES bulletins(id) ON DELETE CASCADE")
    if "article_id" in t.keys:
        # NULL for a record of the masthead (no article holds it)
        cols.append(f"{q('article_id')} INTEGER REFERENCES articles(id) ON DELETE CASCADE")
    for col in t.data:
        extra = " NOT NULL UNIQUE" if t.name == "bulletins" and col.name == "sha256" else ""
        cols.append(f"{q(col.name)} {col.type}{extra}")
    return f"CREATE TABLE IF NOT EXISTS {q(t.name)} (\n  " + ",\n  ".join(cols) + "\n)"


def index_sql(t: Table) -> list[str]:
    wanted: list[tuple[str, ...]] = []
    if "article_id" in t.keys:
        wanted += [("bulletin_id",), ("article_id",)]
    wanted += INDEXES.get(t.name, ())
    present = set(t.columns)
    out = []
    for cols in wanted:
        if set(cols) <= present:
            name = f"ix_{t.name}_{'_'.join(cols)}"
            out.append(f"CREATE INDEX IF NOT EXISTS {q(name)} ON {q(t.name)} ({', '.join(map(q, cols))})")
    return out


class Store:
    """A database being written: the schema, id counters and batched transactions."""

    def __init__(self, path: Path, *, resume: bool) -> None:
        self.path = path
        if not resume:
            _remove(path)
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.tables = tables()
        existing = {row[0] for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for t in self.tables:
            if t.name in existing:
                have = tuple(row[1] for row in self.conn.execute(f"PRAGMA table_info({q(t.name)})"))
                if have != t.columns:
                    self.conn.close()
                    raise SchemaMismatch(
                        f"{path}: table {t.name} has other columns than this version writes; "
                        "run without --resume to start over"
                    )
            else:
                self.conn.execute(create_sql(t))
        self.next_id = self.ids()
        self.insert = {
            t.name: f"INSERT INTO {q(t.name)} VALUES ({', '.join('?' * len(t.columns))})" for t in self.tables
        }
        self.pending = 0
        self.last_commit = time.monotonic()
        self.conn.execute("BEGIN")

    def one(self, sql: str, args: tuple[object, ...] = ()) -> Any:
        """The first value of a query, its statement finished at once (an open one holds a read lock)."""
        cur = self.conn.execute(sql, args)
        try:
            row = cur.fetchone()
        finally:
            cur.close()
        return None if row is None else row[0]

    def has(self, sha256: str) -> bool:
        return self.one("SELECT 1 FROM bulletins WHERE sha256 = ?", (sha256,)) is not None

    def add(self, rows: Rows) -> bool:
        """Insert one bulletin's rows; False (nothing written) when the same file content is already in."""
        bid = self.next_id["bulletins"]
        try:
            self.conn.execute(self.insert["bulletins"], (bid, *rows.bulletin))
        except sqlite3.IntegrityError:
            return False
        self.next_id["bulletins"] = bid + 1
        first_article = self.next_id["articles"]
        self.conn.executemany(
            self.insert["articles"], [(first_article + i, bid, *row) for i, row in enumerate(rows.articles)]
        )
        self.next_id["articles"] = first_article + len(rows.articles)
        for name, records in rows.records.items():
            if not records:
                continue
            rid = self.next_id[name]
            self.conn.executemany(
                self.insert[name],
                [
                    (rid + i, bid, None if index < 0 else first_article + index, *row)
                    for i, (index, row) in enumerate(records)
                ],
            )
            self.next_id[name] = rid + len(records)
        self.pending += 1
        if self.pending >= BATCH or time.monotonic() - self.last_commit > BATCH_SECONDS:
            self.commit()
        return True

    def ids(self) -> dict[str, int]:
        """The next id of each table."""
        return {t.name: self.one(f"SELECT coalesce(max(id), 0) + 1 FROM {q(t.name)}") for t in self.tables}

    def commit(self) -> None:
        self.conn.execute("COMMIT")
        self.pending = 0
        self.last_commit = time.monotonic()
        self.conn.execute("BEGIN")

    def finish(self, indexes: bool = True) -> None:
        """Add the indexes in the last transaction (one commit, not one per index: each costs fsyncs), close."""
        if indexes:
            for t in self.tables:
                for sql in index_sql(t):
                    self.conn.execute(sql)
        self.conn.execute("COMMIT")
        self.conn.close()

    def rows(self, t: Table, batch: int = 2000) -> Iterable[list[tuple[object, ...]]]:
        """Every row of ``t`` in id order, a batch at a time (for exports from a staging database)."""
        cur = self.conn.execute(f"SELECT * FROM {q(t.name)} ORDER BY id")
        while chunk := cur.fetchmany(batch):
            yield chunk

    def abort(self) -> None:
        """Keep what is committed (for --resume); drop the open batch."""
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("ROLLBACK")
        self.conn.close()


def _remove(path: Path) -> None:
    for p in (path, *(path.with_name(path.name + suffix) for suffix in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(FileNotFoundError):
            os.remove(p)


class StoreWriter:
    """What every writer that keeps its rows in a :class:`Store` shares: resume lookups and inserts."""

    store: Store

    def has(self, sha256: str) -> bool:
        return self.store.has(sha256)

    def write(self, converted: Converted) -> bool:
        rows: Rows = converted.payload
        return self.store.add(rows)


class SqliteWriter(StoreWriter):
    """``OUT/unionnews.sqlite``, built in ``OUT/unionnews.sqlite.partial``."""

    payload = "rows"

    def __init__(self, out: Path, *, resume: bool) -> None:
        self.final = out / FILENAME
        self.partial = out / (FILENAME + PARTIAL_SUFFIX)
        if resume and not self.partial.exists() and self.final.exists():
            _copy(self.final, self.partial)  # continue a finished run without touching it until the end
        self.store = Store(self.partial, resume=resume)
        self.outputs = [self.final]

    def close(self) -> None:
        self.store.finish()
        os.replace(self.partial, self.final)

    def abort(self) -> None:
        self.store.abort()


def _copy(src: Path, dst: Path) -> None:
    """A consistent copy of a database (the backup API, not a byte copy of a file that may be open)."""
    tmp = dst.with_name(dst.name + ".copy")
    with sqlite3.connect(src) as a, sqlite3.connect(tmp) as b:
        a.backup(b)
    a.close()
    b.close()
    os.replace(tmp, dst)
