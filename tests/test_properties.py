"""Invariants over arbitrary input (hypothesis): no crash but the documented error, nothing lost, spans true."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import unionnews
from tests.conftest import assert_invariants
from unionnews.errors import NotTextError

# Characters that drive the layout rules, so generated text exercises them all.
ALPHABET = (
    "市总工会区县召开举办职工代表队选手名人余近约月日年第期届号"
    "，。、；：！？“”（）【】——…"
    "◆●■△▲★一二三十百千万〇0123456789"
    "#-· \u3000\u00a0\u200b\t\n\n\n\r"
    "０１２ＡＢ臺會總"
    "图为简讯动态"
)
texts = st.text(alphabet=ALPHABET, max_size=400)
lines = st.lists(
    st.one_of(
        st.sampled_from(
            ["", "一周动态", "- 2 -", "第3页", "图为活动现场", "## 某区总工会召开会议", "◆", "一、", "工会简报"]
        ),
        st.text(alphabet=ALPHABET.replace("\n", "").replace("\r", ""), max_size=60),
    ),
    max_size=30,
).map("\n".join)


def check(text: str) -> None:
    try:
        b = unionnews.parse(text, reference_date="2024-12-05")
    except NotTextError:
        return
    assert_invariants(b, text)
    b2 = unionnews.Bulletin.model_validate_json(b.model_dump_json())
    assert b2 == b


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_arbitrary_characters(text: str) -> None:
    check(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines)
def test_arbitrary_lines(text: str) -> None:
    check(text)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes(data: bytes) -> None:
    try:
        b = unionnews.parse(data)
    except NotTextError:
        return
    assert_invariants(b)
