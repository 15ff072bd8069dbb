"""Export formats: rows flattened from the models (hand-built records), and each format read back."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

import unionnews
from tests.batch_corpus import write_corpus
from unionnews import Article, Award, Bulletin, Count, DateMention, Organization, Source, Span, TextSpan
from unionnews.convert import Summary
from unionnews.export.rows import flatten, record_fields, tables
from unionnews.extract import default_extractors

TEXT = "2019年5月8日，贵阳市总工会举办职工技能大赛，120余名职工参赛，张三获得一等奖。"


def sp(a: int, b: int) -> Span:
    return Span(start=a, end=b)


def ts(a: int, b: int) -> TextSpan:
    return TextSpan(text=TEXT[a:b], span=sp(a, b))


COUNT = Count(text="120余名职工", span=sp(25, 32), value=120, approximate=True, qualifier="over", unit="名", subject="职工", role="participants", rule="num")  # fmt: skip
BULLETIN = Bulletin(
    source=Source(path="gy/2019-05.txt", encoding="gb18030", sha256="ab" * 32, length=len(TEXT)),
    text=TEXT,
    articles=[
        Article(
            column="工作动态",
            paragraphs=[ts(0, len(TEXT))],
            span=sp(0, len(TEXT)),
            dates=[
                DateMention(
                    text="2019年5月8日",
                    span=sp(0, 9),
                    edtf="2019-05-08",
                    start=dt.date(2019, 5, 8),
                    end=dt.date(2019, 5, 8),
                    precision="day",
                    year_source="written",
                    rule="ymd",
                )
            ],
            organizations=[
                Organization(
                    text="贵阳市总工会",
                    span=sp(10, 16),
                    name="贵阳市总工会",
                    kind="union",
                    role="organizer",
                    rule="suffix",
                )
            ],
            counts=[COUNT],
            awards=[
                Award(
                    winner=ts(35, 37), award=ts(39, 42), kind="prize", event="职工技能大赛", span=sp(35, 42), rule="won"
                )
            ],
        )
    ],
)

ROW_CASES = [
    # (table, column → value): one row per kind of field: text, span, date, bool, literal, nested model, JSON list
    ("bulletins", {"path": "gy/2019-05.txt", "sha256": "ab" * 32, "encoding": "gb18030", "length": 43, "title": None, "script": "simplified", "text": TEXT, "offsets": "[]"}),
    ("articles", {"path": "gy/2019-05.txt", "position": 0, "text": TEXT, "column": "工作动态", "headline_text": None, "headline_span_start": None, "paragraphs": json.dumps([{"text": TEXT, "span": {"start": 0, "end": 43}}], ensure_ascii=False, separators=(",", ":")), "span_start": 0, "span_end": 43}),
    ("dates", {"text": "2019年5月8日", "span_start": 0, "span_end": 9, "edtf": "2019-05-08", "start": "2019-05-08", "end": "2019-05-08", "precision": "day", "relative": 0, "year_source": "written", "rule": "ymd", "sha256": "ab" * 32}),
    ("organizations", {"text": "贵阳市总工会", "span_start": 10, "span_end": 16, "name": "贵阳市总工会", "kind": "union", "role": "organizer", "position": 0}),
    ("counts", {"text": "120余名职工", "value": 120, "approximate": 1, "qualifier": "over", "unit": "名", "subject": "职工", "role": "participants"}),
    ("awards", {"winner_text": "张三", "winner_span_start": 35, "winner_span_end": 37, "award_text": "一等奖", "event": "职工技能大赛", "count_value": None, "count_text": None, "span_start": 35, "span_end": 42, "rule": "won"}),
]  # fmt: skip


@pytest.mark.parametrize(("table", "expected"), ROW_CASES, ids=[c[0] for c in ROW_CASES])
def test_flattened_row(table: str, expected: dict[str, object]) -> None:
    rows = flatten(BULLETIN)
    t = next(t for t in tables() if t.name == table)
    names = [c.name for c in t.data]
    if table == "bulletins":
        values = [rows.bulletin]
    elif table == "articles":
        values = rows.articles
    else:
        values = [row for _, row in rows.records[table]]
    assert len(values) == 1
    row = dict(zip(names, values[0], strict=True))
    assert {k: row[k] for k in expected} == expected


def test_nested_count_of_an_award_flows_into_columns() -> None:
    award = BULLETIN.articles[0].awards[0].model_copy(update={"count": COUNT})
    article = BULLETIN.articles[0].model_copy(update={"awards": [award]})
    rows = flatten(BULLETIN.model_copy(update={"articles": [article]}))
    names = [c.name for c in next(t for t in tables() if t.name == "awards").data]
    row = dict(zip(names, rows.records["awards"][0][1], strict=True))
    assert (row["count_value"], row["count_qualifier"], row["count_span_start"]) == (120, "over", 25)


def test_every_model_field_has_a_column() -> None:
    """New fields reach the tables without touching the export code."""
    columns = {t.name: set(t.columns) for t in tables()}
    assert [name for name, _ in record_fields()] == ["dates", "organizations", "counts", "awards"]
    for name, model in record_fields():
        for field in model.model_fields:
            assert any(c == field or c.startswith(field + "_") for c in columns[name]), (name, field)
    for field in ("title", "issue", "date", "city", "encoding", "masthead", "furniture", "columns", "text"):
        assert field in columns["bulletins"]


# ---------------------------------------------------------------- each format, read back


@pytest.fixture
def converted(tmp_path: Path) -> tuple[Path, list[Bulletin]]:
    paths = write_corpus(tmp_path / "in", 5)
    pipeline = unionnews.Pipeline(extractors=default_extractors(("dates", "counts")))
    return tmp_path / "in", [pipeline.parse(p) for p in paths]


def _convert(folder: Path, out: Path, fmt: str, **kw: object) -> Summary:
    pipeline = unionnews.Pipeline(extractors=default_extractors(("dates", "counts")))
    return unionnews.convert(folder, out, format=fmt, workers=1, pipeline=pipeline, **kw)  # type: ignore[arg-type]  # kw: resume


def test_jsonl_is_the_bulletin_contract(tmp_path: Path, converted: tuple[Path, list[Bulletin]]) -> None:
    folder, expected = converted
    _convert(folder, tmp_path / "out", "jsonl")
    lines = (tmp_path / "out" / "unionnews.jsonl").read_text(encoding="utf-8").splitlines()
    assert [Bulletin.model_validate_json(line) for line in lines] == expected


def test_json_is_an_array_of_bulletins(tmp_path: Path, converted: tuple[Path, list[Bulletin]]) -> None:
    folder, expected = converted
    _convert(folder, tmp_path / "out", "json")
    data = json.loads((tmp_path / "out" / "unionnews.json").read_text(encoding="utf-8"))
    assert [Bulletin.model_validate(d) for d in data] == expected
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["errors.jsonl", "unionnews.json"]


def _sqlite_tables(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(db) as conn:
        out = {t.name: conn.execute(f'SELECT * FROM "{t.name}" ORDER BY id').fetchall() for t in tables()}
    conn.close()
    return out


def test_sqlite_schema_keys_and_indexes(tmp_path: Path, converted: tuple[Path, list[Bulletin]]) -> None:
    folder, expected = converted
    _convert(folder, tmp_path / "out", "sqlite")
    with sqlite3.connect(tmp_path / "out" / "unionnews.sqlite") as conn:
        fks = {(r[2], r[3]) for r in conn.execute("PRAGMA foreign_key_list(dates)")}
        assert fks == {("bulletins", "bulletin_id"), ("articles", "article_id")}
        indexes = {r[1] for r in conn.execute("SELECT * FROM sqlite_master WHERE type = 'index'")}
        assert {"ix_organizations_name", "ix_dates_start", "ix_articles_bulletin_id", "ix_bulletins_path"} <= indexes
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # every fact traced back: a date's span indexes its bulletin's text
        for text, start, end, btext in conn.execute(
            "SELECT d.text, d.span_start, d.span_end, b.text FROM dates d JOIN bulletins b ON b.id = d.bulletin_id"
        ):
            assert btext[start:end] == text
        n_dates = conn.execute("SELECT count(*) FROM dates").fetchone()[0]
        masthead = conn.execute("SELECT count(*) FROM dates WHERE article_id IS NULL").fetchone()[0]
    conn.close()
    # the articles' dates and the mastheads' (article_id NULL)
    assert n_dates == sum(len(a.dates) for b in expected for a in b.articles) + sum(len(b.dates) for b in expected) > 0
    assert masthead == sum(len(b.dates) for b in expected)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_table_files_equal_the_sqlite_tables(tmp_path: Path, converted: tuple[Path, list[Bulletin]], fmt: str) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    folder, _ = converted
    _convert(folder, tmp_path / "db", "sqlite")
    reference = _sqlite_tables(tmp_path / "db" / "unionnews.sqlite")
    _convert(folder, tmp_path / "out", fmt)
    for t in tables():
        path = tmp_path / "out" / f"{t.name}.{fmt}"
        if fmt == "csv":
            with open(path, encoding="utf-8", newline="") as fh:
                header, *body = list(csv.reader(fh))
            assert tuple(header) == t.columns
            want = [tuple("" if v is None else str(v) for v in row) for row in reference[t.name]]
            assert [tuple(r) for r in body] == want, t.name
        else:
            import pyarrow.parquet as pq

            got = pq.read_table(path)
            assert tuple(got.column_names) == t.columns
            assert [tuple(r.values()) for r in got.to_pylist()] == reference[t.name], t.name
    assert not list((tmp_path / "out").glob(".unionnews-*"))  # staging removed


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "sqlite"])
def test_resume_after_a_finished_run_adds_only_new_files(tmp_path: Path, fmt: str) -> None:
    write_corpus(tmp_path / "in", 3)
    _convert(tmp_path / "in", tmp_path / "a", fmt)
    write_corpus(tmp_path / "in", 2, start=3)
    summary = _convert(tmp_path / "in", tmp_path / "a", fmt, resume=True)
    assert (summary.resumed, summary.converted) == (3, 2)
    _convert(tmp_path / "in", tmp_path / "b", fmt)
    for final in (tmp_path / "b").iterdir():
        if final.suffix == ".sqlite":
            assert _sqlite_tables(final) == _sqlite_tables(tmp_path / "a" / final.name)
        else:
            assert (tmp_path / "a" / final.name).read_bytes() == final.read_bytes(), final.name


def test_jsonl_resume_cuts_a_half_written_line(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", 4)
    _convert(tmp_path / "in", tmp_path / "clean", "jsonl")
    clean = (tmp_path / "clean" / "unionnews.jsonl").read_bytes()
    lines = clean.splitlines(keepends=True)
    out = tmp_path / "killed"
    out.mkdir()
    (out / "unionnews.jsonl.partial").write_bytes(lines[0] + lines[1][:50])  # as a kill leaves it
    summary = _convert(tmp_path / "in", out, "jsonl", resume=True)
    assert (summary.resumed, summary.converted) == (1, 3)
    assert (out / "unionnews.jsonl").read_bytes() == clean
