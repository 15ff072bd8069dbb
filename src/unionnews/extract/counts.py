"""Counts extractor: numbers that count people or groups of people (guidelines §3).

A count is a number, a measure word and, usually, the noun it counts. Chinese puts them in two orders:
``600余支代表队`` (number, measure word, noun) and ``覆盖基层工会61个`` (noun, number, measure word). The
extractor finds every number followed by a measure word (``_COUNT``), then decides from the noun whether
people are counted:

- ``名 位 人 人次 户`` count people (or households) by themselves; the noun, when one is found, is only the
  record's ``subject``;
- ``个 家 支 组 对`` count anything (``四个赛项``, ``3个月``), so they are kept only with a people or group noun
  from ``count_people.txt``/``count_groups.txt`` right after them (or right before, in the second order), and
  not when that noun merely modifies a thing (``20个职工之家`` — ``count_not_after.txt``).

Ordinals (``第二批``, ``前三名``), numbers inside a quoted name (``“百万职工”``), a bare ``一`` (an article,
not a count: ``一支高素质队伍``) and a bare ``百``/``千``/``万`` (``千人健步走``) are not counts. Money, areas,
durations and percentages never reach a measure word of the list.

The role comes from the cue words of the count's clause (``count_roles.txt``): an award verb after the count
(or a commendation before it) makes ``winners``; otherwise the nearest participation or capacity cue before
the count, else the first one after it; a clause without cues is about the people who took part.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import regex

from unionnews.context import Context
from unionnews.extract._numerals import adjacent_low, to_number
from unionnews.lexicon import load_lines, load_words
from unionnews.model import Article, Count
from unionnews.model.records import CountRole, Qualifier
from unionnews.model.trusted import span, trusted

_CN = "〇○零一壹二贰两俩三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿億"
# 1,200 and 2 100 (digits grouped by a space, as typeset figures and OCR give them; never after a digit, so a
# year before a count, 2019 100名, stays two numbers), then plain digits
_ARABIC = r"[0-9]{1,3}(?:,[0-9]{3})+|(?<![0-9])[0-9]{1,3}(?:[ ][0-9]{3})+(?![0-9])|[0-9]+(?:\.[0-9]+)?"
# One count: qualifier before, the number (vague 数十, or digits/Chinese, with 余/多 inside: 30余万, 2万余),
# the measure word, a qualifier after. Longer alternatives first, so 超过 wins over 超 and 人次 over 人;
# 约/近 ending another word (签约, 附近) are no qualifiers.
_COUNT = re.compile(
    rf"""
    (?P<pre>超过|超出|多达|高达|将近|接近|不到|不足|不少于|不低于|至少|大约|大概|(?<![签节预制邀特公条履违合婉])约|(?<![附最临就亲靠邻远])近|逾|超|上(?=[百千万]))?
    (?:
        (?P<vague>[数几])(?P<vscale>[十百千万]+)
      | (?P<num>(?:{_ARABIC})[十百千万萬亿億]*|[{_CN}]+)
        (?P<mid>[余多几]?)
        (?P<big>(?<=[余多])[万萬亿億])?
        (?P<mid2>(?<=[万萬亿億])[余多])?
    )
    (?P<unit>人次|名|位|人|个|家|支|组|对|户)
    (?P<post>左右|上下|以上|以下|以内)?
    """,
    re.VERBOSE,
)
# A numeral (or 余/多/几 after one) right before a measure word: where a count can end.
_HINT = re.compile(rf"[0-9{_CN}余多几](?:名|位|人|个|家|支|组|对|户)")
_WINDOW = 24  # characters a qualifier and a number may take before the hint
# What a count's number (and 余/多 inside it) is made of, and the longest qualifier before it (不少于).
_NUMBER_CHARS = frozenset("0123456789,. " + _CN + "数几余多")
_MAX_PRE = 3
_PRE_LAST = frozenset("过出达近到足于少约概逾超上")  # the last characters of the qualifiers before a number
# A range's first number and its dash: 3至5人, 20-30名 (the count is the lower bound, about).
_RANGE_BEFORE = regex.compile(rf"(?:{_ARABIC}|[{_CN}]+)(?:至|到|-|—|~|～)$")
_DASHES = frozenset("至到-—~～")  # what a range's first number ends with (the last characters of _RANGE_BEFORE)
_QUOTES = regex.compile(r"“[^“”\n]{1,40}”|《[^《》\n]{1,40}》|「[^「」\n]{1,40}」|\"[^\"\n]{1,40}\"")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Words between a noun and the number that follows it: 基层工会达61个, 参赛选手共计120名.
_CONNECTOR = re.compile(
    r"(?:共计|合计|总计|累计|总数达到|总数达|总数为|人数达到|人数达|人数为|达到|共有|现有|已有|达|共|为|有|各)$"
)
# A space between two phrases of a heading (一线建功　38名选手获个人奖), which punctuation would end in prose.
_PHRASE_GAP = re.compile(r"(?<=[\u4e00-\u9fff”」）)])[ \t]+(?=[\u4e00-\u9fff0-9“「（(])")
_CLAUSE_END = re.compile(r"[，。；！？,;!?\n：:]")


def _clause_breaks(view: str) -> list[int]:
    """Where the clauses of ``view`` end; an ASCII comma between digits groups thousands (3,600余名), ending none."""
    breaks = [m.start() for m in _CLAUSE_END.finditer(view)]
    if "," in view:  # (rare in Chinese prose: elsewhere the filter costs nothing)
        breaks = [
            b for b in breaks if not (view[b] == "," and view[b - 1 : b].isdigit() and view[b + 1 : b + 2].isdigit())
        ]
    return breaks


_PEOPLE_UNITS = frozenset({"名", "位", "人", "人次", "户"})
_QUALIFIERS: dict[str, Qualifier] = {
    "超过": "over", "超出": "over", "逾": "over", "超": "over", "不少于": "over", "不低于": "over", "至少": "over",
    "上": "over", "余": "over", "多": "over", "几": "over", "以上": "over",
    "将近": "under", "接近": "under", "近": "under", "不到": "under", "不足": "under", "以下": "under", "以内": "under",
    "约": "about", "大约": "about", "大概": "about", "左右": "about", "上下": "about",
}  # fmt: skip
_MAX_PREFIX = 6  # characters of modifier allowed before the counted noun: 100余名新就业形态劳动者
_MAX_SUBJECT = 14
_MAX_NOUN = 8  # the longest noun of the lists (新就业形态劳动者), looked for right before a number


class _Words:
    """A word list looked up at a position: the longest word there, what an alternation sorted longest first
    matches. Only the few words that start with the character there are tried (an alternation of hundreds of
    words tries each of them at every position), so a lookup costs about one dict access."""

    __slots__ = ("_by_first",)

    def __init__(self, words: Iterable[str]) -> None:
        by_first: dict[str, list[str]] = {}
        for word in sorted(set(words), key=len, reverse=True):
            by_first.setdefault(word[0], []).append(word)
        self._by_first = {first: tuple(group) for first, group in by_first.items()}

    def at(self, text: str, pos: int, endpos: int | None = None) -> str | None:
        """The longest word at ``text[pos:]`` that ends by ``endpos``, or None."""
        for word in self._by_first.get(text[pos : pos + 1], ()):
            if text.startswith(word, pos, endpos):
                return word
        return None


@dataclass(frozen=True)
class _Lists:
    heads: _Words  # people and group nouns
    people: frozenset[str]
    groups: frozenset[str]
    head_set: frozenset[str]
    stops: _Words  # stops and every cue: where a subject search ends
    not_after: _Words
    modifiers: frozenset[str]  # a modifier or noun right before a noun (困难|职工|家庭)
    blockers: dict[str, tuple[str, ...]]
    cues: re.Pattern[str]
    cue_role: dict[str, str]


class _Found(NamedTuple):
    start: int  # in the block
    end: int
    value: int
    qualifier: Qualifier
    unit: str
    subject: tuple[int, int] | None  # where the counted noun is, in the block
    rule: str
    reverse: bool = False  # the noun came first (基层工会61个)


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    """The packaged lists, read once per process on first use."""
    people = _split("count_people")
    groups = _split("count_groups")
    cue_role: dict[str, str] = {}
    for line in load_lines("count_roles"):
        role, *words = line.split()
        for word in words:
            cue_role.setdefault(word, role)
    heads = people | groups
    verbs = {w for w, role in cue_role.items() if role in _VERB_ROLES}
    # A noun ending in a cue that is a noun too (组织, 工会组织) may be that verb: in 区总工会组织职工600余人 it
    # takes 职工 as its object, so it is no modifier of the counted noun.
    verb_nouns = {w for w in heads if any(w.endswith(verb) for verb in verbs & heads)}
    # Any other noun holding a cue after its first character is no cue (运动员 holds 动员, 新就业形态劳动者 就业):
    # the longest-first alternation reads the noun where the cue inside it would start later.
    for noun in heads - verb_nouns:
        if noun not in cue_role and any(verb in noun[1:] for verb in verbs):
            cue_role[noun] = "none"
    blockers: dict[str, tuple[str, ...]] = {}
    for line in load_lines("count_unit_blockers"):
        unit, *words = line.split()
        blockers[unit] = tuple(words)
    return _Lists(
        heads=_Words(heads),
        people=frozenset(people),
        groups=frozenset(groups),
        head_set=frozenset(heads),
        stops=_Words(_split("count_stops") | {w for w, role in cue_role.items() if role != "none"}),
        not_after=_Words(_split("count_not_after")),
        modifiers=frozenset(_split("count_modifiers") | (heads - verb_nouns)),
        blockers=blockers,
        cues=_alternation(cue_role),
        cue_role=cue_role,
    )


# The roles whose cues are verbs of the clause (a noun holding one inside is no cue, one ending in one no modifier).
_VERB_ROLES = frozenset({"participants", "other", "winners_after", "winners_before"})


def _split(name: str) -> set[str]:
    return {w for line in load_words(name) for w in line.split()}


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    """One pattern for a word list, longest words first so the longest match wins."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


