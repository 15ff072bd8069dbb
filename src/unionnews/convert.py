"""``unionnews.convert``: files and folders of bulletins → one output (SQLite, JSONL, JSON, CSV, Parquet).

One pass, in input order: discover the files, skip those already written (``resume``), send the rest to
the executor in chunks (:func:`unionnews.runner.run_tasks`), and hand each result to the format's writer as
it arrives; failures go to ``OUT/errors.jsonl`` with their reason. The parent only writes, and holds no
more than the results in flight, so memory does not grow with the number of files.

Nothing is lost or doubled: every output (``errors.jsonl`` too) is built under a temporary name and moved
into place when the run ends; an interrupted run leaves the previous outputs untouched and a partial state
that ``resume=True`` continues, skipping bulletins by ``sha256``.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from unionnews.discover import DEFAULT_EXTENSIONS, STDIN, Discovery, WalkProblem, discover
from unionnews.export import check_format, open_writer
from unionnews.lexicon.user import Lexicon
from unionnews.pipeline import DateLike, Pipeline
from unionnews.runner import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_LINE,
    Failed,
    Task,
    build_pipeline,
    default_chunk,
    default_window,
    make_job,
    run_tasks,
    tasks_for,
)

ERRORS_FILE = "errors.jsonl"


@dataclass
class Summary:
    """What a run did; ``exit_code`` is 0 when every bulletin file was converted, 1 when some failed."""

    files: int = 0
    done: int = 0
    converted: int = 0
    resumed: int = 0
    duplicates: int = 0
    failed: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    warnings: int = 0
    articles: int = 0
    records: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    outputs: list[str] = field(default_factory=list)
    errors_file: str = ""

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def lines(self) -> list[str]:
        rate = self.converted / self.seconds if self.seconds else 0.0
        out = [
            f"files:      {self.files} bulletin files, {self.converted} converted, {self.failed} failed"
            + (f", {self.resumed} already converted" if self.resumed else "")
            + (f", {self.duplicates} duplicates of another file" if self.duplicates else ""),
        ]
        if self.skipped:
            kinds = ", ".join(f"{n} {ext}" for ext, n in sorted(self.skipped.items()))
            out.append(f"skipped:    {sum(self.skipped.values())} not bulletins by extension ({kinds})")
        records = ", ".join(f"{n} {name}" for name, n in self.records.items())
        out.append(f"records:    {self.articles} articles" + (f", {records}" if records else ""))
        if self.failed or self.warnings:
            out.append(f"errors:     {self.failed} failed, {self.warnings} warnings → {self.errors_file}")
        out.append(f"time:       {self.seconds:.1f} s ({rate:.0f} bulletins/s)")
        out.append(f"output:     {', '.join(self.outputs)}")
        return out


class _ErrorLog:
    """``OUT/errors.jsonl``: one JSON object per failure (path, kind, reason), written atomically."""

    def __init__(self, out: Path) -> None:
        self.final = out / ERRORS_FILE
        self.partial = out / (ERRORS_FILE + ".partial")
        self.fh = open(self.partial, "w", encoding="utf-8")  # noqa: SIM115 - open for the run

    def add(self, path: str, kind: str, reason: str, *, fatal: bool = True) -> None:
        entry: dict[str, str | bool] = {"path": path, "kind": kind, "reason": reason}
        if not fatal:
            entry["warning"] = True
        self.fh.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.fh.close()
        os.replace(self.partial, self.final)

    def abort(self) -> None:
        self.fh.close()


def convert(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    format: str = "sqlite",
    workers: int | None = None,
    executor: Executor | None = None,
    resume: bool = False,
    pipeline: Pipeline | None = None,
    reference_date: DateLike = None,
    city: str | None = None,
    lexicon: Lexicon | str | os.PathLike[str] | None = None,
    extensions: Iterable[str] = DEFAULT_EXTENSIONS,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_line: int = DEFAULT_MAX_LINE,
    chunk: int | None = None,
    progress: Callable[[Summary], None] | None = None,
) -> Summary:
    """Convert bulletin files, folders and globs into ``out`` (a directory); returns the :class:`Summary`.

    ``executor`` is any :class:`concurrent.futures.Executor` (a Dask ``Client.get_executor()`` …); without
    one, ``workers`` processes (default: all cores) are started, and ``workers=1`` parses here, in this
    process. ``progress`` is called with the running summary after each file.
    """
    started = time.perf_counter()
    check_format(format)
    out_dir = Path(out)
    if out_dir.exists() and not out_dir.is_dir():
        raise ValueError(f"{out_dir} is a file; the output must be a directory")
    pipeline = build_pipeline(pipeline, reference_date=reference_date, city=city, lexicon=lexicon)
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    found = discover([os.fspath(p) for p in paths], extensions)
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = Summary(files=len(found.files), skipped=found.skipped, errors_file=str(out_dir / ERRORS_FILE))
    writer = open_writer(format, out_dir, resume=resume)
    summary.outputs = [str(p) for p in writer.outputs]
    errors = _ErrorLog(out_dir)
    owned: ProcessPoolExecutor | None = None
    n_workers = workers or os.cpu_count() or 1
    if executor is None and n_workers > 1:
        owned = executor = _pool(n_workers)
    try:
        _log_problems(found, errors, summary)
        job = make_job(pipeline, writer.payload, max_bytes, max_line)
        tasks = tasks_for(found.files)
        if resume:
            tasks = _not_written(tasks, writer, summary)
        pool_size = getattr(executor, "_max_workers", None) or n_workers
        chunk = chunk or default_chunk(len(found.files), pool_size)
        window = default_window(pool_size, chunk)

        def rebuild() -> Executor:
            nonlocal owned
            if owned is not None:
                owned.shutdown(wait=False, cancel_futures=True)
            owned = _pool(n_workers)
            return owned

        outcomes = run_tasks(
            tasks, job, executor, chunk=chunk, window=window, rebuild=rebuild if owned is not None else None
        )
        for outcome in outcomes:
            summary.done += 1
            if isinstance(outcome, Failed):
                summary.failed += 1
                errors.add(outcome.path, outcome.kind, outcome.reason)
            elif writer.write(outcome):
                summary.converted += 1
                summary.articles += outcome.counts.get("articles", 0)
                summary.records.update({k: v for k, v in outcome.counts.items() if k != "articles"})
            else:
                summary.duplicates += 1
            if progress is not None:
                summary.seconds = time.perf_counter() - started
                progress(summary)
    except BaseException:
        writer.abort()
        errors.abort()
        if owned is not None:
            owned.shutdown(wait=False, cancel_futures=True)
        raise
    if owned is not None:
        owned.shutdown()
    writer.close()
    errors.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)


def _worker_init() -> None:
    """Ctrl-C is the parent's to handle: workers ignore it and are shut down by the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _log_problems(found: Discovery, errors: _ErrorLog, summary: Summary) -> None:
    problem: WalkProblem
    for problem in found.problems:
        errors.add(problem.path, problem.kind, problem.reason, fatal=problem.fatal)
        if problem.fatal:
            summary.failed += 1
        else:
            summary.warnings += 1


def _not_written(tasks: Iterator[Task], writer: Any, summary: Summary) -> Iterator[Task]:
    """Tasks whose content is not in the output yet; hashing here costs a read, parsing would cost far more."""
    for task in tasks:
        try:
            data = task.data if task.path == STDIN else Path(task.path).read_bytes()
        except OSError:
            yield task  # the worker reports why it cannot be read
            continue
        if data is not None and writer.has(hashlib.sha256(data).hexdigest()):
            summary.resumed += 1
            summary.done += 1
            continue
        yield task
