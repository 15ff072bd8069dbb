"""The masthead (报头) and publication stamps: bulletin name, issue numbers, publisher and date.

The masthead is the run of lines at the top that consist only of masthead fields. A publication stamp
(``发布时间:2025-05-07 14:11``, a bare ``04.07.2016``) can stand anywhere, as on converted web pages. The
issue date becomes the default reference date for year-less dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import regex

from unionnews.segment.lines import Line

_CN_DIGIT = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "O": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}

# The regex module's classes these patterns use, spelled out for the stdlib engine, which runs the masthead
# patterns two to four times faster: \p{Han} by its ranges; \s as Unicode White_Space (the stdlib's \s would
# also take \x1c-\x1f); \d as the stdlib's decimal digits plus those of the ten scripts beyond the BMP that
# the regex module's newer Unicode tables add. The same characters match either way.
_CLASSES = {
    "p{Han}": "\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9\U00016fe2-\U00016fe3\U00016ff0-\U00016ff6\U00020000-\U0002a6df"
    "\U0002a700-\U0002b81e\U0002b820-\U0002cead\U0002ceb0-\U0002ebe0\U0002ebf0-\U0002ee5d\U0002f800-\U0002fa1d"
    "\U00030000-\U0003134a\U00031350-\U00033479",
    "s": "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000",
    "d": "\\d\U00010d40-\U00010d49\U000116d0-\U000116e3\U00011bf0-\U00011bf9\U00011de0-\U00011de9"
    "\U00011f50-\U00011f59\U00016130-\U00016139\U00016d70-\U00016d79\U0001ccf0-\U0001ccf9\U0001e4f0-\U0001e4f9"
    "\U0001e5f1-\U0001e5fa",
}
_CLASS_ESCAPE = re.compile(r"\\(p\{Han\}|[sSd])|\\.|\[\^?|\]")


def _stdlib(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern``, written for the regex module, compiled by the stdlib engine with the same meaning."""
    out: list[str] = []
    in_class = False
    pos = 0
    for m in _CLASS_ESCAPE.finditer(pattern):
        out.append(pattern[pos : m.start()])
        token, name = m.group(), m.group(1)
        if name is None:
            if token.startswith("["):
                in_class = True
            elif token == "]" and in_class:
                in_class = False
            out.append(token)
        elif name == "S":
            if in_class:
                raise ValueError("\\S inside a class has no stdlib spelling here")
            out.append("[^" + _CLASSES["s"] + "]")
        else:
            out.append(_CLASSES[name] if in_class else "[" + _CLASSES[name] + "]")
        pos = m.end()
    out.append(pattern[pos:])
    return re.compile("".join(out), flags)