class CountExtractor:
    """Finds counts of people and groups in each article; see the module docstring for the method."""

    field = "counts"

    def __call__(self, ctx: Context, article: Article) -> list[Count]:
        lists = _lists()
        records: list[Count] = []
        whole, text = ctx.view, ctx.text
        for block in article.blocks():
            base, stop = block.span.start, block.span.end
            if _HINT.search(whole, base, stop) is None:
                continue  # most blocks hold no numeral before a measure word: one search decides
            view = whole[base:stop]
            found = list(find_counts(view, lists))
            if not found:
                continue
            spans = [(f.start, f.end) for f in found]
            breaks = _clause_breaks(view)
            if " " in view and (block is article.headline or block is article.subtitle or block is article.kicker):
                # 万余名职工参加初赛　38名选手获个人奖: a heading's phrases are set apart by a space, not a comma
                breaks = sorted(breaks + [m.start() for m in _PHRASE_GAP.finditer(view)])
            previous: tuple[int, CountRole] | None = None
            for f in found:
                role = _role(view, f, spans, lists, breaks, previous)
                previous = (f.end, role)
                start, end = base + f.start, base + f.end
                written = text[start:end]
                # trusted: every field is built here with its declared type (all of them, in declaration order),
                # which validating each record again would only cost
                records.append(
                    trusted(
                        Count,
                        {
                            "text": written,
                            "span": span(start, end),
                            "rule": f.rule,
                            "value": f.value,
                            "approximate": f.qualifier != "exact",
                            "qualifier": f.qualifier,
                            "unit": _as_written(f.unit, written),
                            "subject": None if f.subject is None else text[base + f.subject[0] : base + f.subject[1]],
                            "role": role,
                        },
                    )
                )
        return records


