"""find_forms runs the date pattern only on windows around anchor characters: it must find exactly what the
pattern finds over the whole block (every form holds an anchor, and each window reaches past its forms)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from unionnews.extract import _dateforms
from unionnews.extract._dateforms import Form, find_forms

# Pieces of date expressions and of the words around them that look like dates (青年, 号召, 期间, 天津).
_WORDS = (
    "2024 1998 12 31 今年 去年 上年 同年 当年 本月 上月 次日 近日 近期 今天 昨天 前一天 日前 上午 晚上 时 点 分 左右 许"
    " 上旬 下半年 一季度 二〇二四 二零二二 一九九八 学年 年底 青年 周年 号召 期间 天津"
    " 季度 前三季度 首季 个 民国 民國 中华民国 112 一百一十二 年度 、 和 第"
    " 上周 本周 下周 星期 周 前天 目前 至中旬 至下旬 至月底 上个月 08 112.05.01 112/5/1 年代 次年 翌年 （周二） (星期二) 2011、"
)
_PIECES = [
    *"0123456789年月日号旬天期季度初底末上中下半首第每个至到-—～./ \u3000〇○零一二三四五六七八九十廿元，。\n",
    *_WORDS.split(),
]


def _whole_block(view: str, roc: bool) -> list[Form]:
    """What find_forms does, with the pattern run over the whole block instead of windows."""
    forms: list[Form] = []
    _dateforms.scan(_dateforms._compiled(roc).finditer, view, 0, len(view), forms)
    return _dateforms.joined(forms, view)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join), st.booleans())
def test_windows_find_what_the_whole_block_holds(view: str, roc: bool) -> None:
    assert find_forms(view, roc) == _whole_block(view, roc)


def test_new_forms_are_found_through_their_anchors() -> None:
    # a year of the Republic of China calendar (民國一百年 has no 年 anchor), a quarter with no year, a list item
    for view, roc in (
        ("中华民国一百年", False),
        ("前三个季度", False),
        ("首季", False),
        ("112年度", True),
        ("112.05.01", True),
    ):
        assert find_forms(view, roc) == _whole_block(view, roc) != []


def test_chinese_year_without_zero_sign_or_nian() -> None:
    # no 年 and no 〇: found through the 零 of 二零 (and 一九), wherever the year stands
    assert [(f.rule, f.year) for f in find_forms("“二零二二”职工读书月启动")] == [("bare-year", 2022)]
    assert [(f.rule, f.year) for f in find_forms("“一九九八”")] == [("bare-year", 1998)]
    assert find_forms("青年职工期间积极响应号召") == []
