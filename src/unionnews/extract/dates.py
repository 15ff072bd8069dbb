"""Dates extractor: every date expression of an article, resolved the way a careful reader would (guidelines §1).

:mod:`unionnews.extract._dateforms` finds what each expression literally says; this module supplies what it
leaves out. The year comes, in this order, from the text (``written``), from the reference date
(``reference``: the year that puts the date between ten months before and two months after it, further
ahead for dates marked as future), from the year the document is about (``document``: the issue year or the
most written year, computed once per bulletin and kept in ``ctx.cache``), or stays unknown (``XXXX``). A day
alone (8日上午) and 同年/次年/当月/次日 take what they lack from the nearest preceding date of the same article.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Literal, NamedTuple

import regex

from unionnews.context import Context
from unionnews.extract._dateforms import QUARTER_MONTHS, Form, find_forms
from unionnews.extract._numerals import digits_to_int, to_int
from unionnews.model import Article, DateMention, TextSpan
from unionnews.model.records import Precision, YearSource
from unionnews.model.trusted import span, trusted

# A block with none of these characters holds no date form (cheap test before the full pattern): they are the
# characters every anchor of _dateforms starts with, and more.
_HINT = re.compile(r"[年月日号旬天期季周\d〇○零九]")
# Marks a date as future, so it may lie further ahead of the reference date: 将于12月举行.
_FUTURE = regex.compile(
    r"(?:将于|将在|即将|拟于|拟在|计划于|计划在|定于|预计于|预计在|要在|要于|须在|须于|需在|需于|应在|应于|将)$"
)
# A plan told in the sentence before a date (会议要求，3月下旬至5月底开展…; 会议决定…于6月中旬开赛): the date is
# what is to be done, so it may lie further ahead, though less than one marked future (将于) may.
_PLAN = re.compile(r"(?:会议要求|会议决定|会议议定|会议明确|会议提出|计划|(?<![模虚])拟|力争|确保)[^。！？!?\n]*$")
_PLAN_REACH = 80  # characters before a date searched for a plan's word
# What 前 after a date starts when it is no deadline: 五一前夕 (the eve), 5月前后 (around).
_NOT_DEADLINE = frozenset("夕后")
# A deadline told as met (前完成了, 前已全部发放到位): the verb's 了 or 已/到位 before the clause ends.
_MET = re.compile(r"[^，。；！？,;!?\n]*?(?:了|已|到位)")
_MET_REACH = 24
# How far back and ahead of the reference date (in months) an inferred year may put a date: news looks back.
Future = Literal["", "plan", "marked"]
_WINDOWS: dict[str, tuple[int, int]] = {"": (-10, 2), "plan": (-2, 10), "marked": (-1, 11)}
# Years for the document year: written years, the issue year of a masthead, 今年 tied to a year. They run over
# a whole bulletin, so each is written to let re skip ahead in C to a character that can start it: a year's
# 1 or 2 (the "no digit before" check comes after it, as a look-behind over the year's first two digits), or
# the 年/今年 the Chinese years and 今年 ties end or start with (what precedes is read by a look-behind).
_WRITTEN_YEAR = re.compile(r"((?:19|20)(?<!\d..)\d\d)(?:[\x20\u3000]?年|[-./](?:1[0-2]|0?[1-9])[-./])")
_WRITTEN_CN_YEAR = re.compile(r"年(?<=([〇○零一二三四五六七八九]{4})年)")
_ISSUE_YEAR = re.compile(r"((?:19|20)(?<!\d..)\d\d)年第\d+期")
# Years of the Republic of China calendar: after 民国 (民國112年, 民國一百一十二年), and in a document that uses
# that calendar the bare three-digit years find_forms reads there (112年5月, 111年度).
_ROC_WRITTEN_YEAR = re.compile(r"民[国國][\x20\u3000]?(\d{1,3}|[〇○零一二三四五六七八九十百]{1,7})[\x20\u3000]?年")
_ROC_BARE_YEAR = re.compile(r"(?<!\d)(1[0-4]\d)年(?:1[0-2]|0?[1-9]|度)")
# 今年是2024年, 今年（2024年）; 2024年（今年）
_THIS_YEAR = re.compile(r"今年(?:[是即为]?[（(]?((?:19|20)\d{2})年?|(?<=(?<!\d)((?:19|20)\d{2})年[（(]今年)[）)])")
_YEAR_OFFSET = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "明年": 1, "前年": -2}
_MONTH_OFFSET = {"本月": 0, "当月": 0, "同月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1, "次月": 1}
_DAY_OFFSET = {"昨日": -1, "昨天": -1, "前天": -2, "今天": 0, "今日": 0}
# 上周五, 本周三, 下星期一: the week's offset from the reference date's week, and the weekday (Monday 0).
_WEEK_OFFSET = {"上": -1, "本": 0, "下": 1}
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_NEXT_DAY = {"次日": 1, "翌日": 1, "前一天": -1}
# Parts of a month as day intervals, parts of a year as month intervals (the gold conventions; docs/dates.md).
_MONTH_PARTS = {
    "上旬": (1, 10),
    "初": (1, 10),
    "中旬": (11, 20),
    "下旬": (21, 31),
    "底": (21, 31),
    "末": (21, 31),
    "上中旬": (1, 20),
    "中下旬": (11, 31),
}
_YEAR_PARTS = {
    "初": (1, 2),
    "底": (11, 12),
    "末": (11, 12),
    "上半年": (1, 6),
    "下半年": (7, 12),
    **QUARTER_MONTHS,  # 一季度 (1, 3) … 四季度, and runs of them: 一至三季度 (1, 9)
}
_LUNAR = frozenset({"农历", "阴历", "夏历"})  # Simplified view: 農曆 reads 农历
_CACHE_KEY = "dates.document_year"
_ROC_KEY = "dates.roc"
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


class _Point(NamedTuple):
    """A resolved date as far as it is known; ``year``/``month`` are None where nothing says them (a named
    tuple: one is made per date, and tuples are made faster than frozen dataclasses)."""

    year: int | None
    month: int | None
    day: int | None
    source: YearSource
    precision: Precision
    relative: bool = False
    part: str | None = None


class DateExtractor:
    """Finds and resolves the dates of each article; see the module docstring for the order of inference."""

    field = "dates"

    def __call__(self, ctx: Context, article: Article) -> list[DateMention]:
        return _records(ctx, _Resolver(ctx), article.blocks())

    def outside_articles(self, ctx: Context) -> list[DateMention]:
        """Dates of the masthead and publication stamp (the issue date, 2024年第45期), which no article holds, and
        of a table of contents (◇表彰2015年度…): its entries name dates as the articles do (other furniture, page
        numbers and running headers, only repeats the issue date)."""
        contents = [f for f in ctx.bulletin.furniture if f.kind == "contents"]
        return _records(ctx, _Resolver(ctx), [*ctx.bulletin.masthead, *contents] if contents else ctx.bulletin.masthead)


def _records(ctx: Context, resolver: _Resolver, blocks: Iterable[TextSpan]) -> list[DateMention]:
    """The records of ``blocks`` (an article's, or the masthead's), in reading order."""
    records: list[DateMention] = []
    whole, text = ctx.view, ctx.text
    roc = uses_roc_calendar(ctx)
    for block in blocks:
        base = block.span.start
        if _HINT.search(whole, base, block.span.end) is None:
            continue  # a block without a date character holds no date form: one search decides
        _block_records(records, text, resolver, base, whole[base : block.span.end], roc)
    return records


def uses_roc_calendar(ctx: Context) -> bool:
    """Whether the bulletin may count years from 1912 (民國112年 is 2023): it is in Traditional script or writes
    a year of that calendar somewhere (民國112年; not 民国时期, a period of mainland history). Only such a
    bulletin's bare three-digit years (112年5月1日, 111年度) and numeric dates (112.05.01) are read; decided once
    per bulletin and kept in ``ctx.cache``."""
    roc: bool | None = ctx.cache.get(_ROC_KEY)
    if roc is None:
        view = ctx.view
        roc = ctx.bulletin.metadata.script == "traditional" or (
            ("民国" in view or "民國" in view) and _ROC_WRITTEN_YEAR.search(view) is not None
        )
        ctx.cache[_ROC_KEY] = roc
    return roc


def _block_records(records: list[DateMention], text: str, resolver: _Resolver, base: int, view: str, roc: bool) -> None:
    """Appends the records of one block whose Simplified text is ``view`` and which starts at ``base``."""
    forms = find_forms(view, roc)
    for i, form in enumerate(forms):
        s = form.start
        if form.relative_word and i + 1 < len(forms) and forms[i + 1].start == form.end + 1 and view[form.end] in "（(":
            continue  # 今日（7月1日）: the date in brackets says which day; the word adds no second date
        if s >= 2 and view[s - 2 : s] in _LUNAR:
            continue  # 农历九月初九: a day of the lunar calendar, no calendar date (the date beside it is)
        # every future marker ends in 于, 在 or 将 (or stands before a line break, which $ allows)
        future: Future = ""
        if s > 0 and view[s - 1] in "于在将\n" and _FUTURE.search(view, max(0, s - 6), s) is not None:
            future = "marked"
        elif s > 1 and _PLAN.search(view, max(0, s - _PLAN_REACH), s) is not None:
            future = "plan"
        elif (
            s > 0
            and view[s - 1] in "在于"
            and view[form.end : form.end + 1] == "前"
            and view[form.end + 1 : form.end + 2] not in _NOT_DEADLINE
            and _MET.match(view, form.end + 1, form.end + _MET_REACH) is None
        ):
            # 在11月下旬前完成, 于12月底前上报: a deadline, what is to be done by then (not one told as met: 在11月底前
            # 完成了…, 于1月底前全部发放到位)
            future = "plan"
        found = resolver.record(form, future)
        if found is None:
            continue
        edtf, start, end, point = found
        s += base
        e = base + form.end
        # trusted: every field is built here with its declared type, and validating each of thousands of
        # records a megabyte was most of the extractor's time; all fields in declaration order, all set
        # (what model_construct with every field made)
        records.append(
            trusted(
                DateMention,
                {
                    "text": text[s:e],
                    "span": span(s, e),
                    "rule": form.rule,
                    "edtf": edtf,
                    "start": start,
                    "end": end,
                    "precision": None if edtf is None and form.relative_word else point.precision,
                    "relative": point.relative,
                    "year_source": point.source if edtf is not None else "unknown",
                    "time_of_day": form.time_of_day,
                },
            )
        )


def document_year(view: str, roc: bool = False) -> int | None:
    """The year a bulletin is evidently about: 今年 tied to a year, else the issue year, else the most written
    (years of the Republic of China calendar counted too: 民國112年; with ``roc`` also 112年5月 and 111年度).

    Ties go to the earlier year: news looks back, and a review of one year that plans the next names both.
    """
    if "今年" in view:
        anchors = Counter(int(m.group(1) or m.group(2)) for m in _THIS_YEAR.finditer(view))
        if anchors:
            return anchors.most_common(1)[0][0]
    counts: Counter[int] = Counter()
    if "年第" in view:
        for m in _ISSUE_YEAR.finditer(view):
            counts[int(m.group(1))] += 5
    for year_text in _WRITTEN_YEAR.findall(view):
        counts[int(year_text)] += 1
    if "年" in view:
        for digits in _WRITTEN_CN_YEAR.findall(view):
            year = digits_to_int(digits)
            if year is not None and 1900 <= year <= 2099:
                counts[year] += 1
    if "民国" in view or "民國" in view:
        for numeral in _ROC_WRITTEN_YEAR.findall(view):
            n = to_int(numeral)
            if n is not None and 1 <= n <= 200:
                counts[1911 + n] += 1
    if roc:
        for digits in _ROC_BARE_YEAR.findall(view):
            counts[1911 + int(digits)] += 1
    if not counts:
        return None
    best = max(counts.values())
    return min(y for y, n in counts.items() if n == best)


class _Resolver:
    """Resolution state of one article: the reference date, the document year and the last dates seen."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.ref = ctx.reference_date
        self.last_month: _Point | None = None  # nearest preceding date with a month (for 8日, 当月, 次日)
        self.last_year: _Point | None = None  # nearest preceding date with a year (for 同年)

    def doc_year(self) -> int | None:
        if _CACHE_KEY not in self.ctx.cache:
            self.ctx.cache[_CACHE_KEY] = document_year(self.ctx.view, uses_roc_calendar(self.ctx))
        year: int | None = self.ctx.cache[_CACHE_KEY]
        return year

    def record(self, form: Form, future: Future) -> tuple[str | None, dt.date | None, dt.date | None, _Point] | None:
        """EDTF, start, end and the resolved point of one form (None for an impossible date such as 2月30日)."""
        if form.to is None:
            point = self.resolve(form, future)
            if point is None:
                return None
            self._remember(point)
            edtf, start, end = _format(point)
            if point.precision == "day" and point.year is not None and point.month is not None and start is None:
                return None
            return edtf, start, end, point
        return self._range(form, future)

    def _range(self, form: Form, future: Future) -> tuple[str | None, dt.date | None, dt.date | None, _Point] | None:
        assert form.to is not None
        a_form, b_form = form._replace(to=None), form.to
        b_written = b_form.year is not None
        if a_form.year is None and a_form.year_word is None and b_written and b_form.month is not None:
            # 12月30日至2025年1月2日: the first date takes the written year of the second
            back = (a_form.month or 0, a_form.day or 0) > (b_form.month, b_form.day or 0)
            a_form = a_form._replace(year=(b_form.year or 0) - back)
        a = self.resolve(a_form, future)
        if a is None:
            return None
        if a.source == "reference" and not a.relative and a.month is not None and b_form.month is not None:
            # 1至11月 in a December bulletin: the end of the range, not its start, lies in the window
            assert self.ref is not None
            end_year = _year_near(self.ref, b_form.month, b_form.day, future)
            later = (a.month, a.day or 0) > (b_form.month, b_form.day or 0)
            a = a._replace(year=end_year - later)
        b = self.resolve(b_form, future) if b_written or b_form.year_word else None
        if b is None:
            b = _fill(a, b_form)
        self._remember(b)
        sa, start, _ = _format(a)
        sb, _, end = _format(b)
        if sa is None or sb is None:
            return None, None, None, a
        if a.year is not None and (start is None or end is None or start > end):
            return None
        # parts are intervals themselves: 3月中旬至4月上旬 runs from the 11th of March to the 10th of April
        return f"{sa.split('/')[0]}/{sb.split('/')[-1]}", start, end, a

    def _remember(self, point: _Point) -> None:
        if point.year is not None:
            self.last_year = point
        # a part of a month names its month too (上月底……当月, 12月上旬……8日上午); a part of a year has none
        if point.month is not None:
            self.last_month = point

    def resolve(self, f: Form, future: Future) -> _Point | None:
        if f.relative_word:
            return self._relative_day(f)
        precision: Precision = "day" if f.day is not None else "month" if (f.month or f.month_word) else "year"
        # a part of a year alone (年底, 三季度, 一季度至三季度) counts from the reference date, unless a list gave
        # it a written year (2023年一、二季度)
        relative = bool(f.year_word or f.month_word or (f.rule.startswith("year-part") and f.year is None))
        year, month = f.year, f.month
        source: YearSource = "written"
        if f.year_word:
            year, source = self._year_word(f.year_word)
        elif f.month_word:
            year, month, source = self._month_word(f.month_word)
        elif year is None and month is not None:
            days = _MONTH_PARTS.get(f.part) if f.part and f.day is None else None
            year, source = self._infer_year(month, f.day, future, days)
        elif year is None and f.day is not None:
            year, month, source = self._month_of_day(f.day, future)
        elif year is None:  # a part of a year alone: 年底, 上半年, 三季度
            year, source = self._this_year()
            if f.part in QUARTER_MONTHS and source == "reference" and not future:
                year = self._quarter_year(f.part)
        if f.year_word and f.month_word:
            _, month, _ = self._month_word(f.month_word)
        if f.rule.startswith("year-part") or (f.part and f.month is None and not f.month_word):
            precision = "month"  # 年底, 上半年: an interval of months
        elif f.part and f.part in _MONTH_PARTS:
            precision = "day"  # 12月上旬: an interval of days
        return _Point(year, month, f.day, source, precision, relative, f.part)

    # -- the sources of a year -------------------------------------------------------------------

    def _this_year(self) -> tuple[int | None, YearSource]:
        if self.ref is not None:
            return self.ref.year, "reference"
        doc = self.doc_year()
        return (doc, "document") if doc is not None else (None, "unknown")

    def _quarter_year(self, part: str) -> int:
        """The reference year, or the year before when the quarter begins more than two months after the
        reference date (news looks back: 三季度 in a bulletin of January is last year's)."""
        assert self.ref is not None
        first_month = QUARTER_MONTHS[part][0]
        if (self.ref.year, first_month) > _add_months(self.ref.year, self.ref.month, 2):
            return self.ref.year - 1
        return self.ref.year

    def _year_word(self, word: str) -> tuple[int | None, YearSource]:
        if word in ("同年", "当年"):
            last = self.last_year
            return (last.year, last.source) if last is not None else self._this_year()
        if word in ("次年", "翌年"):  # the year after the last one told; nothing to count from without one
            last = self.last_year
            return (last.year + 1, last.source) if last is not None and last.year is not None else (None, "unknown")
        year, source = self._this_year()
        return (None if year is None else year + _YEAR_OFFSET[word]), source

    def _infer_year(
        self, month: int, day: int | None, future: Future, days: tuple[int, int] | None = None
    ) -> tuple[int | None, YearSource]:
        if self.ref is not None:
            return _year_near(self.ref, month, day, future, days), "reference"
        doc = self.doc_year()
        return (doc, "document") if doc is not None else (None, "unknown")

    def _month_word(self, word: str) -> tuple[int | None, int | None, YearSource]:
        shift = _MONTH_OFFSET[word]
        last = self.last_month
        if word in ("本月", "上月", "上个月", "下月", "下个月") and self.ref is not None:
            y, m = _add_months(self.ref.year, self.ref.month, shift)
            return y, m, "reference"
        if last is not None and last.month is not None:
            if last.year is None:
                return None, (last.month + shift - 1) % 12 + 1, last.source
            y, m = _add_months(last.year, last.month, shift)
            return y, m, last.source
        if self.ref is not None:
            y, m = _add_months(self.ref.year, self.ref.month, shift)
            return y, m, "reference"
        return None, None, "unknown"

    def _month_of_day(self, day: int, future: Future) -> tuple[int | None, int | None, YearSource]:
        last = self.last_month
        if last is not None:
            return last.year, last.month, last.source
        if self.ref is not None:
            y, m = self.ref.year, self.ref.month
            if day > self.ref.day + 3 and not future:
                y, m = _add_months(y, m, -1)  # a bulletin of 4月3日 reporting 28日 means March
            return y, m, "reference"
        return None, None, "unknown"

    def _relative_day(self, f: Form) -> _Point | None:
        """近日, 日前 … stay unresolved; 昨日/今天 count from the reference date, 次日 from the last date."""
        word = f.relative_word or ""
        unresolved = _Point(None, None, None, "unknown", "day", relative=True)
        if word in _DAY_OFFSET and self.ref is not None:
            d = self.ref + dt.timedelta(days=_DAY_OFFSET[word])
            return _Point(d.year, d.month, d.day, "reference", "day", relative=True)
        if word[-1] in _WEEKDAYS and word[0] in _WEEK_OFFSET:
            if self.ref is None:
                return unresolved  # a weekday has no base but the publication date
            monday = self.ref - dt.timedelta(days=self.ref.weekday())
            d = monday + dt.timedelta(days=7 * _WEEK_OFFSET[word[0]] + _WEEKDAYS[word[-1]])
            return _Point(d.year, d.month, d.day, "reference", "day", relative=True)
        last = self.last_month
        if word in _NEXT_DAY and last is not None and last.year and last.month and last.day:
            try:
                d = dt.date(last.year, last.month, last.day) + dt.timedelta(days=_NEXT_DAY[word])
            except ValueError:
                return unresolved
            return _Point(d.year, d.month, d.day, last.source, "day", relative=True)
        return unresolved  # 当天/当日 are not resolvable (guidelines §1), nor is anything without a base


