"""What each line is in the bulletin: masthead, column, kicker, headline, subtitle, paragraph, caption.

Two kinds of archive are handled by the same rules:

* with markdown markers (``#``…``####``) only marked lines are headings, and the marker level of a line
  known to be a column (by its name, or because brief items follow it) marks the other columns;
* in plain text a heading is a short line with no closing punctuation, and a single such line inside an
  article is a caption unless the paragraph after it opens like a news lead (a date, 近日, 本报讯 …).

A run of headings reads, top to bottom: column, kicker (引题), headline (主题), subtitle (副题, often opened by
——). Lines of a paragraph broken across a page are joined: a long line with no closing punctuation continues
on the next text line, across blank lines and page furniture.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

import regex

from unionnews.script import other_script
from unionnews.segment.lines import (
    ENUM,
    MARKER,
    MAX_HEADING,
    PHOTO_MARKERS,
    Line,
    classify,
    is_terminal,
    mark_contents,
    mark_running_headers,
    split_lines,
)
from unionnews.segment.masthead import Field, fields_of, is_bulletin_name, parse_stamp

# A paragraph that opens like this starts a news item, so the short line above it is a headline.
_LEAD = regex.compile(
    r"(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})年)?[\d一二三四五六七八九十]{1,3}月(?:[\d一二三四五六七八九十]{1,3}[日号])?"
    r"|[\d一二三四五六七八九十]{1,3}[日号][，,至到\-—]"
    r"|近日|日前|近期|连日来|近年来|(?:今年|去年|前年|\d{4}年)以来|本报讯|本刊讯|[\p{Han}]{0,10}讯[\s（(：:]|为(?:了|进一步|深入|切实|全面|持续|更好|扎实)"
    r"|(?:上|下)周|本周|昨天|昨日|今天|今日"
)
# An entry of a chronicle (大事记): its date, then a space and the event, no comma (4月28日　市总工会召开…, 3月上旬 …,
# 2011年6月 …, 12月20日—21日 …). News leads put a comma after the date (4月28日，…).
_CHRONICLE_DAY = (
    r"(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})年)?[\d一二三四五六七八九十]{1,2}月"
    r"(?:[\d一二三四五六七八九十]{1,3}[日号]|[上中下]旬|初|底|末)?"
)
# (a calendar of coming events, as Taiwanese bulletins write one: 5/25（六）　會員親子健行活動, 4/2（六）－4/3（日）,
# 11/20　說明會: month/day with the weekday in brackets)
_SLASH_DAY = r"\d{1,2}[/／]\d{1,2}(?:\s*[（(](?:星期|週|周)?[一二三四五六日天][)）])?"
_CHRONICLE = regex.compile(
    rf"(?:{_CHRONICLE_DAY}(?:[至到—\-–~～、](?:{_CHRONICLE_DAY}|[\d一二三四五六七八九十]{{1,3}}[日号]))?"
    rf"|{_SLASH_DAY}(?:\s*[至到—\-–~～－](?:{_SLASH_DAY}|\d{{1,2}}(?:\s*[（(][一二三四五六日天][)）])?))?)"
    r"[ \t]+[^\s\p{P}]"
)
# A first clause that names its day (饮食业职工总会于4月30日举行…): a news lead, the usual start of an article.
_DATED_CLAUSE = regex.compile(
    r"[^，。,；;：:]{0,24}?[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}[日号]"
)


def _leads(text: str) -> bool:
    """``text`` opens like a news lead; read through OCR's stray spaces too (4 月 28 日 , 市 总 工 会 …)."""
    if _LEAD.match(text):
        return True
    return " " in text[:6] and _LEAD.match(text[:40].replace(" ", "")) is not None


def _dated(text: str) -> bool:
    """``text``'s first clause names its day (饮食业职工总会于4月30日举行…), stray OCR spaces read through."""
    if _DATED_CLAUSE.match(text):
        return True
    return " " in text[:40] and _DATED_CLAUSE.match(text[:80].replace(" ", "")) is not None


_SUBTITLE = regex.compile(r"(?:——|—|--|－－|─)|[（(].*[)）]$")
# How the first line of a headline wrapped over two ends: on a word that needs what follows (暨, 的, 与, an
# opening quote, 第五届). A kicker is a phrase of its own and never ends so.
_DANGLING_END = regex.compile(
    r"(?:[暨的和与及并或之对为向把被从于将在、“‘《（(〈「『]|第[\d一二三四五六七八九十百]{1,4}[届次期])$"
)
# A column's name in its decoration: brackets (【】 〖〗), bars (|), or markers on either side (▌ 〓〓 📌 ◆ …◆).
_COLUMN_DECOR = regex.compile(
    rf"(?:[【\[〖［|｜]|{MARKER})+\s*(?P<name>[^【】\[\]〖〗［］]{{2,12}}?)\s*(?:[】\]〗］|｜]|{MARKER})*"
)
# Worth trying as a stamp line: 发布时间/日期 labels, or a full numeric date (a footer's 05.03.2026).
# (a notice's date in Chinese numerals, 二〇一五年十二月二十八日, under its issuer, is one too)
_STAMP_HINT = regex.compile(
    r"时间|日期|\d{4}[-./年]\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}|[一二][〇○零九][〇○零一二三四五六七八九]{2}年"
)
# A word of a table of contents' heading (本期导读, 目录): only then are the first lines looked at for one.
_CONTENTS_HINT = re.compile(r"导读|目\s*录|要\s*目|提要|导航|要览")
# How many forms of the name in other scripts a masthead prints together (Chinese, Uyghur, Kazakh, English).
_MAX_FORMS = 4
# A line in another script may be longer than a Chinese heading (Latin letters are narrow): an English headline.
_MAX_OTHER_SCRIPT = 120
# Joins need a line long enough to have been cut by the page, not a short caption.
MIN_BROKEN = 30


@dataclass(eq=False, slots=True)
class Para:
    """A paragraph: one or more lines joined back together."""

    lines: list[Line]
    kind: str = "paragraph"  # paragraph | caption
    listed: bool = False  # an item of a list written one per line (一等奖：陈立明): whole, never continued


@dataclass(eq=False, slots=True)
class ArticlePlan:
    column: Line | None = None
    column_name: str | None = None
    kicker: Line | None = None
    headline: Line | None = None
    headline_end: Line | None = None  # the second line of a headline wrapped over two
    subtitle: Line | None = None
    bullet: Line | None = None
    blocks: list[Para] = field(default_factory=list)


@dataclass
class Layout:
    """Every line assigned: masthead fields, furniture, columns and articles."""

    lines: list[Line]
    masthead: list[Field] = field(default_factory=list)
    masthead_lines: list[tuple[Line, list[Field]]] = field(default_factory=list)  # in file order, with their fields
    stamp_lines: list[Line] = field(default_factory=list)
    furniture: list[Line] = field(default_factory=list)
    columns: list[Line] = field(default_factory=list)
    articles: list[ArticlePlan] = field(default_factory=list)
    markdown: bool = False
    #: The width a hard-wrapped text (copied from a PDF or a narrow page) was cut at; 0 when it was not.
    wrap: int = 0


class LayoutRules:
    """The vocabulary layout decisions use; built once per pipeline, so it can be extended per user."""

    def __init__(self, column_words: frozenset[str], column_suffixes: tuple[str, ...]) -> None:
        self.column_words = column_words
        self.column_suffixes = column_suffixes

    def is_column_name(self, text: str) -> bool:
        name = column_name(text)
        if name in self.column_words:
            return True
        if name[-1:] in "）)" and (m := _COLUMN_NOTE.search(name)) and m.start() >= 2:
            name = name[: m.start()]  # 工会大事记（选登）: the column's name with a note on how it was edited
            if name in self.column_words:
                return True
        return len(name) <= 8 and name.endswith(self.column_suffixes) and not _has_sentence_punct(name)


# A note after a column's name on how its items were chosen: （选登）, （摘编）, （续）, (二).
_COLUMN_NOTE = regex.compile(r"[（(][^（）()]{1,4}[)）]$")


@lru_cache(maxsize=4096)
def column_name(text: str) -> str:
    """The name inside a decorated or numbered column line: 【一周动态】, ◆一周动态◆, 一、一周动态 → 一周动态."""
    text = text.strip()
    if text[:2] in ("**", "__") and text[-2:] == text[:2]:  # **基层简讯** left as text (no other bold line)
        text = text[2:-2].strip()
    if m := ENUM.match(text):
        text = text[m.end() :].strip()
    m = _COLUMN_DECOR.fullmatch(text)
    return m.group("name").strip() if m else text.strip()


