"""The JSON Schema is committed under docs/ and must match the models: a contract change is a visible diff.

Regenerate after an intended change with ``UNIONNEWS_REGENERATE=1 pytest tests/test_schema.py`` and record it
in CHANGELOG.md (bump ``SCHEMA_VERSION`` when a consumer could notice).
"""

from __future__ import annotations

import os
from pathlib import Path

import unionnews

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "docs" / "schema.json"


def test_committed_schema_matches_models() -> None:
    current = unionnews.schema() + "\n"
    if os.environ.get("UNIONNEWS_REGENERATE"):
        SCHEMA_FILE.write_text(current, encoding="utf-8")
    assert SCHEMA_FILE.read_text(encoding="utf-8") == current, "JSON contract changed: regenerate docs/schema.json"
