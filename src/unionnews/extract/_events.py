"""Event names (竞赛, 大赛, 运动会 …) that awards are won at, for the awards extractor (guidelines §4).

Like an organization, an event name marks its right edge (its ending, from ``award_event_endings.txt``) and
not its left one. The name runs left from the ending over name characters to punctuation, a quote or a stop
word (``award_event_stops.txt``: 在, 举办, 的 …), so it keeps its year and ordinal prefix
(2024年杭州市第三届职工运动会) and loses the sentence around it. A slogan in quotes before a name is not part
of it (“中国梦·劳动美”2024年…篮球赛), but a name that is only a quoted title and an ending keeps the quote
(“安康杯”竞赛). References (本次竞赛, 本届大赛) have no name of their own: the walk stops at 本次, and what is
left is the bare ending, which is not a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from unionnews.lexicon import load_words

_SENTENCE_END = re.compile(r"[。！？!?]")
# Up to and including the last character that cannot be in a name (name characters: Han, digits, ·).
_LAST_OTHER = re.compile(r"[\s\S]*[^\u4e00-\u9fff0-9·]")
_LEADING_DATE = re.compile(r"^(?:\d{1,2}月)?\d{1,2}日")
#: A name shorter than its ending plus this many characters is a bare word (比赛, 篮球赛), not a name.
_MIN_PREFIX = 2
_MAX_NAME = 32
#: After an ending these show it is used as a verb, not a name: 评选出, 评比了.
_VERB_AFTER = frozenset("出了过")
_CLOSE = {"”": "“", "」": "「", "』": "『"}
#: A quoted title belongs to a name when at most this much stands between it and the ending (征文比赛);
#: a longer name (2024年重庆市职工篮球赛) stands on its own and the quote before it is a slogan.
_QUOTED_PREFIX = 2


@dataclass(frozen=True)
class _Lists:
    ending_re: re.Pattern[str]
    stop_re: re.Pattern[str]


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    """The packaged endings and stops, read once per process on first use."""
    endings = {w for line in load_words("award_event_endings") for w in line.split()}
    stops = {w for line in load_words("award_event_stops") for w in line.split()}
    return _Lists(ending_re=_alternation(endings), stop_re=_alternation(stops))


def _alternation(words: set[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def ending_pattern() -> re.Pattern[str]:
    """The alternation of event endings (longest first), for callers that strip an event off an award."""
    return _lists().ending_re


def event_names(view: str) -> list[tuple[int, int]]:
    """Spans of the event names in ``view``, in order; references (本次竞赛) give none."""
    lists = _lists()
    out: list[tuple[int, int]] = []
    for m in lists.ending_re.finditer(view):
        if view[m.end() : m.end() + 1] in _VERB_AFTER:
            continue  # 评选出, 比赛了: the ending is a verb here
        start = _left_edge(view, m.start(), lists)
        date = _LEADING_DATE.match(view, start)
        if date:
            start = date.end()
        if m.start() - start >= _MIN_PREFIX or (start < m.start() and view[start] == "“"):
            out.append((start, m.end()))
    return out


def _left_edge(view: str, ending_start: int, lists: _Lists) -> int:
    """Where the name ending at ``ending_start`` begins (see the module docstring)."""
    floor = max(0, ending_start - _MAX_NAME)
    last = _LAST_OTHER.match(view, floor, ending_start)  # the name runs left to the last other character
    i = last.end() if last else floor
    if i > floor:
        ch = view[i - 1]
        if ch in _CLOSE and ending_start - i <= _QUOTED_PREFIX:
            open_at = view.rfind(_CLOSE[ch], floor, i - 1)
            if open_at >= 0:
                return open_at  # a quoted title is the name: “安康杯”竞赛, 「勞動光榮」徵文比賽
    cut = i
    for m in lists.stop_re.finditer(view, i, ending_start):
        cut = max(cut, m.end())
    return cut


def first_sentence(text: str) -> str:
    """The first sentence of a paragraph: where a news lead names its event."""
    m = _SENTENCE_END.search(text)
    return text[: m.end()] if m else text