_SENTENCE_PUNCT = frozenset("，,。；;：:！？!?、")
_CLAUSE_PUNCT = frozenset("，,、；;")
_CLAUSE_OR_SENTENCE = _CLAUSE_PUNCT | frozenset("。！？!?：:")
# A paragraph's first line is indented by two characters (两字缩进): in a hard-wrapped text it is that much shorter.
_INDENT = 2


def _has_sentence_punct(text: str) -> bool:
    return not _SENTENCE_PUNCT.isdisjoint(text)


def lay_out(text: str, rules: LayoutRules) -> Layout:
    """Lay out ``text``; pass the Simplified view of a Traditional text (same offsets) so one vocabulary serves."""
    lines = split_lines(text)
    classify(lines, text)
    layout = Layout(lines=lines)
    mail = _mark_mail(layout) if _MAIL_HINT.search(text, 0, 400) else set()
    _find_masthead(layout, mail)
    mark_running_headers(lines)
    _mark_page_headers(layout)
    _mark_document_numbers(lines)
    if _CONTENTS_HINT.search(text):
        mark_contents(lines)
    layout.furniture = [ln for ln in lines if ln.kind == "furniture"]
    layout.markdown = sum(1 for ln in lines if ln.kind == "heading") >= 2
    if not layout.markdown:
        for ln in lines:
            if ln.kind == "heading":  # a lone '#' line in a plain archive is just text
                # (and a lone **bold** line is text whole: its closing ** must not be cut off as body_end)
                ln.kind, ln.marker_end, ln.body_start, ln.body_end = "text", -1, -1, -1
    layout.wrap = wrap_width(lines)
    _build(layout, rules)
    return layout


# An e-mail's header lines at the top of a newsletter sent by mail (发件人：…, 收件人：…, 发送时间：…, 主题：…).
_MAIL_HEADER = regex.compile(
    r"(?P<label>发件人|寄件人|收件人|抄送|发送时间|发件时间|发送日期|时间|日期|主题|(?i:from|to|cc|sent|date|subject))"
    r"\s*[:：]\s*(?P<value>\S.*)"
)
_MAIL_HINT = regex.compile(r"发件人|寄件人|(?i:^from)\s*[:：]", regex.MULTILINE)
_MAIL_SENDER = frozenset(("发件人", "寄件人", "from"))
_MAIL_TIME = frozenset(("发送时间", "发件时间", "发送日期", "时间", "日期", "sent", "date"))
# The sender's address after its name (福州市总工会宣传教育部 <xjb@fzgh.example.cn>): no part of the name.
_MAIL_ADDRESS = regex.compile(r"\s*[<＜(（]?\s*[\w.+-]+@[\w.-]+\s*[>＞)）]?\s*$")
_MAIL_DATE = regex.compile(r"\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?")
# A salutation to the readers of the whole issue (各位同仁：, 各位基层工会主席：, 同志们：).
_SALUTATION = regex.compile(r"[^，,。；;！？!?：:]{2,20}[：:]")
# The closing line of a mailed newsletter: how to stop receiving it, or that it was sent automatically.
_MAIL_FOOTER = regex.compile(r"退订|取消订阅|不希望(?:继续|再)接收|请勿(?:直接)?回复|系统自动发送|(?i:unsubscribe)")


def _mark_mail(layout: Layout) -> set[int]:
    """A newsletter sent by e-mail: its header lines, the greeting under them and the closing unsubscribe line
    are furniture of the mail, no articles (guidelines: nothing of them is news). The header's sender is the
    masthead's publisher and its sending time the issue's date (the reference date); the other header lines
    are masthead lines of no named field. Returns the indices of the lines so taken.

    Two header lines at least, one of them the sender, at the top of the text: a 时间：… line alone is a
    notice's labelled line, and 发件人 in running text is no header."""
    lines = layout.lines
    header: list[tuple[Line, regex.Match[str]]] = []
    for ln in lines:
        if ln.kind == "furniture" and ln.furniture_kind == "rule":
            continue
        m = _MAIL_HEADER.fullmatch(ln.text) if len(ln.text) <= 120 else None
        if m is None:
            break
        header.append((ln, m))
    labels = {m.group("label").lower() for _, m in header}
    if len(header) < 2 or labels.isdisjoint(_MAIL_SENDER):
        return set()
    taken: set[int] = set()
    for ln, m in header:
        label = m.group("label").lower()
        fs: list[Field] = []
        start = ln.start + m.start("value")
        if label in _MAIL_SENDER:
            value = m.group("value")
            cut = _MAIL_ADDRESS.search(value)
            end = start + (cut.start() if cut else len(value))
            if end > start:
                fs.append(Field("publisher", start, end))
        elif label in _MAIL_TIME and (d := _MAIL_DATE.search(ln.text, m.start("value"))):
            fs.append(Field("published", ln.start + d.start(), ln.start + d.end(), parse_stamp(d.group())))
            layout.stamp_lines.append(ln)
        ln.kind = "masthead"
        layout.masthead.extend(fs)
        layout.masthead_lines.append((ln, fs))
        taken.add(ln.index)
    # the greeting: a salutation line and the lines right under it, before the issue's own masthead or news
    k = header[-1][0].index + 1
    if k < len(lines) and lines[k].kind == "text" and _SALUTATION.fullmatch(lines[k].text):
        lines[k].kind, lines[k].furniture_kind = "furniture", "distribution"
        taken.add(k)
        k += 1
        while k < len(lines) and lines[k].kind == "text" and not lines[k].blank_before:
            lines[k].kind, lines[k].furniture_kind = "furniture", "distribution"
            taken.add(k)
            k += 1
    for ln in reversed(lines[-3:]):
        if ln.kind == "text" and len(ln.text) <= 120 and _MAIL_FOOTER.search(ln.text):
            ln.kind, ln.furniture_kind = "furniture", "navigation"
    return taken


def _find_masthead(layout: Layout, skip: set[int]) -> None:
    """The masthead at the top of the text (past ``skip``, the lines of a mail's header), and publication stamps
    anywhere."""
    lines = layout.lines
    zone: list[tuple[Line, list[Field]]] = []
    named = False
    lead: list[Line] = []  # the name in another script above the Chinese one (ئۈرۈمچى … over 乌鲁木齐工会)
    pending: list[Line] = []  # lines in another script inside the zone, kept when masthead lines surround them
    for ln in lines:
        if (ln.kind == "furniture" and ln.furniture_kind == "rule") or ln.index in skip:
            continue
        if len(zone) >= 8:
            break
        if _in_other_script(ln):
            if zone and len(pending) < _MAX_FORMS:
                pending.append(ln)
                continue
            if not zone and len(lead) < _MAX_FORMS:
                lead.append(ln)
                continue
            break
        if not zone and ln.kind in ("text", "heading") and is_bulletin_name(ln.body):
            # the bulletin's name on the first line, alone or followed by issue, publisher and date
            start = ln.body_start if ln.body_start >= 0 else ln.start
            zone.append((ln, [Field("title", start, ln.end)]))
            named = True
            continue
        if ln.kind not in ("text", "caption"):
            break
        found = fields_of(ln, top=True)
        if found is None:
            break
        if all(f.name == "title" for f in found) and any(f.name != "title" for _, fs in zone for f in fs):
            # a name-like line after the issue, publisher or date is the first column (工作动态), not a title
            break
        _take_other_script(zone, pending)
        zone.append((ln, found))
    if zone and pending and (_titled(zone[-1]) or not pending[0].blank_before):
        _take_other_script(zone, pending)  # under the name, or right under the last masthead line
    if not zone:
        rest = [ln for ln in lines if ln.index not in skip] if skip else lines
        zone, named = _named_above_issue(rest, len(lead)) or _named_above_issue(rest, 0), False
        if zone and zone[0][0] is (lead[0] if lead else None):
            lead = []  # the line in another script is the name itself (no Chinese name above the issue)
    names = {f.name for _, fs in zone for f in fs}
    if zone and (names & {"issue", "total_issue", "publisher", "date", "published"} or named):
        if lead and lead[-1].index < zone[0][0].index:
            # over the Chinese name, the name's other form; over the issue line, the name itself
            zone[:0] = [(ln, [_other_script_field(ln, named=True)]) for ln in lead]
        for ln, fs in zone:
            ln.kind = "masthead"
            layout.masthead.extend(fs)
        layout.masthead_lines.extend(zone)
    # publication stamps anywhere else
    for ln in lines:
        if ln.kind == "text" and len(ln.text) <= 24 and ln.text[-1] in ")）" and (m := _DATELINE.fullmatch(ln.text)):
            # a press release's dateline over its headline (2021年7月1日（星期四）): its publication stamp, the
            # weekday beside the date
            date = Field("published", ln.start, ln.start + m.end("date"), parse_stamp(m.group("date")))
            fs = [date, Field("other", ln.start + m.start("weekday"), ln.end)]
            ln.kind = "masthead"
            layout.masthead.extend(fs)
            layout.masthead_lines.append((ln, fs))
            layout.stamp_lines.append(ln)
            continue
        if ln.kind == "text" and len(ln.text) <= 80 and _STAMP_HINT.search(ln.text):
            found = fields_of(ln, top=False)
            if found:
                _mark_signature(lines, ln, found)
                ln.kind = "masthead"
                layout.masthead.extend(found)
                layout.masthead_lines.append((ln, found))
                layout.stamp_lines.append(ln)