def _as_written(unit: str, written: str) -> str:
    """The measure word as the text writes it (個 in a Traditional bulletin), like every other record field."""
    traditional = _TRADITIONAL_UNITS.get(unit)
    return traditional if traditional is not None and traditional in written and unit not in written else unit


def find_counts(view: str, lists: _Lists | None = None) -> Iterable[_Found]:
    """Counts in one block of Simplified text, in order, as offsets into it."""
    lists = lists or _lists()
    quoted = [(m.start(), m.end()) for m in _QUOTES.finditer(view)] if any(q in view for q in '“《「"') else []
    for m in _matches(view):
        found = _read(view, m, lists)
        if found is None:
            continue
        if any(qs < found.start and found.end <= qe and (qe - qs) > (found.end - found.start) + 2 for qs, qe in quoted):
            continue  # part of a quoted name: “百万职工”建功行动
        yield found


def _matches(view: str) -> Iterable[re.Match[str]]:
    """The matches of ``_COUNT`` in order, tried only near a numeral touching a measure word.

    Same matches as ``_COUNT.finditer(view)``: every count holds such a pair, and what a count holds before
    it is the run of number characters ending there and at most a three-character qualifier, so the search
    starts there (never more than the window back). Several times faster on prose, where most positions
    start no number.
    """
    pos = 0
    for hint in _HINT.finditer(view):
        h = hint.start()
        if h + 2 <= pos:
            continue
        lo = h
        floor = max(pos, h - _WINDOW)
        while lo > floor and view[lo - 1] in _NUMBER_CHARS:
            lo -= 1
        end = min(len(view), h + 5)  # room for 次 and 左右, 以上 after the measure word
        if lo > floor and view[lo - 1] not in _PRE_LAST:
            m = _COUNT.search(view, lo, end)  # no qualifier ends here, so no count starts before the number
        else:
            m = _COUNT.search(view, max(floor, lo - _MAX_PRE), end)
        if m is not None and m.start() <= h:
            if m.end() >= end:  # cut by the window: match again without it
                m = _COUNT.match(view, m.start()) or m
            pos = m.end()
            yield m
        pos = max(pos, h + 1)


