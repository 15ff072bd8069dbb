"""Award extraction throughput, structure parsing excluded.

usage: python benchmarks/bench_awards.py [--mb 1] [--repeat 3]

Builds bulletins from the fixture files until the size is reached, parses their structure once (untimed),
then times only the award extractor over every article, one bulletin (one Context) at a time.
Reports s/MB and MB/s of UTF-8 input on one core, wall and CPU time (the machine may be shared: CPU time
varies less); issue 7 wants awards at or under 0.04 s/MB.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import unionnews
from unionnews.context import Context
from unionnews.extract.awards import AwardExtractor
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
    a = ap.parse_args()
    docs = corpus(a.mb)
    size = sum(len(t.encode("utf-8")) for t in docs) / 1_000_000
    pipeline = unionnews.Pipeline(extractors=[])
    bulletins = [pipeline.parse(t, structure_only=True) for t in docs]
    extractor = AwardExtractor()
    lexicon = Lexicon()
    views = [simplified_view(b.text) if b.metadata.script == "traditional" else b.text for b in bulletins]
    best = cpu = float("inf")
    found = 0
    for _ in range(a.repeat):
        found = 0
        t0, c0 = time.perf_counter(), time.process_time()
        for b, view in zip(bulletins, views, strict=True):
            ctx = Context(bulletin=b, view=view, reference_date=None, city=None, lexicon=lexicon)
            for article in b.articles:
                found += len(extractor(ctx, article))
        best = min(best, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    print(
        f"awards: {size:.2f} MB in {len(docs)} bulletins, {found} records, {best:.3f} s, "
        f"{best / size:.3f} s/MB, {size / best:.1f} MB/s (CPU {cpu / size:.3f} s/MB)"
    )


if __name__ == "__main__":
    main()
