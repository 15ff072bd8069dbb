"""Structure parsing throughput (read → normalise → segment → assemble), no extractors.

usage: python benchmarks/bench_structure.py [--mb 5] [--repeat 3]

Builds one large bulletin-like text from the fixture bulletins (each decoded, concatenated until the size is
reached) and also times the fixtures one by one. Reports MB/s of UTF-8 input on one core, from the best
wall-clock time and, in brackets, from the best CPU time of the process (steadier on a shared machine); the
target of issue 7 is >= 8 MB/s for both lines.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from bench_extractor import corpus  # the same corpus: the fixture texts repeated (run from benchmarks/ or as a script)

import unionnews


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    docs = corpus(a.mb)
    size = sum(len(t.encode("utf-8")) for t in docs) / 1_000_000
    pipeline = unionnews.Pipeline(extractors=[])
    pipeline.parse(docs[0])  # warm-up: loads the word lists once

    def one_at_a_time() -> None:
        for t in docs:  # each bulletin dropped once made, as a batch run does
            pipeline.parse(t, structure_only=True)

    wall, cpu = best(a.repeat, one_at_a_time)
    print(
        f"structure, one bulletin at a time: {size:.2f} MB in {len(docs)} bulletins, {wall:.3f} s, {size / wall:.1f} MB/s"
        f" (CPU {cpu:.3f} s, {size / cpu:.1f} MB/s), {len(docs) / wall:.0f} bulletins/s"
    )
    big = "\n\n".join(docs)
    wall, cpu = best(a.repeat, lambda: pipeline.parse(big, structure_only=True))
    print(
        f"structure, one {size:.2f} MB text: {wall:.3f} s, {size / wall:.1f} MB/s (CPU {cpu:.3f} s, {size / cpu:.1f} MB/s)"
    )


def best(repeat: int, run: Callable[[], object]) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds of ``repeat`` runs."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        run()
        wall, cpu = min(wall, time.perf_counter() - t0), min(cpu, time.process_time() - c0)
    return wall, cpu


if __name__ == "__main__":
    main()
