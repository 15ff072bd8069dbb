"""One extractor's throughput, structure parsing excluded.

usage: python benchmarks/bench_extractor.py NAME [--mb 1] [--repeat 3] [--reference 2024-12-01]
       NAME: dates, counts, organizations or awards (unionnews.extract.DEFAULT_EXTRACTORS)

Builds bulletins from the fixture files (fixtures/ and fixtures/gold/) until the size is reached, parses their
structure once (untimed), then times only the named extractor over every article (and over the masthead, for
an extractor with ``outside_articles``), one bulletin (one Context) at a time, best of --repeat. Reports s/MB
and MB/s of UTF-8 input on one core, wall and CPU time: on a shared machine the load inflates the wall clock,
not the work done. ``--reference`` gives every bulletin that reference date (dates then resolve years
through its window instead of the document's year). The issues' targets: dates < 0.5 s/MB, organizations < 1 s/MB; benchmarks/bench.py puts
every stage side by side and against jieba.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path

import unionnews
from unionnews.context import Context
from unionnews.extract import DEFAULT_EXTRACTORS, default_extractors
from unionnews.lexicon.user import Lexicon
from unionnews.read import read
from unionnews.script import simplified_view

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def corpus(mb: float) -> list[str]:
    """The decoded fixture texts repeated until their UTF-8 size reaches ``mb``."""
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
    ap.add_argument("name", choices=[name for name, _ in DEFAULT_EXTRACTORS])
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--reference", type=dt.date.fromisoformat, default=None, help="reference date for every bulletin")
    a = ap.parse_args()
    docs = corpus(a.mb)
    size = sum(len(t.encode("utf-8")) for t in docs) / 1_000_000
    pipeline = unionnews.Pipeline(extractors=[])
    bulletins = [pipeline.parse(t, structure_only=True) for t in docs]
    (extractor,) = default_extractors((a.name,))
    outside = getattr(extractor, "outside_articles", None)
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
            if outside is not None:
                found += len(outside(ctx))
        best = min(best, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    print(
        f"{a.name}: {size:.2f} MB in {len(docs)} bulletins, {found} records, {best:.3f} s, "
        f"{best / size:.3f} s/MB, {size / best:.1f} MB/s (CPU {cpu / size:.3f} s/MB)"
    )


if __name__ == "__main__":
    main()