def _read(view: str, m: re.Match[str], lists: _Lists) -> _Found | None:
    """One match of ``_COUNT`` as a count, or None when it counts no people."""
    start, end = m.start(), m.end()
    unit = m["unit"]
    before = view[start - 1] if start else ""
    if before and (before.isdigit() or before in "/:·%第每" or (before.isascii() and before.isalpha())):
        return None  # inside a longer number or code, an ordinal or a rate
    if before in ".," and start > 1 and view[start - 2].isdigit():
        return None  # the tail of 1,200 or 3.5
    if (
        before == "前"
        and unit in ("名", "位")
        and (start < 2 or view[start - 2] not in "目此之提当日年月事以" or view[start - 3 : start - 1] in _EVENT_MU)
    ):
        return None  # a ranking: 前三名, 各项目前三名 (目前 only when 目 ends no 项目/节目)
    if (
        view[end : end + 3].startswith(lists.blockers.get(unit, ()))
        and not m["post"]
        and not view.startswith(_PEOPLE_AFTER_BLOCKER, end)
    ):
        return None  # 人民币, 名单, 位于: the measure word starts another word
    value, qualifier = _value(m)
    round_figure = False
    if value is None:
        if not _ROUND_OBJECT.search(view, max(0, start - 2), start) or m.group("num") not in _ROUND or m["mid"]:
            return None
        # 组织百名优秀骑手代表开展疗休养: a round figure as the object of a verb counts the people it names (百名工匠
        # alone is a name's figure); it must name them (组织千人健步走 counts no one)
        value, round_figure = round(to_number(m.group("num")) or 0), True
    rule = "number+unit"
    r = None
    if (
        not m["pre"]
        and start
        and (view[start - 1] in _DASHES or (view[start - 1] == "\n" and view[start - 2 : start - 1] in _DASHES))
    ):
        r = _RANGE_BEFORE.search(view, max(0, start - 12), start)  # `$` may stand before a final newline
    if r is not None:
        low = to_number(view[r.start() : r.end() - 1])
        if low is not None:
            start, value, qualifier, rule = r.start(), round(low), "about", "range"
    people_only = unit in _PEOPLE_UNITS
    person = unit != "户"  # 户 counts households: 150户困难家庭 names them by a group noun
    subject, direct = _subject_after(view, end, lists, people_only and person)
    if round_figure and (subject is None or not direct or m["pre"] or m["post"]):
        return None
    if subject is not None:
        if direct:
            end = subject[1]
            rule = "number+unit+noun" if rule == "number+unit" else rule
        return _Found(start, end, value, qualifier, unit, subject, rule)
    if start and view[start - 1] in "（(" and view[end : end + 1] in "）)":
        # 先进集体（12个）, 先进个人（30名）: a list's heading gives its size in brackets after the noun
        noun, _ = _subject_before(view, start - 1, lists, people_only and person)
        if noun is not None:
            return _Found(noun[0], end + 1, value, qualifier, unit, noun, "noun+(number+unit)", reverse=True)
    if not people_only and not _ends_clause(view, end, lists):
        return None
    subject, adjacent = _subject_before(view, start, lists, people_only and person)
    if subject is None:
        return _Found(start, end, value, qualifier, unit, None, rule) if people_only else None
    if adjacent:
        start = subject[0]
    return _Found(start, end, value, qualifier, unit, subject, "noun+number+unit", reverse=True)