# A release's dateline: a full date with its weekday in brackets (2021年7月1日（星期四）).
_DATELINE = regex.compile(
    r"(?P<date>(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日)\s*(?P<weekday>[（(]\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)）])"
)


def _in_other_script(ln: Line) -> bool:
    """A masthead line wholly in another script: the bulletin's name in Uyghur, Mongolian, Tibetan, Korean or
    English (ئۈرۈمچى ئىشچىلار ئۇيۇشمىسى, 연변공회, TRADE UNION BULLETIN), or its English issue line."""
    return ln.kind in ("text", "heading", "caption") and len(ln.text) <= _MAX_OTHER_SCRIPT and other_script(ln.body)


def _titled(entry: tuple[Line, list[Field]]) -> bool:
    return all(f.name == "title" for f in entry[1])


# Numbers, an address or a label in a line of another script: an issue line (Vol. 3 No. 4) or a web address,
# not the name.
_NOT_A_NAME = re.compile(r"[\d/@:：]|www\.", re.IGNORECASE)


def _other_script_field(ln: Line, named: bool) -> Field:
    """A masthead line in another script: the bulletin's name in that script (a title field, beside the Chinese
    name), or an 'other' field when it holds numbers or an address or stands away from the name."""
    start = ln.body_start if ln.body_start >= 0 else ln.start
    end = ln.body_end if ln.body_end >= 0 else ln.end
    return Field("title" if named and not _NOT_A_NAME.search(ln.body) else "other", start, end)


def _take_other_script(zone: list[tuple[Line, list[Field]]], pending: list[Line]) -> None:
    """Move the lines in another script met inside the masthead into it (a name's form beside a title)."""
    for ln in pending:
        zone.append((ln, [_other_script_field(ln, named=bool(zone) and _titled(zone[-1]))]))
    pending.clear()


# A journal's name (not a union's: 长沙市总工会 over a date is a document's signature): 大连工会简报, 会讯.
_JOURNAL_ENDINGS = (
    "简报",
    "会讯",
    "通讯",
    "快报",
    "周报",
    "月报",
    "专刊",
    "工作信息",
    "工会信息",
    "工会动态",
    "职工动态",
)
# A page's header or footer that carries its page number: 西宁市总工会工作简报　　　　2, 2　　某某简报, 第3页 简报.
_PAGE_TOKEN = r"(?:[-—–－·]\s*)?\d{1,4}(?:\s*[-—–－·])?|第\s*\d{1,4}\s*页"
_NAME_AND_PAGE = re.compile(
    rf"(?P<a>[^\d\s].{{1,28}}?)[ \t\u3000]{{2,}}(?:{_PAGE_TOKEN})|(?:{_PAGE_TOKEN})[ \t\u3000]{{2,}}(?P<b>[^\d\s].{{1,28}})"
)


# The issue a page header prints after the bulletin's name (·第5期, ｜2018年第3期, 第5期（总第162期）).
_ISSUE_TAIL = re.compile(r"[·•|｜/—\-]*(?:\d{4}年)?第[\d一二三四五六七八九十百]{1,4}期(?:[（(]总第\d{1,5}期[)）])?$")


def _page_edge(ch: str) -> bool:
    """``ch`` can end (or start) a page number: a digit, or the dash or dot around it (— 3 —, ·3·)."""
    return ch.isdecimal() or ch in "-—–－·"


def _mark_page_headers(layout: Layout) -> None:
    """A running header met once: the bulletin's name beside a page number (on its line or the next).

    mark_running_headers needs a line repeated; a two-page issue prints its name once, or with a page number
    that differs on every page (西宁市总工会工作简报　　2 … 　　3). Such a line is no text: left alone it is
    read as a caption, or glued into the paragraph the page break cut.
    """
    titles = [ln.body for ln, fs in layout.masthead_lines for f in fs if f.name == "title"]
    # (the Chinese name, not its form in another script printed beside it)
    title = next((t for t in titles if not other_script(t)), titles[0] if titles else None)
    title = "".join(title.split()) if title else None

    def is_name(text: str) -> bool:
        name = "".join(text.split())
        if name[-1] in "期）)" and (m := _ISSUE_TAIL.search(name)) and m.start() > 1:
            name = name[: m.start()]  # 石家庄工会工作·第5期: the name with the issue it runs in
        return name == title or (len(name) <= 25 and name.endswith(_JOURNAL_ENDINGS) and is_bulletin_name(name))

    lines = layout.lines
    for i, ln in enumerate(lines):
        if ln.kind == "furniture" and ln.furniture_kind == "page_number":
            for j in (i - 2, i - 1, i + 1, i + 2):
                if (
                    0 <= j < len(lines)
                    and lines[j].kind == "text"
                    and len(lines[j].text) <= 30
                    and is_name(lines[j].text)
                ):
                    lines[j].kind, lines[j].furniture_kind = "furniture", "running_header"
        elif (
            ln.kind == "text"
            and len(ln.text) <= 60
            and (_page_edge(ln.text[-1]) or _page_edge(ln.text[0]) or "页" in ln.text)
            and (m := _NAME_AND_PAGE.fullmatch(ln.text))
            and is_name(m.group("a") or m.group("b"))
        ):
            ln.kind, ln.furniture_kind = "furniture", "running_header"


# A document's number under its title (石工纪〔2012〕2号, 川教工〔2015〕36号): the masthead's issue at the top, furniture
# of the reprinted document (minutes, a notice) below it.
_DOCUMENT_NUMBER = regex.compile(r"\p{Han}{1,8}\s*[〔［\[]\s*\d{4}\s*[〕］\]]\s*(?:第\s*)?\d{1,4}\s*号")


def _mark_document_numbers(lines: list[Line]) -> None:
    """A document number alone on its line, outside the masthead, is no subtitle, paragraph or caption."""
    for ln in lines:
        if ln.kind == "text" and len(ln.text) <= 20 and ln.text[-1] == "号" and _DOCUMENT_NUMBER.fullmatch(ln.text):
            ln.kind, ln.furniture_kind = "furniture", "markup"


# The office that signs a notice for its union (中华全国总工会办公厅, 市总工会办公室): a signature too.
_ISSUER_OFFICES = ("办公厅", "办公室")


def _mark_signature(lines: list[Line], stamp: Line, found: list[Field]) -> None:
    """长沙市总工会 right above a bare date (2024年9月10日) closing a notice is its signature (落款): a byline
    of the text above, not a caption or a headline."""
    if stamp.blank_before or stamp.index == 0 or any(f.name != "date" for f in found):
        return
    prev = lines[stamp.index - 1]
    if (
        prev.kind == "text"
        and not prev.terminal
        and (is_bulletin_name(prev.text) or (len(prev.text) <= 25 and prev.text.endswith(_ISSUER_OFFICES)))
        and not prev.text.endswith(_JOURNAL_ENDINGS)
    ):
        prev.byline = True


