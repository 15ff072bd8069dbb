"""Fast paths of the structure stages against the plain definitions they replace (outputs must not change)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from unionnews import Pipeline
from unionnews.assemble import _leftovers
from unionnews.model import Article, Bulletin, Column, Furniture, MastheadField, Span, TextSpan
from unionnews.model.trusted import span, text_span, trusted
from unionnews.normalize import _ONE_FOR_ONE, _translate, normalize
from unionnews.script import _TRADITIONAL_MARKERS, is_traditional
from unionnews.segment import lines as L
from unionnews.segment import masthead
from unionnews.segment.lines import Line, is_terminal


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


def test_trusted_fills_defaults_and_rejects_unknown_fields() -> None:
    made = trusted(Article, {"span": span(0, 4), "paragraphs": [text_span("工会召开", 0, 4)]})
    assert made == Article.model_validate(
        {"span": {"start": 0, "end": 4}, "paragraphs": [{"text": "工会召开", "span": {"start": 0, "end": 4}}]}
    )
    assert made.model_fields_set == {"span", "paragraphs"}
    assert list(made.__dict__) == list(Article.model_fields)
    with pytest.raises(TypeError):
        trusted(Column, {"txt": "工作动态"})
    with pytest.raises(TypeError):  # a required field left out
        trusted(Column, {"text": "工作动态", "span": span(0, 4)})


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
    # what the assembler passes is what validating its dict tree recorded as set; new fields stay unset
    unset = [("Bulletin", ["articles", "columns", "furniture", "masthead", "metadata", "offsets", "source", "text"])]
    assert _fields_sets(bulletin)[:1] == unset
    articles = [s for s in _fields_sets(bulletin) if s[0] == "Article"]  # type: ignore[index]
    assert all(
        s == ("Article", ["bullet", "captions", "column", "headline", "kicker", "paragraphs", "span", "subtitle"])
        for s in articles
    )


# The line splitter and classifier as they were before their fast paths: the reference they must equal.
_REF_CONTENT = regex.compile(r"[^\S\n]*(\S(?:[^\n]*\S)?)[^\S\n]*(?:\n|$)|[^\S\n]*\n")


def _reference_split(text: str) -> list[tuple[int, int, int, str, int]]:
    out: list[tuple[int, int, int, str, int]] = []
    blanks = 0
    for m in _REF_CONTENT.finditer(text):
        if m.start(1) < 0:
            blanks += 1
            continue
        out.append((len(out), m.start(1), m.end(1), m.group(1), blanks))
        blanks = 0
    return out


def _reference_classify(lines: list[Line]) -> None:
    for line in lines:
        t = line.text
        line.terminal = is_terminal(t)
        if L._PAGE.fullmatch(t):
            line.kind, line.furniture_kind = "furniture", "page_number"
            continue
        if L._BREADCRUMB_HINT.search(t) and L._BREADCRUMB.fullmatch(t):
            line.kind, line.furniture_kind = "furniture", "navigation"
            continue
        if L._RULE.fullmatch(t) and any(not ch.isspace() for ch in t):
            line.kind, line.furniture_kind = "furniture", "rule"
            continue
        # markdown from a CMS: a link line sending the reader elsewhere, a pipe table's rows, a quote, a list item
        if L._NAV_LINK.fullmatch(t):
            line.kind, line.furniture_kind = "furniture", "navigation"
            continue
        if len(t) >= 3 and t[0] == t[-1] == "|":
            if L._TABLE_RULE.fullmatch(t):
                line.kind, line.furniture_kind = "furniture", "markup"
            elif t.count("|") >= 3:
                line.row = True
            continue
        if (m := L._QUOTE.match(t)) and m.end() < len(t):
            line.marker_end = line.body_start = line.start + m.end()
            continue
        if len(t) > 3 and t[0] in "*_" and t[-1] == t[0] != t[1] and L._CAPTION.match(t, 1):
            line.kind, line.marker_end, line.body_start, line.body_end = (
                "caption",
                line.start + 1,
                line.start + 1,
                line.end - 1,
            )
            continue
        if L._MD_ITEM.match(t):
            line.kind, line.marker_end, line.body_start = "bullet", line.start + 1, line.start + L._skip_space(t, 1)
            continue
        if L._HASHTAGS.fullmatch(t):  # a line of hashtags alone (#工会服务# #海口工会#): furniture
            line.kind, line.furniture_kind = "furniture", "navigation"
            continue
        for kind, pattern in (("heading", L._MD_HEADING), ("bullet", L._BULLET), ("enum", L.ENUM)):
            if m := pattern.match(t):
                body = L._skip_space(t, m.end())
                if body < len(t):
                    line.kind = kind
                    if kind == "heading":
                        line.level = m.end()
                    line.marker_end = line.start + m.end()
                    line.body_start = line.start + body
                    if kind == "heading":
                        line.terminal = is_terminal(line.body)
                    break
        else:
            if L._CAPTION.match(t) and line.width <= 80:
                line.kind = "caption"
            elif L._BYLINE.fullmatch(t):
                line.byline = True


def _state(lines: list[Line]) -> list[tuple[object, ...]]:
    return [dataclasses.astuple(ln) for ln in lines]


LINE_ALPHABET = (
    "市总工会召开职工第期页图为供稿来源通讯员记者摄影文/编辑审核首页位置网站>＞»›|+"
    "，。、；：！？“”（）()【】[]——…-—–－_~·•=━─═*～.#◆●■★→一二三十0123456789pPage/"
    " \u3000\u00a0\t\x1c\x1f\u2028\U0001d7ce\U00010d40"
)
LINE_SAMPLES = [
    "- 3 -",
    "第3页 共8页",
    "Page 2",
    "p.4",
    "3/8",
    "首页 > 新闻中心 > 工会动态",
    "当前位置：首页 » 工作动态",
    "————————",
    "## 市总工会召开全委会",
    "◆ 区总工会开展送温暖活动",
    "#工会服务# #职工之家#",
    "🔹 市总工会召开会议。",
    "一、重要会议",
    "（二）工作动态",
    "1.3月2日，市总工会召开会议。",
    "图为活动现场",
    "（市总工会组织部供稿）",
    "通讯员：张明",
    "文/图 李华",
    "\x1c 工会 \x1f",
    "\U0001d7cf、工会",
    "> 市总工会主席表示：",
    "- 3月2日，市总工会召开会议。",
    "* 市总工会",
    "| 单位 | 名次 |",
    "|---|:---:|",
    "[阅读原文](https://example.cn/a.html)",
    "*图为活动现场*",
]
texts_of_lines = st.lists(
    st.one_of(st.sampled_from(LINE_SAMPLES), st.text(alphabet=LINE_ALPHABET, max_size=30)), max_size=12
).map("\n".join)


@settings(max_examples=400, deadline=None)
@given(texts_of_lines)
def test_split_and_classify_equal_the_reference(text: str) -> None:
    fast = L.split_lines(text)
    assert [(ln.index, ln.start, ln.end, ln.text, ln.blank_before) for ln in fast] == _reference_split(text)
    ref = [Line(*row) for row in _reference_split(text)]
    L.classify(fast)
    _reference_classify(ref)
    assert _state(fast) == _state(ref)


@pytest.mark.parametrize("sample", LINE_SAMPLES, ids=range(len(LINE_SAMPLES)))
def test_classify_samples_equal_the_reference(sample: str) -> None:
    fast, ref = L.split_lines(sample), [Line(*row) for row in _reference_split(sample)]
    L.classify(fast)
    _reference_classify(ref)
    assert _state(fast) == _state(ref)


MASTHEAD_ALPHABET = (
    "市总工会办公室编印主办宣传部简报动态第期总年月日0123456789一二〇-./:：发布时间来源作者【】（）() ·|，"
)
MASTHEAD_SAMPLES = [
    "工会简报",
    "第3期",
    "（总第128期）",
    "杭州市总工会办公室编印    2023年5月8日",
    "【2024年第5期】",
    "发布时间：2025-05-07 14:11",
    "来源：市总工会办公室  2024-03-02",
    "05.03.2026",
    "市总工会召开十五届三次全委会议",
    "3月2日，市总工会召开全委会议",
]


MASTHEAD_TOKENS = [
    *MASTHEAD_SAMPLES,
    *("2024-03-02", "作者：张三", "【", "】", " ", "·", "|", "，", "主办", "区总工会 编", "会议", "X", "3月2日"),
]
masthead_lines = st.one_of(
    st.lists(st.sampled_from(MASTHEAD_TOKENS), min_size=1, max_size=5).map("".join),
    st.text(alphabet=MASTHEAD_ALPHABET, max_size=40),
)


@settings(max_examples=600, deadline=None)
@given(masthead_lines, st.booleans())
def test_fields_of_prefilter_changes_nothing(text: str, top: bool) -> None:
    if not text.strip():
        return
    line = L.split_lines(text)[0]
    fast = masthead.fields_of(line, top=top)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(masthead, "_could_start_with_a_field", lambda t: True)
        slow = masthead.fields_of(line, top=top)
    assert fast == slow


def _reference_leftovers(ln: Line, start: int, end: int) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    s = None
    for i in range(start, end):
        if ln.text[i - ln.start].isspace():
            if s is not None:
                out.append(("other", s, i))
                s = None
        elif s is None:
            s = i
    if s is not None:
        out.append(("other", s, end))
    return out


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="【】|·工会 \u3000\t\x1c\x1f", min_size=1, max_size=20), st.integers(0, 25), st.integers(0, 25))
def test_leftovers_equal_the_character_loop(text: str, a: int, b: int) -> None:
    ln = Line(0, 7, 7 + len(text), text, 0)
    start, end = 7 + min(a, len(text)), 7 + min(b, len(text))
    assert _leftovers(ln, start, end) == _reference_leftovers(ln, start, end)
