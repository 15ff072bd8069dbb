"""The CLI: output on stdout, errors on stderr, exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from unionnews.cli import main


def test_parse_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(FIXTURES / "hz-2023-plain-masthead.txt")]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["metadata"]["title"] == "工会工作简报"
    assert len(doc["articles"]) == 5
    assert {"column", "kicker", "headline", "subtitle", "paragraphs", "captions", "span", "dates"} <= set(
        doc["articles"][0]
    )


def test_parse_outline(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--outline", str(FIXTURES / "gz-2024-markdown-crlf.txt")]) == 0
    out = capsys.readouterr().out
    assert "[基层简讯]" in out and "广州市总工会召开2024年全市工会工作会议" in out


def test_parse_bad_file_goes_to_stderr_with_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    assert main(["parse", str(bad), str(FIXTURES / "bj-2025-web-stamp.txt")]) == 1
    captured = capsys.readouterr()
    assert "bad.txt" in captured.err and "not a text bulletin" in captured.err
    assert json.loads(captured.out)["metadata"]["reference_source"] == "stamp"


def test_bad_usage_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse"]) == 2
    assert main(["parse", "--reference-date", "yesterday", str(FIXTURES / "bj-2025-web-stamp.txt")]) == 2
    assert "ISO date" in capsys.readouterr().err


def test_schema_command_prints_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Bulletin"