def _named_above_issue(lines: list[Line], skip: int) -> list[tuple[Line, list[Field]]]:
    """A masthead whose name is no known bulletin name (职工之家, 春城工运): a short first line with the issue
    line right under it. The name, then the issue line and the field lines that follow.

    ``skip`` lines in another script above the name are passed over (the caller keeps them); the name's form in
    another script may stand between it and the issue (春城工运 / CHUNCHENG GONGYUN / 2016年第2期)."""
    body = [ln for ln in lines[: 10 + skip] if not (ln.kind == "furniture" and ln.furniture_kind == "rule")][skip:]
    if len(body) < 2:
        return []
    first = body[0]
    if first.kind != "text" or first.width > 20 or _has_sentence_punct(first.text) or first.terminal:
        return []
    zone = [(first, [Field("title", first.start, first.end)])]
    # a note on who may read the issue ((内部资料　注意保存), 内部刊物) may stand between the name and the issue
    for second in body[1:4]:
        if _in_other_script(second):
            zone.append((second, [_other_script_field(second, named=_titled(zone[-1]))]))
            continue
        found = fields_of(second, top=True) if second.kind in ("text", "caption") else None
        if not found:
            return []
        zone.append((second, found))
        if any(f.name in ("issue", "total_issue") for f in found):
            break
        if any(f.name != "other" for f in found):
            return []
    else:
        return []
    for ln in body[len(zone) : 8]:
        more = fields_of(ln, top=True) if ln.kind in ("text", "caption") else None
        if more is None or all(f.name == "title" for f in more):
            break
        zone.append((ln, more))
    return zone


def _build(layout: Layout, rules: LayoutRules) -> None:
    lines = [ln for ln in layout.lines if ln.kind not in ("furniture", "masthead")]
    md = layout.markdown
    wrap = layout.wrap
    column_levels: set[int] = set()
    if md:
        # the level of a heading over brief items, or of a known column name, marks the columns above them
        # too (## 职工服务 over **a headline**, before ## 一周简讯 over its items)
        for a, b in pairwise(lines):
            if a.kind == "heading" and (b.kind in ("bullet", "enum") or rules.is_column_name(a.body)):
                column_levels.add(a.level)
    current: ArticlePlan | None = None
    column: Line | None = None
    column_text: str | None = None
    i = 0
    n = len(lines)

    # 奋斗新征程，建功新时代！ over a ——subtitle: a headline may end on ！ or ？ (never on 。)
    exclaimed = {
        a.index
        for a, b in pairwise(lines)
        if a.kind == "text"
        and a.text[-1] in "！!？?"
        and a.width <= 30
        and "。" not in a.text
        and b.kind == "text"
        and b.text.startswith(("——", "—", "--"))
        and b.width <= MAX_HEADING
        and not b.terminal
    }

    wrapped_lists = _wrapped_lists(lines)
    chronicle = _chronicle(lines)

    def heading_like(ln: Line) -> bool:
        if md:
            return ln.kind == "heading"
        if ln.index in exclaimed:
            return True
        if ln.kind != "text" or ln.terminal or ln.byline or (len(ln.text) > MAX_HEADING and ln.width > MAX_HEADING):
            return False
        if ln.row or ln.label or ln.marker_end >= 0 or ln.index in wrapped_lists:
            return False  # a table row, a block quote, or the first line of a list wrapped over several
        if wrap > 0 and len(ln.text) >= wrap - _INDENT and not _CLAUSE_OR_SENTENCE.isdisjoint(ln.text):
            # in a hard-wrapped text cut narrower than a heading may be long, a line as wide as the cut (or the
            # paragraph's indent less) with punctuation inside is a paragraph's line, not a heading
            return False
        if ln.text[0] == "[" and ln.text[-1] == ")" and _MD_LINK.fullmatch(ln.text):
            return False  # [相关报道：…](https://…): a markdown link is a paragraph's text, never a heading
        # a dated clause ("8月2日，…共") is the first half of a broken paragraph, not a headline
        body = ln.body
        return _CLAUSE_PUNCT.isdisjoint(body.rstrip("，,、；;")) or not _leads(body)

    heads = [heading_like(ln) for ln in lines]  # what each line can be read as, decided once
    for k, ln in enumerate(lines):
        if ln.index in chronicle:
            heads[k] = False  # (2011年6月 县总工会开展金秋助学, short and unpunctuated, is an entry, not a headline)
    # Lines in another script (an English headline under a Hong Kong one, a Uyghur one under a Xinjiang one) are
    # never a column, kicker, headline or caption: beside Chinese heading lines they join the article those
    # open (its subtitle, or a paragraph), and elsewhere they are body text.
    other = {ln.index for ln in lines if _other_script_line(ln)}
    translations = _beside_headings(lines, heads, other) if other else set()
    carried: list[Line] = []  # translations of a column's name, given to the article that follows
    attached: set[str] = set()  # the titles of attachments named under articles (附：…名单)
    attaching: ArticlePlan | None = None  # the article whose attachment (under its title) is being read

    def new_article() -> ArticlePlan:
        art = ArticlePlan(column=column, column_name=column_text)
        layout.articles.append(art)
        if carried:
            art.blocks.extend(Para([t]) for t in carried)
            carried.clear()
        return art

    while i < n:
        ln = lines[i]
        kind = ln.kind
        if ln.row or (ln.label and kind == "text"):
            # | 重庆巴渝精工机械有限公司 | 12 | 第一名 |: each row of a table is a paragraph of its article, whole;
            # so is each labelled line of minutes (时间：…, 参加人员：…（共28人）), never continued by the next
            if current is None:
                current = new_article()
            current.blocks.append(Para([ln], listed=True))
            i += 1
            continue
        if ln.index in chronicle and (
            current is None or (current.headline is None and current.bullet is None and current.kicker is None)
        ):
            # 4月28日　市总工会召开…: an entry of a chronicle, a news-in-brief article of its own (under a column or
            # another entry; under a headline, dated lines are its paragraphs: a schedule, 5月6日 报到)
            current = new_article()
            current.blocks.append(Para([ln]))
            i += 1
            continue
        if (
            kind in ("text", "enum")
            and current is not None
            and current.blocks
            and current.blocks[-1].listed
            and _SECTION_HEAD.match(ln.text)
            and i + 1 < n
            and _ROSTER_LINE.match(lines[i + 1].text)
        ):
            # （二）焊工 between roster lines, over the next: a section of the list, a paragraph like its lines
            current.blocks.append(Para([ln], listed=True))
            i += 1
            continue
        if kind == "text" and current is not None and current.blocks:
            last = current.blocks[-1]
            if ln.text[0] == "附" and (m := _ATTACHMENT.match(ln.text)):
                # 附件：1.…名单 / 2.…表: the attachments named under an article, a paragraph each, with the lines
                # right under the first (never a kicker and headline of their own)
                current.blocks.append(Para([ln], listed=True))
                attached.add(_attachment_title(ln.text[m.end() - 1 :]))
                i += 1
                while i < n and lines[i].kind in ("text", "enum") and not lines[i].blank_before:
                    if lines[i].byline or lines[i].width > _MAX_ITEM:
                        break
                    current.blocks.append(Para([lines[i]], listed=True))
                    attached.add(_attachment_title(lines[i].text))
                    i += 1
                continue
            if attached and (_attachment_title(ln.body) in attached or _ATTACHMENT_LABEL.fullmatch(ln.body)):
                # the attachment's title over the attachment itself (…名单 over 一、先进集体（12个）), and its label
                # (附件, 附件1) above that: the list belongs to the article that named it, so they are paragraphs
                # there, no new column or headline
                current.blocks.append(Para([ln], listed=True))
                attaching = current
                i += 1
                continue
            if (
                last.listed
                or last.lines[-1].text[-1] in "：:"
                # a roster under the list's first section head (名单如下： / （一）车工 / 一等奖：…)
                or (_SECTION_HEAD.match(last.lines[-1].text) and _ROSTER_LINE.match(ln.text))
            ) and _list_item(last, ln, lines[i + 1] if i + 1 < n else None, wrap):
                current.blocks.append(Para([ln], listed=True))
                i += 1
                continue
            if (
                last.kind == "paragraph"
                and not last.listed
                and not last.lines[-1].terminal
                and _broken(last.lines[-1], wrap)
                # (a chronicle's entry often ends on no punctuation: it goes on only after a comma or a hard wrap)
                and (last.lines[0].index not in chronicle or _cut(last.lines[-1], wrap))
                # (a line in another script beside Chinese text is its translation, not its other half)
                and _foreign(ln) == _foreign(last.lines[-1])
                # (a list wrapped over lines ending on 、 is over at its first line ending otherwise)
                and not (
                    last.lines[0].index in wrapped_lists
                    and last.lines[-1].text[-1] != "、"
                    and _names_only(last.lines[-1].text)
                )
                # (a prize's or title's roster line, 二等奖（5名）：A（…）、B（…）, is whole: it neither goes on into
                # the next line nor continues the line above, under a section head as under 名单如下：)
                and not (_ROSTER_LINE.match(last.lines[-1].text) or _ROSTER_LINE.match(ln.text))
            ):
                last.lines.append(ln)  # the rest of a paragraph cut mid-sentence
                i += 1
                continue
        if (
            attaching is current
            and current is not None
            and kind in ("text", "enum", "bullet", "caption")
            and not (heads[i] and _ends_attachment(ln, lines[i + 1] if i + 1 < n else None, rules))
        ):
            # under the attachment's title, its sections and names (（一）中学组（2名）, 北京市总工会　天津市总工会,
            # 张秀英（实验小学）) are paragraphs of the article, up to a headline over a news lead (or a known column)
            current.blocks.append(Para([ln], listed=ln.index not in wrapped_lists))
            i += 1
            continue
        # a run of heading-like lines
        if heads[i]:
            j = i + 1
            while j < n and heads[j]:
                j += 1
            run = lines[i:j]
            nxt = lines[j] if j < n else None
            translated: list[Line] = []
            if translations and any(ln.index in translations for ln in run):
                translated = [ln for ln in run if ln.index in translations]
                run = [ln for ln in run if ln.index not in translations]
                if not run:  # (its Chinese heading was joined to the paragraph above)
                    if current is None:
                        current = new_article()
                    current.blocks.extend(Para([t]) for t in translated)
                    i = j
                    continue
            if (
                md
                and len(run) == 1
                and current is not None
                and current.blocks
                and current.headline is not None
                and run[0].level > current.headline.level
                and ENUM.match(run[0].body)
            ):
                # #### 一、精心组织 under ### its article's headline: a numbered section of the article, a paragraph
                # (as 一、… over paragraphs inside a plain-text article), its # markup
                current.blocks.append(Para([run[0]], listed=True))  # (whole: never continued by the text under it)
                i = j
                continue
            if (
                not md
                and len(run) == 1
                and current is not None
                and current.blocks
                and not _opens_article(run[0], nxt, rules)
                and not _after_closing_byline(current, run[0], nxt)
                and not _boxed_column(run[0], nxt)
            ):
                # a single short line inside an article: a caption, or the first half of a broken paragraph
                current.blocks.append(Para([run[0]], kind="paragraph" if _clausal(run[0]) else "caption"))
                current.blocks.extend(Para([t]) for t in translated)  # (its translation: a paragraph)
                i = j
                continue
            if (
                not md
                and len(run) >= 2
                and current is not None
                and current.blocks
                and run[1].blank_before
                and run[0].body.endswith(_PHOTO_ENDINGS)
                and not rules.is_column_name(run[0].body)
            ):
                # 比赛现场 under an article's photo, set apart from the next headline: its caption, no column
                current.blocks.append(Para([run[0]], kind="caption"))
                run = run[1:]
            if md and len(run) == 1 and nxt is not None and nxt.kind in ("bullet", "enum"):
                column_levels.add(run[0].level)
            # a chronicle's entries are items under a column's name (工会大事记（选登）), not under a headline
            items = nxt is not None and (
                nxt.kind in ("bullet", "enum")
                or (nxt.index in chronicle and (rules.is_column_name(run[0].body) or _bracketed(run[0].body)))
            )
            col, rest = _split_column(run, nxt, items, rules, md, column_levels)
            if col is not None:
                column, column_text = col, column_name(col.body)
                layout.columns.append(col)
                if md:
                    column_levels.add(col.level)
                current = None
            if rest:
                note = _editors_note(current) if col is None else None
                if note is not None:  # 编者按 introduces the article below it, whose first paragraph it becomes
                    layout.articles.pop()
                current = new_article()
                _assign_headings(current, rest)
                if note is not None:
                    current.blocks.append(note)
                _place_translations(current, translated, lines[i:j], col)
            else:
                carried.extend(translated)
            i = j
            continue
        if (kind == "bullet" or kind == "enum") and _marks_column(
            ln, lines[i + 1] if i + 1 < n else None, current, column, rules, chronicle
        ):
            # 一、重要会议 / ◆工作动态◆: a column named after an enumerator or between bullets
            ln.kind, ln.marker_end, ln.body_start = "text", -1, -1
            column, column_text = ln, column_name(ln.text)
            layout.columns.append(ln)
            current = None
            i += 1
            continue
        if kind == "bullet" and _photo_caption(ln, lines[i + 1] if i + 1 < n else None, current):
            assert current is not None  # (checked by _photo_caption)
            current.blocks.append(Para([ln], kind="caption"))  # ▲活动现场: its marker becomes markup
            i += 1
            continue
        if (
            (kind == "bullet" or kind == "enum")
            and (current is None or current.bullet is not None or current.headline is None)
            and _enumerated_headline(ln, lines[i + 1] if i + 1 < n else None)
        ):
            # 一、县总工会召开培训会 over its paragraphs: a numbered article's headline, not a brief item (inside
            # a headlined article, 一、提高政治站位 over paragraphs is a section of it)
            current = new_article()
            current.bullet = current.headline = ln
            i += 1
            continue
        if (kind == "bullet" or kind == "enum") and (
            current is None
            or current.bullet is not None
            or current.headline is None
            # a dated ◆ item after an article is news in brief (本会3月20日召开… names its day in its first clause)
            or (ln.kind == "bullet" and (_leads(ln.body) or _dated(ln.body)))
        ):
            current = new_article()
            current.bullet = ln
            current.blocks.append(Para([ln]))
            i += 1
            continue
        if current is None:
            current = new_article()
        if ln.kind == "caption" or (
            md
            and ln.kind == "text"
            and not ln.terminal
            and not ln.byline
            and ln.width <= MAX_HEADING
            and not _clausal(ln)
            and not _continues(current, wrap)
            and ln.index not in other  # (a line in another script is text, never a caption)
            and ln.marker_end < 0  # (a block quote is a paragraph, however short)
        ):
            current.blocks.append(Para([ln], kind="caption"))
            i += 1
            continue
        # body text (also bullets/enumerations inside a headlined article, and heading-free text); a text line
        # continuing a broken paragraph was joined to it at the top of the loop
        if (
            kind == "text"
            and current.headline is None
            and current.bullet is None
            and current.blocks
            and current.blocks[-1].kind == "caption"
            and _leads(ln.body)
        ):
            current = new_article()  # picture news: each dated item with its caption is an article
        current.blocks.append(Para([ln]))
        i += 1


