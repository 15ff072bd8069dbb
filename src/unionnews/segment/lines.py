"""Lines of the normalised text and what each looks like on its own.

A line's kind here is only what its own characters say (a ``#`` marker, a bullet, a page number, a closing
full stop). Deciding what a line *is* in the bulletin (kicker, headline, caption, column) needs its
neighbours and is the job of :mod:`unionnews.segment.layout`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import regex

# Markdown heading marker, as in converted web pages and the seed bulletin.
_MD_HEADING = regex.compile(r"#{1,6}(?=\s|[^#\s])")
# Bullets of news-in-brief items; one symbol, then the item. ▲ △ ▼ ▽ ↑ ↓ also point at a photo from its caption
# (▲活动现场 under the picture in a WeChat copy): layout tells the two uses apart.
BULLET_CHARS = "◆◇△▲●○■□★☆▶►▪•※◎♦❖➤→▼▽↑↓⊙⊕⇒"
# The markers of a photo's caption, pointing at the picture above (▲ △ ↑) or below (▼ ▽ ↓).
PHOTO_MARKERS = frozenset("▲△↑▼▽↓")
# Beyond the symbols above, a bulletin may decorate its items and column heads with any pictographic symbol: an
# emoji (🔹 ✅ 📌 👉, a new-media digest's), a dingbat (✔ ❖ ✿), a block element or heavy bar (▌ ▍ █), the geta mark
# 〓 of 〓〓 工作动态 〓〓. Each is a symbol (Unicode category So) of no script (Common), so one class takes the whole
# family, not a list of the ones seen; the variation selectors and skin tones an emoji may carry (▶️) belong to it.
# Not markers: the letterlike and unit signs (℃ № ™, U+2100-214F), © ® °, the postal mark 〒 and the enclosed
# ideographs (㈱), which stand before text as part of it.
_NOT_MARKERS = "©®°〒\u2100-\u214f\u3200-\u32ff"
MARKER = rf"(?:[{BULLET_CHARS}]|(?![{_NOT_MARKERS}])(?=\p{{Common}})\p{{So}})[\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]*"
_BULLET = regex.compile(rf"(?:{MARKER})+")
_PICTOGRAPH = regex.compile(MARKER)


def is_marker(ch: str) -> bool:
    """``ch`` can open a bulleted item or decorate a column's name (see MARKER)."""
    # (the cheap tests first: Han, kana, Hangul and ASCII are never one, and most lines start with them)
    return ch in _BULLET_FIRST or (
        ch >= "\u2190" and not "\u3400" <= ch <= "\ud7ff" and _PICTOGRAPH.match(ch) is not None
    )


