"""Fast paths of the organizations extractor against the plain definitions they replace (outputs must not change)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from unionnews.extract import organizations as O

_CITY_TEXT = st.lists(st.sampled_from(["甲", "乙", "市", "区", "，", "a"]), max_size=30).map("".join)
_DISTRICT_TEXT = st.lists(st.sampled_from(["甲", "区", "县", "市", "总工会", "总", "工会", "，"]), max_size=30).map(
    "".join
)


def _spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(1)) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=500, deadline=None)
@given(_CITY_TEXT)
def test_city_mentions_near_each_shi_equal_a_full_scan(text: str) -> None:
    assert _spans(O._near(O._CITY_MENTION, text, "市", 4)) == _spans(O._CITY_MENTION.finditer(text))


@settings(max_examples=500, deadline=None)
@given(_DISTRICT_TEXT)
def test_district_unions_near_each_union_equal_a_full_scan(text: str) -> None:
    assert _spans(O._near(O._DISTRICT_UNION, text, "总工会", 5)) == _spans(O._DISTRICT_UNION.finditer(text))


def _plain_longest(found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The definition: drop every candidate inside another kept one, the most specific reading first."""
    ordered = sorted(set(found), key=lambda f: (f[0], -(f[1] - f[0]), O._RULE_RANK.get(f[3].partition(":")[0], 9), f))
    kept: list[tuple[int, int, str, str]] = []
    for cand in ordered:
        if any(k[0] <= cand[0] and cand[1] <= k[1] for k in kept):
            continue
        kept = [k for k in kept if not (cand[0] <= k[0] and k[1] <= cand[1])]
        kept.append(cand)
    return sorted(kept)


_CANDIDATE = st.tuples(
    st.integers(0, 12),
    st.integers(1, 6),
    st.sampled_from(["union", "government", "other"]),
    st.sampled_from(["suffix", "abbreviation", "lexicon", "alias", "shared:市", "coordinated:总工会"]),
).map(lambda c: (c[0], c[0] + c[1], c[2], c[3]))


@settings(max_examples=500, deadline=None)
@given(st.lists(_CANDIDATE, max_size=8))
def test_longest_equals_its_definition(found: list[tuple[int, int, str, str]]) -> None:
    assert O._longest(found) == _plain_longest(found)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["甲", "在", "和", "都", "区", "，", "a", "与"]), max_size=30).map("".join))
def test_name_run_equals_a_character_walk(text: str) -> None:
    lists = O._lists()
    cjk = re.compile(r"[\u4e00-\u9fff]")
    i = len(text)
    while i > 0 and cjk.match(text[i - 1]) and text[i - 1] not in lists.stop_chars:
        i -= 1
    assert len(text) - lists.run_re.match(text[::-1]).end() == i  # type: ignore[union-attr]


#: An ending, then what may follow it: 第 and a run of numerals of any length before 届/次/大, a publication ...
_AFTER_TEXT = st.tuples(
    st.sampled_from(["总工会", "局", "部", "甲", "人大", "政协"]),
    st.sampled_from(["", "第"]),
    st.text("十二1百", max_size=7),
    st.sampled_from(
        ["届", "次", "大", "大学", "简报", "代", "代表", "代表队", "代表大会", "委员", "队", "广场", "甲", "总工会", ""]
    ),
    st.text("甲学局届", max_size=3),
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_AFTER_TEXT)
def test_ending_scan_flags_what_follows_as_the_plain_check_does(text: str) -> None:
    """``ending_re`` flags an ending the way the plain check after each ending (six characters of view) does."""
    # a numbered congress (第十八次, 十八大) makes the name no body; a body's own session (十届三次) does not
    session = r"第[一二三四五六七八九十百零〇\d]+(?:届|次)|[一二三四五六七八九十]+大(?![学厦道街院楼赛奖队])"
    # a team, delegation or congress (代表队, 代表团, 代表大会) and a deputy (人大代表, 政协委员), not representatives
    deputies = "代表(?:队|团|大会)|(?<=人大)代表|(?<=政协)委员"
    after = re.compile("|".join((*O._PUBLICATION, deputies, "队", "广场", session)))
    lists = O._lists()
    plain = [(m.span(), bool(after.match(text, m.end(), m.end() + 6))) for m in lists.suffix_re.finditer(text)]
    assert [(m.span(1), m.lastindex == 2) for m in lists.ending_re.finditer(text)] == plain


_WORDS = st.lists(st.text("甲乙丙", min_size=1, max_size=3), min_size=1, max_size=6)


@settings(max_examples=300, deadline=None)
@given(_WORDS, st.text("甲乙丙丁省", max_size=20))
def test_grouped_alternation_matches_the_plain_one(words: list[str], text: str) -> None:
    """Words grouped by first character match what ``a|b|…`` longest first does, alone and inside a pattern."""
    plain = "|".join(sorted(set(words), key=len, reverse=True))
    grouped = O._alternation(words).pattern
    assert re.findall(grouped, text) == re.findall(plain, text)
    assert re.findall(f"({grouped})省", text) == re.findall(f"({plain})省", text)


_CLAUSE_TEXT = st.lists(
    st.sampled_from(["市总工会", "甲", "乙", "，", "。", "主办", "参加", "联合", "在", "举行", "支持", "\n"]),
    max_size=14,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_CLAUSE_TEXT, st.integers(0, 40))
def test_plainly_mentioned_names_get_no_other_role(view: str, at: int) -> None:
    """Where the quick test says no role word is near a name, the clause-reading ``_role`` agrees."""
    start = view.find("市总工会", at)
    if start < 0:
        return
    end = start + 4
    ends = [m.start() for m in O._CLAUSE_END.finditer(view)]
    if O._plainly_mentioned(view, start, end):
        assert O._role(view, start, end, ends) == "mentioned"