def _chronicle(lines: list[Line]) -> set[int]:
    """The entries of a chronicle (大事记): text lines each led by a date and a space, not a comma (4月28日　市总工会
    召开…). Each is a news-in-brief article with no headline, as a bulleted item is. Two such lines one after the
    other at least (blank lines between them are no matter): a single date over a space may be a stray OCR gap."""
    hits = [
        ln.kind == "text" and ln.marker_end < 0 and ln.text[0] in _DATE_FIRST and _CHRONICLE.match(ln.text) is not None
        for ln in lines
    ]
    return {
        ln.index
        for k, ln in enumerate(lines)
        if hits[k] and ((k > 0 and hits[k - 1]) or (k + 1 < len(lines) and hits[k + 1]))
    }


# What a chronicle's entry can start with: a digit, or a Chinese numeral of its year or month.
_DATE_FIRST = frozenset("0123456789〇○零一二三四五六七八九十")


def _wrapped_lists(lines: list[Line]) -> set[int]:
    """The first lines of lists of names hard-wrapped over several lines (成都市教育工会、绵阳市教育工会、… /
    达州市教育工会、…), each line but the last ending on 、: the list is one paragraph, never a headline with
    captions under it. A line holding one 、 before its last (市总工会、市人社局、 over 联合举办…) may be a
    headline wrapped after a list; a list line holds more items, or is long.

    Only first lines are returned: the lines after one continue the paragraph it opens (it ends on 、)."""
    found: set[int] = set()
    after_item = False  # the line above ended on 、 right above this one: this line continues its list
    for ln in lines:
        t = ln.text
        item_end = ln.kind == "text" and t[-1] == "、"
        if (
            item_end
            and not after_item
            and (t.count("、") >= 3 or (t.count("、") >= 2 and ln.width >= 16))
            and _names_only(t)
        ):
            found.add(ln.index)
        after_item = item_end
    return found


_ITEM_BREAKS = frozenset("，,。；;：:！？!?")


def _names_only(text: str) -> bool:
    """``text`` holds items and 、 but no sentence punctuation: a line of a list of names, not of a sentence
    (市总工会联合市人社局、市财政局、 wrapped mid-sentence goes on after a comma)."""
    return _ITEM_BREAKS.isdisjoint(text)