# Enumerators: 一、 二、 / 1. 1、 1． / (一) （1）; 1.3月2日 is item 1 dated 3月2日, not a decimal
ENUM = regex.compile(
    # (7、8月份 and 二、三季度 open a sentence with a list of months or quarters, not an item number)
    # (a keycap emoji, 1️⃣ 2️⃣, numbers the items of a new-media digest)
    r"(?:\d\ufe0f?\u20e3|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十]{1,2}(?:月|季度))|\d{1,2}、(?!\d{1,2}(?:月|日|号|季度))|\d{1,2}[.．](?!\d)|\d{1,2}[.．](?=\d{1,2}月\d{1,2}[日号])|[（(][一二三四五六七八九十\d]{1,3}[)）])"
)
# Page numbers: "- 3 -", "—3—", "·3·", "3", "第3页", "第3页 共8页", "3/8", "Page 3".
_PAGE = regex.compile(
    r"[-—–－_~·•\s]*\d{1,4}[-—–－_~·•\s]*"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|(?i:page|p\.?)\s*\d{1,4}"
)
# Breadcrumbs of a saved web page: 首页 > 新闻中心 > 工会动态, 当前位置：首页 » 工作动态.
_BREADCRUMB = regex.compile(
    r"(?:(?:当前位置|您的位置|你的位置|所在位置|您现在的位置)\s*[:：]\s*)?"
    r"[^>＞»›\n]{1,15}(?:\s*[>＞»›]{1,2}\s*[^>＞»›\n]{1,15}){1,6}"
)
# The words a breadcrumb line holds one of; classify tests them with `in`, which is cheaper than this search.
_BREADCRUMB_HINT = regex.compile(r"首页|主页|位置|网站")
# Rules and separators drawn with characters (full-width ＿ and － of old word-processed issues, ﹏ and ┅ too).
_RULE_CHARS = "-—–=_━─═*·~～.。…＿－＝﹏﹍﹎┅┄╌▁"
_RULE = regex.compile(rf"[{regex.escape(_RULE_CHARS)}\s]{{3,}}")
# Captions announce themselves.
# (【图】, [图片] mark a caption; 【图片新闻】 is a column)
_CAPTION = regex.compile(r"(?:图为|图片为|图：|图:|[（(]图|图\d+[：:\s]|\[图(?:片)?\]|【图(?:片)?】)")
# Bylines and sources (（市总工会组织部供稿）, 通讯员：张明): body text of the article above, never a heading or caption.
# (a writer under their unit, in brackets: （杏花岭区总工会　李明）, （市总工会组织部　张三、李四）; wrapped in
# markdown emphasis: *本文来源：某市总工会微信公众号*)
_BYLINE = regex.compile(
    r"[（(][^（()）]{0,30}(?:供稿|来源|通讯员|记者|撰稿|撰文|作者|摄影|摄|报送|编辑|审核|供图)[^（()）]{0,30}[)）]"
    # a reprint's note: （根据市总工会办公室印发的会议纪要刊发，略有删节）, （本文有删节）
    r"|[（(][^（()）]{0,40}(?:刊发|编发|摘编|转载|删节)[^（()）]{0,20}[)）]"
    r"|[（(]\s*\p{Han}{1,25}(?:工会|委员会|部|局|办|室|处|科|中心|公司|厂|集团|协会|学校|学院|医院|街道|镇|乡)"
    r"[ \u3000、，,]+\p{Han}{2,4}(?:[ \u3000、，,]+\p{Han}{2,4}){0,3}\s*[)）]"
    # the unit alone in brackets under its article: （校工会）, （集团公司工会办公室）, （某区总工会宣传部）
    r"|[（(]\s*\p{Han}{1,25}(?:工会|工委|委员会|部|局|办|办公室|室|处|科|中心|公司|厂|集团|协会|学校|学院|医院|街道"
    r"|分会|联合会)\s*[)）]"
    r"|(?:本文|文章|信息|稿件|本期|本刊)?(?:供稿|来源|通讯员|撰稿|撰文|作者|记者|摄影|文/图|文图|责任编辑|编辑|审核|审稿|校对"
    r"|签发|图片|文字|文案|排版|责编|初审|复审|终审|监制|美编|视频)\s*[:：/ ｜|]\s*\S.{0,38}"
    # 文/李明　图/王刚, 摄/张三: a one-character credit needs its slash or colon (文 明… is a word)
    r"|(?:文|图|摄)\s*[/／:：｜|]\s*\S.{0,38}"
)
# What a social-media platform prints around an article copied from it (a WeChat public account): not news.
# What a saved web page prints around its article: links to the neighbours, print/close buttons, share bars.
_WEB_NAV = re.compile(
    r"(?:上一篇|下一篇|上一条|下一条)\s*[:：].{0,78}|(?:分享到|相关阅读|相关链接|责任编辑)\s*[:：]?\s*"
    r"|(?:[【\[]?(?:打印本页|打印|关闭窗口|关闭|返回顶部|返回列表|收藏本页)[】\]]?\s*){1,4}"
    r"|[【\[]?字[体号]\s*[:：]?\s*大\s*中\s*小[】\]]?"
)
_WEB_NAV_FIRST = frozenset("上下分相责【[打关返收字")
_PLATFORM = re.compile(
    r"(?:点击|点)?(?:上方|下方)?蓝字\s*(?:关注我们|关注)?|阅读原文|轻触阅读原文|继续滑动看下一个|向上滑动看下一个"
    r"|预览时标签不可点|微信扫一扫\S{0,12}|长按(?:识别)?二维码\S{0,8}|分享\s*收藏\s*(?:点赞\s*)?在看|(?:点赞|在看|分享|收藏)"
    r"|(?:扫码|扫一扫|扫描二维码)\s*关注\S{0,12}"
)
# A new-media digest's call to follow its account, closing the issue (👉 点击关注“某某工会”，更多福利等你来！,
# 👇 长按识别二维码关注我们, 欢迎关注…), marker or none before it: furniture as 点击蓝字关注我们 is. Read on a short line.
_FOLLOW = regex.compile(
    r"(?:点击|点|长按(?:识别)?(?:下方|上方|图中)?(?:二维码)?|扫码|扫一扫|扫描(?:下方|上方)?二维码|欢迎)\s*(?:关注|订阅)"
    r"|关注我们"
)
_FOLLOW_FIRST = frozenset("点长扫欢关")
_MAX_FOLLOW = 40
# A line of hashtags alone (#工会服务# #海口工会#), under a new-media digest: its topics, no news. (A hashtag has no
# space inside its marks, so a markdown heading with closing marks, ## 工作动态 ##, is none.)
_HASHTAGS = regex.compile(r"(?:#[^#\s][^#\n]{0,29}?(?<!\s)#\s*)+")
# A web page's or digest's copyright line (© 2024 某某市总工会 版权所有, Copyright …, 版权所有：…): furniture.
_COPYRIGHT = regex.compile(r"(?:[©Ⓒ]|[（(][cC][)）]|(?i:copyright)|版权所有|版權所有).{0,78}")
_COPYRIGHT_FIRST = frozenset("©Ⓒ（(Cc版")
# The speaker under a speech's title: an office, a space, a name (市总工会党组书记、常务副主席　王某某).
_SPEAKER = re.compile(
    r"[\u4e00-\u9fff、，,（）()]{2,30}(?:书记|主席|部长|局长|主任|厅长|市长|区长|县长|处长|总经理|董事长|理事长|会长|秘书长)"
    r"[ \u3000]+[\u4e00-\u9fff]{2,4}"
)
# Jump lines of a story continued on another page: （下转第2版）, （上接第1版）, 转第3页.
_JUMP = re.compile(r"[（(]?\s*(?:下转|上接|转|接|续)\s*第?\s*[\d一二三四五六七八九十]{1,2}\s*[版页面][)）]?")
# The distribution footer of an official bulletin (报：…  送：…  发：…, 抄送：…, （共印150份）): who receives
# the issue, not news, so no article or paragraph of the last article.
_DISTRIBUTION = re.compile(
    r"(?:(?:抄报|抄送|报送|主送|分送|发送|印发|呈报|呈送|报|送|发)\s*[:：][^。！？!?]*"
    r"|[（(]?\s*共印\s*[:：]?\s*[\d一二三四五六七八九十百]+\s*份\s*[)）]?)"
)
# What a press release prints around its text (read in the Simplified view of a Traditional text): the release
# mark over it (即时发布, For Immediate Release) and its end mark (— 完 —, （完）, -END-). Not news.
_RELEASE = regex.compile(
    r"即时(?:发布|发放)|(?i:for\s+immediate\s+release)"
    r"|[-—–－~～]*\s*(?:完|全文完|(?i:end))\s*[-—–－~～]*|[（(]\s*(?:完|全文完)\s*[)）]"
)
_RELEASE_FIRST = frozenset("即Ff-—–－~～完全Ee（(")
# The contact line under a press release (传媒查询：…（Ms. Wong）　电话：…): whom reporters call, not news.
_MEDIA_CONTACT = regex.compile(
    r"(?:(?:传媒|媒体|新闻|记者)(?:查询|联络|联系|垂询)(?:人|电话)?|(?i:media\s+(?:enquiries|inquiries|contact)))"
    r"\s*[:：].{1,80}"
)
_MEDIA_CONTACT_FIRST = frozenset("传媒新记Mm")
# The labelled lines heading meeting minutes or a notice of an event (时间：…, 地点：…, 主持：…, 参加人员：…, 列席：…,
# 记录：…), and the organizer lines under an event's report (主办单位：…, 承办：…, 协办单位：…, 指导单位：…, 支持单位：…):
# paragraphs of their text, one each, though they end no sentence.
_LABEL = regex.compile(
    r"(?:会议)?(?:时间|地点|议题|主题)|主持人?|(?:参加|参会|出席|列席|缺席|与会)(?:人员|对象|单位)?|记录人?|主讲人?"
    r"|参加对象|活动(?:时间|地点|对象)"
    r"|(?:主办|承办|协办|联办|合办|指导|支持|协作|执行|赞助|冠名|特别支持)(?:单位|机构|方)?"
)
_LABEL_FIRST = frozenset("会时地议主参出列缺与记活承协联合指支执赞冠特")
# Closing punctuation of a finished sentence; a closing quote or bracket counts when it follows one.
_TERMINAL = "。！？!?…；;：:"
_CLOSERS = "”’」』）)】》\"'"