def _value(m: re.Match[str]) -> tuple[int | None, Qualifier]:
    """The number of a match and how exact it is; None for numbers that are not counts."""
    qualifier: Qualifier = "exact"
    pre, vague, vscale, num, mid, big, mid2, post = m.group(
        "pre", "vague", "vscale", "num", "mid", "big", "mid2", "post"
    )
    for q in (pre, mid, mid2, post):
        if q and q in _QUALIFIERS:
            qualifier = _QUALIFIERS[q]
            break
    if vague:  # 数十, 几百: at least the scale
        number = to_number(vscale)
        return (None if number is None else round(number)), "over"
    number = adjacent_low(num) if len(num) > 1 and num[0] in _CN else None
    if number is not None:
        qualifier = "about"  # 二三十名, 两三百人: a range of two adjacent figures, read as its lower end
    else:
        number = to_number(num)
    if number is None:
        return None, qualifier
    if big:
        number *= to_number(big) or 1
    if "." in num and not any(ch in num for ch in "十百千万萬亿億") and not big:
        return None, qualifier  # 2.5人: a decimal without 万 counts nobody
    exact_bare = qualifier == "exact" and not pre
    if num == "一" and exact_bare:
        return None, qualifier  # 一名/一支: an article, not a count
    if num in ("百", "千", "万", "萬", "佰", "仟") and exact_bare and not mid:
        return None, qualifier  # 千人健步走, 百名工匠: a round figure in a name (十名工友 is ten workers)
    if number <= 0 or (len(num) == 1 and num in _FINANCIAL):
        return None, qualifier  # 伍家岗区, 陆家嘴: a lone financial numeral starts a place name or surname
    return round(number), qualifier


# The financial (大写) forms of the digits: written in sums of money, never alone to count people in prose.
_FINANCIAL = frozenset("壹贰叁肆伍陆柒捌玖拾佰仟")


# Words ending in 目 that put 前 after them as a ranking, not as 目前 (now): 各项目前三名选手, 节目前三名.
_EVENT_MU = frozenset({"项目", "节目", "题目", "科目", "赛目"})
# Words that begin like a blocker yet describe the counted people: 120名单身青年 is not a 名单.
_PEOPLE_AFTER_BLOCKER = ("单身", "单亲", "列席", "列车")  # and 32名列席代表, 12名列车长, not 名列第一
# A parenthesised kind of place inside a noun: 区县（市）, 县（市、区）.
_PLACE_NOTE = re.compile(r"[（(][市区县旗、]{1,5}[)）]")
# Measure words whose Traditional form differs: the record keeps the one written.
_TRADITIONAL_UNITS = {"个": "個", "对": "對", "组": "組", "户": "戶"}


def _subject_after(view: str, pos: int, lists: _Lists, people_only: bool) -> tuple[tuple[int, int] | None, bool]:
    """Where the counted noun after the measure word is, and whether it is adjacent.

    The noun may follow a few modifiers (市级产业工会, 新就业形态劳动者) and several nouns in a row are one subject
    (劳模工匠, 工会工作者). A noun after 的 is the subject but stays out of the record's text. After 名/人
    the last noun must name people: 50人的小微企业 counts the staff of one firm, not firms.
    """
    direct = True
    if view.startswith("的", pos):
        pos += 1
        direct = False
    limit = min(len(view), pos + _MAX_SUBJECT)
    i = pos
    heads, people = lists.heads, lists.people
    while i < limit and i - pos <= _MAX_PREFIX:
        ch = view[i]
        if ch in "（(" and (q := _PLACE_NOTE.match(view, i)) is not None:
            i = q.end()  # 9个区县（市）总工会: a place note inside the noun
            continue
        if not "\u4e00" <= ch <= "\u9fff":
            if ch == "、" and i > pos and _CJK.match(view, i + 1):
                i += 1  # 18家公交、客运企业: modifiers listed before one noun
                continue
            break
        last = heads.at(view, i, limit)
        if last is not None:
            end = i + len(last)
            while (more := heads.at(view, end, limit)) is not None:
                if people_only and last in people and more not in people:
                    break  # 36名焊工组成: 组 is the verb's, the people noun ends at 焊工
                end, last = end + len(more), more
            if lists.not_after.at(view, end) is not None or (people_only and last not in people):
                return None, direct  # 20个职工之家: the noun modifies a thing
            return (pos, end), direct
        stop = lists.stops.at(view, i)
        if stop is not None:
            if stop in lists.modifiers and heads.at(view, i + len(stop), limit) is not None:
                i += len(stop)  # 2,380余名在职教职工: a cue word that modifies the noun right after it
                continue
            break
        i += 1
    return None, direct