def _foreign(ln: Line) -> bool:
    """``ln`` is wholly in another script (see unionnews.script.other_script); a cheap look at its first
    character passes over most Chinese lines."""
    return not ("\u4e00" <= ln.text[0] <= "\u9fff") and other_script(ln.body)


def _other_script_line(ln: Line) -> bool:
    """A text line in another script that could stand beside a heading: short enough, ending no sentence."""
    return (
        ln.kind == "text" and not ln.terminal and not ln.byline and len(ln.text) <= _MAX_OTHER_SCRIPT and _foreign(ln)
    )


def _beside_headings(lines: list[Line], heads: list[bool], other: set[int]) -> set[int]:
    """The lines in another script standing next to a Chinese heading line (or to another such line next to one):
    under it, or right above it (a line above it across a blank line ends the article before). They are read in
    the run of headings, and ``heads`` is updated so. The others are never headings."""
    for k, ln in enumerate(lines):
        if ln.index in other:
            heads[k] = False
    found: set[int] = set()
    for k, ln in enumerate(lines):
        if ln.index in other and (
            (k > 0 and heads[k - 1]) or (k + 1 < len(lines) and heads[k + 1] and not lines[k + 1].blank_before)
        ):
            heads[k] = True
            found.add(ln.index)
    return found


def _place_translations(art: ArticlePlan, translated: list[Line], run: list[Line], column: Line | None) -> None:
    """A headline's form in another script beside it (FTU holds talk on occupational safety under
    工聯會舉辦職安講座) is the article's subtitle; when it has one (——…), the line is a paragraph of it, and so is a
    column's name in another script (工作动态 / WORK NEWS over the article's headline)."""
    for t in translated:
        k = run.index(t)
        # the Chinese line it translates: the one above it, or below it when it stands first
        near = next((ln for ln in reversed(run[:k]) if ln not in translated), None) or next(
            (ln for ln in run[k + 1 :] if ln not in translated), None
        )
        if art.subtitle is None and art.headline is not None and near is not column:
            art.subtitle = t
        else:
            art.blocks.append(Para([t]))


_EDITORS_NOTE = ("编者按", "【编者按】", "［编者按］", "[编者按]", "编者的话", "编者语", "编辑按")


def _editors_note(art: ArticlePlan | None) -> Para | None:
    """The paragraph of an article that is only an editor's note (编者按：…), with no headline of its own."""
    if art is None or art.headline is not None or art.bullet is not None or art.kicker is not None:
        return None
    if (
        len(art.blocks) == 1
        and art.blocks[0].kind == "paragraph"
        and art.blocks[0].lines[0].text.startswith(_EDITORS_NOTE)
    ):
        return art.blocks[0]
    return None


def _enumerated_headline(ln: Line, nxt: Line | None) -> bool:
    """An enumerated or bulleted line that reads as a headline (short, no sentence punctuation, no dated
    lead) and is followed by a paragraph of plain text."""
    body = ln.body
    if len(body) > MAX_HEADING or _has_sentence_punct(body) or is_terminal(body) or _leads(body):
        return False
    if nxt is None or nxt.kind != "text" or nxt.byline:
        return False
    return nxt.terminal or _clausal(nxt) or nxt.width > MAX_HEADING


def _continues(art: ArticlePlan, wrap: int) -> bool:
    """True when the article's last paragraph was cut mid-sentence, so the next text line continues it."""
    prev = art.blocks[-1] if art.blocks else None
    return prev is not None and prev.kind == "paragraph" and not prev.listed and _broken(prev.lines[-1], wrap)


# A list item led by its label: 一等奖：陈立明（…）, 优秀组织奖：A、B, 先进个人：王某、李某 (a label of a few words, no
# sentence punctuation, then the entry).
_LABELLED = regex.compile(r"[^\s，,。；;、：:！？!?“”\"]{1,12}[：:]\s*\S")
# A short enumerated section head inside a list (（一）车工, 二、先进个人, 3.焊工组): it groups the roster lines under it.
_SECTION_HEAD = regex.compile(
    r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])[^\s，,。；;：:]{1,12}$"
)
# A roster line: a prize, rank or title as its label (一等奖：, 二等奖（5名）：, 先进个人（12名）：, 冠军：), then its winners.
_ROSTER_LINE = regex.compile(
    r"[^\s，,。；;、：:！？!?“”\"]{0,10}(?:奖|名|军|集体|个人|标兵|能手|先锋号)(?:[（(][^（）()]{1,8}[）)])?[：:]\s*\S"
)
# Lists are short lines; a longer one is a paragraph of its own, even under a colon.
_MAX_ITEM = 80
# The attachments an article names at its end: 附件：1.…, 附件1：…, 附：….
_ATTACHMENT = regex.compile(r"附\s*件?\s*[\d一二三四五六七八九十]{0,2}\s*[：:]\s*\S")


# An attachment's label alone on its line over the attachment (附件, 附件1, 附件2：).
_ATTACHMENT_LABEL = regex.compile(r"附\s*件\s*[\d一二三四五六七八九十]{0,2}\s*[：:]?")
# A markdown link alone on its line: [text](url).
_MD_LINK = regex.compile(r"\[[^\]\n]*\]\([^)\n]*\)")
_ATTACHMENT_NUMBER = regex.compile(r"\s*(?:\d{1,2}\s*[.．、:：]|[（(]?[一二三四五六七八九十\d]{1,2}[)）、])?\s*")


def _attachment_title(text: str) -> str:
    """The title an attachment line names, without its number or spaces (1.…名单 → …名单)."""
    text = text.lstrip("：: ")
    m = _ATTACHMENT_NUMBER.match(text)
    return "".join(text[m.end() if m else 0 :].split()).rstrip("。；;")


def _list_item(last: Para, ln: Line, nxt: Line | None, wrap: int) -> bool:
    """``ln`` is an item of a list written one per line under a paragraph ending on a colon (获奖名单如下：,
    具体如下：): 一等奖：陈立明（…）, or names alone. Each item is a paragraph of the article, though it has no closing
    punctuation: not a caption, a kicker or a headline, and never continued by the next line.

    ``last`` is the article's last block, the introducing paragraph or the item above. Labelled items may be
    set apart by blank lines; names alone continue the list as it is spaced (one under another, or each after a
    blank line as in WeChat copies: a blank line after items written one under another ends it). A line of
    another shape ends the list, and so do a sentence, a photo's scene line (活动现场) and a line standing over a
    news lead (the next article's headline).
    """
    if ln.byline or ln.width > _MAX_ITEM or (wrap > 0 and len(ln.text) >= wrap - 1):
        return False  # a credit line, a paragraph, or a line of hard-wrapped text after one ending on its colon
    labelled = _LABELLED.match(ln.text) is not None
    if not labelled and (ln.terminal or _broken(ln, wrap)):
        return False  # a sentence, or the first half of a broken paragraph: no list of names
    if last.listed:
        prev = last.lines[-1]
        if labelled != (_LABELLED.match(prev.text) is not None) and not (
            _SECTION_HEAD.match(ln.text) or _SECTION_HEAD.match(prev.text)
        ):
            return False  # (a roster grouped by section heads mixes the two: （一）车工, 一等奖：…, （二）焊工, …)
        if not labelled and ln.blank_before and not prev.blank_before:
            return False  # names one under another, then a blank line: the list is over
    elif last.kind != "paragraph":
        return False
    if not labelled and ln.body.endswith(_PHOTO_ENDINGS):
        return False  # 活动现场 under the list names a photo
    return labelled or nxt is None or nxt.kind != "text" or not (_leads(nxt.body) or _dated(nxt.body))


def _photo_caption(ln: Line, nxt: Line | None, art: ArticlePlan | None) -> bool:
    """▲活动现场, ▲一等奖获得者陈立明在进行定点停车操作: a WeChat photo's caption, led by a marker pointing at the
    picture (▲ △ ↑ above, ▼ ▽ ↓ below), inside an article, ending no sentence.

    A ▲ item of a news-in-brief column is a whole sentence (▲3月1日，…召开会议。), or one more of the items with the
    same marker above it; a dated line followed by another with the same marker starts a run of items too.
    """
    if art is None or not art.blocks or ln.text[0] not in PHOTO_MARKERS or ln.terminal or ln.width > _MAX_ITEM:
        return False
    marker = ln.text[: ln.marker_end - ln.start]
    above = art.bullet
    if above is not None and above.text[: above.marker_end - above.start] == marker:
        return False
    if nxt is not None and nxt.kind == "bullet" and nxt.text[: nxt.marker_end - nxt.start] == marker:
        return not (_leads(ln.body) or _dated(ln.body))
    return True