MAX_HEADING = 45  # a longer line is never a heading, whatever its punctuation


@dataclass(eq=False, slots=True)  # slots: no per-line __dict__ for the garbage collector to walk
class Line:
    """One non-blank line: ``start``/``end`` bound its stripped content in the normalised text."""

    index: int
    start: int
    end: int
    text: str
    blank_before: int
    kind: str = "text"  # text | heading | bullet | enum | caption | furniture | masthead
    level: int = 0  # markdown heading level
    marker_end: int = -1  # end of a #/bullet/enum marker (absolute offset); -1 when none
    furniture_kind: str = ""
    terminal: bool = False
    body_start: int = field(default=-1)  # where the content after a marker starts
    body_end: int = field(default=-1)  # where a closing marker (the second ** of **bold**) starts; -1 when none
    byline: bool = False  # a source or author line (供稿, 通讯员 …)
    label: bool = False  # a labelled line of minutes or a notice (时间：…, 地点：…): a paragraph of its own
    row: bool = False  # a row of a markdown pipe table (| 单位 | 名次 |): a paragraph of its own, never a heading

    @property
    def body(self) -> str:
        start = self.body_start - self.start if self.body_start >= 0 else 0
        return self.text[start : self.body_end - self.start] if self.body_end >= 0 else self.text[start:]

    @property
    def width(self) -> int:
        """Length without spaces: what a reader would call the line's length (text is normalised)."""
        body = self.body
        return len(body) - body.count(" ") - body.count("\t")