def _subject_before(view: str, start: int, lists: _Lists, person: bool) -> tuple[tuple[int, int] | None, bool]:
    """Where a counted noun right before the number is (基层工会61个, 会员7900余人), and whether it is adjacent.

    Only nouns of two characters or more: a lone 组/队 before a number is a distributive (每组3人). Before
    名/位/人/人次 (``person``) only a people noun is counted: in 工会组织600余人 the group noun is no subject.
    """
    left = view[max(0, start - 12) : start]
    offset = start - len(left)
    connector = _CONNECTOR.search(left)
    adjacent = connector is None
    if connector is not None:
        left = left[: connector.start()]
    if left.endswith(("”", "」")):
        return _quoted_title_before(view, offset + len(left), lists, person), adjacent
    for n in range(min(_MAX_NOUN, len(left)), 1, -1):
        noun = left[-n:]
        if noun in lists.head_set and (not person or noun in lists.people):
            noun_start = offset + len(left) - n
            j = noun_start
            while (modifier := _modifier_before(view, j, lists.modifiers)) is not None:
                j = modifier  # 全区|基层|工会
            return (j, offset + len(left)), adjacent
    return None, False


def _quoted_title_before(view: str, close: int, lists: _Lists, person: bool) -> tuple[int, int] | None:
    """Where a quoted title ending at ``close`` is when it names the counted (评选出“最美班组”10个: its last word
    is a group or people noun), quotes included; None for a title of a thing (“工人先锋号”15个, “职工之家”)."""
    opening = "“" if view[close - 1] == "”" else "「"
    start = view.rfind(opening, max(0, close - _MAX_TITLE), close - 1)
    if start < 0:
        return None
    inner_end = close - 1
    for n in range(min(_MAX_NOUN, inner_end - start - 1), 1, -1):
        noun = view[inner_end - n : inner_end]
        if noun in lists.head_set and (not person or noun in lists.people):
            return start, close
    return None


_MAX_TITLE = 20  # characters a quoted title before a count may take, quotes included


def _modifier_before(view: str, j: int, modifiers: frozenset[str]) -> int | None:
    """Where the longest modifier (of at most eight characters) ending at ``j`` starts, or None.

    A line break right before ``j`` is passed over, as the ``$`` of the pattern this replaces did."""
    end = j - 1 if j and view[j - 1] == "\n" else j
    for p in range(max(0, j - 8), end):
        if view[p:end] in modifiers:
            return p
    return None


def _ends_clause(view: str, pos: int, lists: _Lists) -> bool:
    """Whether nothing of the same noun phrase follows ``pos`` (the measure-word-after form ends there)."""
    if pos >= len(view) or not _CJK.match(view, pos):
        return True
    return lists.stops.at(view, pos) is not None


# What the name of a list of the honoured opens with (先进集体, 优秀工会干部, 劳动模范, 五一劳动奖章获得者).
_HONOURED = ("先进", "优秀", "模范", "劳动模范", "最美", "十佳", "标兵", "五一", "获奖", "受表彰")
# Units a head count before them sizes (百人以上企业): the count describes them, no people of the text.
_SIZE_CLASS_OF = ("企业", "的企业", "单位", "的单位", "公司", "的公司", "规模", "的小微企业", "小微企业", "非公企业")
# Setting up prizes (设一等奖3名, 共设置优秀奖10名): 设 that is no part of 建设, 开设 or 假设.
_SET_UP = re.compile(r"(?<![建开假陈摆增])设")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
# What ends a list of counts going on over commas (a semicolon or colon starts another statement).
_LIST_END = re.compile(r"[。！？!?\n；;：:]")

# A bare round figure (百, 千) after one of these verbs is a count of the people it names: 组织百名骑手代表.
_ROUND = frozenset(("百", "千", "佰", "仟"))
_ROUND_OBJECT = re.compile(r"(?:组织|邀请|动员|带领|吸引|慰问|看望|走访|选派|选拔|招募|培训|表彰)$")
# The counted receive an honour with its giver or kind between: 30名职工受到“五一”表彰, 受到市总工会通报表扬.
_HONOURED_BY = re.compile(r"受到?[^，。；！？,;!?\n]{1,15}?(?:表彰|嘉奖|表扬)")
# Coverage cues: the people a union's activity reached, named and counted in 人次, took part (覆盖司机逾30万人次),
# though members or units covered are a stock figure (覆盖基层工会61个、会员7900余人).
_COVERAGE = frozenset(("覆盖", "辐射", "涵盖", "覆盖到"))


def _served(view: str, left: int, start: int) -> bool:
    """Whether a stock-figure verb after the count is done for the counted, so they were served: 为45名尘肺病患者
    建立了健康档案 (为 right before the count, a few modifiers between: 为辖区120户困难职工家庭建立档案)."""
    return _FOR_THEM.search(view, max(left, start - 6), start) is not None