_FIELDS = _stdlib(
    r"""
    (?P<total_issue>[（(]?总第\s*[\d一二三四五六七八九十百零〇]+\s*期[)）]?)
  | (?P<issue>[（(]?(?:\d{4}\s*年\s*)?第\s*[\d一二三四五六七八九十百零〇]+\s*期[)）]?
        |\p{Han}{1,8}\s*[〔［\[]\s*\d{4}\s*[〕］\]]\s*\d{1,4}\s*号  # a red-header notice's number: 川教工〔2015〕36号
        |(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月号)
  | (?P<published>(?:发布时间|发布日期|发稿时间|发表时间|更新时间|日期|时间)\s*[:：]\s*
        \d{1,4}[-./年]\d{1,2}[-./月]\d{1,4}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)
  | (?P<date>(?:(?:中华)?民国\s*(?:\d{2,3}|[一二三四五六七八九十百]{1,6})|\d{4}|[〇○零一二三四五六七八九]{4})
          \s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日(?:出刊|出版|发行|印发)?
        |\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?
        |\d{1,2}\.\d{1,2}\.\d{4}
        |\d{1,2}\s*月\s*\d{1,2}\s*日(?:出刊|出版|发行|印发)?)  # beside an issue with its year: 2025年第18期｜5月6日
  | (?P<publisher>(?:发行|编印|出版|编辑出版|出版发行)\s*[:：]\s*[\p{Han}（）()]{2,30}
      | [\p{Han}（）()]{2,30}?(?:办公室|宣传部|宣教部|宣传教育部|研究室|编辑部|网络工作部|组织部|编委会)
        (?:\s*(?:编印|编发|印发|主办|编))?
      | [\p{Han}]{2,30}?(?:总工会|工会|工联会)\s*(?:编印|编发|印发|主办|主管|编|版权所有)
      | [\p{Han}（）()]{2,30}?(?:委员会|工作委员会|中心|协会)\s*(?:编印|编发|印发|主办|编)
      | [\p{Han}（）()]{2,30}?(?:总工会|工会|工联会|委员会)(?=\s{2,}\S))  # 某集团公司工会　　2023年第4期
  | (?P<title>\p{Han}{2,20}(?:工会|工会委员会|工委|工联会|委员会)文件  # a notice's red header: 四川省教育工会文件
      | [\p{Han}·]{0,16}(?:工会简报|工会动态|工会工作|简报|简讯|动态|通讯|快报|快讯|工作信息|信息|周报|月报|周刊|月刊|旬刊|专刊|情况通报|通报|会讯
          |周讯|旬讯|月讯))
  | (?P<other>(?:仅供|只供|供)?内部(?:资料|刊物|交流|参考|学习|发行|阅读|使用)(?:资料)?|注意保存|妥善保管|妥善保存|免费交流
        |请勿外传|不得外传|注意保密|仅供参考  # (内部资料 注意保存), 内部资料，免费交流: who may read the issue
        # the publisher's contacts and people beside it: 电话：（07）811-2345, 地址：…, 发行人：林志明
        |(?:电话|联系电话|传真|邮编|邮政编码)\s*[:：]\s*[\d()（）\-－—\s]{4,24}\d
        |(?:地址|社址|网址|邮箱|电子邮箱|E-?mail)\s*[:：]\s*\S{2,60}
        |(?:发行人|社长|主编|总编辑|总编|执行编辑)\s*[:：]\s*\p{Han}{2,4}(?![\p{Han}]))
    """,
    re.VERBOSE,
)
# A bulletin's name, unmistakable even alone on the first line: 南京市总工会工作简报, 广州工会动态, 会讯.
_NAME = regex.compile(
    r"[\p{Han}·]{0,20}(?:简报|会讯|通讯|快报|周报|月报|周刊|月刊|旬刊|专刊|工作信息|工会信息|工会动态|职工动态)"
    r"|[\p{Han}]{2,20}(?:总工会|工会|工会委员会|工联会|职工会|联合会|联合总会|联会)"
)
_NAME_ENDINGS = (
    "简报", "会讯", "通讯", "快报", "周报", "月报", "周刊", "月刊", "旬刊", "专刊",
    "工作信息", "工会信息", "工会动态", "职工动态",
    "总工会", "工会", "工会委员会", "工联会", "职工会",
    "联合会", "联合总会", "联会",  # 香港工會聯合會, 港九勞工社團聯會
)  # fmt: skip
_SOURCE = _stdlib(r"(?:来源|作者|编辑|责任编辑|责编|浏览次数|点击)\s*[:：]\s*\S*")
_DECOR = _stdlib(r"[\s【】\[\]〖〗（）()·|｜/、,，]*")
# The header of an article copied from a WeChat public account: [原创] account [author] date [time] [发表于 province].
_PLATFORM_HEADER = regex.compile(
    r"(?P<lead>(?:原创\s*)?(?:[\p{Han}\w·]{2,20}\s+){1,3})"
    r"(?P<published>\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s+\d{1,2}:\d{2})?|\d{4}年\d{1,2}月(?!\d))"
    r"(?:\s*(?P<place>发表于\p{Han}{2,8}))?"
)
# The same header with the account's name on the line above (重庆某区总工会 / 2023-08-15 17:45 发表于重庆).
_PLATFORM_STAMP = regex.compile(
    r"(?P<published>\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s+\d{1,2}:\d{2})?)\s*(?P<place>发表于\p{Han}{2,8})"
)
# A masthead dated by month only (共青团某某公司委员会　　2017年10月): a date field, but no day to refer to.
_MONTH_ONLY = regex.compile(r"\d{4}年\d{1,2}月")
_UNION_LEAD = regex.compile(r"(?:原创\s*)?\p{Han}{2,20}(?:总工会|工会|工联会|委员会)(?:办公室)?")