def _fill(a: _Point, b: Form) -> _Point:
    """The end of a range takes what it does not say from its start: 11月27日至28日, 11月30日至12月2日."""
    year, month = a.year, b.month if b.month is not None else a.month
    if b.month is None and b.day is not None and a.day is not None and b.day < a.day and month is not None:
        y2, month = _add_months(year or 2000, month, 1)
        year = y2 if year is not None else None
    elif (
        b.month is not None
        and a.month is not None
        and year is not None
        and (b.month, b.day or 0) < (a.month, a.day or 0)
    ):
        year += 1
    return _Point(year, month, b.day, a.source, a.precision, a.relative, b.part)


@lru_cache(maxsize=4096)  # a bulletin asks again and again with one reference date
def _year_near(ref: dt.date, month: int, day: int | None, future: Future, days: tuple[int, int] | None = None) -> int:
    """The year that puts month/day within ten months before to two months after ``ref`` (future: ahead).

    ``days`` is the part of the month told (中旬: 11–20): a bulletin of 2009-10-22 asking for names by
    12月中旬 means this December, whose 中旬 is in the window, not last December, of which only the last days are.
    """
    lo, hi = _WINDOWS[future]
    low = _shift(ref, lo)
    high = _shift(ref, hi)
    fits = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        last = _days_in(year, month)
        first, final = (day, day) if day else days or (1, last)
        first_day = dt.date(year, month, min(first, last))
        last_day = dt.date(year, month, min(final, last))
        if first_day <= high and last_day >= low:
            fits.append(year)
    if not fits:
        return ref.year
    return max(fits) if future else min(fits)


