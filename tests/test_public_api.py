"""The public surface: what ``import unionnews`` exports, and that it stays small and importable cheaply."""

from __future__ import annotations

import pickle
import subprocess
import sys

import unionnews


def test_all_names_resolve() -> None:
    for name in unionnews.__all__:
        assert hasattr(unionnews, name), name


def test_core_names_exported() -> None:
    assert {"parse", "parse_file", "read", "Bulletin", "Article", "Pipeline", "NotTextError", "schema"} <= set(
        unionnews.__all__
    )


def test_import_does_no_heavy_work() -> None:
    code = "import sys, unionnews; print(sorted(m for m in ('jieba', 'dateparser', 'opencc', 'dask', 'pyarrow') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_pipeline_pickles_before_and_after_use() -> None:
    pipeline = unionnews.Pipeline()
    pickle.loads(pickle.dumps(pipeline))
    pipeline.parse("12月3日，市总工会召开会议，100余人参加。", reference_date="2024-12-05")
    clone = pickle.loads(pickle.dumps(pipeline))
    b = clone.parse("12月3日，市总工会召开会议，100余人参加。", reference_date="2024-12-05")
    assert b.articles


def test_parse_accepts_reference_date_forms() -> None:
    import datetime as dt

    for ref in ("2024-12-05", dt.date(2024, 12, 5), dt.datetime(2024, 12, 5, 8, 0)):
        b = unionnews.parse("12月3日，市总工会召开会议。", reference_date=ref)
        assert b.metadata.reference_date == dt.date(2024, 12, 5)
        assert b.metadata.reference_source == "caller"


def test_json_round_trip() -> None:
    b = unionnews.parse("某区总工会召开会议\n\n12月3日，某区总工会召开会议。\n")
    again = unionnews.Bulletin.model_validate_json(b.model_dump_json())
    assert again == b
    assert again.schema_version == unionnews.SCHEMA_VERSION