def _broken(ln: Line, wrap: int) -> bool:
    """A line cut mid-sentence: long, or with clauses, or ending on a comma, or as wide as a hard-wrapped text's lines."""
    if ln.terminal or ln.byline:
        return False
    if wrap > 0 and len(ln.text) >= wrap - 1:
        return True
    if ln.kind == "enum" and ln.width < MIN_BROKEN and ln.text[-1] not in "，,、" and not _leads(ln.body):
        return False  # 一、高度重视，精心组织: a numbered section's heading over its text, whole though clausal
    return ln.width >= MIN_BROKEN or _clausal(ln) or ln.text[-1] in "，,、"


def _cut(ln: Line, wrap: int) -> bool:
    """``ln`` stops where no sentence can: on a comma or enumeration mark, or at a hard-wrapped text's width."""
    return ln.text[-1] in "，,、" or (wrap > 0 and len(ln.text) >= wrap - 1)


def wrap_width(lines: list[Line]) -> int:
    """The width a hard-wrapped text was cut at, or 0.

    Copied from a PDF or a narrow column, every full line of a paragraph has the same length and most end
    mid-sentence; ordinary text has paragraphs of every length. Lines of the most common length (or one less:
    a half-width character or a space) must be at least 40 % of the body lines, four or more, mostly
    unfinished. Lengths, not widths: a cheap count over every line, and a space changes either by one.
    """
    # (a table's rows are as wide as its borders, whatever the text's width: they are no lines of prose)
    lengths = Counter(len(ln.text) for ln in lines if ln.kind == "text" and not ln.row and len(ln.text) >= 12)
    total = lengths.total()
    if total < 6:
        return 0
    width = max(lengths, key=lambda w: (lengths[w] + lengths.get(w - 1, 0), w))
    if (lengths[width] + lengths.get(width - 1, 0)) * 10 < total * 4:
        return 0
    full = [ln for ln in lines if ln.kind == "text" and not ln.row and width - 1 <= len(ln.text) <= width]
    unfinished = sum(1 for ln in full if not ln.terminal)
    return width if len(full) >= 4 and unfinished * 10 >= len(full) * 6 else 0


def _clausal(ln: Line) -> bool:
    """A line with clause punctuation inside it is running text, not a caption or headline-in-passing."""
    body = ln.body.rstrip("，,、；;")
    if _CLAUSE_PUNCT.isdisjoint(body):
        return False
    # (an ASCII comma between digits groups thousands: ●培训农民工2,600人次 is a figure, no clause)
    return "," not in body or not _CLAUSE_PUNCT.isdisjoint(_THOUSANDS.sub("", body))


_THOUSANDS = regex.compile(r"(?<=\d),(?=\d{3})")


def _marks_column(
    ln: Line,
    nxt: Line | None,
    current: ArticlePlan | None,
    column: Line | None,
    rules: LayoutRules,
    chronicle: AbstractSet[int],
) -> bool:
    """An enumerated or bulleted short line that names a column rather than starting a news item.

    It must read as a name (short, no sentence punctuation) and be known as one, be decorated on both sides
    (◆工作动态◆), or head the bulletin's sections: an enumerated name at the top, or after an earlier
    enumerated column, followed by a heading or by items.
    """
    if ln.kind not in ("bullet", "enum") or ln.terminal:
        return False
    name = column_name(ln.text)
    if not 2 <= len(name) <= 10 or _has_sentence_punct(name) or name.isdigit():
        return False
    if (
        ln.text[0] in PHOTO_MARKERS
        and current is not None
        and current.blocks
        and (
            name.endswith(_PHOTO_ENDINGS)
            or (nxt is not None and nxt.kind == "bullet" and nxt.text[0] in PHOTO_MARKERS and not nxt.terminal)
        )
    ):
        # ▲活动现场 under an article's photo, over the next headline or items, or ▲ over another photo's ▲ caption:
        # a caption, no column
        return False
    if rules.is_column_name(name):
        return True
    text = ln.text.rstrip()
    if ln.kind == "bullet" and (text[-1] == text[0] or _bulleted_name(ln, nxt, current, chronicle)):
        return True
    if ln.kind != "enum" or nxt is None or (nxt.kind == "text" and nxt.terminal):
        return False
    if current is None:
        return True
    # after an earlier column named the same way (一、… then 二、…)
    return column is not None and _enum_style(column.text) == _enum_style(ln.text) != ""


def _bulleted_name(ln: Line, nxt: Line | None, current: ArticlePlan | None, chronicle: AbstractSet[int]) -> bool:
    """◎ 教代会专栏 over a headline, ☆ 工会快报 over its items: a bullet before a short name (a few words, no
    sentence) marks a column, where an item has a sentence (◆ 3月2日，…。) or runs longer.

    A short line right under items with the same marker (◆ 3月1日，…。 / ◆ 乙区工会办书法展) is one of them."""
    if ln.width > 8 or nxt is None or _leads(ln.body) or _dated(ln.body) or ln.text[0] in "-*+":
        return False  # (- 接力跑: a markdown list's item, never a column's decoration)
    above = current.bullet if current is not None else None
    marked = ln.text[: ln.marker_end - ln.start]
    if above is not None and not ln.blank_before and above.text[: above.marker_end - above.start] == marked:
        return False
    if nxt.index in chronicle:
        return True  # ▌行事曆 over 5/25（六）　會員健行活動: a calendar's (a chronicle's) entries under it
    if nxt.kind == "heading" or (nxt.kind == "text" and not nxt.byline):
        # a headline (or kicker) under it; a paragraph under it would make the line a headline instead
        return not nxt.terminal and nxt.width <= MAX_HEADING and not _clausal(nxt)
    if nxt.kind in ("bullet", "enum"):
        return nxt.terminal or _has_sentence_punct(nxt.body)  # items under it
    return False


def _enum_style(text: str) -> str:
    """Which family an enumerator belongs to (一、 / （一） / 1.), or "" when the text starts with none."""
    m = ENUM.match(text)
    if m is None:
        return ""
    first = m.group()[0]
    return "paren" if first in "（(" else "digit" if first.isdigit() else "chinese"


# How a bare caption ends (讲座现场, 与会人员合影): the picture's scene, never a column's or headline's name.
_PHOTO_ENDINGS = ("现场", "合影", "留影", "一角", "现场图")


# A headline naming its subject before a colon (高铁一车间：把“职工小家”建在公寓里, 劳模张某：二十年坚守一线).
_TOPIC_HEADLINE = regex.compile(r"[^：:，,。；;！？!?、\s]{2,12}[：:][^：:。；;！？!?]{4,30}")
# …but a photo's scene before the colon (颁奖现场：…, 左图：…) makes the line a caption.
_PHOTO_SUBJECT = regex.compile(r"图|现场$|合影$|留影$|一角$")


# How a photo's caption ends that no headline does (车间职工书屋一角, 工作室成员合影): a line so ending between two
# paragraphs names the picture, even over a dated paragraph (…现场 may end a feature's headline: 直击抢险现场).
_SCENE_ENDINGS = ("一角", "合影", "留影", "现场图")


def _opens_article(line: Line, nxt: Line | None, rules: LayoutRules) -> bool:
    """``line``, a single short line under an article's paragraphs, heads the next article (else it is a caption)."""
    if rules.is_column_name(line.text):
        return True
    if nxt is None or line.body.endswith(_SCENE_ENDINGS):
        return False
    if (
        line.blank_before
        and nxt.blank_before
        and nxt.kind == "text"
        and not nxt.byline
        and (nxt.terminal or nxt.width > MAX_HEADING)
        and ("：" in line.body or ":" in line.body)
        and _TOPIC_HEADLINE.fullmatch(line.body)
        and not _PHOTO_SUBJECT.search(regex.split(r"[：:]", line.body, maxsplit=1)[0])
    ):
        return True  # a subject and its story over a paragraph set apart: the next article's headline
    if nxt.kind in ("bullet", "enum"):
        # 活动现场 under a picture names the picture, even with brief items after it: no column
        return not line.body.endswith(_PHOTO_ENDINGS)
    return bool(_leads(nxt.body) or _dated(nxt.body))


