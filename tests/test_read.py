"""Reading: every encoding archives use is detected without being told; non-text fails with one error type."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

import unionnews
from unionnews.errors import NotTextError, UnionNewsError

SAMPLE = "市总工会召开2024年全市工会工作会议，各区县总工会负责同志参加。"
TRADITIONAL = "臺北市產業總工會舉辦勞動節慶祝大會，會員工會代表參加。"

ENCODED = [
    ("utf-8", SAMPLE.encode("utf-8"), "utf-8", SAMPLE),
    ("utf-8-bom", codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig", SAMPLE),
    ("utf-16-le-bom", codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "utf-16-le", SAMPLE),
    ("utf-16-be-bom", codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16-be", SAMPLE),
    ("utf-32-le-bom", codecs.BOM_UTF32_LE + SAMPLE.encode("utf-32-le"), "utf-32-le", SAMPLE),
    ("gbk", SAMPLE.encode("gbk"), "gb18030", SAMPLE),
    ("gb18030", (SAMPLE + "𠀀").encode("gb18030"), "gb18030", SAMPLE + "𠀀"),
    ("big5", TRADITIONAL.encode("big5"), "big5", TRADITIONAL),
]


@pytest.mark.parametrize(("data", "encoding", "text"), [c[1:] for c in ENCODED], ids=[c[0] for c in ENCODED])
def test_detects_encoding(data: bytes, encoding: str, text: str) -> None:
    decoded = unionnews.read(data)
    assert (decoded.encoding, decoded.text) == (encoding, text)


def test_path_records_path_and_sha256(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(SAMPLE.encode("gbk"))
    decoded = unionnews.read(p)
    assert decoded.path == str(p)
    assert len(decoded.sha256) == 64
    b = unionnews.parse_file(p)
    assert (b.source.path, b.source.encoding, b.source.sha256) == (str(p), "gb18030", decoded.sha256)


NOT_TEXT = [
    ("nul-bytes", b"abc\x00def", "NUL"),
    ("binary", bytes(range(256)) * 4, "NUL"),
    ("controls", ("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 20).encode(), "control"),
    ("empty", b"", "empty"),
    ("blank", b" \n\t\n", "empty"),
    ("undecodable", b"\xff\xfe\xfd" * 0 + bytes([0x81, 0x20, 0xFF, 0xFF, 0x80, 0x80]) * 10, "undecodable"),
    ("bad-bom", codecs.BOM_UTF8 + b"\xff\xff", "byte-order mark"),
]


@pytest.mark.parametrize(("data", "reason"), [c[1:] for c in NOT_TEXT], ids=[c[0] for c in NOT_TEXT])
def test_not_text_raises_one_clear_error(tmp_path: Path, data: bytes, reason: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    with pytest.raises(NotTextError) as info:
        unionnews.parse_file(p)
    assert str(p) in str(info.value)
    assert reason in str(info.value)
    assert isinstance(info.value, UnionNewsError)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(NotTextError, match="no such file"):
        unionnews.parse_file(tmp_path / "missing.txt")
    with pytest.raises(NotTextError, match="directory"):
        unionnews.parse_file(tmp_path)


def test_explicit_encoding_overrides_detection() -> None:
    assert unionnews.read(SAMPLE.encode("gbk"), encoding="gbk").encoding == "gbk"
    with pytest.raises(NotTextError, match="cannot be decoded as utf-8"):
        unionnews.read(SAMPLE.encode("gbk"), encoding="utf-8")


def test_str_is_text_not_a_path() -> None:
    assert unionnews.read("fixtures/none.txt").text == "fixtures/none.txt"
