"""Date forms: where a date expression is and what it literally says, before any year is inferred.

One compiled alternation finds every candidate (full dates, month-day, day alone, numeric and page-stamp
forms, year ranges, parts of months and years, relative words, bare years); a few context checks on each
match drop the ones that are not dates (durations, counts, amounts, numbers inside longer numbers). Forms
joined by a range connector (至, 到, -, —, ～) become one mention; the items of a list (7、8月份, 二、三季度) are
mentions of their own. Years of the Republic of China calendar (民國112年) are read as written; a bare
three-digit year (112年5月1日) only in a document that uses that calendar (``find_forms(view, roc=True)``).
Nothing here knows the reference date: :mod:`unionnews.extract.dates` resolves the forms.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from itertools import product
from typing import NamedTuple

import regex

from unionnews.extract._numerals import digits_to_int, to_int

# Range connectors between two date forms or inside one (11月27-28日).
_CONN = r"(?:至|到|——|[-—–~～－―−])"
# A space that PDF conversion leaves between a number and its unit: 2024 年 12 月 2 日.
_S = r"[\x20\u3000]?"
# Numerals a month or day may be written with (Arabic, or Chinese up to 三十一).
_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|元"
# A month in a list (7、8月份, 七、八月): 元 only ever opens 元月.
_MONTH_LISTED = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_DAY = r"3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]|廿[一二三四五六七八九]?"
# 初 starts many words (初步, 初心, 初赛): only a part of the year or month when no such word follows.
_EARLY = r"初(?![步次级心中衷赛审试选稿评始期])"


def _time(k: str) -> str:
    """A time of day after a day (上午, 14时30分, 晚上8点许); ``k`` keeps its group name unique (the re module
    allows a name once)."""
    return (
        rf"(?P<tod{k}>(?:上午|下午|中午|晚上|晚间|傍晚|早上|早晨|清晨|凌晨|夜间|晚(?![会宴报餐饭点]))?"
        r"(?:(?:[01]?\d|2[0-3])(?:时|点|:|：)(?:[0-5]\d分?|半)?(?:许|左右)?)?)"
    )


# A year word: 今年 (not 如今年轻), 去年 (not 过去年代), 前年 (not 提前年底), 上年 (not 以上年龄), 次年/翌年 (the
# year after the last one told; not 此次年会, 首次年检, 依次年).
_YEAR_WORD = (
    r"(?P<yw>今年(?![轻纪龄])|(?<!过)去年(?![代份])|(?<![文光证说表])明年|(?<![提之此以从多几])前年(?![代龄])"
    r"|本年|(?<![以])上年(?![龄纪级轻])|同年|当年"
    r"|(?<![每首此该本上下其再多屡依层档场名位])次年(?![会检审终薪假报鉴票龄纪级轻代])|翌年)度?"
)
# A year of the Republic of China calendar after 民国 (中華民國112年, 民國一百一十二年, 民國111年度): 1911 + n.
_ROC_YEAR = r"(?:中[华華])?民[国國]" + _S + r"(?P<ry>\d{1,3}|[〇○零一二三四五六七八九十百]{1,7})"
# A bare three-digit year of that calendar (112年5月1日, 111年度), read only in a document that uses it (a
# Traditional-script bulletin, or one that writes 民國 somewhere) and only before a month or 度, where nothing
# else can be meant: 100年 alone may be a span of a hundred years.
_ROC_BARE = r"(?P<y3>1[0-4]\d)(?=年(?:(?:1[0-2]|0?[1-9])(?:" + _CONN + r"(?:1[0-2]|0?[1-9]))?月|度))"
_NO_MATCH = r"(?P<y3>(?!))"
# A numeric date of that calendar (112.05.01, 112/5/1: Taiwan's tables and notices), read under the same condition.
_ROC_NUMERIC = (
    r"(?P<RNUMERIC>(?<![\d.．/])(?<![^\d]-)(?P<ny>1[0-4]\d)(?P<nsep>[./])(?P<nm>1[0-2]|0?[1-9])(?P=nsep)"
    r"(?P<nd>3[01]|[12]\d|0?[1-9])(?![\d.．/]))"
)
_NO_NUMERIC = r"(?P<RNUMERIC>(?!))"


def _year(roc: bool) -> str:
    """A year as written: four digits or Chinese digits, 民国 n, a bare year of that calendar (with ``roc``), a
    two-digit year before a month or written with a leading zero (08年, ○八年, 零九年: no span of years is), or a
    year word."""
    bare = _ROC_BARE if roc else _NO_MATCH
    return (
        rf"(?:(?:(?P<y>(?:19|20)\d{{2}})|(?P<yc>[〇○零一二三四五六七八九]{{4}})|{_ROC_YEAR}|{bare}"
        rf"|(?P<y2>\d{{2}}(?=年(?:1[0-2]|0?[1-9])月)|0\d(?=年(?![代龄级])))"
        rf"|(?P<yz>(?<![〇○零一二三四五六七八九十])[〇○零][〇○零一二三四五六七八九](?=年(?![代龄级])))){_S}年度?|{_YEAR_WORD})"
    )


def _month_part(k: str) -> str:
    return (
        rf"(?:{_S}(?P<m{k}>{_MONTH})(?:{_CONN}(?P<m2{k}>{_MONTH}))?{_S}月份?"
        rf"|(?P<mw{k}>本月|当月|同月|(?<!以)上个?月|(?<!以)下个?月|次月))"
    )


def _month_list(k: str) -> str:
    """A month of a list without its 月 (the 7 of 7、8月份): a mention of its own, checked by _listed."""
    return rf"{_S}(?P<ml{k}>{_MONTH_LISTED})(?=(?:、(?:{_MONTH_LISTED}))+{_S}月)"


def _day_list(k: str) -> str:
    """A day of a list without its 日 (the 2 of 12月2、3日), checked by _listed."""
    return rf"{_S}(?P<dl{k}>{_DAY})(?=(?:、(?:{_DAY}))+{_S}日)"


def _month_tail(k: str) -> str:
    day = rf"{_S}(?P<d{k}>{_DAY})(?:{_CONN}(?P<d2{k}>{_DAY}))?{_S}[日号]"
    return rf"(?:{day}{_time(k)}|{_day_list(k)}|(?P<part{k}>上中旬|中下旬|上旬|中旬|下旬|{_EARLY}|底|末))?"


# A day of last, this or next week (上周五, 本周三, 下星期一), resolved against the reference date; not before a
# counter (本周三场比赛, 上周六次).
_WEEKDAY = r"[上本下](?:周|星期)[一二三四五六日天](?![场次个名项天期轮批人位家支届节堂程常均气])"

# Quarters: 一季度, 第三季度, 首季, 3季度; cumulative 前三季度 (一至三季度), ranges 一至三季度, 第一至第三季度, and the
# first items of lists (the 二 of 二、三季度). _quarter reads what was matched.
_Q = "[一二三四1-4]"
_QUARTER = rf"首季度?|前[二两三]个?季度|第?{_Q}(?:(?:{_CONN}第?{_Q})?季度|(?=(?:、第?{_Q})+季度))"
# A weekday in brackets after a calendar's date: （六）, (周六), （星期六）.
_WEEKDAY_NOTE = r"[（(](?:周|星期|礼拜)?[一二三四五六日天][）)]"
_YEAR_TAIL = rf"(?P<yp>年?(?:{_EARLY}|底|末)|上半年|下半年|{_QUARTER})"

# One alternation, branches told apart by the name of the group around each (Match.lastgroup): Y, M and D are
# dates led by a year, a month and a day. The standard re module runs it about twice as fast as the regex
# module; re allows each group name once, hence the suffixes, and its \w is not the regex module's (str.isalnum
# against Unicode's Alphabetic), so the bare years' "no word character before" is checked in Python (_bare).
_PATTERN = rf"""
(?=[\d〇○零一二三四五六七八九十廿元今去明前本上下同当次近昨翌日年第首中民])
(?:
    # 2024-12-02, 2024.12.2, 2024/12/2
    (?P<NUMERIC>(?<![\d.．/])(?<![^\d]-)(?P<iy>(?:19|20)\d{{2}})(?P<sep>[-./])(?P<im>1[0-2]|0?[1-9])(?P=sep)(?P<id>3[01]|[12]\d|0?[1-9])(?![\d.．/]))
  | # 112.05.01 in a document using the Republic of China calendar
    {{roc_numeric}}
  | # 5/25（六）: a calendar's month/day without a year, told a date (not a fraction or score) by the weekday after it
    (?P<SLASH>(?<![\d.．/／])(?P<lm>1[0-2]|0?[1-9])[/／](?P<ld>3[01]|[12]\d|0?[1-9])(?={_WEEKDAY_NOTE}))
  | # 04.07.2016: dotted stamps on Chinese pages are day.month.year
    (?P<STAMP>(?<![\d.．/\-])(?P<sd>3[01]|[12]\d|0?[1-9])\.(?P<sm>1[0-2]|0?[1-9])\.(?P<sy>(?:19|20)\d{{2}})(?![\d.．/]))
  | # 2023—2025年, 2023年至2025年
    (?P<YEARS>(?<![\d〇○零一二三四五六七八九十])(?P<ya>(?:19|20)\d{{2}})年?
    (?:(?:{_CONN}|/)(?P<yb>(?:19|20)\d{{2}})|/(?P<yb2>\d{{2}}))(?:年度?|学年))
  | # a year, then optionally a month (and a day or a part of the month) or a part of the year
    (?P<Y>(?<![\d〇○零一二三四五六七八九十百千万廿第每])
    {{year}}(?:{_month_part("Y")}{_month_tail("Y")}|{_YEAR_TAIL}|{_month_list("Y")})?)
  | # a month, then optionally a day or a part of the month; or a month of a list (7、8月)
    (?P<M>(?<![\d〇○零一二三四五六七八九十百千万廿第每个几数])
    (?:{_month_part("M")}{_month_tail("M")}|{_month_list("M")}))
  | # a day alone: kept only where the context says it is a date (see _day_ok); or a day of a list (2、3日)
    (?P<D>(?<![\d〇○零一二三四五六七八九十百千万廿第每个几数.．])
    (?:(?P<dD>{_DAY})(?:{_CONN}(?P<d2D>{_DAY}))?{_S}日(?![\d]){_time("D")}|{_day_list("D")}))
  | # a quarter without a year: 三季度, 前三季度, 一至三季度 (not 连续三季度, 每季度, 三个季度, 上一季度)
    (?P<Q>(?<![\d〇○零一二三四五六七八九十百千万廿每个续續近上下本该同])(?P<q>{_QUARTER}))
  | # parts of a year without the year
    (?P<YPART>(?<![\d〇○零一二三四五六七八九十多数])(?P<ypart>年初(?![步次级心中衷赛审试选稿评始期]|[一二三四五六七八九十](?![个月季]))|年底|年末|上半年|下半年))
  | # relative words: 近日, 日前 … are kept unresolved; 昨日, 次日 … resolve against a date
    (?P<REL>(?P<rel>近日|近期|近年来|近年|日前|昨日|昨天|前天(?![气津然空数])|今天|今日|次日|翌日|当天|当日|同日|前一天
    |{_WEEKDAY}){_time("R")})
  | # a year without 年 opening a name: 2016一人发展一会员 (no word character before: see _bare)
    # or an item of a list of years without its 年: the 2011 of 2011、2012年
    (?P<BARE>(?<![\d.．/\-])(?P<by>(?:19|20)\d{{2}})(?=[\u4e00-\u9fff]|(?:、(?:19|20)\d{{2}})+年))
  | # a year without 年 closing a name in quote marks or brackets: 「傑出物流從業員選舉2021」
    (?P<BAREEND>(?<=[\u4e00-\u9fff])(?P<bye>(?:19|20)\d{{2}})(?=[」”》）』]))
  | # 二○二二
    (?P<BARE2>(?<!\d)(?P<by2>(?:二[〇○零]|一九)[〇○零一二三四五六七八九]{{2}})(?![\d〇○零一二三四五六七八九十百千万年]))
)
"""
# What the bare years may not follow, in the regex module's sense of \d and \w (see _PATTERN).
_BARE_BLOCKED = regex.compile(r"[\d\w.．/\-]")
_BARE2_BLOCKED = regex.compile(r"[\d\w]")

# What may follow a bare year for it to be a year and not a quantity: 2024元, 2000余人, 2020届 are not years.
_UNITS = frozenset(
    "元万亿千百人名个次位支家项件台套米吨户所条场届期号余多岁天年月日周小分秒克斤亩栋间座辆部本篇份张幅首只块批轮级倍元"
)
# A day alone after these is a duration or a count: 为期7日, 每3日.
_DURATION_BEFORE = (
    "为期",
    "历时",
    "连续",
    "持续",
    "用时",
    "耗时",
    "共",
    "约",
    "近",
    "达",
    "超",
    "满",
    "前后",
    "仅",
    "需",
    "用",
)
# ... and before these: 3日内, 5日以上.
_DURATION_AFTER = ("内", "以内", "之内", "以上", "以后", "之后", "后", "左右", "间", "以来", "起算", "工作日", "游")
# A day alone right after these is a date: 于8日, 自1日起.
_DAY_LEAD = ("于", "在", "从", "自", "截至", "截止", "至", "到", "、", "和", "及", "与", "或", "本月", "当月", "同月")
_RELATIVE_BLOCKED_BEFORE = {
    "日前": "节生假佳一二三四五六七八九十数几多个",
    "今日": "如",
    "当日": "每",
    "同日": "不",
    "前天": "目此提之以年日月节从先",  # 目前天气, 此前天津, 提前天数
}
_RANGE_NEXT = regex.compile(rf"{_CONN}(?:{_DAY})日")
# What a clause-opening day alone may follow (a comma, a semicolon, a full stop …), and a date told before it
# within reach: a numeral right before 月 日 or 号 (3日, 6月, 十二月).
_CLAUSE_OPENERS_DAY = frozenset("，,；;。！？!?")
_DATE_BEFORE = re.compile(r"[\d一二三四五六七八九十廿][月日号]")
_DATE_BEFORE_REACH = 80
_CN_MONTHS = frozenset("一二三四五六七八九十") | {"十一", "十二"}
_CN_COUNTED = frozenset("一二两三四五六七八九十次期回趟")
_CLAUSE_BREAK = regex.compile(r"[。！？；!?;\n]")
_BULLET = "◆●■△▲★◇○□·•-—*#0123456789.、一二三四五六七八九十（）() \u3000"


# Every date form holds one of these anchors, each only where a form can use it (what the pattern's branches
# put around it): 月 日 旬 and the Chinese zeros 〇 ○; 年 after a year's numeral or a space, a year word's first
# character (今年 … 当年, 近年), 半 (上半年) or 学 (学年), or before 初 底 末 (年底) — not 青年, 周年, 年轻; 号 after a
# day's numeral or a space (5号, not 号召); 天 of 今天 昨天 当天 前一天 and 期 of 近期 (not 期间, 天津); 零 of 二零
# and 九 of 一九 (a year in Chinese digits without 年: 二零二二); 季 after a quarter's numeral, 个 or 首 (三季度,
# 前三个季度, 首季); the 民 of 民国 (民國一百年 has no anchor of its own); a year 19xx or 20xx. A date separator
# (2024-12-2, 04.07.2016) comes with a year, so it needs no anchor of its own. Written to begin with one
# character class, which lets re skip ahead to the next candidate in C; the look-behinds then test the
# character just read (and the one before it).
_ANCHOR = (
    r"[年月日号旬天期季民周〇○零九12/／](?:(?<=[月日旬〇○])"
    rf"|(?<=\d[/／])(?=\d\d?{_WEEKDAY_NOTE})"
    r"|(?<=年)(?:(?<=[\d〇○零一二三四五六七八九\x20\u3000今去明前本上同当近半学次翌]年)|(?=[初底末]))"
    r"|(?<=[\d一二三四五六七八九十廿\x20\u3000]号)|(?<=[今昨当一前]天)|(?<=近期)|(?<=二零)|(?<=一九)"
    r"|(?<=[一二三四1-4个首]季)|(?<=[上本下]周)|(?<=[上本下]星期)|(?<=民)(?=[国國])"
    r"|(?<=1)9\d\d|(?<=2)0\d\d|(?<=1)(?=[0-4]\d[./](?:1[0-2]|0?[1-9])[./]))"
)
# How far a form reaches before its first anchor (二〇二四年, 2023-) and after its last (日上午10时30分左右).
_BEFORE, _AFTER = 12, 14
# Anchors whose windows overlap, as one match: the next anchor starts at most _BEFORE + _AFTER characters after
# the end of the last (the lazy gap takes the nearest anchor, the one a scan for anchors would find next).
_CHAIN = re.compile(rf"{_ANCHOR}(?:.{{0,{_BEFORE + _AFTER}}}?{_ANCHOR})*", re.DOTALL)
_CONN_RE = re.compile(_CONN)


class Form(NamedTuple):
    """One date expression as written; values are None where the text does not say them.

    A named tuple: thousands are made a megabyte, and a tuple is made several times faster than a frozen
    dataclass."""

    start: int
    end: int
    rule: str
    year: int | None = None
    year_word: str | None = None  # 今年, 去年 …, 同年
    month: int | None = None
    month_word: str | None = None  # 本月, 上月 …, 同月
    day: int | None = None
    part: str | None = None  # 上旬, 初, 底, 上半年, 二季度 …
    relative_word: str | None = None  # 近日, 次日, 当天 …
    time_of_day: str | None = None
    to: Form | None = None  # the end of a range


@cache
def _compiled(roc: bool = False) -> re.Pattern[str]:
    """The pattern; with ``roc`` it also reads bare three-digit years of the Republic of China calendar."""
    pattern = _PATTERN.replace("{year}", _year(roc)).replace("{roc_numeric}", _ROC_NUMERIC if roc else _NO_NUMERIC)
    return re.compile(pattern, re.VERBOSE)


_FindIter = Callable[[str, int, int], Iterator[re.Match[str]]]
# A match the pattern accepts but the original definition does not (a bare year after a word character):
# the scan goes on from the next character, as it would have had the pattern failed there.
_REJECTED = Form(-1, -1, "rejected")


def find_forms(view: str, roc: bool = False) -> list[Form]:
    """Every date form of one block's (Simplified) text, ranges joined, in reading order; ``roc`` when the
    document uses the Republic of China calendar (its bare years 112年5月1日 are then read).

    The full pattern runs only on windows around the anchors every date form contains (月 日, 年 next to a
    year, a four-digit year, 〇 …; see _ANCHOR): most of a bulletin is never tried. A window reaches further
    than its forms on both sides, so it finds what the pattern finds over the whole block
    (tests/test_dateforms_windows.py).
    """
    finditer = _compiled(roc).finditer
    forms: list[Form] = []
    for chain in _CHAIN.finditer(view):
        scan(finditer, view, max(0, chain.start() - _BEFORE), chain.end() + _AFTER, forms)
    return joined(forms, view)


def scan(finditer: _FindIter, view: str, pos: int, hi: int, forms: list[Form]) -> None:
    """Append the forms the pattern finds in ``view[pos:hi]``; after a rejected match the scan goes on from
    its next character."""
    while True:
        for m in finditer(view, pos, hi):
            form = _FORMS[m.lastgroup](m, view)  # type: ignore[index]
            if form is _REJECTED:
                pos = m.start() + 1
                break
            if form is not None:
                forms.append(form)
        else:
            return


def joined(forms: list[Form], view: str) -> list[Form]:
    """``forms`` with ranges and lists joined (a part of a month may join a neighbour even when alone)."""
    if len(forms) > 1 or (forms and forms[0].part):
        return _join(forms, view)
    return forms


@cache
def _num(text: str | None) -> int | None:
    if not text:
        return None
    if text == "元":
        return 1
    if text.startswith("廿"):
        return 20 + (to_int(text[1:]) or 0) if len(text) > 1 else 20
    return to_int(text)


def _numeric(m: re.Match[str], view: str) -> Form:
    y, mo, d = m.group("iy", "im", "id")
    return Form(m.start(), m.end(), "numeric", year=int(y), month=int(mo), day=int(d))


def _roc_numeric(m: re.Match[str], view: str) -> Form:
    y, mo, d = m.group("ny", "nm", "nd")
    return Form(m.start(), m.end(), "numeric", year=1911 + int(y), month=int(mo), day=int(d))


def _slash(m: re.Match[str], view: str) -> Form:
    mo, d = m.group("lm", "ld")
    return Form(m.start(), m.end(), _rule(False, False, True, True, False), month=int(mo), day=int(d))


def _stamp(m: re.Match[str], view: str) -> Form:
    y, mo, d = m.group("sy", "sm", "sd")
    return Form(m.start(), m.end(), "stamp", year=int(y), month=int(mo), day=int(d))


def _years(m: re.Match[str], view: str) -> Form | None:
    s, e = m.span()
    a = int(m.group("ya"))
    short = m.group("yb2")  # 2021/22年度: a fiscal or school year written with the second year's last digits
    b = int(m.group("yb")) if short is None else a - a % 100 + int(short) + (100 if int(short) < a % 100 else 0)
    return Form(s, e, "year-range", year=a, to=Form(s, e, "year", year=b)) if a < b else None


def _ypart(m: re.Match[str], view: str) -> Form:
    word = m.group("ypart")
    return Form(m.start(), m.end(), "year-part", part=word[1:] if word.startswith("年") else word)


def _rel(m: re.Match[str], view: str) -> Form | None:
    s = m.start()
    word, tod = m.group("rel", "todR")
    if s and view[s - 1] in _RELATIVE_BLOCKED_BEFORE.get(word, ""):
        return None
    return Form(s, m.end(), "relative", relative_word=word, time_of_day=tod or None)


def _bare(m: re.Match[str], view: str) -> Form | None:
    s = m.start()
    if s and _BARE_BLOCKED.match(view, s - 1):
        return _REJECTED
    return _bare_year(m.group("by"), s, m.end(), view)


def _bare_end(m: re.Match[str], view: str) -> Form | None:
    s, e = m.span()
    year = _num_positional(m.group("bye"))
    return None if year is None else Form(s, e, "bare-year", year=year)


def _bare2(m: re.Match[str], view: str) -> Form | None:
    s = m.start()
    if s and _BARE2_BLOCKED.match(view, s - 1):
        return _REJECTED
    return _bare_year(m.group("by2"), s, m.end(), view)


def _date_y(m: re.Match[str], view: str) -> Form | None:
    y, yc, ry, y3, y2, yz, yw, mo, mo2, mw, ml, d, d2, dl, part, yp, tod = m.group(
        "y", "yc", "ry", "y3", "y2", "yz", "yw", "mY", "m2Y", "mwY", "mlY", "dY", "d2Y", "dlY", "partY", "yp", "todY"
    )
    if yz:
        y2 = "0" + str(digits_to_int(yz[1]) or 0)  # ○八年 is 08年: 2008
    if y:
        year: int | None = int(y)
    elif yc:
        year = _num_positional(yc)
        if year is None:
            return None
    elif ry:
        n = _num(ry)
        if n is None or not 1 <= n <= 200:
            return None
        year = 1911 + n  # 民國112年 is 2023
    elif y3:
        year = 1911 + int(y3)
    elif y2:
        if not (mo or ml or y2[0] == "0"):
            return None  # 工作24年 is a duration; 08年 is a year
        year = (1900 if int(y2) >= 50 else 2000) + int(y2)  # 24年3月 is 2024, 98年7月 is 1998
    else:
        year = None
    if yp and yp[-1] not in "初底末年":  # a quarter: 第一季度, 前三季度, the 一 of 一、二季度
        if yp[-1] not in "季度" and not _listed(view, m.end(), yp.lstrip("第"), False):
            return None
        part = _quarter(yp)
        if part is None:
            return None
    else:
        part = part or yp
    if ml and not _listed(view, m.end(), ml, False):
        return None
    if dl and not _listed(view, m.end(), dl, False):
        return None
    return _date(view, m.start(), m.end(), year, yw, mo or ml, mo2, mw, d or dl, d2, part, False, tod)


def _date_m(m: re.Match[str], view: str) -> Form | None:
    mo, mo2, mw, ml, d, d2, dl, part, tod = m.group("mM", "m2M", "mwM", "mlM", "dM", "d2M", "dlM", "partM", "todM")
    if ml and not _listed(view, m.end(), ml, _opens_clause(view, m.start())):
        return None
    if dl and not _listed(view, m.end(), dl, False):
        return None
    return _date(view, m.start(), m.end(), None, None, mo or ml, mo2, mw, d or dl, d2, part, False, tod)


def _date_d(m: re.Match[str], view: str) -> Form | None:
    d, d2, dl, tod = m.group("dD", "d2D", "dlD", "todD")
    if dl and not _listed(view, m.end(), dl, _opens_clause(view, m.start())):
        return None
    return _date(view, m.start(), m.end(), None, None, None, None, None, d or dl, d2, None, True, tod)


def _date_q(m: re.Match[str], view: str) -> Form | None:
    """A quarter without a year (三季度, 前三季度, 一至三季度), or the first of a list of them (二、三季度)."""
    raw = m.group("q")
    s, e = m.span()
    if raw[-1] not in "季度":
        # 一、 opening a clause is an enumerator, 第一、 is not
        if not _listed(view, e, raw.lstrip("第"), raw[0] != "第" and _opens_clause(view, s)):
            return None
    elif view[e : e + 1] in ("一", "次"):
        return None  # 一季度一次: a frequency
    part = _quarter(raw)
    return None if part is None else Form(s, e, "year-part", part=part)


def _quarter(raw: str) -> str | None:
    """The name of the quarters ``raw`` spans (a key of QUARTER_MONTHS): 三季度, 前三季度 → 一至三季度, 1-3季度."""
    core = raw.translate(_QUARTER_STRIP)
    if core == "首":
        first = last = 1
    elif core.startswith("前"):
        first, last = 1, _num(core[1:]) or 0
    else:
        ends = _CONN_RE.split(core)
        first, last = _num(ends[0]) or 0, _num(ends[-1]) or 0
    return _QUARTER_NAMES.get((first, last))


# Quarters by name, as months: 一季度 … 四季度, and the runs of them (一至三季度 for 前三季度, 一至三季度, 1-3季度).
_CN_QUARTER = "一二三四"
_QUARTER_NAMES = {
    (a, b): f"{_CN_QUARTER[a - 1]}季度" if a == b else f"{_CN_QUARTER[a - 1]}至{_CN_QUARTER[b - 1]}季度"
    for a in range(1, 5)
    for b in range(a, 5)
}
QUARTER_MONTHS = {name: (3 * a - 2, 3 * b) for (a, b), name in _QUARTER_NAMES.items()}
_QUARTER_STRIP = str.maketrans("", "", "第个季度")
# What may stand before the first item of a list: where a clause opens, 1、 and 一、 are enumerators (1、2月份…).
_CLAUSE_OPENERS = frozenset("\n。；;！？!?：:")
_LIST_NEXT = re.compile(r"、第?(1[0-2]|[12]\d|3[01]|0?[1-9]|[一二三四五六七八九十廿]{1,3})")


def _opens_clause(view: str, s: int) -> bool:
    return s == 0 or view[s - 1] in _CLAUSE_OPENERS


def _listed(view: str, e: int, item: str, opens_clause: bool) -> bool:
    """Whether ``item`` (ending at ``e``) is the first of a list such as 7、8月份 or 二、三季度: the next item is
    written the same way (both digits or both Chinese) and is larger, and a list opening a clause does not start
    at 1 (1、2月份 there is an enumerator and a month)."""
    nxt = _LIST_NEXT.match(view, e)
    if nxt is None:
        return False
    follower = nxt.group(1)
    if item.isascii() != follower.isascii():
        return False
    a, b = _num(item), _num(follower)
    if a is None or b is None or b <= a:
        return False
    return not (opens_clause and a == 1)


def _date(
    view: str,
    s: int,
    e: int,
    year: int | None,
    year_word: str | None,
    m: str | None,
    m2: str | None,
    mw: str | None,
    d: str | None,
    d2: str | None,
    part: str | None,
    alone: bool,
    tod: str | None,
) -> Form | None:
    """A form of year, month, day and part (any of them may be missing but not all)."""
    tod = tod or None
    month = _num(m)
    day = _num(d)
    if d:
        day2 = _num(d2)
        if day is None or not 1 <= day <= 31 or (day2 is not None and not day < day2 <= 31):
            return None
    else:
        day2 = None
    if m:
        month2 = _num(m2)
        if month is None or not 1 <= month <= 12 or (month2 is not None and not month < month2 <= 12):
            return None
    else:
        month2 = None
    if alone and not _day_ok(view, s, e, tod):
        return None
    if year is None and not year_word and view[max(0, s - 2) : s] in ("每年", "每月"):
        return None  # 每年3月, 每月5日: a recurring day, not a date
    if m and day is None and not part and m in _CN_MONTHS and view[e : e + 1] in _CN_COUNTED:
        return None  # 一月一次: a frequency
    if year_word in ("同年", "当年") and month is None and mw is None:
        return None  # 当年 alone is "in those years", not a date
    if part and part not in QUARTER_MONTHS:
        part = part.lstrip("年")
    rule = _RULES[year is not None, bool(year_word), month is not None or bool(mw), day is not None, bool(part)]
    if day2 is not None or month2 is not None:
        # a range: its end repeats the start with the second day (27日至28日) or else the second month (5月至7月)
        if day2 is not None:
            last = Form(s, e, rule, year, year_word, month, mw, day2, part)
        else:
            last = Form(s, e, rule, year, year_word, month2, mw, day, part, None, tod)
        return Form(s, e, rule + "-range", year, year_word, month, mw, day, part, None, tod, last)
    return Form(s, e, rule, year, year_word, month, mw, day, part, None, tod)


_FORMS = {
    "NUMERIC": _numeric,
    "RNUMERIC": _roc_numeric,
    "STAMP": _stamp,
    "SLASH": _slash,
    "YEARS": _years,
    "Y": _date_y,
    "M": _date_m,
    "D": _date_d,
    "Q": _date_q,
    "YPART": _ypart,
    "REL": _rel,
    "BARE": _bare,
    "BAREEND": _bare_end,
    "BARE2": _bare2,
}


def _num_positional(text: str) -> int | None:
    value = digits_to_int(text)
    return value if value is not None and 1900 <= value <= 2099 else None


def _rule(year: bool, year_word: bool, month: bool, day: bool, part: bool) -> str:
    head = "ymd" if year and month and day else "ym" if year and month else "y" if year else ""
    if not head:
        head = "md" if month and day else "m" if month else "d" if day else ""
    if year_word:
        head = "relative-" + (head or "y")
    if part:
        head += "-part"
    return head or "date"


# The rule name of each combination of what a form says (a year, a year word, a month, a day, a part), looked up
# for every form instead of spelled out again.
_RULES = {says: _rule(*says) for says in product((False, True), repeat=5)}


def _bare_year(text: str, s: int, e: int, view: str) -> Form | None:
    """A year without 年 only where it opens a name or stands alone: never before a unit (2024元)."""
    year = _num_positional(text)
    if year is None:
        return None
    nxt = view[e : e + 1]
    if nxt in _UNITS or view[e : e + 2] in ("以上", "以下", "左右"):
        return None
    if s and not _opens(view[s - 1]):
        return None
    return Form(s, e, "bare-year", year=year)


def _opens(ch: str) -> bool:
    """Whether a bare year may follow this character: punctuation, quotes, brackets, a space."""
    return not ch.isalnum() and ch not in ".．/-"


def _day_ok(view: str, s: int, e: int, tod: str | None) -> bool:
    """A day alone is a date when a time of day follows, a date-like word leads, or it starts a brief item."""
    before = view[max(0, s - 4) : s]
    after = view[e : e + 3]
    if before.endswith(_DURATION_BEFORE) or after.startswith(_DURATION_AFTER):
        return False
    if tod:
        return True
    if before.endswith(_DAY_LEAD):
        return True
    if _RANGE_NEXT.match(view, e):
        return True  # 27日-28日
    if s <= 8 and not view[:s].strip(_BULLET) and after[:1] in ("，", ",", "、", "至", "到", "-", "—", "～"):
        return True  # ◆8日，…: a dated brief item
    # a day opening a clause goes on the dates told before it (于3日开幕，5日闭幕; 5月10日召开会议；12日，举办培训),
    # or opens its own dated statement (……。12日，区总工会召开全委会)
    if (
        s
        and view[s - 1] in _CLAUSE_OPENERS_DAY
        and (after[:1] in ("，", ",") or _DATE_BEFORE.search(view, max(0, s - _DATE_BEFORE_REACH), s))
    ):
        return True
    # the same clause already holds a month: 12月2日、3日; 11月27日至28日; 5月8日和10日
    clause = view[max(0, s - 30) : s]
    breaks = list(_CLAUSE_BREAK.finditer(clause))
    if breaks:
        clause = clause[breaks[-1].end() :]
    return "月" in clause


def _join(forms: list[Form], view: str) -> list[Form]:
    """Two forms joined by a connector are one mention (11月27日至28日, 5月至7月, 2023年至2024年); an item of a
    list of months or quarters takes the year of the item before it (2022年7、8月, 今年7月和9月: 2022-08, 2024-09)."""
    out: list[Form] = []
    i = 0
    while i < len(forms):
        a = forms[i]
        if i + 1 < len(forms) and a.to is None:
            b = forms[i + 1]
            gap = view[a.end : b.start]
            # a connector is one or two characters, after a weekday note in a table (3月5日（周二）至3月7日):
            # most neighbours are further apart
            if (
                0 < len(gap) <= _MAX_RANGE_GAP
                and (_CONN_RE.fullmatch(gap) or (gap[0] in "（(" and _WEEKDAY_CONN.fullmatch(gap)))
                and _same_grain(a, b)
                and b.to is None
            ):
                a = a._replace(end=b.end, rule=a.rule + "-range", to=b)
                i += 1
        if a.to is None and a.part in _BARE_PART_ENDS and a.month is not None:
            a = _part_range(a, view)
        if out and a.year is None and a.year_word is None and (a.month is not None or a.part):
            prev = out[-1]
            if view[prev.end : a.start] in _LIST_JOINERS and (prev.month is not None or prev.part):
                a = _listed_year(a, prev.to if prev.to is not None and prev.to.year is not None else prev)
        out.append(a)
        i += 1
    return out


# A weekday note between the ends of a range, and the longest gap a range's ends may have between them.
_WEEKDAY_CONN = re.compile(rf"[（(](?:周|星期|礼拜)[一二三四五六日天][）)]{_CONN}")
_MAX_RANGE_GAP = 7

# What separates the items of a list of dates: 7月、8月, 3月和5月, 一季度及三季度.
_LIST_JOINERS = frozenset(("、", "和", "及", "与", "以及"))


def _listed_year(form: Form, prev: Form) -> Form:
    """``form`` with the year (or year word) of the list item before it, and its range end the same."""
    if prev.year is None and prev.year_word is None:
        return form
    to = form.to
    # an end that names its month takes the year too; a day alone (the 7 of 4月5日至7日) takes month and year
    # from the start of its range, and a year without a month there would leave it unresolvable
    if to is not None and to.year is None and to.year_word is None and to.month is not None:
        to = to._replace(year=prev.year, year_word=prev.year_word)
    return form._replace(year=prev.year, year_word=prev.year_word, to=to)


# Parts of a month that may end a range without their month (3月上旬至中旬, 5月初至月底).
_BARE_PART_ENDS = frozenset(("上旬", "中旬", "下旬", "上中旬", "中下旬", "初", "底", "末"))
_BARE_PART_NEXT = re.compile(rf"{_CONN}{_S}(?:同月|当月|本月|月)?(上中旬|中下旬|上旬|中旬|下旬|底|末)")
_PART_ORDER = {"初": 0, "上旬": 0, "上中旬": 0, "中旬": 1, "中下旬": 1, "下旬": 2, "底": 2, "末": 2}


def _part_range(a: Form, view: str) -> Form:
    """3月上旬至中旬: a part of a month, a connector and a later part written without the month is one range
    (the end is left without a month for the resolver to fill from the start)."""
    nxt = _BARE_PART_NEXT.match(view, a.end)
    if nxt is None:
        return a
    part = nxt.group(1)
    if _PART_ORDER[part] <= _PART_ORDER[a.part or ""]:
        return a
    end = nxt.end()
    return a._replace(end=end, rule=a.rule + "-range", to=Form(nxt.start(), end, "part", part=part))


def _grain(f: Form) -> str | None:
    if f.relative_word:
        return None
    if f.part:  # 3月中旬至4月上旬, 上半年至三季度: parts join parts of the same kind
        return "month-part" if f.month is not None or f.month_word else "year-part"
    if f.day is not None:
        return "day"
    if f.month is not None:
        return "month"
    if f.year is not None or f.year_word:
        return "year"
    return None


def _same_grain(a: Form, b: Form) -> bool:
    """Whether two forms may be the ends of one range: the same grain, or a day and a part of a month (both
    read to the day: 3月5日至4月中旬, 3月下旬至4月10日)."""
    ga, gb = _grain(a), _grain(b)
    return ga is not None and (ga == gb or {ga, gb} == _DAY_GRAINS)


_DAY_GRAINS = {"day", "month-part"}