def is_terminal(text: str) -> bool:
    """True when ``text`` ends a sentence (so the next line starts a new paragraph)."""
    t = text.rstrip()
    if not t:
        return False
    last = t[-1]
    if last in _TERMINAL:
        return True
    if last in _CLOSERS:
        inner = t.rstrip(_CLOSERS)
        return bool(inner) and (inner[-1] in _TERMINAL or _ascii_stop(inner))
    return last == "." and _ascii_stop(t)


def _ascii_stop(t: str) -> bool:
    """``t`` ends on an ASCII full stop closing a Chinese sentence, as OCR of a scanned page writes 。
    (参加培训. or 会议.”); not the dot of 1. or No. or v2., which follows an ASCII letter or digit."""
    return len(t) >= 2 and t[-1] == "." and not (t[-2].isascii() and t[-2].isalnum())


# What the regex module's \s matches, less the newline: str.strip() would also take \x1c-\x1f.
_SPACE = "\t\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their stripped spans and the number of blank lines before each."""
    # str.split and str.strip in C instead of a regex match per line: five times faster on news text
    lines: list[Line] = []
    blanks = 0
    pos = 0
    for raw in text.split("\n"):
        content = raw.strip(_SPACE)
        if content:
            # (strip returns the very string when there was nothing to strip: the usual case)
            start = pos if content is raw else pos + len(raw) - len(raw.lstrip(_SPACE))
            lines.append(Line(len(lines), start, start + len(content), content, blanks))
            blanks = 0
        else:
            blanks += 1
        pos += len(raw) + 1
    return lines


# A whole line in markdown bold (**工作动态**, __标题__): a heading of converted web pages without # markers.
_BOLD = regex.compile(r"(\*\*|__)\s*(?P<body>[^*_\n].*?)\s*\1")
# A bullet in markdown bold opening an item (**◆**3月1日，……): the bold is markup around the bullet.
BOLD_BULLET = regex.compile(rf"(\*\*|__)\s*(?:{MARKER})+\s*\1")
# A markdown image alone on its line: page markup, not a caption.
_IMAGE = regex.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
# A markdown link alone on its line whose words only send the reader elsewhere ([阅读原文](https://…)): page
# furniture of the article above. A link naming something else ([某某活动报道](…)) stays text.
_NAV_LINK = regex.compile(
    r"\[\s*(?:阅读原文|查看原文|原文链接|点击查看(?:原文|详情|更多)?|查看详情|查看更多|了解更多|更多|详情|点击这里|点此查看"
    r"|返回(?:首页|列表|顶部)?|上一篇|下一篇|(?:来源|原文|链接)\s*[:：]?)\s*\]\([^)\n]*\)"
)
# A markdown block quote's marker (> 区总工会主席表示：…): markup before a paragraph of the article, as # is.
_QUOTE = regex.compile(r"(?:>\s*)+")
# A markdown list item's marker (- 3月5日，…, * …, + …): a brief item's bullet. The space is required (-3 is a
# number, **bold** and *emphasis* are markup of another kind).
_MD_ITEM = regex.compile(r"[-*+][ \u3000]+")
# A row of a markdown pipe table (| 单位 | 参赛人数 | 名次 |), and the delimiter row under its header
# (|---|:---:|), which is markup: no paragraph.
_TABLE_ROW = regex.compile(r"\|.*\|")
_TABLE_RULE = regex.compile(r"\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?\s*)?")
# A table drawn with box characters, as a PDF or a word processor exports one: its border lines (┌─┬─┐, ├─┼─┤,
# └─┴─┘; drawn with a corner or junction, which a plain rule ───── has none of) are markup, and each line
# between vertical bars (│单位│姓名│奖项│) is a row, as a pipe table's.
_BOX_FIRST = frozenset(chr(c) for c in range(0x2500, 0x2580))
_BOX_BORDER = regex.compile(r"[\u2500-\u257f\s]+")
_BOX_JOINTS = frozenset("┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫")
_BOX_BARS = frozenset("│┃║")

