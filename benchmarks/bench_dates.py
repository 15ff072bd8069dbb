"""Date extraction throughput, structure parsing excluded.

usage: python benchmarks/bench_dates.py [--mb 1] [--repeat 3] [--reference 2024-12-01]

Builds bulletins from the fixture files until the size is reached, parses their structure once (untimed),
then times only the date extractor over every article and the masthead, one bulletin (one Context) at a time.
Reports MB/s of UTF-8 input on one core; the target of issue 7 is under 0.05 s per MB of CPU. Without
--reference every year-less date falls back to the document year; with it, to the reference date's window. CPU time is printed
beside wall time because a shared machine's load inflates the wall clock, not the work done.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path

import unionnews
from unionnews.context import Context
from unionnews.extract.dates import DateExtractor
from unionnews.lexicon.user import Lexicon
from unionnews.read import read
from unionnews.script import simplified_view

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def corpus(mb: float) -> list[str]:
    texts = [read(p).text for p in sorted(FIXTURES.rglob("*.txt"))]
    out: list[str] = []
    size = 0
    while size < mb * 1_000_000:
        for t in texts:
            out.append(t)
            size += len(t.encode("utf-8"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--reference", type=dt.date.fromisoformat, default=None, help="reference date for every bulletin")
    a = ap.parse_args()
    docs = corpus(a.mb)
    size = sum(len(t.encode("utf-8")) for t in docs) / 1_000_000
    pipeline = unionnews.Pipeline(extractors=[])
    bulletins = [pipeline.parse(t, structure_only=True) for t in docs]
    extractor = DateExtractor()
    lexicon = Lexicon()
    views = [simplified_view(b.text) if b.metadata.script == "traditional" else b.text for b in bulletins]
    best = cpu = float("inf")
    found = 0
    for _ in range(a.repeat):
        found = 0
        t0, c0 = time.perf_counter(), time.process_time()
        for b, view in zip(bulletins, views, strict=True):
            ctx = Context(bulletin=b, view=view, reference_date=a.reference, city=None, lexicon=lexicon)
            for article in b.articles:
                found += len(extractor(ctx, article))
            found += len(extractor.outside_articles(ctx))
        best = min(best, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    print(
        f"dates: {size:.2f} MB in {len(docs)} bulletins, {found} records, {best:.3f} s wall, {cpu:.3f} s CPU, "
        f"{cpu / size:.3f} s/MB CPU, {size / best:.1f} MB/s wall"
    )


if __name__ == "__main__":
    main()