@dataclass(slots=True)
class Field:
    name: str
    start: int
    end: int
    value: dt.date | None = None


def fields_of(line: Line, *, top: bool) -> list[Field] | None:
    """The masthead fields that make up ``line``, or None when it holds anything else.

    ``top`` allows the fields only the top of the page has (title, issue, bare name); elsewhere a stamp line
    (发布时间 …, or a publisher's footer with its date) is recognised. A line that is none of these may be
    the account line of a copied WeChat article (绍兴工会 2023-06-12 18:30 发表于浙江).
    """
    found = _fields(line, top)
    t = line.text
    if found is None and len(t) <= 80 and (" " in t or "\u3000" in t) and (m := _PLATFORM_HEADER.fullmatch(t)):
        return _platform_fields(m, line.start)
    if found is None and "发表于" in t and (m := _PLATFORM_STAMP.fullmatch(t)):
        date = m.group("published")
        return [
            Field("published", line.start + m.start("published"), line.start + m.end("published"), parse_stamp(date)),
            Field("other", line.start + m.start("place"), line.start + m.end("place")),
        ]
    return found


def _fields(line: Line, top: bool) -> list[Field] | None:
    t = line.text
    if len(t) > 80:  # masthead lines are short; don't scan paragraphs
        return None
    # what a 来源:/作者: label names is a source, whatever it looks like (来源：市总工会办公室)
    sources = [(m.start(), m.end()) for m in _SOURCE.finditer(t)]
    if not sources and not _could_start_with_a_field(t):
        return None
    found: list[Field] = []
    pos = 0
    has_stamp = False
    for m in _FIELDS.finditer(t):
        start = m.start()
        if sources and any(s <= start < e for s, e in sources):
            continue
        if start > pos and not _only_decor_or_source(t[pos:start], found, line.start + pos, bool(sources)):
            return None
        name = m.lastgroup or "other"
        if name in ("published", "date"):
            has_stamp = True
        elif not top and name != "publisher":
            return None
        found.append(Field(name, line.start + start, line.start + m.end()))
        pos = m.end()
    if pos < len(t) and not _only_decor_or_source(t[pos:], found, line.start + pos, bool(sources)):
        return None
    if not found:
        return None
    if not top and not has_stamp:
        return None
    for f in found:
        if f.name in ("date", "published"):
            text = t[f.start - line.start : f.end - line.start]
            if "年" in text or not _MONTH_DAY.match(text):
                f.value = parse_stamp(text)
            elif (year := _issue_year(t, line.start, found)) is None:
                return None  # a day with no year beside it is no masthead date (5月6日 alone opens a lead)
            else:
                month, day = _MONTH_DAY.findall(text)[0]
                try:
                    f.value = dt.date(year, int(month), int(day))
                except ValueError:
                    return None
    return found


_MONTH_DAY = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YEAR = re.compile(r"(\d{4})\s*年")


def _issue_year(t: str, base: int, found: list[Field]) -> int | None:
    """The year of the issue field on the same line (2025年第18期), which dates a day written without one."""
    for f in found:
        if f.name == "issue" and (m := _YEAR.search(t, f.start - base, f.end - base)):
            return int(m.group(1))
    return None


def _platform_fields(m: regex.Match[str], base: int) -> list[Field]:
    """The account line of a copied WeChat article: its date is the publication stamp, the rest is kept."""
    date = m.group("published")
    lead = m.group("lead").rstrip()
    # a union's name before a bare date is the masthead's publisher line (某某县总工会  2020年9月30日)
    union = _UNION_LEAD.fullmatch(lead)
    stamp = ":" in date or m.group("place") is not None
    found = [
        Field("publisher" if union else "other", base + m.start("lead"), base + m.start("lead") + len(lead)),
        Field(
            "published" if stamp or not union else "date",
            base + m.start("published"),
            base + m.end("published"),
            None if _MONTH_ONLY.fullmatch(date) else parse_stamp(date),
        ),
    ]
    if m.group("place"):
        found.append(Field("other", base + m.start("place"), base + m.end("place")))
    return found


