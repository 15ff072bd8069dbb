"""Running the pipeline over many files: on any ``concurrent.futures.Executor``, in input order, memory flat.

Work is sent in chunks of a few files, so the per-task cost of an executor (pickling, a round trip to the
worker) is paid once per chunk, not per file. At most ``window`` chunks are in flight: results are yielded
in input order as soon as the oldest chunk is done, and new chunks are submitted only as old ones are
consumed, so the parent never holds more than ``window × chunk`` results however many files there are.

The worker reads and parses; it sends back something small and ready to write (the Bulletin JSON, or its
table rows), so the parent only writes. The pipeline travels pickled, as bytes, and each worker process
unpickles it once per distinct pipeline (:func:`_worker_pipeline`): extractors set themselves up on first
use and keep that work for the rest of the run.

A file that fails — not text, too large, a line no bulletin has, even a bug in an extractor — becomes a
:class:`Failed` with a reason; it never stops the run. A worker process that dies (killed, out of memory)
fails the files of its chunk; the pool is rebuilt when it is ours.
"""

from __future__ import annotations

import os
import pickle
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import BrokenExecutor, Executor, Future
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any, Literal

from unionnews.discover import DEFAULT_EXTENSIONS, STDIN, discover
from unionnews.errors import ConversionError, NotTextError, UnionNewsError
from unionnews.export.rows import flatten, record_fields
from unionnews.lexicon.user import Lexicon
from unionnews.model import Bulletin
from unionnews.pipeline import DateLike, Options, Pipeline, to_date, to_lexicon
from unionnews.read import read

Payload = Literal["json", "rows"]
FailureKind = Literal["not_text", "too_large", "unreadable", "internal", "worker_died", "missing", "broken_symlink"]

#: Files larger than this are refused before reading: no bulletin is 20 MB of text.
DEFAULT_MAX_BYTES = 20_000_000
#: A line longer than this is a dump (minified HTML, base64, a binary that decodes), not a bulletin.
DEFAULT_MAX_LINE = 100_000
#: Most files per chunk (see :func:`default_chunk`).
MAX_CHUNK = 64


@dataclass(frozen=True)
class Task:
    """One input: a path, or ``-`` with the bytes read from stdin by the parent."""

    path: str
    data: bytes | None = None


@dataclass(frozen=True)
class Converted:
    path: str
    sha256: str
    payload: Any  # the Bulletin JSON (str) or its rows (unionnews.export.rows.Rows)
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Failed:
    path: str
    kind: str
    reason: str

    def error(self) -> ConversionError:
        return ConversionError(self.path, self.reason, self.kind)


Outcome = Converted | Failed


@dataclass(frozen=True)
class Job:
    """Everything a worker needs besides the files; small and picklable."""

    pipeline: bytes
    payload: Payload = "json"
    max_bytes: int = DEFAULT_MAX_BYTES
    max_line: int = DEFAULT_MAX_LINE


def make_job(
    pipeline: Pipeline, payload: Payload = "json", max_bytes: int = DEFAULT_MAX_BYTES, max_line: int = DEFAULT_MAX_LINE
) -> Job:
    return Job(pickle.dumps(pipeline), payload, max_bytes, max_line)


def build_pipeline(
    pipeline: Pipeline | None = None,
    *,
    reference_date: DateLike = None,
    city: str | None = None,
    lexicon: Lexicon | str | os.PathLike[str] | None = None,
) -> Pipeline:
    if pipeline is not None:
        return pipeline
    return Pipeline(options=Options(reference_date=to_date(reference_date), city=city), lexicon=to_lexicon(lexicon))


# ---------------------------------------------------------------- worker side


@lru_cache(maxsize=4)
def _worker_pipeline(blob: bytes) -> Pipeline:
    """One unpickled pipeline per worker process and distinct pipeline, so set-up work is done once."""
    pipeline: Pipeline = pickle.loads(blob)
    return pipeline


def convert_chunk(job: Job, tasks: list[Task]) -> list[Outcome]:
    """Read and parse each file of the chunk (runs in the worker)."""
    pipeline = _worker_pipeline(job.pipeline)
    return [_convert_one(pipeline, job, task) for task in tasks]


def _convert_one(pipeline: Pipeline, job: Job, task: Task) -> Outcome:
    label = "<stdin>" if task.path == STDIN else task.path
    try:
        if task.data is None and job.max_bytes:
            size = os.stat(task.path).st_size
            if size > job.max_bytes:
                return Failed(label, "too_large", f"{size:,} bytes (limit {job.max_bytes:,}): not a bulletin")
        decoded = read(task.data if task.data is not None else Path(task.path), name=label)
        if job.max_line and len(decoded.text) > job.max_line:
            longest = _longest_line(decoded.text)
            if longest > job.max_line:
                return Failed(
                    label,
                    "too_large",
                    f"a line of {longest:,} characters (limit {job.max_line:,}): not a bulletin",
                )
        bulletin = pipeline.parse(decoded)
        if bulletin.source.path is None:
            bulletin.source.path = label
    except NotTextError as exc:
        return Failed(label, "not_text", exc.reason)
    except OSError as exc:
        return Failed(label, "unreadable", f"cannot be read ({exc.strerror or exc})")
    except UnionNewsError as exc:
        return Failed(label, "not_text", str(exc))
    except Exception as exc:  # a bug in a stage must cost one file, not the run; the reason says it is a bug
        return Failed(label, "internal", f"internal error (please report): {type(exc).__name__}: {exc}")
    if job.payload == "rows":
        rows = flatten(bulletin)
        return Converted(label, bulletin.source.sha256, rows, rows.counts())
    counts = {"articles": len(bulletin.articles)}
    for name, _ in record_fields():
        counts[name] = sum(len(getattr(article, name)) for article in bulletin.articles)
    return Converted(label, bulletin.source.sha256, bulletin.model_dump_json(), counts)


