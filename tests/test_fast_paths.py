"""Fast paths of the structure stages against the plain definitions they replace (outputs must not change)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from unionnews import Pipeline
from unionnews.model import Bulletin, Column, Furniture, MastheadField, Span, TextSpan
from unionnews.model.trusted import span, text_span, trusted
from unionnews.normalize import _ONE_FOR_ONE, _translate, normalize
from unionnews.script import _TRADITIONAL_MARKERS, is_traditional


def test_translate_agrees_with_the_table_on_every_bmp_character() -> None:
    every = "".join(chr(cp) for cp in range(0x10000) if not 0xD800 <= cp < 0xE000)
    assert _translate(every) == every.translate(_ONE_FOR_ONE)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\r",
        "甲\r\n乙\r丙",
        "\ufeff２０２４年\u3000１２月\u200b",
        "Ａ\u00a0ｂ\u2028\u00ad",
        "市总工会召开会议。",
    ],
    ids=["empty", "lone-cr", "crlf-and-cr", "bom-fullwidth-zero-width", "letters-nbsp-soft-hyphen", "nothing-to-do"],
)
def test_normalize_fast_path_equals_the_general_one(text: str) -> None:
    norm = normalize(text)
    kept = "".join(ch for ch in text if ch not in "\u200b\u200c\u200d\u2060\ufeff\u00ad")
    kept = kept.replace("\r\n", "\n")
    assert norm.text == kept.translate(_ONE_FOR_ONE)
    assert sum(n for _, _, n in norm.runs) == len(norm.text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", False),
        ("會", False),
        ("會國", False),
        ("會會會", True),
        ("工會召開會議，與會", True),
        ("工会召开会议", False),
    ],
    ids=["empty", "one-marker", "two-markers", "one-marker-three-times", "traditional-sentence", "simplified"],
)
def test_is_traditional_counts_three_marker_occurrences(text: str, expected: bool) -> None:
    assert is_traditional(text) is expected
    assert (sum(text.count(ch) for ch in _TRADITIONAL_MARKERS) >= 3) is expected


def _fields_sets(model: object) -> list[object]:
    """Every nested model's fields set, in a fixed order (what exclude_unset reads)."""
    out: list[object] = []
    if isinstance(model, BaseModel):
        out.append((type(model).__name__, sorted(model.model_fields_set)))
        for name in type(model).model_fields:
            out.extend(_fields_sets(getattr(model, name)))
    elif isinstance(model, list):
        for item in model:
            out.extend(_fields_sets(item))
    return out


@pytest.mark.parametrize(
    ("cls", "values"),
    [
        (Span, {"start": 3, "end": 7}),
        (TextSpan, {"text": "工会", "span": {"start": 0, "end": 2}}),
        (Furniture, {"text": "- 2 -", "span": {"start": 5, "end": 10}, "kind": "page_number"}),
        (MastheadField, {"text": "第3期", "span": {"start": 0, "end": 3}, "field": "issue"}),
        (Column, {"text": "【工作动态】", "span": {"start": 0, "end": 6}, "name": "工作动态"}),
    ],
    ids=["span", "text-span", "furniture", "masthead-field", "column"],
)
def test_trusted_equals_validated(cls: type[BaseModel], values: dict[str, Any]) -> None:
    validated = cls.model_validate(values)
    built = dict(values)
    if "span" in built:
        built["span"] = span(**built["span"])
    made = trusted(cls, built)
    assert made == validated
    assert repr(made) == repr(validated)
    assert made.model_fields_set == validated.model_fields_set
    assert made.model_dump() == validated.model_dump()


def test_text_span_helper() -> None:
    made = text_span("甲乙丙丁", 1, 3)
    assert made == TextSpan(text="乙丙", span=Span(start=1, end=3))
    assert made.model_fields_set == {"text", "span"}
    assert made.span.model_fields_set == {"start", "end"}


FIXTURE_TEXTS = sorted((Path(__file__).resolve().parent.parent / "fixtures").rglob("*.txt"))


@pytest.mark.parametrize("path", FIXTURE_TEXTS, ids=[p.stem for p in FIXTURE_TEXTS])
def test_assembled_tree_survives_validation(path: Path) -> None:
    """The tree built without validation is exactly what validating its own dump makes."""
    bulletin = Pipeline(extractors=[]).parse(path, structure_only=True)
    again = Bulletin.model_validate(bulletin.model_dump())
    assert again == bulletin
    assert again.model_dump_json() == bulletin.model_dump_json()
    unset = [("Bulletin", ["articles", "columns", "furniture", "masthead", "metadata", "offsets", "source", "text"])]
    assert _fields_sets(bulletin)[:1] == unset
    articles = [s for s in _fields_sets(bulletin) if s[0] == "Article"]  # type: ignore[index]
    assert all(
        s == ("Article", ["bullet", "captions", "column", "headline", "kicker", "paragraphs", "span", "subtitle"])
        for s in articles
    )