def _could_start_with_a_field(t: str) -> bool:
    """False when the loop below is bound to return None: with no 来源: label in the line (the caller checks),
    the first field must start right after the leading decoration. Trying _FIELDS at those few positions is far
    cheaper than its search along a headline (its lazy name patterns are tried at every position)."""
    d = _DECOR.match(t)
    lead = d.end() if d else 0
    return any(_FIELDS.match(t, p) for p in range(lead + 1))


def _only_decor_or_source(gap: str, found: list[Field], offset: int, labelled: bool = True) -> bool:
    """Gaps between fields may hold decoration, or a 来源:… label kept as an 'other' field.

    ``labelled`` is False when the whole line holds no label, so no gap can either."""
    if not labelled:
        return bool(_DECOR.fullmatch(gap))
    rest = gap
    for m in _SOURCE.finditer(gap):
        found.append(Field("other", offset + m.start(), offset + m.end()))
        rest = rest.replace(m.group(), "")
    return bool(_DECOR.fullmatch(rest))


def is_bulletin_name(text: str) -> bool:
    """True for a line that can only be a bulletin's name (or its publishing union) at the top of a page.

    A name spaced out for the page (工 会 工 作 简 报) is read without its spaces.
    """
    text = text.strip()
    if " " in text or "\u3000" in text or "\t" in text:
        text = "".join(text.split())
    # every name _NAME takes ends in one of its words and is at most 25 characters long
    return len(text) <= 25 and text.endswith(_NAME_ENDINGS) and bool(_NAME.fullmatch(text))


_LEADING_LABEL = regex.compile(r"^[^\d〇○零一二三四五六七八九]*")
_CN_DATE = regex.compile(
    r"([\d〇○零一二三四五六七八九]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*日"
)
_ROC_DATE = regex.compile(
    r"(\d{2,3}|[一二三四五六七八九十百]{1,6})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*日"
)
_YMD = regex.compile(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})")
_DMY = regex.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def parse_stamp(text: str) -> dt.date | None:
    """Date of a masthead or stamp field.

    Chinese forms and the two numeric forms seen on Chinese pages (year-month-day, and dotted
    day.month.year) are read here; anything else goes to dateparser, which knows the rest.
    """
    roc = "民国" in text or "民國" in text  # Taiwan's calendar: 民國112年 is 2023
    text = _LEADING_LABEL.sub("", text)
    try:
        if roc and (m := _ROC_DATE.match(text)):
            return dt.date(1911 + _cn_number(m.group(1)), _cn_small(m.group(2)), _cn_small(m.group(3)))
        if m := _CN_DATE.match(text):
            return dt.date(_cn_year(m.group(1)), _cn_small(m.group(2)), _cn_small(m.group(3)))
        if m := _YMD.match(text):
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _DMY.match(text):
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:  # 2024年2月30日: a typo in the masthead is no date
        return None
    return _dateparser(text)


def _dateparser(text: str) -> dt.date | None:
    import dateparser  # heavy: imported only when a numeric stamp needs it

    order = "DMY" if regex.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}.*", text) else "YMD"
    try:
        parsed = dateparser.parse(
            text,
            languages=["en"],
            settings={"DATE_ORDER": order, "PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": True},
        )
    except Exception:  # dateparser raises assorted errors on odd input; a stamp we cannot read is no date
        return None
    return parsed.date() if parsed else None


def _cn_number(s: str) -> int:
    """A number up to 999 in digits or Chinese numerals (一百一十二 → 112)."""
    if s.isdigit():
        return int(s)
    hundreds, _, rest = s.rpartition("百")
    value = (_CN_DIGIT.get(hundreds, 1) * 100) if "百" in s else 0
    return value + (_cn_small(rest) if rest else 0)


def _cn_year(s: str) -> int:
    if s.isdigit():
        return int(s)
    return int("".join(str(_CN_DIGIT[ch]) for ch in s))


def _cn_small(s: str) -> int:
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN_DIGIT[s[1]]
    if s.endswith("十"):
        return _CN_DIGIT[s[0]] * 10
    if "十" in s:
        return _CN_DIGIT[s[0]] * 10 + _CN_DIGIT[s[2]]
    return _CN_DIGIT[s[0]]