def _days_in(year: int, month: int) -> int:
    """``calendar.monthrange(year, month)[1]`` without the weekday monthrange also works out."""
    return 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month]


def _shift(d: dt.date, months: int) -> dt.date:
    y, m = _add_months(d.year, d.month, months)
    return dt.date(y, m, min(d.day, _days_in(y, m)))


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _format(p: _Point) -> tuple[str | None, dt.date | None, dt.date | None]:
    """EDTF of a point (an interval for parts of months and years) and the first and last day it covers.

    Called for every date: the common shapes (a day, a month of a known year) come first and spell the EDTF in
    one piece, a valid day as its ISO form."""
    year, month, day, part = p.year, p.month, p.day, p.part
    if part is None and p.precision == "day" and day is not None:
        if year is not None and month is not None:
            try:
                first = dt.date(year, month, day)
            except ValueError:  # 2月30日: the EDTF as written, no bounds
                return f"{year:04d}-{month:02d}-{day:02d}", None, None
            return first.isoformat(), first, first
        ys = f"{year:04d}" if year is not None else "XXXX"
        ms = f"{month:02d}" if month is not None else "XX"
        return f"{ys}-{ms}-{day:02d}", None, None
    if year is None and month is None and day is None:
        return None, None, None
    ys = f"{year:04d}" if year is not None else "XXXX"
    ms = f"{month:02d}" if month is not None else "XX"
    if part is not None and month is not None and part in _MONTH_PARTS:
        lo, hi = _MONTH_PARTS[part]
        hi = min(hi, _days_in(year or 2000, month))
        return f"{ys}-{ms}-{lo:02d}/{ys}-{ms}-{hi:02d}", *_bounds(year, month, lo, month, hi)
    if part is not None and part in _YEAR_PARTS:
        if year is None:
            return None, None, None
        lo, hi = _YEAR_PARTS[part]
        last = _days_in(year, hi)
        return f"{ys}-{lo:02d}/{ys}-{hi:02d}", *_bounds(year, lo, 1, hi, last)
    if p.precision == "day" and day is not None:
        edtf = f"{ys}-{ms}-{day:02d}"
        if year is not None and month is not None:
            bounds = _bounds(year, month, day, month, day)
            return (edtf, *bounds) if bounds[0] is not None else (edtf, None, None)
        return edtf, None, None
    if month is not None:
        if year is None:
            return f"XXXX-{ms}", None, None
        return f"{ys}-{ms}", *_bounds(year, month, 1, month, _days_in(year, month))
    if year is None:
        return None, None, None
    return ys, dt.date(year, 1, 1), dt.date(year, 12, 31)


def _bounds(year: int | None, m1: int, d1: int, m2: int, d2: int) -> tuple[dt.date | None, dt.date | None]:
    if year is None:
        return None, None
    try:
        return dt.date(year, m1, d1), dt.date(year, m2, d2)
    except ValueError:
        return None, None
