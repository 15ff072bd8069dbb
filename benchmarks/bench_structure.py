"""Structure parsing throughput (read → normalise → segment → assemble), no extractors.

usage: python benchmarks/bench_structure.py [--mb 5] [--repeat 3]

Builds one large bulletin-like text from the fixture bulletins (each decoded, concatenated until the size is
reached) and also times the fixtures one by one. Reports MB/s of UTF-8 input on one core; the target of
issue 2 is >= 5 MB/s.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import unionnews
from unionnews.read import read

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
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    docs = corpus(a.mb)
    size = sum(len(t.encode("utf-8")) for t in docs) / 1_000_000
    pipeline = unionnews.Pipeline(extractors=[])
    pipeline.parse(docs[0])  # warm-up: loads the word lists once
    best = float("inf")
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        for t in docs:
            pipeline.parse(t, structure_only=True)
        best = min(best, time.perf_counter() - t0)
    print(
        f"structure, one bulletin at a time: {size:.2f} MB in {len(docs)} bulletins, {best:.3f} s, {size / best:.1f} MB/s, {len(docs) / best:.0f} bulletins/s"
    )
    big = "\n\n".join(docs)
    best = float("inf")
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        pipeline.parse(big, structure_only=True)
        best = min(best, time.perf_counter() - t0)
    print(f"structure, one {size:.2f} MB text: {best:.3f} s, {size / best:.1f} MB/s")


if __name__ == "__main__":
    main()