# 为 (for) a few characters before a count, not inside a word (成为, 作为, 评为, 认定为, 因为, 为期).
_FOR_THEM = re.compile(r"(?<![成作因评认称更改行视定])为[^为，、。]{0,4}$")


# Joining the union: 为120余名快递小哥办理入会 enrols them as members (a stock figure), no service to them.
_JOINING = frozenset(("入会", "加入工会", "发展会员"))


def _quoted_spans(view: str, left: int, right: int) -> list[tuple[int, int]]:
    """The quoted names inside ``view[left:right]`` (empty, at the cost of one scan, when it holds no quote)."""
    if not any(q in view[left:right] for q in "“《「"):
        return []
    return [(m.start(), m.end()) for m in _QUOTES.finditer(view, left, right)]


def _among_role(view: str, left: int, lists: _Lists) -> CountRole | None:
    """The role a cue-less clause takes from an opening 其中-like clause naming the whole (获奖职工中，女职工有
    二十六名): the part counted shares the role of the group it is taken from. None when there is none."""
    if left < 2 or view[left - 2] != "中" or view[left - 1] not in "，,":
        return None
    start = max(view.rfind(ch, 0, left - 1) for ch in "，。；！？\n：")  # the opening clause: 获奖职工中
    roles = [lists.cue_role[c.group()] for c in lists.cues.finditer(view, start + 1, left - 2)]
    if any(r.startswith("winners") for r in roles):
        return "winners"
    return "participants" if "participants" in roles else None


# Members of a family, counted to describe a household (a hardship case), not to say who took part.
_FAMILY = frozenset(("孩子", "子女", "儿女", "女儿", "儿子", "老人", "家属", "小孩"))

# After a bare 获, what makes the counted nominees rather than winners (获…提名, 获推荐).
_NOMINATED = re.compile(r"提名|推荐|推举")

# A capacity said before the verb it qualifies: 可同时为6名…提供服务, 每次可为30人授课.
_CAPACITY = re.compile(r"可同时|同时可|一次可|每次可|可一次")

# What 颁发/授予 may hand over that is no award (guidelines §4: appointments and certificates are not awards).
_NOT_A_PRIZE = re.compile(r"聘书|聘任书|纪念状|纪念品|纪念章|慰问金|慰问品|工作证|会员证|感谢状|感谢信")


