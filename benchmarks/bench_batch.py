"""Batch conversion throughput and parent memory (issue 8).

usage: python benchmarks/bench_batch.py [--files 2000] [--workers 1,2] [--format sqlite] [--extractors NAMES]

Generates ``--files`` distinct bulletins from the fixture bulletins (``fixtures/*.txt``: each decoded, an
issue number written into its first line so every file has its own sha256, written as UTF-8 into folders
of 500), then converts them ``--repeat`` times per worker count (the fastest run is reported), each run in a fresh process so that its peak memory
(``ru_maxrss`` of the parent alone: pool workers are other processes) is its own. Two rates are reported:

- ``cold``: the whole ``unionnews.convert`` call, process pool start-up and extractor set-up (jieba's
  dictionary, a few seconds per process) included — what a user waits for;
- ``warm``: the same call on a pool whose workers already set up the extractors — the rate a long run
  settles at, and the one the scaling target (2 workers ≥ 1.7× one worker) is about.

``cores used`` is the CPU time of the parent and its workers over the wall time: on a machine shared with
other jobs it shows how much of the speed-up was available at all (2 workers can only double the rate when
the run gets two cores).

``--workers 1`` parses in the parent (no pool), as ``unionnews convert --workers 1`` does.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import Executor, ProcessPoolExecutor
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def generate(folder: Path, n: int) -> None:
    from unionnews.read import read

    texts = [read(p).text for p in sorted(FIXTURES.glob("*.txt"))]
    for i in range(n):
        text = texts[i % len(texts)]
        first, _, rest = text.partition("\n")
        sub = folder / f"batch-{i // 500:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"b{i:06d}.txt").write_text(f"{first}（第{i + 1}号）\n{rest}", encoding="utf-8")


def _warm() -> None:
    import unionnews

    unionnews.Pipeline().parse((FIXTURES / "hz-2023-plain-masthead.txt").read_bytes())


def _pause() -> None:
    time.sleep(0.2)


def run_once(folder: Path, workers: int, fmt: str, warm: bool, extractors: str | None) -> dict[str, float]:
    """One conversion in this process; returns its rate and this process's peak memory."""
    import unionnews
    from unionnews.extract import default_extractors

    names = None if extractors is None else tuple(n for n in extractors.split(",") if n and n != "none")
    pipeline = unionnews.Pipeline(extractors=default_extractors(names))
    executor: Executor | None = None
    if warm:
        if workers == 1:
            _warm()
        else:
            executor = ProcessPoolExecutor(workers, initializer=_warm)
            for f in [executor.submit(_pause) for _ in range(workers)]:
                f.result()
    out = Path(tempfile.mkdtemp(prefix="bench-out-"))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu0 = usage.ru_utime + usage.ru_stime
    try:
        t0 = time.perf_counter()
        summary = unionnews.convert(folder, out, format=fmt, workers=workers, executor=executor, pipeline=pipeline)
        seconds = time.perf_counter() - t0
    finally:
        if executor is not None:
            executor.shutdown()
        shutil.rmtree(out, ignore_errors=True)
    assert summary.failed == 0 and summary.converted == summary.files, summary.lines()
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = me.ru_utime + me.ru_stime - cpu0 + children.ru_utime + children.ru_stime
    return {
        "files": summary.converted,
        "seconds": seconds,
        "rate": summary.converted / seconds,
        "peak_mb": me.ru_maxrss / 1024,
        "cores": cpu / seconds,  # cores this run got on average (parent + workers, warm-up included)
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--format", default="sqlite")
    ap.add_argument("--extractors", default=None, help="as in unionnews convert (default: all)")
    ap.add_argument("--modes", default="cold,warm")
    ap.add_argument(
        "--repeat", type=int, default=3, help="runs per setting; the fastest is reported (the machine is shared)"
    )
    ap.add_argument("--_run", nargs=3, metavar=("FOLDER", "WORKERS", "MODE"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a._run:
        folder, workers, mode = a._run
        print(json.dumps(run_once(Path(folder), int(workers), a.format, mode == "warm", a.extractors)))
        return
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        folder = Path(tmp) / "in"
        generate(folder, a.files)
        print(f"{a.files} bulletins generated from {FIXTURES}/*.txt; format {a.format}")
        rates: dict[tuple[str, int], float] = {}
        for mode in a.modes.split(","):
            for workers in map(int, a.workers.split(",")):
                cmd = [sys.executable, __file__, "--format", a.format, "--_run", str(folder), str(workers), mode]
                if a.extractors:
                    cmd += ["--extractors", a.extractors]
                runs = [
                    json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
                    for _ in range(a.repeat)
                ]
                r = max(runs, key=lambda run: run["rate"])
                r["peak_mb"] = max(run["peak_mb"] for run in runs)
                rates[mode, workers] = r["rate"]
                print(
                    f"{mode:>4}  workers={workers}  {r['seconds']:7.2f} s  {r['rate']:7.1f} bulletins/s  "
                    f"parent peak {r['peak_mb']:.0f} MB  cores used {r['cores']:.2f}"
                )
        for mode in a.modes.split(","):
            if (mode, 1) in rates and (mode, 2) in rates:
                print(f"{mode:>4}  speed-up 2 workers / 1 worker: {rates[mode, 2] / rates[mode, 1]:.2f}x")


if __name__ == "__main__":
    main()