# The characters a match of each start-of-line pattern can begin with (a line never starts with a space).
# Decimal digits, and characters beyond the BMP (whose digit status the regex module may judge differently
# from str.isdecimal), are tested apart. classify tries a pattern only on a line that can begin it.
_PAGE_FIRST = frozenset("-—–－_~·•第pP")
_RULE_FIRST = frozenset(_RULE_CHARS)
_BULLET_FIRST = frozenset(BULLET_CHARS)
_ENUM_FIRST = frozenset("一二三四五六七八九十（(")
_CAPTION_FIRST = frozenset("图（([【")
_BYLINE_FIRST = frozenset("（(供来通撰作记摄文责编审校签图排初复终监美视本信稿*_")
_PLATFORM_FIRST = frozenset("点上下蓝阅轻继向预微长分收在扫")
_JUMP_FIRST = frozenset("（(下上转接续")
_DISTRIBUTION_FIRST = frozenset("抄报主分发印呈送（(共")
# Any character a pattern below can begin with: a line opening with none of them (most news text) can only be
# a breadcrumb, or plain text.
_SPECIAL_FIRST = frozenset().union(
    _PAGE_FIRST,
    _RULE_FIRST,
    _BULLET_FIRST,
    _ENUM_FIRST,
    _CAPTION_FIRST,
    _BYLINE_FIRST,
    _JUMP_FIRST,
    _DISTRIBUTION_FIRST,
    _PLATFORM_FIRST,
    _WEB_NAV_FIRST,
    _RELEASE_FIRST,
    _MEDIA_CONTACT_FIRST,
    _BOX_FIRST,
    _FOLLOW_FIRST,
    _COPYRIGHT_FIRST,
    "!*_#>|[+",
)
_CRUMB_WORDS = ("首页", "主页", "位置", "网站")  # a breadcrumb line holds one of them