def _longest_line(text: str) -> int:
    longest = start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            return max(longest, len(text) - start)
        longest = max(longest, end - start)
        start = end + 1


# ---------------------------------------------------------------- parent side


def tasks_for(paths: Iterable[str]) -> Iterator[Task]:
    """Tasks for paths already discovered; ``-`` reads stdin here, in the parent, once."""
    for path in paths:
        if path == STDIN:
            yield Task(STDIN, sys.stdin.buffer.read())
        else:
            yield Task(path)


def run_tasks(
    tasks: Iterable[Task],
    job: Job,
    executor: Executor | None = None,
    *,
    chunk: int = 16,
    window: int = 8,
    rebuild: Callable[[], Executor] | None = None,
) -> Iterator[Outcome]:
    """Outcomes in task order; without an executor the work runs here, one chunk at a time.

    ``rebuild`` makes a fresh executor when the current one breaks (a worker process died): the broken
    chunk is retried file by file with nothing else in flight, so only the file that kills its worker
    fails; without ``rebuild`` the files of broken chunks fail with the reason.
    """
    chunks = _chunks(iter(tasks), max(1, chunk))
    if executor is None:
        for part in chunks:
            yield from convert_chunk(job, part)
        return
    pending: deque[tuple[list[Task], Future[list[Outcome]]]] = deque()
    for part in islice(chunks, max(1, window)):
        pending.append((part, _submit(executor, job, part)))
    while pending:
        part, future = pending.popleft()
        try:
            outcomes = future.result()
        except BrokenExecutor as exc:
            if rebuild is None:
                outcomes = [Failed(t.path, "worker_died", f"worker process died ({exc})") for t in part]
            else:
                # every future of a broken pool fails: on a fresh pool, this chunk runs file by file with
                # nothing else in flight, so only the file that kills its worker is lost; then the rest resumes
                executor = rebuild()
                outcomes = []
                for task in part:
                    try:
                        outcomes.extend(_submit(executor, job, [task]).result())
                    except BrokenExecutor as again:
                        outcomes.append(Failed(task.path, "worker_died", f"worker process died ({again})"))
                        executor = rebuild()
                pending = deque((p, _submit(executor, job, p)) for p, _ in pending)
        except Exception as exc:  # an engine error (e.g. a Dask worker lost) costs this chunk only
            outcomes = [Failed(t.path, "worker_died", f"{type(exc).__name__}: {exc}") for t in part]
        for following in islice(chunks, 1):
            pending.append((following, _submit(executor, job, following)))
        yield from outcomes


def default_chunk(files: int, workers: int) -> int:
    """Files per chunk: large enough that the round trip to a worker is paid rarely (2 workers, SQLite:
    chunks of 16 → 870 bulletins/s, 64 → 1,150/s), small enough that every worker gets about eight chunks of
    a small run."""
    return max(1, min(MAX_CHUNK, files // (8 * max(1, workers))))


def default_window(workers: int, chunk: int = 16) -> int:
    """Chunks in flight: results are taken in order, so one slow chunk at the head holds up the rest, and a
    queue of chunks per worker keeps every worker busy meanwhile (2 workers, chunks of 16: a window of 4 →
    1,050 bulletins/s, 16 → 1,430/s). Big chunks need fewer; at most ``window × chunk`` results wait in the
    parent (2 workers: 512 bulletins, a few MB)."""
    return 4 * workers + 8 if chunk < 32 else 2 * workers + 4


def _submit(executor: Executor, job: Job, part: list[Task]) -> Future[list[Outcome]]:
    """Submit a chunk; an executor that refuses (broken, shut down) gives a future holding the error."""
    try:
        return executor.submit(convert_chunk, job, part)
    except Exception as exc:
        failed: Future[list[Outcome]] = Future()
        failed.set_exception(exc)
        return failed


def _chunks(tasks: Iterator[Task], size: int) -> Iterator[list[Task]]:
    while part := list(islice(tasks, size)):
        yield part


def iter_parse(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    executor: Executor | None = None,
    *,
    pipeline: Pipeline | None = None,
    reference_date: DateLike = None,
    city: str | None = None,
    lexicon: Lexicon | str | os.PathLike[str] | None = None,
    extensions: Iterable[str] = DEFAULT_EXTENSIONS,
    chunk: int | None = None,
    window: int | None = None,
) -> Iterator[tuple[str, Bulletin | ConversionError]]:
    """Parse files, folders and globs, yielding ``(path, Bulletin)`` or ``(path, ConversionError)`` in order.

    ``executor`` is any :class:`concurrent.futures.Executor` (a ``ProcessPoolExecutor``, a Dask
    ``Client.get_executor()`` …); without one the files are parsed here, one after the other. A file that
    cannot be converted is yielded with its error, never raised. Files skipped by extension are not yielded.
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    found = discover([os.fspath(p) for p in paths], extensions)
    for problem in found.problems:
        if problem.fatal:
            yield problem.path, ConversionError(problem.path, problem.reason, problem.kind)
    job = make_job(build_pipeline(pipeline, reference_date=reference_date, city=city, lexicon=lexicon))
    workers = getattr(executor, "_max_workers", None) or os.cpu_count() or 1
    chunk = chunk or default_chunk(len(found.files), workers)
    size = window or default_window(workers, chunk)
    for outcome in run_tasks(tasks_for(found.files), job, executor, chunk=chunk, window=size):
        if isinstance(outcome, Failed):
            yield outcome.path, outcome.error()
        else:
            yield outcome.path, Bulletin.model_validate_json(outcome.payload)
