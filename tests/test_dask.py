"""The Dask engine: the same work on a LocalCluster gives the same database as the local process pool."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import unionnews
from tests.batch_corpus import write_bad_files, write_corpus
from unionnews.extract import default_extractors

pytest.importorskip("distributed")


def _dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(db) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        out = {name: conn.execute(f'SELECT * FROM "{name}" ORDER BY id').fetchall() for name in names}
    conn.close()
    return out


def test_dask_local_cluster_equals_local_run(tmp_path: Path) -> None:
    from unionnews.engines import dask_executor

    write_corpus(tmp_path / "in", 40)
    write_bad_files(tmp_path / "in" / "broken")
    pipeline = unionnews.Pipeline(extractors=default_extractors(("dates", "counts")))
    local = unionnews.convert(tmp_path / "in", tmp_path / "local", workers=2, pipeline=pipeline)
    # threads in this process: no worker start-up cost, and still the Executor path with chunks and a window
    with dask_executor(processes=False, n_workers=1, threads_per_worker=2) as executor:
        remote = unionnews.convert(tmp_path / "in", tmp_path / "dask", executor=executor, pipeline=pipeline, chunk=4)
    assert (remote.converted, remote.failed) == (local.converted, local.failed) == (40, 5)
    assert _dump(tmp_path / "dask" / "unionnews.sqlite") == _dump(tmp_path / "local" / "unionnews.sqlite")
    errors = [p / "errors.jsonl" for p in (tmp_path / "local", tmp_path / "dask")]
    assert errors[0].read_text(encoding="utf-8") == errors[1].read_text(encoding="utf-8")