def classify(lines: list[Line], text: str | None = None) -> None:
    """Set each line's intrinsic kind: furniture, markdown heading, bullet, enumerator, caption or text.

    ``text``, the text the lines were split from, lets one look for the breadcrumb words serve every line.
    """
    crumbs = text is None or any(w in text for w in _CRUMB_WORDS)
    for line in lines:
        t = line.text
        last = t[-1]  # never one of _SPACE: the line is stripped of them
        line.terminal = last in _TERMINAL or ((last in _CLOSERS or last == "." or last.isspace()) and is_terminal(t))
        # (tested before page numbers, which hold none of the words: the two never both match)
        if crumbs and ("首页" in t or "主页" in t or "位置" in t or "网站" in t) and _BREADCRUMB.fullmatch(t):
            line.kind, line.furniture_kind = "furniture", "navigation"
            continue
        first = t[0]
        digit = first.isdecimal() or first > "\uffff"
        if len(t) <= 40 and (" " in t or "\u3000" in t) and _SPEAKER.fullmatch(t):
            line.byline = True  # 市总工会党组书记、常务副主席　王某某 under a speech's title: who, not a heading
            continue
        if (
            first in _LABEL_FIRST
            and ((c := t.find("：")) > 0 or (c := t.find(":")) > 0)
            and c <= 6
            and c + 1 < len(t)
            and _LABEL.fullmatch(t, 0, c)
        ):
            line.label = True
            continue
        if not digit and first not in _SPECIAL_FIRST and not is_marker(first):  # (🔹, ✅, ▌, 〓 are not listed)
            continue
        if (digit or first in _PAGE_FIRST) and _PAGE.fullmatch(t):
            line.kind, line.furniture_kind = "furniture", "page_number"
            continue
        if first == "!" and _IMAGE.fullmatch(t):
            line.kind, line.furniture_kind = "furniture", "markup"
            continue
        if first in "*_" and (m := BOLD_BULLET.match(t)) and _marked(line, "bullet", m.end()):
            continue
        if first in "*_" and (m := _BOLD.fullmatch(t)):
            line.kind, line.level = "heading", 7  # below every # level
            line.marker_end = line.start + len(m.group(1))
            line.body_start = line.start + m.start("body")
            line.body_end = line.start + m.end("body")
            line.terminal = is_terminal(line.body)
            continue
        if first in _RULE_FIRST and _RULE.fullmatch(t) and any(not ch.isspace() for ch in t):
            line.kind, line.furniture_kind = "furniture", "rule"
            continue
        if first in _BOX_FIRST and _box_line(line):
            continue
        if len(t) <= _MAX_FOLLOW and _follow(t, 0):
            line.kind, line.furniture_kind = "furniture", "navigation"
            continue
        if furniture := _furniture_line(first, t):
            line.kind, line.furniture_kind = "furniture", furniture
            continue
        if first == "[" and t[-1] == ")" and _NAV_LINK.fullmatch(t):
            line.kind, line.furniture_kind = "furniture", "navigation"
            continue
        if first == "|" and t[-1] == "|" and len(t) >= 3:
            if _TABLE_RULE.fullmatch(t):
                line.kind, line.furniture_kind = "furniture", "markup"
            elif _TABLE_ROW.fullmatch(t) and t.count("|") >= 3:
                line.row = True  # (two cells at least: a lone |…| is a decorated heading)
            continue
        if first == ">" and (m := _QUOTE.match(t)) and m.end() < len(t):
            # the quote is text (a paragraph, however short); its marker is markup
            line.marker_end, line.body_start = line.start + m.end(), line.start + m.end()
            continue
        if first in "-*+" and len(t) > 2 and t[1] in " \u3000" and _MD_ITEM.match(t) and _marked(line, "bullet", 1):
            continue  # (the marker is the symbol alone, as a ◆ bullet's)
        if first in "*_" and t[-1] == first and len(t) > 3 and t[1] != first and _CAPTION.match(t, 1):
            # *图为报告会现场*: a caption in markdown emphasis, whose two marks are markup
            line.kind, line.marker_end, line.body_start, line.body_end = (
                "caption",
                line.start + 1,
                line.start + 1,
                line.end - 1,
            )
            continue
        if first == "#" and t[-1] == "#" and _HASHTAGS.fullmatch(t):
            line.kind, line.furniture_kind = "furniture", "navigation"
            continue
        if first == "#" and (m := _MD_HEADING.match(t)):
            body = _skip_space(t, m.end())
            if body < len(t):
                line.kind, line.level = "heading", m.end()
                line.marker_end = line.start + m.end()
                line.body_start = line.start + body
                line.terminal = is_terminal(line.body)
                continue
        if is_marker(first) and (m := _BULLET.match(t)):
            if len(t) <= _MAX_FOLLOW and _follow(t, _skip_space(t, m.end())):
                line.kind, line.furniture_kind = "furniture", "navigation"  # 👉 点击关注“某某工会”
                continue
            if _marked(line, "bullet", m.end()):
                continue
        if (digit or first in _ENUM_FIRST) and (m := ENUM.match(t)) and _marked(line, "enum", m.end()):
            continue
        if first in _CAPTION_FIRST and _CAPTION.match(t) and line.width <= 80:
            line.kind = "caption"
        elif first in _BYLINE_FIRST and _BYLINE.fullmatch(t.strip("*_") if first in "*_" else t):
            line.byline = True


def _follow(t: str, at: int) -> bool:
    """``t`` from ``at`` invites the reader to follow the account (点击关注…, 长按识别二维码关注我们)."""
    return at < len(t) and t[at] in _FOLLOW_FIRST and _FOLLOW.match(t, at) is not None