def _role(
    view: str,
    found: _Found,
    spans: list[tuple[int, int]],
    lists: _Lists,
    breaks: list[int] | None = None,
    previous: tuple[int, CountRole] | None = None,
) -> CountRole:
    """Who the counted people are in their clause: winners, participants or other (capacity, membership).

    A group total stated after its noun with no cue (全区基层工会达350个) is a stock figure, so ``other``.
    ``breaks`` are the positions of the block's clause ends, when the caller has them; ``previous`` is where
    the block's count before this one ends and its role: a clause opening with 其中 and holding no cue details
    that count (共有员工2000多人，其中女职工800余人), and one holding only a count goes on its list, so either
    takes its role.
    """
    start, end = found.start, found.end
    if found.rule == "noun+(number+unit)" and view.startswith(_HONOURED, found.subject[0] if found.subject else start):
        return "winners"  # 先进个人（30名）: the size of a list of the honoured
    if found.subject is None and found.unit in ("人", "名") and view.startswith(_SIZE_CLASS_OF, end):
        return "other"  # 百人以上企业, 300人以下的小微企业: the size of the units named, no one taking part
    if breaks is None:
        breaks = _clause_breaks(view)
    k = bisect_left(breaks, start)
    left = breaks[k - 1] + 1 if k else 0
    k = bisect_left(breaks, end, k)
    right = breaks[k] if k < len(breaks) else len(view)
    if found.subject is None and start and (view[start - 1] == "奖" or view[start - 2 : start] in ("奖（", "奖(")):
        # 一等奖3名, 二等奖（5名）: a prize's quota counts its winners once awarded (评出, 其中), but only slots when it is set
        return "other" if _SET_UP.search(view, left, start) else "winners"
    others = [(s, e) for s, e in spans if (s, e) != (start, end) and s < right and e > left]  # in this clause
    before: str | None = None  # the last participation or capacity cue before the count
    after: str | None = None  # the first one after it
    winners = weak = taking_part = False
    cue_role = lists.cue_role
    # The frame of the sentence makes the count other whatever cue comes before it: 由36名焊工组成的班组 says
    # what a body is made of, 为服务满十年的15名干部颁发纪念状 hands over a certificate, not a prize.
    framed = False
    quoted = _quoted_spans(view, left, right)
    for cue in lists.cues.finditer(view, left, right):
        role = cue_role[cue.group()]
        if role == "none":
            continue
        at = cue.start()
        if quoted and any(qs < at < qe for qs, qe in quoted):
            continue  # “工会服务”小程序新增注册会员…: a verb inside a quoted name is no verb of the clause
        if role == "other" and found.unit == "人次" and found.reverse and cue.group() in _COVERAGE:
            # 覆盖司机逾30万人次: the people named, reached by the activity so many times, no stock figure (a bare
            # 活动覆盖三万余人次 names no one and stays other, as the test table has it)
            role = "participants"
        if role == "participants" and (
            view[at - 1 : at] == "可" or view[at - 2 : at] in ("可以", "能够") or _CAPACITY.search(view, left, at)
        ):
            # 每年可惠及约二百名会员: what the activity can reach, a capacity (可容纳, 可为); 可同时为6名哺乳期女职工
            # 提供服务: how many it can serve at once, not who was served
            role = "other"
        inside_other = False
        for s, e in others:
            if s <= at < e:
                inside_other = True
                break
        if role == "weak_other":
            # (the counted noun itself, 逾千名会员走上街头, says who they are, not that they are a stock: only a
            # weak cue outside the count, 现有会员…, 全市共有…, makes the count other)
            weak = weak or not (inside_other or (start <= at < end and not found.reverse))
            continue
        if role == "participants" and start <= at < end and found.reverse and cue.group() in lists.modifiers:
            taking_part = True  # 参训会员逾三千二百人次: the noun says they took part, whatever 会员 suggests
            continue
        if inside_other or start <= at < end:
            continue
        if cue.end() <= start:
            if cue.group() == "组成":
                continue  # 组成4个代表团: the groups formed are the ones acting (由…组成 is said after the count)
            if role == "winners_before":
                if _NOT_A_PRIZE.search(view, cue.end(), right):  # 为20名志愿者颁发聘书: an appointment
                    before = "other"
                else:
                    winners = True
            elif role in ("participants", "other"):
                before = role
        elif role == "winners_after":
            if not (cue.group() == "获" and _NOMINATED.search(view, cue.end(), right)):
                winners = True  # 八十六名工友获僱主或同事提名: put forward, not honoured
        elif cue.group() == "组成" and view.rfind("由", left, start) >= 0:
            framed = True
        elif (
            after is None
            and cue_role[cue.group()] == "other"
            and cue.group() not in _JOINING
            and _served(view, left, start)
        ):
            after = "participants"
        elif role == "winners_before":
            # 为12个单位颁发了优秀组织奖: the counted receive it; 为30名志愿者颁发聘书: an appointment
            recipient = view.find("为", left, start) >= 0 or view.find("对", left, start) >= 0  # 对…给予奖励
            if _NOT_A_PRIZE.search(view, cue.end(), right):
                framed = framed or recipient
                after = after or "other"
            elif recipient:
                winners = True
        elif after is None and role in ("participants", "other"):
            after = role
    if winners or (view.find("受", end, right) >= 0 and _HONOURED_BY.search(view, end, right)):
        return "winners"
    if framed:
        return "other"
    if before is not None:
        return "participants" if before == "participants" else "other"
    if after is not None:
        return "participants" if after == "participants" else "other"
    # a clause that is only a count with no cue goes on the list of the clause before (表彰了劳动模范98名、模范
    # 集体12个，市五一劳动奖章获得者50名): it takes that count's role, as a 其中 clause does
    if previous is not None and not _SENTENCE_END.search(view, previous[0], left):
        if view.startswith("其中", left):
            return previous[1]
        if not view[end:right].strip() and not _LIST_END.search(view, previous[0], left):
            return previous[1]  # only a comma between: a semicolon opens another statement (；新建工会85个)
    if taking_part:
        return "participants"
    among = _among_role(view, left, lists)
    if among is not None:
        return among
    if found.subject is not None and view[found.subject[0] : found.subject[1]] in _FAMILY:
        return "other"  # 两个孩子还在上学, 家有3名子女: with no cue, a family described, no one taking part
    return "other" if weak or (found.reverse and found.unit not in _PEOPLE_UNITS) else "participants"