def _ends_attachment(line: Line, nxt: Line | None, rules: LayoutRules) -> bool:
    """``line`` ends an attachment read as its article's paragraphs: a known column's name, or a headline over a
    news lead (a list's section head over its names is no headline, whatever follows it)."""
    if rules.is_column_name(line.text):
        return True
    return nxt is not None and nxt.kind == "text" and bool(_leads(nxt.body) or _dated(nxt.body))


def _after_closing_byline(art: ArticlePlan, line: Line, nxt: Line | None) -> bool:
    """``line`` heads a new article: the article above was closed by its byline ((起重机厂工会供稿) under its
    paragraphs), or by its photo's caption marked as one (图为…: a second caption, unmarked, set apart under it
    would be odd), and a paragraph follows the line, however it opens (今年上半年, … is no dated lead)."""
    blocks = art.blocks
    closed = len(blocks) >= 2 and (
        blocks[-1].lines[-1].byline
        or (
            blocks[-1].kind == "caption"
            and blocks[-1].lines[-1].kind == "caption"
            and line.blank_before > 0
            and nxt is not None
            and nxt.blank_before > 0
        )
    )
    return (
        closed
        and blocks[-2].kind == "paragraph"
        and nxt is not None
        and nxt.kind == "text"
        and not nxt.byline
        and (nxt.terminal or _clausal(nxt) or nxt.width > MAX_HEADING)
        and not line.body.endswith(_PHOTO_ENDINGS)
    )


def _split_column(
    run: list[Line], nxt: Line | None, followed_by_items: bool, rules: LayoutRules, md: bool, column_levels: set[int]
) -> tuple[Line | None, list[Line]]:
    """The column's name at the head of a run of heading lines, if any, and the rest of the run.

    ``followed_by_items``: news-in-brief items (bullets, numbers, a chronicle's dated lines) follow the run."""
    first = run[0]
    if (
        md
        and first.level in column_levels
        and len(run) >= 1
        and (len(run) > 1 or followed_by_items or rules.is_column_name(first.body))
    ):
        return first, run[1:]
    if rules.is_column_name(first.body) and (
        len(run) > 1
        or followed_by_items
        or nxt is None
        or not _leads(nxt.body)
        or first.body[:1] in "【[〖［"  # 【图片新闻】 over a dated item: bracketed, a column's name, not a headline
    ):
        return first, run[1:]
    if len(run) == 1 and followed_by_items:
        return first, []
    if (
        not md
        and len(run) >= 2
        and run[1].blank_before > 0
        and (len(run) == 2 or (len(run) == 3 and _SUBTITLE.match(run[2].body) and not run[2].blank_before))
        and first.width <= 8
        and not _has_sentence_punct(first.body)
        and not _SUBTITLE.match(run[1].body)
    ):
        # plain text: a kicker sits right above its headline; a short line set apart by a blank line is a column
        # (over a headline alone, or over a headline and its ——subtitle)
        return first, run[1:]
    if (
        len(run) >= 3
        and first.width <= 8
        and not _has_sentence_punct(first.body)
        and not _SUBTITLE.match(run[2].body)
        and not (len(run) == 3 and _wrapped(run[1], run[2]))  # a kicker over a headline wrapped in two
    ):
        return first, run[1:]
    if _COLUMN_DECOR.fullmatch(first.body) and first.body[0] in "【[〖［" and len(run) > 1:
        return first, run[1:]
    if len(run) == 1 and _boxed_column(first, nxt):
        return first, []
    return None, run


def _boxed_column(ln: Line, nxt: Line | None) -> bool:
    """``ln`` is a name in brackets set apart over body text (【人物档案】, 【人物名片】 over a profile): a column
    holding one article without a headline, never that article's headline nor a caption of the article above."""
    # (a headline in brackets, 【 市总工会召开学习会 】, is longer, and over a news lead: 5月8日，…)
    return (
        ln.body[:1] in "【〖［"
        and (m := _COLUMN_DECOR.fullmatch(ln.body)) is not None
        and len(m.group("name").strip()) <= _MAX_BOXED
        and not _has_sentence_punct(ln.body)
        and nxt is not None
        and nxt.kind == "text"
        and nxt.blank_before > 0
        and not _leads(nxt.body)
    )


_MAX_BOXED = 6  # characters of a bracketed column's name over a profile or a box (人物档案, 人物名片, 链接)


def _bracketed(text: str) -> bool:
    """``text`` is a name in brackets (【大事记】, 〖工会日志〗): a column's decoration."""
    return text[:1] in "【[〖［" and _COLUMN_DECOR.fullmatch(text) is not None


def _wrapped(first: Line, second: Line) -> bool:
    """``first`` and ``second`` are one headline wrapped over two lines (…职业技能大赛暨第五届 / “工匠杯”技能竞赛决赛)."""
    # (the two lines are next to each other in the file: a wrapped headline is never split by a blank line or
    # page furniture, and a headline spanning furniture would claim the furniture's characters too)
    return (
        len(first.body) >= 10
        and second.index == first.index + 1
        and not second.blank_before
        and first.kind == second.kind
        and second.marker_end < 0  # (a line with its own # marker is a heading of its own, never a continuation)
        and _DANGLING_END.search(first.body) is not None
        and not _SUBTITLE.match(second.body)
    )


_HEADLINE_BRACKETS = {"【": "】", "〖": "〗"}


def _unbracket(ln: Line) -> None:
    """【市总工会召开党组理论学习中心组学习会】: the brackets decorate the headline, as ** or # do; they become
    markup and the headline is the text inside (a column's name is read inside its brackets the same way)."""
    t = ln.text
    close = _HEADLINE_BRACKETS.get(t[0])
    if ln.kind != "text" or close is None or t[-1] != close or len(t) < 4 or t[0] in t[1:-1] or close in t[1:-1]:
        return
    inner = t[1:-1]
    if not inner.strip():
        return
    lead = len(inner) - len(inner.lstrip())
    ln.kind, ln.marker_end = "heading", ln.start + 1
    ln.body_start, ln.body_end = ln.start + 1 + lead, ln.start + 1 + len(inner.rstrip())


# Who acts in a factual headline (本会会长…, 物流职工会公布…); a kicker's slogan names no one.
_ACTOR = regex.compile(r"工会|总会|职工会|工联会|本会|协会|委员会|联合会|公司|会长|主席|[局厅]")


def _second_title(first: Line, second: Line) -> bool:
    """``second`` is a subtitle without its ——: a second title line adding a fact (本会会长获颁荣誉勋章 /
    逾五百名会员及友好齐声祝贺). A kicker (引题) is a slogan, shorter than the headline under it and often two
    phrases set apart by a space (凝心聚力保春运　真情服务暖旅途, 巾帼绽芳华, 凝心聚力谋发展) and naming no one; a first
    line at least as long as the second, in one phrase, with a union or office acting in it, is the headline."""
    body = first.body.strip()
    return (
        first.width >= second.width
        and _ACTOR.search(body) is not None
        and " " not in body
        and "\u3000" not in body
        and not second.blank_before
        and not _has_sentence_punct(second.body)
    )


def _assign_headings(art: ArticlePlan, run: list[Line]) -> None:
    _assign(art, run)
    if art.headline is not None and art.headline_end is None:
        _unbracket(art.headline)


def _assign(art: ArticlePlan, run: list[Line]) -> None:
    if len(run) in (2, 3) and _wrapped(run[0], run[1]):
        # a wrapped headline, then perhaps its subtitle
        art.headline, art.headline_end = run[0], run[1]
        if len(run) == 3:
            if _SUBTITLE.match(run[2].body):
                art.subtitle = run[2]
            else:  # unusual: keep the text as a caption so nothing is lost
                art.blocks.append(Para([run[2]], kind="caption"))
        return
    if len(run) == 3 and not _SUBTITLE.match(run[2].body) and _wrapped(run[1], run[2]):
        art.kicker, art.headline, art.headline_end = run
        return
    if len(run) == 1:
        art.headline = run[0]
    elif len(run) == 2:
        if _SUBTITLE.match(run[1].body) or _second_title(run[0], run[1]):
            art.headline, art.subtitle = run
        else:
            art.kicker, art.headline = run
    else:
        # kicker, headline, subtitle; lines beyond three are folded into the kicker side as extra kickers
        art.kicker, art.headline, art.subtitle = run[-3], run[-2], run[-1]
        if not _SUBTITLE.match(run[-1].body):
            art.kicker, art.headline, art.subtitle = run[-2], run[-1], None
        extra = run[: run.index(art.kicker)]
        for ln in extra:  # unusual: keep the text as captions of the article so nothing is lost
            art.blocks.append(Para([ln], kind="caption"))