def _box_line(line: Line) -> bool:
    """Marks a line of a box-drawn table (a border: markup; a row: ``row``); False for any other line."""
    t = line.text
    if _BOX_BORDER.fullmatch(t):
        if any(ch in _BOX_JOINTS for ch in t):
            line.kind, line.furniture_kind = "furniture", "markup"
            return True
        return False
    if t[0] in _BOX_BARS and t[-1] in _BOX_BARS and sum(ch in _BOX_BARS for ch in t) >= 3:
        line.row = True  # (two cells at least, as a pipe table's row)
        return True
    return False


# Whole lines of furniture a page prints around the news, tried in this order: (first characters, longest
# line, pattern, furniture kind).
_FURNITURE_LINES = (
    (_WEB_NAV_FIRST, 80, _WEB_NAV, "navigation"),
    (_PLATFORM_FIRST, 24, _PLATFORM, "navigation"),
    (_JUMP_FIRST, 14, _JUMP, "jump"),
    (_DISTRIBUTION_FIRST, 10_000, _DISTRIBUTION, "distribution"),
    (_RELEASE_FIRST, 24, _RELEASE, "markup"),
    (_MEDIA_CONTACT_FIRST, 100, _MEDIA_CONTACT, "distribution"),
    (_COPYRIGHT_FIRST, 80, _COPYRIGHT, "navigation"),
)


def _furniture_line(first: str, t: str) -> str | None:
    """The furniture kind of a line that is wholly page furniture (上一篇：…, 阅读原文, （下转第2版）, 报：…)."""
    for firsts, longest, pattern, kind in _FURNITURE_LINES:
        if first in firsts and len(t) <= longest and pattern.fullmatch(t):
            return kind
    return None


def _marked(line: Line, kind: str, marker_end: int) -> bool:
    """Give ``line`` its bullet or enumerator marker ending at ``marker_end`` (in the line), when text follows it."""
    body = _skip_space(line.text, marker_end)
    if body >= len(line.text):
        return False
    line.kind = kind
    line.marker_end = line.start + marker_end
    line.body_start = line.start + body
    return True


_RUNNING_KINDS = frozenset(("text", "caption", "masthead"))  # the kinds of line a running header can be


def mark_running_headers(lines: list[Line]) -> None:
    """Short lines repeated on every page (issue name, date) are furniture, not text.

    A repeated line counts when it recurs three times, or twice with a page number or rule next to one of
    its occurrences: a headline quoted twice is not a running header.
    """
    # the masthead's own lines count (a page header often repeats the bulletin's name), but stay masthead
    short = [line.text for line in lines if len(line.text) <= 40 and line.kind in _RUNNING_KINDS]
    if len(set(short)) == len(short):  # no line twice (the usual case): nothing to count
        return
    repeated = {t for t, c in Counter(short).items() if c >= 2 and not is_terminal(t)}
    if not repeated:
        return
    by_text: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if line.text in repeated and line.kind in _RUNNING_KINDS:
            by_text.setdefault(line.text, []).append(i)
    for _t, idxs in by_text.items():
        near_page = any(
            lines[j].kind == "furniture" for i in idxs for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(lines)
        )
        if len(idxs) >= 3 or near_page:
            for i in idxs:
                if lines[i].kind != "masthead":
                    lines[i].kind, lines[i].furniture_kind = "furniture", "running_header"


# The heading of an issue's table of contents; its entries repeat the headlines that follow.
_CONTENTS = re.compile(
    r"[【\[〖]?\s*(?:本期导读|本期要目|本期目录|本期要览|本期提要|本期导航|目\s*录|要\s*目|导\s*读)\s*[】\]〗]?[:：]?"
)


def mark_contents(lines: list[Line]) -> None:
    """A table of contents (本期导读 then one short line per headline) is furniture, not a column of articles.

    Its entries run from the heading to the first blank line; each is headline-sized and ends no sentence.
    """
    for i, line in enumerate(lines[:40]):  # contents stand near the top of an issue
        if line.kind not in ("text", "heading") or len(line.text) > 14 or not _CONTENTS.fullmatch(line.body):
            continue
        entries: list[Line] = []
        for nxt in lines[i + 1 :]:
            if (nxt.blank_before and entries) or nxt.kind in ("furniture", "masthead"):
                break
            if len(nxt.body) > MAX_HEADING or nxt.terminal:
                return  # a paragraph: the heading was a column's name after all
            entries.append(nxt)
        if entries:
            for ln in (line, *entries):
                ln.kind, ln.furniture_kind = "furniture", "contents"
        return


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i
