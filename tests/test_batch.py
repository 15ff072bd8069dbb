"""Batch conversion (issue 8): inputs walked, bad files reported not fatal, exit codes, kill and resume."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

import unionnews
from tests.batch_corpus import bulletin, write_bad_files, write_corpus
from unionnews.cli import main
from unionnews.discover import discover
from unionnews.errors import ConversionError
from unionnews.extract import default_extractors

ROOT = Path(__file__).resolve().parent.parent
#: Runs that start fresh processes leave out the organizations extractor: its jieba tokenizer takes seconds to
#: load in each process, and what is tested here is the batch machinery, which treats every record the same.
FAST = ["--extractors", "dates,counts,awards"]


def dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table of a database, rows in id order: what 'the same database' means here."""
    with sqlite3.connect(db) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        out = {name: conn.execute(f'SELECT * FROM "{name}" ORDER BY id').fetchall() for name in names}
    conn.close()
    return out


def errors_of(out: Path) -> dict[str, dict[str, object]]:
    lines = (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    return {Path(str(e["path"])).name: e for e in map(json.loads, lines)}


# ---------------------------------------------------------------- walking the inputs


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "b" / "deep").mkdir(parents=True)
    (root / "a.txt").write_text("甲", encoding="utf-8")
    (root / "b" / "c.TEXT").write_text("乙", encoding="utf-8")
    (root / "b" / "deep" / "d.txt").write_text("丙", encoding="utf-8")
    (root / "README.md").write_text("说明", encoding="utf-8")
    (root / "b" / "gold.json").write_text("{}", encoding="utf-8")
    (root / "notes.doc").write_bytes(b"x")
    os.symlink(root, root / "b" / "deep" / "loop")  # back to an ancestor
    os.symlink(root / "missing.txt", root / "b" / "broken.txt")
    os.symlink(root / "b" / "deep", root / "again")  # a second way to reach d.txt: listed once
    return root


DISCOVER_CASES = [
    # (inputs relative to the tree, extensions, files, skipped by extension, problem kinds)
    (
        ["."],
        (".txt", ".text"),
        ["a.txt", "again/d.txt", "b/c.TEXT"],
        {".md": 1, ".json": 1, ".doc": 1},
        ["symlink_loop", "broken_symlink", "symlink_loop"],
    ),
    (["b/deep/d.txt", "a.txt"], (".txt",), ["b/deep/d.txt", "a.txt"], {}, []),
    (["README.md"], (".txt",), ["README.md"], {}, []),  # a file named explicitly is read
    (["**/*.txt"], (".txt",), ["a.txt", "again/d.txt"], {}, ["symlink_loop", "broken_symlink", "symlink_loop"]),
    (["b/*.json"], (".txt",), [], {".json": 1}, []),
    (["nothing-*.txt"], (".txt",), [], {}, ["missing"]),
    (["no-such-dir"], (".txt",), [], {}, ["missing"]),
    (["-", "a.txt", "-"], (".txt",), ["-", "a.txt"], {}, []),
    (["a.txt", "./a.txt"], (".txt",), ["a.txt"], {}, []),
    (
        ["."],
        ("md",),
        ["README.md"],
        {".txt": 3, ".text": 1, ".json": 1, ".doc": 1},
        ["symlink_loop", "broken_symlink", "symlink_loop"],
    ),
]


@pytest.mark.parametrize(
    ("inputs", "exts", "files", "skipped", "problems"),
    DISCOVER_CASES,
    ids=["folder", "files-in-order", "explicit-other-ext", "glob", "glob-skips", "glob-no-match", "missing",
         "stdin-once", "same-file-once", "ext-option"],
)  # fmt: skip
def test_discover(
    tree: Path,
    monkeypatch: pytest.MonkeyPatch,
    inputs: list[str],
    exts: tuple[str, ...],
    files: list[str],
    skipped: dict[str, int],
    problems: list[str],
) -> None:
    monkeypatch.chdir(tree)
    found = discover(inputs, exts)
    assert [os.path.normpath(f) if f != "-" else f for f in found.files] == files
    assert dict(found.skipped) == skipped
    assert [p.kind for p in found.problems] == problems


