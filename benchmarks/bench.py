"""Throughput of every stage, and of the whole parse against jieba.lcut over the same text in the same run.

usage: python benchmarks/bench.py [--mb 2] [--repeat 3] [--json]

The corpus is the raw files of fixtures/*.txt and fixtures/gold/*.txt (each in its own encoding), repeated
until its decoded UTF-8 size reaches --mb. Each stage is timed on its own over the whole corpus, best of
--repeat, after a warm-up that pays the one-time set-up (word lists, jieba dictionaries, opencc):

    read       bytes → decoded text (encoding detection)
    normalise  decoded text → normalised text and offset runs
    structure  decoded text → Bulletin tree (normalise + segment + assemble; includes normalise)
    <name>     each extractor alone over every article, one Context per bulletin, in pipeline order
    link       the shared last pass over the records
    export     Bulletin.model_dump_json, and the table rows when unionnews.export.rows exists
    parse      Pipeline().parse(bytes): read → … → link, all extractors (what a user calls)
    jieba      jieba.lcut over the same decoded texts (dictionary loaded first)

The ratio parse-vs-jieba is how many times faster the whole parse is than tokenising the same text with
jieba (issue 7 asks for >= 3). Peak memory: the process's maximum resident set size (getrusage), and the
tracemalloc peak of one streaming parse of the corpus (bulletins dropped as they are made).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import logging
import platform
import resource
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import unionnews
from unionnews.context import Context
from unionnews.extract import default_extractors
from unionnews.link import link
from unionnews.model import Bulletin
from unionnews.normalize import normalize
from unionnews.read import Decoded, read
from unionnews.script import simplified_view

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


def corpus(mb: float) -> list[bytes]:
    """Raw files repeated until their decoded size reaches ``mb`` (so every stage sees the same documents)."""
    files = sorted(FIXTURES.glob("*.txt")) + sorted((FIXTURES / "gold").glob("*.txt"))
    raws = [(p.read_bytes(), len(read(p).text.encode("utf-8"))) for p in files]
    out: list[bytes] = []
    size = 0
    while size < mb * 1_000_000:
        for raw, n in raws:
            out.append(raw)
            size += n
    return out


def best(repeat: int, run: Callable[[], Any]) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    return min(times)


def contexts(bulletins: list[Bulletin]) -> list[Context]:
    pipe = unionnews.Pipeline()
    out = []
    for b in bulletins:
        view = simplified_view(b.text) if b.metadata.script == "traditional" else b.text
        out.append(
            Context(
                bulletin=b,
                view=view,
                reference_date=b.metadata.reference_date,
                city=b.metadata.city,
                lexicon=pipe.lexicon,
            )
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=2.0, help="corpus size in MB of UTF-8 text (default 2)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per stage; the best is kept (default 3)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    a = ap.parse_args()

    raws = corpus(a.mb)
    decoded: list[Decoded] = [read(r) for r in raws]
    texts = [d.text for d in decoded]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1_000_000
    n = len(raws)
    pipeline = unionnews.Pipeline()
    for r in raws[: len(set(raws))]:  # warm-up: every extractor sets itself up, every encoding is seen once
        pipeline.parse(r)

    stages: dict[str, float] = {}
    stages["read"] = best(a.repeat, lambda: [read(r) for r in raws])
    stages["normalise"] = best(a.repeat, lambda: [normalize(t) for t in texts])
    stages["structure"] = best(a.repeat, lambda: [pipeline.structure(d) for d in decoded])

    bulletins = [pipeline.structure(d) for d in decoded]
    ctxs = contexts(bulletins)
    extractors = default_extractors()
    for ex in extractors:  # warm-up of these instances
        ex(ctxs[0], bulletins[0].articles[0]) if bulletins[0].articles else None
    for ex in extractors:

        def run_one(ex: Any = ex) -> None:
            for ctx in ctxs:
                for article in ctx.bulletin.articles:
                    setattr(article, ex.field, ex(ctx, article))

        stages[ex.field] = best(a.repeat, run_one)
    stages["link"] = best(a.repeat, lambda: [link(c) for c in ctxs])
    stages["export json"] = best(a.repeat, lambda: [b.model_dump_json() for b in bulletins])
    try:
        from unionnews.export.rows import flatten  # written by another issue; timed when present
    except ImportError:
        flatten = None
    if flatten is not None:
        flatten(bulletins[0])
        stages["export rows"] = best(a.repeat, lambda: [flatten(b) for b in bulletins])

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    jieba.lcut(texts[0])
    # Each bulletin is dropped once parsed, as a batch run does: keeping hundreds of parsed trees alive (the stage
    # timings' own data included) makes every garbage collection walk them, which times the benchmark, not the parse.
    bulletins.clear()
    ctxs.clear()
    gc.collect()

    def parse_all() -> None:
        for r in raws:
            pipeline.parse(r)

    def jieba_all() -> None:
        for t in texts:
            jieba.lcut(t)

    # the two timed in turn, so a busy neighbour on the machine slows both alike and the ratio stays fair
    parse_times, jieba_times = [], []
    for _ in range(a.repeat):
        parse_times.append(best(1, parse_all))
        jieba_times.append(best(1, jieba_all))
    stages["parse (all)"] = min(parse_times)
    stages["jieba.lcut"] = min(jieba_times)
    ratio = stages["jieba.lcut"] / stages["parse (all)"]

    tracemalloc.start()
    for r in raws:
        pipeline.parse(r)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    maxrss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

    result = {
        "date": dt.date.today().isoformat(),
        "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
        "python": platform.python_version(),
        "mb": round(mb, 3),
        "bulletins": n,
        "stages": {
            name: {"seconds": round(s, 4), "mb_per_s": round(mb / s, 2), "bulletins_per_s": round(n / s, 1)}
            for name, s in stages.items()
        },
        "parse_vs_jieba": round(ratio, 2),
        "peak_rss_mb": round(maxrss_mb, 1),
        "tracemalloc_peak_mb": round(traced_peak / 1_000_000, 1),
    }
    if a.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return
    print(f"corpus: {mb:.2f} MB of UTF-8 text in {n} bulletins (fixtures repeated), best of {a.repeat}")
    print(f"{'stage':14}{'seconds':>10}{'MB/s':>10}{'bulletins/s':>13}")
    for name, row in result["stages"].items():
        print(f"{name:14}{row['seconds']:10.3f}{row['mb_per_s']:10.2f}{row['bulletins_per_s']:13.1f}")
    print(f"parse + all extractors vs jieba.lcut on the same text: {ratio:.2f}x the throughput")
    print(
        f"peak memory: {maxrss_mb:.0f} MB resident (getrusage), {traced_peak / 1e6:.1f} MB traced during one streaming parse"
    )


if __name__ == "__main__":
    main()
