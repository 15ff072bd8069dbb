"""``unionnews convert``: files, folders and globs of bulletins → SQLite (default), JSONL, JSON, CSV or Parquet.

A thin translator: arguments → :func:`unionnews.convert.convert` → summary on stdout, progress on stderr
(only on a terminal), exit code 0 (all converted), 1 (some failed, see ``OUT/errors.jsonl``) or 2 (bad
usage, or a missing optional extra). See ``docs/batch.md``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from contextlib import nullcontext
from typing import IO, Any

from unionnews.errors import UnionNewsError

FORMAT_CHOICES = ("sqlite", "jsonl", "json", "csv", "parquet")


def configure(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders (recursive), globs; '-' for stdin")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="output directory (created if needed)")
    parser.add_argument(
        "--format", choices=FORMAT_CHOICES, default="sqlite", help="default: sqlite (OUT/unionnews.sqlite)"
    )
    parser.add_argument(
        "--workers", type=int, default=None, metavar="N", help="worker processes (default: all cores; 1: no pool)"
    )
    parser.add_argument("--engine", choices=("local", "dask"), default="local", help="local process pool, or Dask")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address (default: a LocalCluster)")
    parser.add_argument("--resume", action="store_true", help="keep what OUT holds and convert only the rest")
    parser.add_argument("--reference-date", metavar="YYYY-MM-DD", help="date year-less dates are resolved against")
    parser.add_argument("--city", help="city the bulletins come from (resolves 市总工会 and the like)")
    parser.add_argument("--lexicon", metavar="FILE", help="extra organization names, aliases and column names")
    parser.add_argument(
        "--ext", default=".txt,.text", metavar="EXTS", help="bulletin extensions in folders (default: .txt,.text)"
    )
    parser.add_argument(
        "--extractors",
        metavar="NAMES",
        help="comma-separated extractors to run (default: all; 'none': structure only, the fastest)",
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress line and no summary")


def run(args: argparse.Namespace) -> int:
    from unionnews.convert import convert
    from unionnews.discover import normalise_extensions
    from unionnews.engines import DASK_MISSING, dask_available, dask_executor
    from unionnews.export import MissingExtra, check_format
    from unionnews.export.sqlite import SchemaMismatch
    from unionnews.pipeline import Options, Pipeline, to_date, to_lexicon

    def usage(message: str) -> int:
        print(f"unionnews convert: error: {message}", file=sys.stderr)
        return 2

    if args.workers is not None and args.workers < 1:
        return usage("--workers must be at least 1")
    if args.scheduler and args.engine != "dask":
        return usage("--scheduler needs --engine dask")
    extensions = normalise_extensions(args.ext.split(","))
    if not extensions:
        return usage("--ext names no extension")
    try:
        check_format(args.format)
        if args.engine == "dask" and not dask_available():
            raise MissingExtra(DASK_MISSING)
        pipeline = Pipeline(
            options=Options(reference_date=to_date(args.reference_date), city=args.city),
            lexicon=to_lexicon(args.lexicon),
            extractors=_extractors(args.extractors),
        )
    except (ValueError, UnionNewsError, MissingExtra) as exc:
        return usage(str(exc))
    if os.path.exists(args.output) and not os.path.isdir(args.output):
        return usage(f"{args.output} is a file; -o names a directory")
    if args.engine == "dask" and not args.verbose:
        import logging

        for name in ("distributed", "dask"):
            logging.getLogger(name).setLevel(logging.WARNING)
    show = not args.quiet and sys.stderr.isatty()
    progress = Progress(sys.stderr) if show else None
    engine: Any = (
        dask_executor(args.scheduler, args.workers or os.cpu_count()) if args.engine == "dask" else nullcontext(None)
    )
    try:
        with engine as executor:
            summary = convert(
                args.inputs,
                args.output,
                format=args.format,
                workers=args.workers,
                executor=executor,
                resume=args.resume,
                pipeline=pipeline,
                extensions=extensions,
                progress=progress,
            )
    except SchemaMismatch as exc:
        return usage(str(exc))
    except KeyboardInterrupt:
        if progress is not None:
            progress.clear()
        print("unionnews convert: interrupted; run again with --resume to continue", file=sys.stderr)
        return 130
    if progress is not None:
        progress.clear()
    if not args.quiet:
        print("\n".join(summary.lines()))
    return summary.exit_code


def _extractors(names: str | None) -> list[Any] | None:
    from unionnews.extract import DEFAULT_EXTRACTORS, default_extractors

    if names is None:
        return None
    wanted = tuple(n.strip() for n in names.split(",") if n.strip() and n.strip() != "none")
    known = [name for name, _ in DEFAULT_EXTRACTORS]
    unknown = [n for n in wanted if n not in known]
    if unknown:
        raise ValueError(f"unknown extractor {', '.join(unknown)} (choose from {', '.join(known)}, or none)")
    return default_extractors(wanted)


class Progress:
    """One self-rewriting line on a terminal: files done of found, rate, errors so far (at most 10 updates/s)."""

    def __init__(self, stream: IO[str], every: float = 0.1) -> None:
        self.stream = stream
        self.every = every
        self.last = 0.0
        self.width = 0

    def __call__(self, summary: Any) -> None:
        now = time.monotonic()
        if now - self.last < self.every and summary.done < summary.files:
            return
        self.last = now
        rate = summary.done / summary.seconds if summary.seconds else 0.0
        line = f"{summary.done}/{summary.files} files  {rate:.0f}/s  {summary.failed} errors"
        self.width = max(self.width, len(line))
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()

    def clear(self) -> None:
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