# ---------------------------------------------------------------- a folder with broken files among good ones


def test_convert_folder_with_corrupt_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write_corpus(tmp_path / "in", 24)
    bad = write_bad_files(tmp_path / "in" / "broken")
    (tmp_path / "in" / "README.md").write_text("# 说明\n", encoding="utf-8")
    out = tmp_path / "out"
    code = main(["convert", str(tmp_path / "in"), "-o", str(out), "--workers", "2", *FAST])
    assert code == 1
    summary = capsys.readouterr().out
    assert "24 converted, 5 failed" in summary and "1 .md" in summary
    db = dump(out / "unionnews.sqlite")
    by_path = {row[1]: row for row in db["bulletins"]}
    assert sorted(by_path) == sorted(map(str, good))
    pipeline = unionnews.Pipeline(extractors=default_extractors(("dates", "counts", "awards")))
    with sqlite3.connect(out / "unionnews.sqlite") as conn:
        for path in good:
            expected = pipeline.parse(path)
            bid = by_path[str(path)][0]
            assert by_path[str(path)][2] == expected.source.sha256
            articles = conn.execute("SELECT count(*) FROM articles WHERE bulletin_id = ?", (bid,)).fetchone()[0]
            assert articles == len(expected.articles)
            for table in ("dates", "organizations", "counts", "awards"):
                n = conn.execute(f"SELECT count(*) FROM {table} WHERE bulletin_id = ?", (bid,)).fetchone()[0]
                in_articles = sum(len(getattr(a, table)) for a in expected.articles)
                in_masthead = len(getattr(expected, table, None) or ())  # article_id NULL
                assert n == in_articles + in_masthead, (path, table)
    conn.close()
    errors = errors_of(out)
    assert {name: e["kind"] for name, e in errors.items()} == bad
    assert all(e["reason"] for e in errors.values())
    assert "limit" in str(errors["huge-line.txt"]["reason"])
    assert sorted(p.name for p in out.iterdir()) == ["errors.jsonl", "unionnews.sqlite"]  # no temporaries left


def test_all_converted_exit_0_and_errors_file_empty(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", 3)
    assert main(["convert", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--workers", "1", "-q", *FAST]) == 0
    assert (tmp_path / "out" / "errors.jsonl").read_text() == ""


def test_rerun_replaces_output_and_duplicates_counted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = write_corpus(tmp_path / "in", 4)
    out = tmp_path / "out"
    assert main(["convert", str(tmp_path / "in"), "-o", str(out), "--workers", "1", *FAST]) == 0
    first = dump(out / "unionnews.sqlite")
    (tmp_path / "in" / "zz-copy.txt").write_bytes(paths[0].read_bytes())
    assert main(["convert", str(tmp_path / "in"), "-o", str(out), "--workers", "1", *FAST]) == 0
    assert "1 duplicates of another file" in capsys.readouterr().out
    assert dump(out / "unionnews.sqlite") == first


def test_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(bulletin(5).encode("gb18030"))))
    assert main(["convert", "-", "-o", str(tmp_path / "out"), "--workers", "1", "-q", *FAST]) == 0
    db = dump(tmp_path / "out" / "unionnews.sqlite")
    assert [row[1] for row in db["bulletins"]] == ["<stdin>"]


def test_symlink_loop_and_missing_input_reported(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["convert", str(tree), str(tree / "nope.txt"), "-o", str(out), "-q", "--workers", "1", *FAST]) == 1
    errors = errors_of(out)
    assert errors["loop"]["kind"] == "symlink_loop" and errors["loop"]["warning"] is True
    assert errors["nope.txt"]["kind"] == "missing"
    assert errors["broken.txt"]["kind"] == "broken_symlink"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--reference-date", "tomorrow"], "ISO date"),
        (["--workers", "0"], "at least 1"),
        (["--scheduler", "tcp://127.0.0.1:8786"], "--engine dask"),
        (["--ext", ","], "no extension"),
        (["--lexicon", "/no/such/lexicon.txt"], "cannot read"),
    ],
    ids=["bad-date", "zero-workers", "scheduler-without-dask", "no-ext", "missing-lexicon"],
)
def test_bad_usage_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    assert main(["convert", str(ROOT / "fixtures"), "-o", str(tmp_path / "out"), *argv]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_output_is_a_file_exit_2(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("")
    assert main(["convert", str(ROOT / "fixtures"), "-o", str(tmp_path / "out")]) == 2


@pytest.mark.parametrize(
    ("argv", "module", "attr", "message"),
    [
        (["--format", "parquet"], "unionnews.export.parquet", "available", "unionnews[parquet]"),
        (["--engine", "dask"], "unionnews.engines", "dask_available", "unionnews[dask]"),
    ],
    ids=["parquet", "dask"],
)
def test_missing_extra_exit_2(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    module: str,
    attr: str,
    message: str,
) -> None:
    monkeypatch.setattr(f"{module}.{attr}", lambda: False)
    assert main(["convert", str(ROOT / "fixtures"), "-o", str(tmp_path / "out"), *argv]) == 2
    assert message in capsys.readouterr().err


def test_quick_start_without_extras(tmp_path: Path) -> None:
    """The README's first command: fixtures/ → out/unionnews.sqlite and a summary, no dask/pyarrow imported."""
    code = (
        "import sys; from unionnews.cli import main; rc = main(['convert', 'fixtures/', '-o', sys.argv[1]]);"
        "assert not {'dask', 'distributed', 'pyarrow'} & set(sys.modules), sorted(sys.modules); sys.exit(rc)"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "out")], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    assert "converted, 0 failed" in run.stdout and "unionnews.sqlite" in run.stdout
    n = len(list((ROOT / "fixtures").rglob("*.txt")))
    assert len(dump(tmp_path / "out" / "unionnews.sqlite")["bulletins"]) == n


# ---------------------------------------------------------------- library API


@pytest.mark.parametrize("pool", [False, True], ids=["in-process", "process-pool"])
def test_iter_parse_in_order_with_errors(tmp_path: Path, pool: bool) -> None:
    good = write_corpus(tmp_path / "in", 5)
    (tmp_path / "in" / "zz-empty.txt").write_bytes(b"")
    executor = ProcessPoolExecutor(2) if pool else None
    pipeline = unionnews.Pipeline(extractors=default_extractors(("dates", "counts")))
    try:
        results = list(unionnews.iter_parse(tmp_path / "in", executor, chunk=2, pipeline=pipeline))
    finally:
        if executor is not None:
            executor.shutdown()
    assert [p for p, _ in results] == [*map(str, good), str(tmp_path / "in" / "zz-empty.txt")]
    *bulletins, (_, error) = results
    assert all(isinstance(b, unionnews.Bulletin) for _, b in bulletins)
    assert bulletins[0][1] == pipeline.parse(good[0])
    assert isinstance(error, ConversionError) and error.kind == "not_text" and error.reason == "empty"


# ---------------------------------------------------------------- killed midway, then resumed


def test_kill_midway_then_resume_equals_clean_run(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", 600)
    write_bad_files(tmp_path / "in" / "zz-broken")
    cmd = [sys.executable, "-m", "unionnews.cli", "convert", str(tmp_path / "in"), "--workers", "1", "-q", *FAST]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    killed = tmp_path / "killed"
    proc = subprocess.Popen([*cmd, "-o", str(killed)], env=env)
    partial = killed / "unionnews.sqlite.partial"
    deadline = time.monotonic() + 60
    in_db = 0
    while time.monotonic() < deadline and proc.poll() is None:
        if partial.exists():
            try:
                with sqlite3.connect(f"file:{partial}?mode=ro", uri=True, timeout=0.1) as conn:
                    in_db = conn.execute("SELECT count(*) FROM bulletins").fetchone()[0]
                conn.close()
            except sqlite3.Error:
                in_db = 0
            if in_db >= 50:
                break
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 50 <= in_db < 600, "the run was not killed midway"
    assert not (killed / "unionnews.sqlite").exists()  # nothing half-written under the final name
    subprocess.run([*cmd, "-o", str(killed), "--resume"], env=env, check=False, timeout=120)
    clean = tmp_path / "clean"
    subprocess.run([*cmd, "-o", str(clean)], env=env, check=False, timeout=120)
    resumed_db, clean_db = dump(killed / "unionnews.sqlite"), dump(clean / "unionnews.sqlite")
    assert len(clean_db["bulletins"]) == 600
    for table in clean_db:
        assert resumed_db[table] == clean_db[table], table
    assert errors_of(killed) == errors_of(clean)
    assert sorted(p.name for p in killed.iterdir()) == ["errors.jsonl", "unionnews.sqlite"]


def test_resume_of_finished_run_converts_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_corpus(tmp_path / "in", 6)
    out = tmp_path / "out"
    assert main(["convert", str(tmp_path / "in"), "-o", str(out), "--workers", "1", *FAST]) == 0
    before = dump(out / "unionnews.sqlite")
    write_corpus(tmp_path / "in", 2, start=6)
    assert main(["convert", str(tmp_path / "in"), "-o", str(out), "--workers", "1", "--resume", *FAST]) == 0
    assert "2 converted, 0 failed, 6 already converted" in capsys.readouterr().out
    after = dump(out / "unionnews.sqlite")
    assert after["bulletins"][:6] == before["bulletins"] and len(after["bulletins"]) == 8


# ---------------------------------------------------------------- a worker process that dies


class _DieOn:
    """An extractor that kills its worker process on one file: stands for a crash in C code or the OOM killer."""

    field = "dates"

    def __call__(self, ctx: object, article: object) -> list[object]:
        if "呼和浩特" in ctx.text:  # type: ignore[attr-defined]
            os._exit(3)
        return []


def test_worker_death_costs_only_its_file(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path / "in", 16)
    killer = {str(p) for p in paths if "呼和浩特" in bulletin(int(p.stem.split("-")[1]))}
    summary = unionnews.convert(
        tmp_path / "in", tmp_path / "out", workers=2, chunk=4, pipeline=unionnews.Pipeline(extractors=[_DieOn()])
    )
    errors = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
    assert {e["path"] for e in errors} == killer and {e["kind"] for e in errors} == {"worker_died"}
    assert (summary.converted, summary.failed) == (16 - len(killer), len(killer))


def test_progress_line_rewrites_itself_and_clears() -> None:
    from unionnews.batch import Progress
    from unionnews.convert import Summary

    stream = io.StringIO()
    progress = Progress(stream, every=0.0)
    progress(Summary(files=10, done=3, failed=1, seconds=1.5))
    progress(Summary(files=10, done=10, failed=1, seconds=2.0))
    progress.clear()
    text = stream.getvalue()
    assert text.startswith("\r3/10 files  2/s  1 errors") and "\r10/10 files  5/s  1 errors" in text
    assert text.endswith("\r")


def test_ctrl_c_keeps_the_previous_output_and_resume_finishes(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", 4)
    out = tmp_path / "out"
    pipeline = unionnews.Pipeline(extractors=default_extractors(("dates", "counts")))
    unionnews.convert(tmp_path / "in", out, workers=1, pipeline=pipeline)
    before = dump(out / "unionnews.sqlite")
    write_corpus(tmp_path / "in", 4, start=4)

    def interrupt(summary: object) -> None:
        if getattr(summary, "done", 0) == 6:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        unionnews.convert(tmp_path / "in", out, workers=1, pipeline=pipeline, chunk=1, progress=interrupt)
    assert dump(out / "unionnews.sqlite") == before  # the finished output is untouched
    summary = unionnews.convert(tmp_path / "in", out, workers=1, pipeline=pipeline, resume=True)
    # the open batch was rolled back (an interrupt may land inside a bulletin's rows): redone, not doubled
    assert summary.resumed + summary.converted == 8
    unionnews.convert(tmp_path / "in", tmp_path / "clean", workers=1, pipeline=pipeline)
    assert dump(out / "unionnews.sqlite") == dump(tmp_path / "clean" / "unionnews.sqlite")
