"""Awards extractor: every (winner, award) pair an article states, with the event it was won at (guidelines §4).

Each award statement turns on a verb (``award_verbs.txt``: 荣获, 分获, 被评为, 授予 …). What follows the verb
up to the clause end is the award phrase: a list of awards (一等奖、二等奖; 亚军和季军) that may be packed
(团体一二等奖, 焊工组、叉车组一等奖) and is unpacked item by item; an award ends with a prize or rank ending
(``award_endings.txt``), is a quoted title (“金牌工人”, quote marks dropped) or contains an official honour
(``award_honours.txt``). What stands before the verb in its clause is the winner phrase, cut at the first
preposition or adverb (凭借, 在, 以, 均 …); when the verb opens its clause, the winner is found in the clauses
before it (经过激烈角逐，X代表队凭借…，斩获一等奖). A winner is a name with a team or organization ending
(``award_winner_heads.txt``), a person's name (a known surname and 1–3 characters) or a counted group
(48名参赛选手, 张三、李四等11名职工).

分获 and 分别… spread the awards over the winners in order; a counted group whose members are not all named
receives the awards as written. 该会, 该公司工会 … stand for the nearest organization named before them in the
article (``award_anaphora.txt``). The award may come first (一等奖由X获得, 获得一等奖的是X) or be listed with no
verb (一等奖：张三、李四；二等奖：王五). Statements of the future (将获得), appointments (聘书) and awards with no
named winner (参赛选手获得…) give nothing.

The event is the one the sentence names (在2024年全省职工技能大赛中), else the article's: the first event name
in its headline or first sentence (see ``_events.py``); 本次竞赛 refers to it.

Matching runs on the Simplified view; records keep the characters as written. An award unpacked from a packed
phrase (团体一二等奖 → 团体二等奖) is not a slice of the text: its span covers the phrase it came from and its
rule says ``unpacked``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any, NamedTuple

from pydantic import TypeAdapter

from unionnews.context import Context
from unionnews.extract._events import ending_pattern, event_names, first_sentence
from unionnews.lexicon import load_lines, load_words
from unionnews.model import Article, Award
from unionnews.model.records import AwardKind

_SENTENCES = re.compile(r"[^。！？!?；;\n]+")
# A comma between digits groups thousands (1,100余名): no clause break.
_CLAUSE_BREAK = re.compile(r"[，：:]|,(?!\d{3})")
# Characters an award's words outside its quote marks are made of (no 的: 获评“书香职工”的15名职工).
_AWARD_WORDS = re.compile(r"[\u4e00-\u7683\u7685-\u9fff]*")
# What may stand before the quote marks as part of the award: its scope (全国“五一”劳动奖章, 省“五一”巾帼标兵),
# not its grantor (勞動部「優良工會」).
_AWARD_SCOPE = re.compile(
    r"(?:全国|全省|全市|全区|全县|中华全国|中国|省|市|区|县|首届|第[一二三四五六七八九十\d]{1,3}届)?"
)
_UNQUOTED = re.compile(r"[^“”「」『』‘’\"]+")
_YEAR_LEAD = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年度?|(?:本|上|去|今)年度")
_QUOTED = re.compile(r"[“「『‘\"]([^“”「」『』‘’\"]{1,30})[”」』’\"]")
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
#: A winner's name may hold the numeral zero, written outside the CJK block: 十二师一〇四团代表队, 二〇二〇届.
_NAME_CHARS = re.compile(r"^[\u4e00-\u9fff〇○]+$")
# A unit's name with a number in it (1路车队, 3号线, 5G): Chinese first and last, its number not a count.
# A train's crew is named by its train number (G1234次乘务组, K588次列车乘务组, 京沪高铁G1次列车乘务组).
_NUMBERED_NAME = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,})?[\dA-Za-z]{1,4}[路号][\u4e00-\u9fff]{2,}$|^[\u4e00-\u9fff]{2,}[\dA-Za-z]{1,4}[\u4e00-\u9fff]{2,}$"
    r"|^(?:[\u4e00-\u9fff]{2,})?[A-Z]{0,2}\d{1,5}次[\u4e00-\u9fff]{2,}$"
)
_NUMERAL = "一二三四五六七八九十特"
# A prize or rank core an award phrase may share with the items before it: 一、二、三等奖; 焊工组、叉车组一等奖.
_CORE = re.compile(
    r"(?:(?P<num>[一二三四五六七八九十特\d]+)等奖|(?P<metal>[金银铜])(?:奖|牌)|冠军|亚军|季军|殿军"
    r"|第[一二三四五六七八九十\d]+名?|前[一二三四五六七八九十\d]+名)$"
)
_PACKED = re.compile(r"^(?P<pre>.*?)(?P<nums>[一二三四五六七八九十特]{2,})等奖$")
# One item of a list of places: 第二, 三名, 团体第二 (a prefix on the first item only); 第二、三名, 二、三名.
_RANK_ITEM = re.compile(
    r"(?P<pre>[\u4e00-\u9fff]{0,6}?)(?P<di>第)?(?P<num>[一二三四五六七八九十]{1,3}|\d{1,2})(?P<ming>名)?"
)
# 前三名 shared by as many winners as it counts (A、B、C分获前三名).
_TOP = re.compile(r"(?P<pre>[\u4e00-\u9fff]{0,6}?)前(?P<num>[二三四五六七八九十]|\d{1,2})名")
_SMALL_NUMERALS = "一二三四五六七八九十"
# A category word right before a shared prize (焊工项目第一名, 女子组冠军): the items before it share it.
_CATEGORY = re.compile(r"(?:项目|赛项|工种|组别|专业|组|类)$")
# A medal tally: 2金1银, 金牌12枚, 3枚铜牌 — each medal with its number (or 牌), one award per medal.
_MEDAL = re.compile(
    r"(?P<n>[\d一二三四五六七八九十两]+枚?)?[金银铜](?P<pai>[牌奖])?(?P<m>[\d一二三四五六七八九十两]+枚)?"
)
_RANK = re.compile(r"(?:第[一二三四五六七八九十\d]+名?|前[一二三四五六七八九十\d]+名|冠军|亚军|季军|殿军|榜首)$")
# Items of a list of winners or awards.
_LIST_SPLIT = re.compile(r"以及|、|和|及|与|，")
# What a scan for list items (or a clause end) has to look at: quote marks and the separators.
_LIST_MARKS = re.compile(r"[“「『‘”」』’]|" + _LIST_SPLIT.pattern)
_CLAUSE_MARKS = re.compile(r"[“「『‘”」』’，：:]|,(?!\d{3})")
# What closes an award phrase: 一等奖的好成绩, “技术能手”荣誉称号, 等荣誉.
_TAIL = re.compile(
    r"的(?=是|有|为)|各[\d一二三四五六七八九十]+[个名项枚]|等?(?:的)?(?:好成绩|佳绩|优异成绩|优秀成绩|好名次|成绩|光荣称号|荣誉称号|称号|荣誉|殊荣|桂冠|奖项|名次)"
)
_REFERENCE = re.compile(r"(?:了)?(?:此|该|这一?|上述|这个|以上)(?:项)?(?:荣誉称号|称号|荣誉|奖项|殊荣|奖)")
#: A grantor and its verb right after a verb of winning: 荣获特区政府颁授…, 获得市总工会授予的….
_GRANTOR = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:颁授|颁发|授予)(?:的)?")
_EVENT_REFERENCE = re.compile(r"^(?:本|此|该|这|上述)")
# What opens a winner's clause without being the winner: 最终, 其中, 还有, 经过激烈角逐 …
_LEAD = re.compile(
    r"(?:最终|最后|其中|同时|此外|另外|还有|另有|共有|更有|有|结果|并且|而|又|并|来自|"
    r"经过[^，,]{0,10}?(?:角逐|比拼|较量|比赛|竞争|评选|评审|激战|鏖战|比武|考核)|"
    r"(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})年度?|今年|去年|前年|当年|同年|次年)(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2}|元)月)?"
    r"(?:\d{1,2}日)?(?:上旬|中旬|下旬|初|底|末|份)?|"
    # a month alone opens a clause of time too (5月又荣获…, 今年4月又荣获…)
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}日)?(?:上旬|中旬|下旬|初|底|末|份)?(?=[又还再也更并荣获被，,]|$)|"
    r"近日|日前|近期|当天|随后|此次|这次|本次|在此基础上|近年来|近年|多年来|更是|更)"
)
# A time right before the verb (她2014年被评为, 张三去年5月荣获): it ends the winner phrase.
_TIME_TAIL = re.compile(
    r"(?:(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})年度?|今年|去年|前年|当年|同年)"
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月)?|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月)"
    r"(?:\d{1,2}日)?(?:上旬|中旬|下旬|初|底|末|份)?$"
)
# Where the winner phrase stops: a preposition or adverb between the winner and the verb (凭借, 在…中, 均).
_CUT = re.compile(
    r"凭借|凭着|依靠|依托|通过|经过|以(?!及)|(?<!所)在(?!职|岗|校|编|读|线|役)|由于|(?<!来)自(?!治|贡|来水|然|动化|行车|强|愿者|主)|从(?!化)|被|分别|依次|一举|(?<=[\u4e00-\u9fff])于(?=[\d一二三四五六七八九十〇○零去今近日前同当本上])|再次|首次|先后|"
    r"成功|同时|共同|一同|一起|并列|连续|连胜|连闯|力克|击败|战胜|最终|最后|今年|去年|近日|日前|早前|此前|先前|将(?!乐)|拟|脱颖而出"
)
# The first characters of _CUT's words: a cheap search that finds where a cut may start.
_CUT_FIRST = re.compile(r"[凭依通经以在由自从被分一再首先成同共并连力击战最今去近日早此将拟于脱]")
# One-character adverbs right before the verb (X均荣获, X也获得); inside a name they are letters (成都).
_TRAILING_ADVERBS = "均都也还已又则便就再曾皆更共并即亦"
#: At most this many characters (author, kind of work) may stand before a winning work's title marks.
_WORK_LEAD = 20
#: Without 等 before the count, at most this much may precede it in a group (全市48名选手).
_GROUP_PREFIX = 4
# A verb of having before an unnamed group's count is no part of it (我省共有15个集体, 全市有3人).
_HAVE = re.compile(r"(?:共有|还有|另有|共计|计有|有|共)(?=[\d一二三四五六七八九十百千两])")
# Where the bulletin's own place or unit stands before a winner (我市, 本市, 全省, 我校, 本公司): it says whose the
# winner is, not who. Before a count it is dropped (我市3名职工 → 3名职工, as 全市有3人 → 3人); before a name it is
# dropped too (我市长安汽车公司 → 长安汽车公司); a team named only by it (我市代表队, 我校代表队) keeps it.
_SCOPE = re.compile(r"(?:我|本|全)(?:市|省|区|县|州|镇|乡|街道|校|院|厂|公司|单位|系统|集团)")
#: Team heads a scope alone may name (我市代表队 is the bulletin's city's team; 我市职工 names no one).
_SCOPE_TEAMS = frozenset(("代表队", "代表团", "队"))
#: A kind alone that names the bulletin's own body as a whole winner (学校, 公司 in their own bulletins).
_OWN_BODIES = frozenset(("学校", "公司", "集团公司"))
#: Characters of counts and pronouns, which no given name here is taken to hold (余人 is no name).
_NOT_IN_NAMES = frozenset("人们名位个百千万余多等和与及的了")
#: Words that end a role before a person's name (副主席蔡琳, 高级技师刘强, 护士长王芳).
_ROLE_ENDINGS = ("主席", "书记", "主任", "经理", "员", "师", "长", "工", "手", "代表", "同志", "职工", "工人")
#: Characters that make 该X a person or a thing, not an organization: 该校长, 该厂长, 该会员, 该院士, 该会议.
#: Role words of two characters or more whose last character is also a surname (主席, 书记): a name starting at
#: that character would start inside the word.
_ROLE_WORDS = tuple(r for r in _ROLE_ENDINGS if len(r) > 1)
_NOT_AFTER_ANAPHOR = frozenset("长员士议友")
#: Words after a person's name that are no part of it (曹阳同志, 数学学院李敏教授); 老师 is a winner head (张老师).
_HONORIFICS = ("同志", "副教授", "教授", "院士", "博士")
_PRONOUNS = frozenset(("他", "她", "他们", "她们", "他本人", "她本人"))
#: A clause opened by 他/她 and a verb phrase (他驾驶公交车二十年), not 他们, 他人, 她家.
_PRONOUN_OPENING = re.compile(r"[他她](?:本人)?(?![们人家乡国])")
_FUTURE = re.compile(r"(?:将|拟|即将|有望|可望|争取|力争|能够|才能|方可|可以|可|申报|推荐|候选)$")
#: The future said before the agent or the passive (将由X授予, 拟被评为, 将会获得), anywhere in the verb's clause.
_FUTURE_BY = re.compile(r"(?:将|拟|即将)(?:由|被|会|要)")
_COUNTED = re.compile(
    r"(?<![第\d一二三四五六七八九十百千两])[\d一二三四五六七八九十百千两]+[余多]?(?:名|位|个|家|支|人(?!民)|对|组|批)"
)
_NOT_WINNER_START = re.compile(
    r"^(?:获奖|参赛|参与|参加|优秀|先进|各|本(?:单位|市|区|县|省|公司|系统|次|届)|该|我(?:们|市|区|县|省|单位)|其|此|"
    r"全(?:市|省|区|县|国|体|部)|他|她|这|那|所有|部分|一些|相关|广大|有关)"
)
_TITLE_OPENERS = ("优秀", "先进", "最美", "十佳", "模范", "全国", "省", "市", "区", "县", "“", "「")
_PLACE_END = re.compile(r"(?:[区县市省镇乡村街路盟]|(?<!红)旗|苏木|嘎查)$")
_JOINED = re.compile(r"并|同时|还|另|(?:荣|获|斩|夺|摘|喜|勇)(?:获|得|评)")
# Appointments and certificates are no awards; an award recommended or applied for is not won yet.
_REJECT_AWARDS = ("聘书", "证书", "授旗", "旗帜", "聘任", "委任", "任命", "牌匾", "推荐", "申报", "提名", "候选")
_REJECT_RE = re.compile("|".join(_REJECT_AWARDS))
_EVENT_TAIL = re.compile(r"(?:中的|的|中)$")
_DIGITS_DOTS = re.compile(r"[\d·]")
_DIGITS_OR_NUMERALS = re.compile(r"[\d一二三四五六七八九十两]")
_RELATIVE_TAIL = re.compile(r"(?:荣誉称号|称号|荣誉)?的")
# A prize announced as a list entry: 一等奖：张三、李四 (a prize ending right before a colon).
# Or a title a commendation list names its winners under (先进集体：, 先进个人：, 优秀工会工作者：, 工人先锋号：).
_LISTED_BEFORE_COLON = frozenset("奖军名牌）)" + "体人部家者子位号岗兵手章")
_HINTS_KEY = "awards.listed_hints"
_LISTED = re.compile(
    r"(?:^|(?<=[：:，,；;。\s]))(?P<award>[^：:，,；;。、\s“”「」（）()]{2,20})(?:[（(][^）)]{1,10}[）)])?[：:]"
)
#: A prize head run on after the entry before it, where a lost line break left no separator (a roster copied
#: or joined as one paragraph: …王海涛（某公司）二等奖（5名）：赵立新（…）; …某服务队先进个人（12名）：王建华（…)).
#: Without a separator before it the head must carry its count in brackets and be a prize (个人一等奖, 金奖) or
#: start with a commendation title's opener (先进个人, 优秀工会干部): the words before it are the last entry's.
_RUN_ON_HEAD = re.compile(
    r"(?<=[\u4e00-\u9fff）)])(?P<award>(?:个人|团体)?(?:[一二三四五六七八九十特]等奖|优秀奖|[金银铜]奖)"
    r"|(?:优秀|先进|模范|最美|十佳|杰出|优胜|标兵|示范|劳动模范|五一|巾帼)[^：:，,；;。、\s“”「」（）()]{1,12})"
    r"[（(][\d一二三四五六七八九十百]{1,4}[个名人项家支位][）)][：:]"
)
_LISTED_LEAD = re.compile(r".*(?:评出|评选出|决出|产生了|产生|其中)")
_NOT_LISTED = frozenset(("颁奖", "评奖", "抽奖", "兑奖", "领奖", "获奖", "授奖", "发奖", "大奖", "嘉奖"))
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
#: An article may hold a commendation list's section head alone on its line (the pre-check before reading blocks).
_SECTION_HINT = re.compile(r"[）):：]\s*\n")


@dataclass(frozen=True)
class _Lists:
    verb_re: re.Pattern[str]
    verbs: dict[str, str]
    endings: tuple[tuple[str, AwardKind], ...]
    honours: tuple[str, ...]
    heads: tuple[str, ...]
    surnames: frozenset[str]
    cities: frozenset[str]
    event_object: re.Pattern[str]  # an event named right after the verb: 在…大赛中 → 获得…大赛一等奖
    head_set: frozenset[str]
    head_lengths: dict[str, tuple[int, ...]]  # by last character: the lengths of the heads ending with it
    honour_re: re.Pattern[str]
    endings_by_length: tuple[tuple[int, dict[str, AwardKind]], ...]  # longest first
    anaphora: dict[str, tuple[str, ...]]  # 该X: the endings of the names X may stand for (() for any)


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    """The packaged lists, read once per process on first use."""
    verbs = dict(line.split() for line in load_lines("award_verbs"))
    endings: list[tuple[str, AwardKind]] = []
    for line in load_lines("award_endings"):
        word, kind = line.split()
        endings.append((word, kind))  # type: ignore[arg-type]
    endings.sort(key=lambda e: len(e[0]), reverse=True)
    heads = sorted({w for line in load_words("award_winner_heads") for w in line.split()}, key=len, reverse=True)
    honours = tuple(sorted(load_words("award_honours"), key=len, reverse=True))
    verb_alternation = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    return _Lists(
        verb_re=re.compile(verb_alternation),
        verbs=verbs,
        endings=tuple(endings),
        honours=honours,
        heads=tuple(heads),
        surnames=frozenset(w for line in load_words("award_surnames") for w in line.split()),
        cities=frozenset(line.split()[0] for line in load_lines("places_cities")),
        event_object=re.compile(r"[^，,。“”、]{0,30}?(?:" + ending_pattern().pattern + r")(?:中的|的|中)?"),
        head_set=frozenset(heads),
        head_lengths=_lengths_by_last(heads),
        honour_re=re.compile("|".join(re.escape(h) for h in honours)),
        endings_by_length=_by_length(endings),
        anaphora={w: tuple(e for e in ends if e != "*") for w, *ends in map(str.split, load_lines("award_anaphora"))},
    )


def _lengths_by_last(words: list[str]) -> dict[str, tuple[int, ...]]:
    """For each last character, the lengths of the words ending with it, longest first."""
    lengths: dict[str, set[int]] = {}
    for word in words:
        lengths.setdefault(word[-1], set()).add(len(word))
    return {ch: tuple(sorted(ns, reverse=True)) for ch, ns in lengths.items()}


def _by_length(endings: list[tuple[str, AwardKind]]) -> tuple[tuple[int, dict[str, AwardKind]], ...]:
    """The endings grouped by length, longest first; the first kind listed wins for a repeated ending."""
    groups: dict[int, dict[str, AwardKind]] = {}
    for word, kind in endings:
        groups.setdefault(len(word), {}).setdefault(word, kind)
    return tuple(sorted(groups.items(), reverse=True))


#: An award record as plain data (the fields of :class:`Award`), until the article's records are validated.
_Data = dict[str, Any]


class _Piece(NamedTuple):
    """An award as a list of pieces of the sentence (one piece unless unpacked) and its kind.

    ``inserts`` holds characters an unpacked award needs that the text leaves out, each with the index of
    the part it goes before: 分列二、三名 → 第 + 二 + 名 (第 inserted), 分获前三名 → 第 + 一 + 名.
    """

    parts: tuple[tuple[int, int], ...]
    kind: AwardKind
    inserts: tuple[tuple[int, str], ...] = ()


class _Winners(NamedTuple):
    """Winners of one statement: the named items, and the counted group they belong to (if any).

    ``pronoun`` says the statement's first winner is 他/她 (她与另外9名女职工一同当选…), whom the caller resolves and
    puts before the items.
    """

    items: tuple[tuple[int, int], ...]
    group: tuple[int, int] | None
    rule: str
    pronoun: bool = False


class _LazyEvent:
    """The article's event, looked for only when a record needs it (most articles state no award)."""

    __slots__ = ("_article", "_ctx", "_done", "_event")

    def __init__(self, ctx: Context, article: Article) -> None:
        self._ctx, self._article = ctx, article
        self._done = False
        self._event: str | None = None

    def __call__(self) -> str | None:
        if not self._done:
            self._event, self._done = _article_event(self._ctx, self._article), True
        return self._event


class _Antecedents:
    """What 该会, 该公司工会 … stand for: the article's organizations, read only when a statement needs them.

    Awards run after the organizations extractor, so ``article.organizations`` holds the names with their
    spans; without it (extractors chosen by the caller) a 该X winner gives nothing, as before.
    """

    __slots__ = ("_article", "_ctx", "_names")

    def __init__(self, ctx: Context, article: Article) -> None:
        self._ctx, self._article = ctx, article
        self._names: list[tuple[int, int, str]] | None = None

    def at(self, pos: int, limit: int) -> tuple[int, int] | None:
        """The longest organization named from ``pos`` (absolute) and ending by ``limit``, if any."""
        names = self._loaded()
        i = bisect_left(names, (pos, -1, ""))
        best: tuple[int, int] | None = None
        while i < len(names) and names[i][0] == pos:
            if names[i][1] <= limit and (best is None or names[i][1] > best[1]):
                best = names[i][:2]
            i += 1
        return best

    def _loaded(self) -> list[tuple[int, int, str]]:
        if self._names is None:
            view = self._ctx.view
            # a name starting right after 该 is the anaphor itself (该公司工会 read as 公司工会), no antecedent
            self._names = sorted(
                (o.span.start, o.span.end, view[o.span.start : o.span.end])
                for o in self._article.organizations
                if view[o.span.start - 1 : o.span.start] != "该"
            )
        return self._names

    def resolve(self, pos: int, word: str, endings: tuple[str, ...], head: str) -> tuple[int, int] | None:
        """The span of the nearest name ending before ``pos`` (absolute) that 该 + ``word`` + ``head`` names."""
        best: tuple[int, int] | None = None
        for start, end, name in self._loaded():
            if end > pos:
                continue
            if not name.endswith(head):
                continue
            stem = name[: len(name) - len(head)] if head else name
            if len(stem) > len(word) and (not endings or stem.endswith(endings)):
                best = (start, end)
        return best


class AwardExtractor:
    """Finds (winner, award) pairs in each article; see the module docstring for the method."""

    field = "awards"

    def __call__(self, ctx: Context, article: Article) -> list[Award]:
        lists = _lists()
        verb_re = lists.verb_re
        whole = ctx.view
        records: list[_Data] = []
        seen: set[tuple[str, str]] = set()
        event: _LazyEvent | None = None
        refs: _Antecedents | None = None
        hints = _listed_hints(ctx)
        if hints and not _any_between(hints, article.span.start, article.span.end):
            hints = []
        if event is None and _SECTION_HINT.search(whole, article.span.start, article.span.end):
            event, refs = _LazyEvent(ctx, article), _Antecedents(ctx, article)
            _add_unseen(records, seen, _section_lists(ctx, article, lists, event))
        a0, a1 = article.span.start, article.span.end
        if whole.find("\t", a0, a1) >= 0 or whole.find("|", a0, a1) >= 0 or whole.find("│", a0, a1) >= 0:
            # a table: TAB-flattened, markdown or box-drawn
            if event is None:
                event, refs = _LazyEvent(ctx, article), _Antecedents(ctx, article)
            _add_unseen(records, seen, _table_rows(ctx, article, lists, event))
        for block in article.blocks():
            base, stop = block.span.start, block.span.end
            stated = verb_re.search(whole, base, stop) is not None
            listed = bool(hints) and _any_between(hints, base, stop)
            if not (stated or listed):
                continue  # most blocks state no award: a search over the block decides
            if event is None:
                event = _LazyEvent(ctx, article)
                refs = _Antecedents(ctx, article)
            view = whole[base:stop]
            found = _listed(ctx, view, base, event, lists) if listed else []
            for award in found:
                key = (award["winner"]["text"], award["award"]["text"])
                if key not in seen:
                    seen.add(key)
                    records.append(award)
            for sm in _SENTENCES.finditer(view) if stated else ():
                s0, s1 = sm.span()
                if verb_re.search(view, s0, s1) is None:
                    continue
                assert refs is not None  # set with event
                found = self._sentence(ctx, view, s0, s1, base, event, refs, article, lists, records)
                for award in found:
                    key = (award["winner"]["text"], award["award"]["text"])
                    if key not in seen:
                        seen.add(key)
                        records.append(award)
        # the article's records validated in one call from plain data: several times cheaper than building
        # each record, its text spans and spans as models one by one
        return _records_adapter().validate_python(records) if records else []

    def _sentence(
        self,
        ctx: Context,
        view: str,
        s0: int,
        s1: int,
        base: int,
        event: _LazyEvent,
        refs: _Antecedents,
        article: Article,
        lists: _Lists,
        previous: list[_Data],
    ) -> list[_Data]:
        out: list[_Data] = []
        for m in lists.verb_re.finditer(view, s0, s1):
            verb = m.group()
            mode = lists.verbs[verb]
            if mode != "grant" and view.endswith(("分别", "依次"), s0, m.start()):
                mode = "distribute"  # 分别位列第二名和第三名, 依次获得: before any verb they spread its awards
            if _FUTURE.search(view, max(s0, m.start() - 3), m.start()):
                continue
            if verb == "获" and view.startswith("奖", m.end()):
                continue  # 获奖的先进个人: 获奖 is a word, not 获 + an award
            clause_start = _clause_start(view, s0, m.start())
            clause_end = _clause_end(view, m.end(), s1)
            if _FUTURE_BY.search(view, clause_start, m.start()):
                continue  # 将由市交通运输局授予…称号, 拟被评为: an award to come is no award
            if (later := _FUTURE_BY.search(view, m.end(), clause_end)) is not None:
                clause_end = later.start()  # 获得一等奖的选手将由…授予…: what is to come is no object of this verb
            if mode == "grant" and "被" in view[clause_start : m.start()]:
                mode = "title"
            if mode == "grant":
                found = _granted(view, m.end(), clause_end, verb, lists, base, refs)
                if found is None:
                    # 为X等8个班组授予“工人先锋号”称号: the winner stands between 为/向 and the verb, as with 颁发
                    found = _granted_to(view, clause_start, m.start(), m.end(), clause_end, lists)
                if found is None:
                    continue
                winners, awards, sentence_event = found
            elif clause_end == m.end() or (clause_end == m.end() + 1 and view[m.end()] == "了"):
                # 一等奖由X获得: nothing after the verb
                by = _won_by(view, clause_start, m.start(), mode, lists, base, refs)
                if by is None:
                    continue
                winners, awards, sentence_event, mode = by
            else:
                parsed = _award_phrase(view, m.end(), clause_end, mode, lists)
                if parsed is None:
                    ref = _REFERENCE.match(view, m.end(), clause_end)
                    title = _earlier_title(ctx, article, base, base + m.start(), lists) if ref else None
                    if title is None:
                        continue
                    parsed = ([title], None)
                awards, sentence_event = parsed
                relative = _relative_winners(view, awards, clause_end, s1, lists)
                if relative is not None:
                    subject: _Winners | str | None = relative
                elif mode == "conferred":
                    subject = _conferred_to(view, clause_start, m.start(), lists)
                else:
                    subject = _subject_of(view, s0, clause_start, m.start(), lists, base, refs)
                others: tuple[tuple[int, int], ...] = ()
                if isinstance(subject, _Winners) and subject.pronoun:  # 她与另外9名女职工…: her, then the others
                    others, subject = subject.items, "pronoun"
                if subject == "pronoun":
                    subject = _last_person(previous + out, base, view, clause_start, ctx.view)
                    if subject is None and "们" not in view[clause_start : m.start()]:
                        subject = _profiled_person(ctx.view, article.span.start, base + clause_start, base, lists)
                    if subject is not None and others:
                        subject = _Winners((*subject.items, *others), None, subject.rule)
                if subject is None:
                    x, y = _winner_phrase(view, clause_start, m.start())
                    if y <= x:  # 2012年被评为…: no subject at all; in a profile, the person it describes
                        subject = _profile_subject(ctx.view, article.span.start, base + clause_start, base)
                if not isinstance(subject, _Winners):
                    continue
                winners = subject
            if mode == "distribute" and len(awards) == 1 and winners.group is None and len(winners.items) > 1:
                awards = _top_places(view, awards[0], len(winners.items)) or awards
            named = sentence_event or _sentence_event(view, s0, m.start())
            resolved = ctx.text[base + named[0] : base + named[1]] if named else event()
            for winner, award, how in _pairs(winners, awards, mode):
                out.append(_record(ctx, base, winner, award, resolved, f"{verb}:{how}"))
        return out

    def __getstate__(self) -> dict[str, object]:
        """Nothing heavy is kept on the instance, so it pickles as an empty object for worker processes."""
        return {}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)


def _listed_hints(ctx: Context) -> list[int]:
    """Where a listed prize may end (a colon after 奖, 军, 名, 牌 or a bracket: 一等奖：, 一等奖（3名）：).

    Found once per bulletin with str.find, kept in ``ctx.cache``: most bulletins list no prize, and a pattern
    search over every block would cost more than the rest of the extractor's pre-checks together.
    """
    hints: list[int] | None = ctx.cache.get(_HINTS_KEY)
    if hints is None:
        view = ctx.view
        hints = []
        for colon in "：:":
            i = view.find(colon, 1)
            while i >= 0:
                if view[i - 1] in _LISTED_BEFORE_COLON:
                    hints.append(i)
                i = view.find(colon, i + 1)
        hints.sort()
        ctx.cache[_HINTS_KEY] = hints
    return hints


def _any_between(positions: list[int], a: int, b: int) -> bool:
    i = bisect_left(positions, a)
    return i < len(positions) and positions[i] < b


# -- listed prizes ---------------------------------------------------------------------------------------


def _listed(ctx: Context, view: str, base: int, event: _LazyEvent, lists: _Lists) -> list[_Data]:
    """Prizes announced as a list, no verb: 一等奖：张三、李四；二等奖：王五 (each winner named after its prize).

    The prize must stand alone before its colon (a clause start, or after 评出/决出/其中) and every item after
    the colon, up to the clause end, must be a winner; anything else (颁奖：…, 奖励办法：…) gives nothing.
    """
    out: list[_Data] = []
    heads = list(_LISTED.finditer(view))
    if heads:  # after a first head, heads run on after an entry (no separator before them) are heads too
        known = {h.start("award") for h in heads}
        heads += [h for h in _RUN_ON_HEAD.finditer(view, heads[0].end()) if h.start("award") not in known]
        heads.sort(key=lambda h: h.start("award"))
    for i, m in enumerate(heads):
        following = heads[i + 1] if i + 1 < len(heads) else None
        a, b = m.span("award")
        if view.find("设", a, b) >= 0:
            continue  # 本次竞赛设一等奖：3名 says how many prizes there are, not who won them
        lead = _LISTED_LEAD.search(view, a, b)  # 本次竞赛评出一等奖: the prize starts after 评出
        if lead is not None:
            a = lead.end()
        if b - a > 12 or view[b - 2 : b] in _NOT_LISTED:
            continue
        piece = _award_item(view, a, b, "plain", lists) or _section_title(view, a, b, lists)
        if piece is None or piece.parts[0] != (a, b):
            continue
        start = m.end()
        end = _clause_end(view, start, following.start("award") if following else len(view))
        stop = _SENTENCE_END.search(view, start, end)  # 一等奖：张三；二等奖：李四 — the entry ends at ；
        winners = _entry(view, start, stop.start() if stop else end, lists)
        if winners is None:
            continue
        for winner, award, how in _pairs(winners, [piece], "plain"):
            out.append(_record(ctx, base, winner, award, event(), f"listed:{how}"))
    return out


def _entry(view: str, start: int, close: int, lists: _Lists, trusted: bool = False) -> _Winners | None:
    """The winners an entry of a list names (张三、李四; 赵强（某公司）、钱进), or None unless every item is one."""
    if _NOTE_OPEN.search(view, start, close):
        noted = _noted(view, start, close, lists, trusted)
        if noted is not None:
            return noted
    x, y = _winner_phrase(view, start, close)
    if y <= x or _COUNTED.fullmatch(view, x, y):
        return None  # 一等奖：3名 counts prizes: a group of winners needs its noun (3名职工)
    return _winners(view, x, y, lists, "")


def _section_title(view: str, a: int, b: int, lists: _Lists) -> _Piece | None:
    """A commendation list's title (先进个人, 优秀工会干部): an honour the award lexicon may not end, known by its opener.

    Only a head over a list of winners is read so (先进个人：张三、李四; 一、先进集体（12个） above the names):
    a title opener (优秀, 先进, 模范 …) within its first characters, after a scope (全国, 省级) or year, tells it from
    a list's other heads (参会人员：, 负责人：).
    """
    lead = _YEAR_LEAD.match(view, a, b)
    start = lead.end() if lead else a
    if not any(view.find(o, start, min(b, start + 5)) >= 0 for o in _SECTION_OPENERS):
        return None
    return _award_item(view, a, b, "title", lists)


#: Openers of the titles a commendation decision lists its winners under.
_SECTION_OPENERS = ("优秀", "先进", "模范", "最美", "十佳", "杰出", "优胜", "标兵", "示范", "劳动模范", "五一", "巾帼")
#: A section head of a commendation list standing alone above its names: 一、先进集体（12个）, 优秀工会干部（20名）：,
#: 先进集体：. An enumerator, a count in brackets or a colon marks it (a bare short line may be any heading).
_SECTION_HEAD = re.compile(
    r"(?P<enum>[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．])?"
    r"(?P<award>[^\s：:，,。、；;（）()“”]{2,20})"
    r"(?P<count>[（(][\d一二三四五六七八九十百]{1,4}[个名人项家支位][）)])?"
    r"(?P<colon>[：:])?"
)
_SECTION_MAX = 34


def _add_unseen(records: list[_Data], seen: set[tuple[str, str]], awards: list[_Data]) -> None:
    """Append the awards whose (winner, award) pair no earlier reading of the article gave."""
    for award in awards:
        key = (award["winner"]["text"], award["award"]["text"])
        if key not in seen:
            seen.add(key)
            records.append(award)


def _section_lists(ctx: Context, article: Article, lists: _Lists, event: _LazyEvent) -> list[_Data]:
    """Each name of a commendation list wins the title its section head names: 一、先进集体（12个） then a paragraph
    成都市教育工会、绵阳市教育工会…; 二、先进个人（30名） then 王丽华（成都市教育工会）、… (the unit no part of the winner).

    The names run over the blocks after the head (one joined paragraph, or a block per wrapped line) up to a
    block that is not wholly a list of winners. Only short blocks are matched against the head pattern.
    """
    whole = ctx.view
    out: list[_Data] = []
    piece: _Piece | None = None
    head_base = 0
    for block in article.blocks():
        base, stop = block.span.start, block.span.end
        if piece is not None:
            view = whole[base:stop].rstrip().rstrip("、，,。；;")  # a wrapped line's 、, the list's closing 。
            winners = _entry(view, 0, len(view), lists, trusted=True) if view else None
            if winners is not None and winners.group is None:
                for winner, _award, how in _pairs(winners, [piece], "plain"):
                    record = _record(ctx, base, winner, piece, event(), f"section:{how}")
                    award_span = (head_base + piece.parts[0][0], head_base + piece.parts[0][1])
                    record["award"] = {
                        "text": ctx.text[award_span[0] : award_span[1]],
                        "span": {"start": award_span[0], "end": award_span[1]},
                    }
                    record["span"] = {"start": award_span[0], "end": base + winner[1]}
                    out.append(record)
                continue
            piece = None
        if stop - base > _SECTION_MAX:
            continue
        view = whole[base:stop].strip()
        m = _SECTION_HEAD.fullmatch(view)
        if m is None or not (m.group("enum") or m.group("count") or m.group("colon")):
            continue
        a, b = m.span("award")
        found = _award_item(view, a, b, "plain", lists) or _section_title(view, a, b, lists)
        if found is not None and found.parts[0] == (a, b) and len(found.parts) == 1:
            piece = found
            head_base = base + (len(whole[base:stop]) - len(whole[base:stop].lstrip()))
    return out


#: Column heads of a table of winners (序号\t姓名\t单位\t奖项; | 单位 | 参赛人数 | 名次 |): who, and what they won.
#: A person's column is the winner over a unit's (姓名 beside 单位: the unit is where the person works).
_TABLE_WHO = (
    "姓名",
    "获奖人",
    "获奖者",
    "名字",
    "选手",
    "获奖单位",
    "单位名称",
    "集体名称",
    "队伍",
    "代表队",
    "参赛单位",
    "单位",
)
#: Header cells of a column of people's names.
_TABLE_PERSON = frozenset(("姓名", "获奖人", "获奖者", "名字", "选手"))
#: A name in a column of names: 2–6 Han characters, or a name with a middle dot.
_TABLE_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+")
_TABLE_WHAT = frozenset(
    (
        "奖项",
        "获奖等次",
        "等次",
        "奖次",
        "获奖情况",
        "荣誉",
        "荣誉称号",
        "称号",
        "获得荣誉",
        "表彰类别",
        "名次",
        "获奖名次",
    )
)
#: A markdown table's delimiter cell (---, :---:): markup, no row of the table.
_TABLE_RULE = re.compile(r":?-{3,}:?")


#: A line of a box-drawn table's border (┌──┬──┐, ├──┼──┤, └──┴──┘).
_BOX_BORDER = re.compile(r"[┌┬┐├┼┤└┴┘─━┏┳┓┣╋┫┗┻┛]+")
#: A row of a box-drawn table: cells between │ bars (│单位│姓名│奖项│), on one line.
_BOX_ROW = re.compile(r"│(?:[^│\n┌┬┐├┼┤└┴┘─]*│)+")


def _table_lines(whole: str, article: Article) -> Iterator[tuple[int, str]]:
    """The article's blocks as table lines (offset, text); a block holding a box-drawn table gives each of its
    rows (a layout may keep the border lines in the rows' blocks, or join rows into one block)."""
    for block in article.blocks():
        base, stop = block.span.start, block.span.end
        if whole.find("│", base, stop) < 0:
            yield base, whole[base:stop]
            continue
        rows = list(_BOX_ROW.finditer(whole, base, stop))
        if not rows:
            yield base, whole[base:stop]
        for m in rows:
            yield m.start(), m.group().replace("│", "|")  # read as a pipe row: same length, same cells


def _table_cells(view: str) -> list[tuple[int, int]] | None:
    """The spans of a table row's cells: TAB-separated (1\t陈志强\t某医院), or a markdown pipe row (| A | B |)."""
    if view.startswith("|"):
        if not view.endswith("|") or len(view) < 3:
            return None
        bars = [i for i, c in enumerate(view) if c == "|"]
        return [_cell(view, x + 1, y - x - 1) for x, y in pairwise(bars)]
    if "\t" not in view:
        return None
    spans: list[tuple[int, int]] = []
    pos = 0
    for c in view.split("\t"):
        spans.append(_cell(view, pos, len(c)))
        pos += len(c) + 1
    return spans


def _table_rows(ctx: Context, article: Article, lists: _Lists, event: _LazyEvent) -> list[_Data]:
    """Awards stated by the rows of a table under a header naming who and what was won.

    A row states its award without a verb (序号\t姓名\t单位\t奖项, then 1\t陈志强\t某医院\t深圳市五一劳动奖章; the
    markdown | 单位 | 参赛人数 | 名次 | then | 重庆巴渝精工机械有限公司 | 12 | 第一名 |): its who cell wins its what
    cell. Each row is a block of its own; a block with another number of cells ends the table.
    """
    whole = ctx.view
    out: list[_Data] = []
    who = what = -1
    width = 0
    person_column = False
    for base, raw in _table_lines(whole, article):
        if _BOX_BORDER.fullmatch(raw.strip()):
            continue  # ┌──┬──┐, ├──┼──┤: a box table's border lines are markup between its rows
        view = raw.rstrip()  # a TAB row keeps its leading TAB (an empty first cell)
        if view.lstrip().startswith("|"):
            base += len(view) - len(view.lstrip())
            view = view.lstrip()
        cells = _table_cells(view)
        if cells is None:
            who = -1
            continue
        if all(_TABLE_RULE.fullmatch(view, x, y) for x, y in cells):
            continue  # |---|---|: the header's underline
        if who < 0 or len(cells) != width:
            names = [view[x:y] for x, y in cells]
            who = next((names.index(w) for w in _TABLE_WHO if w in names), -1)
            person_column = who >= 0 and names[who] in _TABLE_PERSON
            what = next((i for i, c in enumerate(names) if c in _TABLE_WHAT), -1)
            width = len(cells)
            if what < 0:
                who = -1
            continue
        x, y = cells[who]
        a, b = cells[what]
        if y <= x or b <= a:
            continue
        if _winner_item(view, x, y, lists) is None and not (person_column and _TABLE_NAME.fullmatch(view, x, y)):
            continue  # a 姓名 cell is a name even without a known surname (乌云其其格, 巴特尔)
        piece = _award_item(view, a, b, "title", lists) or _Piece(((a, b),), "title")
        out.append(_record(ctx, base, (x, y), piece, event(), "table"))
    return out


def _cell(view: str, start: int, size: int) -> tuple[int, int]:
    """The span of a cell's text without the spaces around it."""
    end = start + size
    while start < end and view[start].isspace():
        start += 1
    while end > start and view[end - 1].isspace():
        end -= 1
    return start, end


#: A listed winner's note in brackets (一等奖：陈立明（宁波甬城公交有限公司）): the unit, no part of the winner.
_NOTE = re.compile(r"[（(][^（()）]{1,30}[）)]")
_NOTE_OPEN = re.compile(r"[（(]")
_NOTE_LINKS = frozenset("、，,和及与")


def _noted(view: str, a: int, b: int, lists: _Lists, trusted: bool = False) -> _Winners | None:
    """Listed winners each followed by a bracketed note: 赵强（温州市交通运输集团）、钱进（台州公交公司）.

    Each winner is the name before its note (the employer is said of it, as a byline says who wrote); every
    item must be a winner, or there is none. A name of 2-4 characters right before its note whose surname the
    list does not know (吉克阿呷（凉山彝族自治州教育工会）, a Yi name) is a person when another item is a known one,
    or when the list is ``trusted`` (under a commendation list's section head, every item is a winner).
    """
    items: list[tuple[int, int]] = []
    guessed = 0
    pos = a
    linked = True
    for m in (*_NOTE.finditer(view, a, b), None):
        stop = m.start() if m is not None else b
        if m is None and not linked and len(items) > 1:
            # 杨帆（市出租汽车管理处）会议要求…: words run on right after the last note, with no separator, are
            # the next paragraph's (a lost line break), not one more item
            break
        for x, y in _split(view, pos, stop) if stop > pos else ():  # items without a note: 赵丽（…）、钱程、孙悦（…）
            item = _winner_item(view, x, y, lists)
            if item is None and m is not None and y == stop and 2 <= y - x <= 4 and _bare_name(view[x:y]):
                item, guessed = (x, y), guessed + 1
            if item is None or item[0] != x:
                return None
            items.append(item)
        if m is None:
            break
        pos = m.end()
        linked = pos < b and view[pos] in _NOTE_LINKS
        if linked:
            pos += 1
    return _Winners(tuple(items), None, "noted") if items and (trusted or len(items) > guessed) else None


def _bare_name(text: str) -> bool:
    """Han characters that could be a person's name (none of 人们名位个 …, which name groups and counts)."""
    return _HAN.match(text) is not None and not any(c in _NOT_IN_NAMES for c in text)


# -- clauses -------------------------------------------------------------------------------------------


def _clause_start(view: str, s0: int, pos: int) -> int:
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(view, s0, pos)]
    return starts[-1] if starts else s0


def _outside_quotes(marks: re.Pattern[str], view: str, a: int, b: int) -> Iterator[re.Match[str]]:
    """The separators ``marks`` finds between ``a`` and ``b`` that stand outside quote marks.

    ``marks`` matches the quote marks too: only they and the separators matter, so one scan suffices.
    """
    depth = 0
    for m in marks.finditer(view, a, b):
        ch = m.group()
        if ch in "“「『‘":
            depth += 1
        elif ch in "”」』’":
            depth = max(0, depth - 1)
        elif depth == 0:
            yield m


def _clause_end(view: str, pos: int, s1: int) -> int:
    """The end of the clause at ``pos``: the next comma outside quotes, or the sentence end."""
    m = next(_outside_quotes(_CLAUSE_MARKS, view, pos, s1), None)
    return s1 if m is None else m.start()


def _split(view: str, a: int, b: int) -> list[tuple[int, int]]:
    """Items of a list between ``a`` and ``b``, split at 、和及与 outside quote marks."""
    items: list[tuple[int, int]] = []
    start = a
    for m in _outside_quotes(_LIST_MARKS, view, a, b):
        items.append((start, m.start()))
        start = m.end()
    items.append((start, b))
    return [(x, y) for x, y in items if y > x]


# -- awards --------------------------------------------------------------------------------------------


#: A discipline of a sports day named bare before its prize (拔河比赛, 男子射箭比赛, 跳绳赛): no place, edition,
#: year, cup or quote mark, which would make it the name of an event.
_DISCIPLINE = re.compile(
    r"(?!本|此|该|这|上述|全|各)(?:男子|女子|混合)?[\u4e00-\u9fff]{1,4}?(?:比赛|赛)(?<![届年杯市省区县])"
)


def _award_phrase(
    view: str, a: int, b: int, mode: str, lists: _Lists
) -> tuple[list[_Piece], tuple[int, int] | None] | None:
    """The awards after a verb (and an event named before them), or None when the object is no award."""
    if view.startswith(("了", "过"), a):
        a += 1
    if mode != "grant" and (grantor := _GRANTOR.match(view, a, b)) is not None:
        a = grantor.end()  # 荣获特区政府颁授劳绩奖章, 荣获市政府颁发的…称号: the award follows the grantor's verb
    own = view.find("的", a, b)  # 获评“…”的20名女职工颁发了证书: the certificate is another statement's
    if _REJECT_RE.search(view, a, own if own > a else b):
        return None
    ev = lists.event_object.match(view, a, b)
    if ev:
        awards = _awards(view, ev.end(), b, mode, lists)
        if (
            len(awards) == 1
            and awards[0].kind in ("title", "honour")
            and not _EVENT_TAIL.search(view, a, ev.end())
            and (whole := _awards(view, a, b, mode, lists))
            and len(whole) == 1
            and whole[0].parts[0][0] == a
        ):
            # 获评全省工会劳动竞赛组织工作先进单位: a title named after its contest, no 中 or 的 between, is one
            # title, still won at that contest (an event before a prize stays apart: 荣获全省职工技能大赛一等奖)
            return whole, (a, ev.end())
        if (
            awards
            and _DISCIPLINE.fullmatch(view, a, ev.end())
            and (whole := _awards(view, a, b, mode, lists))
            and len(whole) == len(awards)
            and whole[0].parts[0][0] == a
        ):
            # 分获拔河比赛冠军和亚军, 获得跳绳比赛一等奖: a bare discipline (no place, edition or year) is the part of
            # the contest the prize is for, so it stays part of the award, as 项目 and 组 do (拔河比赛亚军)
            return whole, None
        if awards:
            name = _EVENT_TAIL.sub("", view[a : ev.end()])
            explicit = None if _EVENT_REFERENCE.match(name) or len(name) < 4 else (a, a + len(name))
            return awards, explicit
    awards = _awards(view, a, b, mode, lists)
    return (awards, None) if awards else None


def _awards(view: str, a: int, b: int, mode: str, lists: _Lists) -> list[_Piece]:
    tail = _tail_start(view, a, b)
    b = tail if tail is not None else b
    joined = _JOINED.search(view, a, b)  # 荣获冠军并获得最佳人气奖: the second award has its own verb
    b = joined.start() if joined else b
    if view[b - 1 : b] in ("）", ")") and (note := _AWARD_NOTE.search(view, a, b)) and note.start() > a:
        b = note.start()  # 获得三等奖（名单略）: a note on the list of winners is no part of the award
    items = _split(view, a, b)
    if len(items) > 1:
        items = _join_honours(view, items, lists)
    if mode == "title":
        items = _join_title_items(view, items)
    places = _places(view, items) if len(items) > 1 else None
    if places:
        return places
    out: list[_Piece] = []
    pending: list[tuple[int, int]] = []
    prefix: tuple[int, int] | None = None
    for x, y in items:
        piece = _award_item(view, x, y, mode, lists)
        if piece is None and (tally := _tally(view, x, y)):
            out.extend(tally)
            pending = []
            continue
        if piece is None:
            if y - x <= 8 and not _QUOTED.search(view, x, y):
                pending.append((x, y))
                continue
            break
        x0, y0 = piece.parts[0]
        core = _CORE.search(view, x0, y0)
        packed = _PACKED.match(view[x0:y0])
        if packed:  # 团体一二等奖 → 团体一等奖, 团体二等奖
            pre = (x0, x0 + len(packed.group("pre")))
            nums = x0 + packed.start("nums")
            for k in range(len(packed.group("nums"))):
                out.append(_Piece((pre, (nums + k, nums + k + 1), (y0 - 2, y0)), piece.kind))
            pending = []
            continue
        if core and pending:
            shared = _shared_prefix(view, pending) if core.group("num") and core.start() == x0 else None
            out.extend(_unpack(view, pending, x0, core, piece.kind, shared))
            if shared is not None:  # 团体一、二、三等奖: the 三等奖 is 团体 too
                piece = _Piece((shared, (x0, y0)), piece.kind)
        elif core and core.start() == x0 and prefix is not None:  # 团体二等奖和三等奖: the 三等奖 is 团体 too
            piece = _Piece((prefix, (x0, y0)), piece.kind)
        pending = []
        if core and core.start() > x0 and len(piece.parts) == 1:
            prefix = (x0, core.start())
        out.append(piece)
    return out


#: A bracketed note closing an award phrase (（名单略）, （名单附后）, （排名不分先后）).
_AWARD_NOTE = re.compile(r"[（(][^（）()]{1,12}[）)]$")


def _tally(view: str, x: int, y: int) -> list[_Piece]:
    """斩获2金1银 → 2金, 1银; 金牌12枚 → 金牌12枚 (else []): a medal needs its number or 牌, so 金 alone is none."""
    out: list[_Piece] = []
    pos = x
    while pos < y:
        m = _MEDAL.match(view, pos, y)
        if m is None or not (m.group("n") or m.group("m") or m.group("pai")):
            return []
        out.append(_Piece((m.span(),), "prize"))
        pos = m.end()
    return out if any(_DIGITS_OR_NUMERALS.search(view, *p.parts[0]) for p in out) else []


def _places(view: str, items: list[tuple[int, int]]) -> list[_Piece]:
    """A list of places sharing 第 or 名: 第二、三名, 二、三名, 团体第一、第二名 → 第二名, 第三名 … (else []).

    Items given in full (第二名、第三名) are left to the general loop, which keeps them as slices.
    """
    if len(items) < 2 or items[-1][1] - items[-1][0] > 10:
        return []
    found = [_RANK_ITEM.fullmatch(view, x, y) for x, y in items]
    matches = [m for m in found if m is not None]
    if len(matches) < len(items) or not matches[-1].group("ming"):
        return []
    first = matches[0].group("pre")
    if any(m.group("pre") for m in matches[1:]) or first.endswith(("前", "等", "第")):
        return []
    if all(m.group("di") and m.group("ming") for m in matches):
        return []
    ming = matches[-1].span("ming")
    out: list[_Piece] = []
    for m in matches:
        parts: list[tuple[int, int]] = [matches[0].span("pre")] if first else []
        inserts: tuple[tuple[int, str], ...] = ()
        if m.group("di"):
            parts.append(m.span("di"))
        else:
            inserts = ((len(parts), "第"),)
        parts.append(m.span("num"))
        parts.append(m.span("ming") if m.group("ming") else ming)
        out.append(_Piece(tuple(_merged(parts)), "rank", inserts))
    return out


def _top_places(view: str, award: _Piece, n: int) -> list[_Piece]:
    """前三名 spread over three winners (A、B、C分获前三名): 第一名, 第二名, 第三名 (else [])."""
    if len(award.parts) != 1:
        return []
    m = _TOP.fullmatch(view, *award.parts[0])
    if m is None:
        return []
    num = m.group("num")
    digits = num.isdigit()
    if (int(num) if digits else _SMALL_NUMERALS.find(num) + 1) != n:
        return []
    pre = [m.span("pre")]  # empty without a prefix: it still starts the span at 前, which covers the whole phrase
    return [
        _Piece(
            (*pre, (m.end() - 1, m.end())), "rank", ((len(pre), "第" + (str(k) if digits else _SMALL_NUMERALS[k - 1])),)
        )
        for k in range(1, n + 1)
    ]


def _merged(parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adjacent spans joined (第 + 二 + 名 written together is one slice, 第二名)."""
    out = [parts[0]]
    for x, y in parts[1:]:
        if out[-1][1] == x:
            out[-1] = (out[-1][0], y)
        else:
            out.append((x, y))
    return out


def _join_honours(view: str, items: list[tuple[int, int]], lists: _Lists) -> list[tuple[int, int]]:
    """Items split inside an honour's name are one item: 劳动关系和谐企业 holds 和, no list of two."""
    out = [items[0]]
    for x, y in items[1:]:
        px, py = out[-1]
        if any(h.start() < py and h.end() > x for h in lists.honour_re.finditer(view, px, y)):
            out[-1] = (px, y)
        else:
            out.append((x, y))
    return out


def _join_title_items(view: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A title may hold 和 (示范性劳模和工匠人才创新工作室): after 和/及/与, an unquoted item starts a new title
    only when it opens like one (优秀…, 先进…) or like the title before it."""
    out: list[tuple[int, int]] = []
    for x, y in items:
        if out:
            px, py = out[-1]
            joiner = view[py:x]
            if (
                joiner in ("和", "及", "与", "以及")
                and not _QUOTED.search(view, x, y)
                and not (view.startswith(_TITLE_OPENERS, x) or view[x : x + 2] == view[px : px + 2])
            ):
                out[-1] = (px, y)
                continue
        out.append((x, y))
    return out


def _tail_start(view: str, a: int, b: int) -> int | None:
    """Where the words closing an award phrase begin (的好成绩, 称号), outside quote marks."""
    depth = 0
    pos = a
    while (tail := _TAIL.search(view, max(pos, a + 1), b)) is not None:  # only where closing words start
        at = tail.start()
        for ch in view[pos:at]:  # the quote depth there
            if ch in "“「『‘":
                depth += 1
            elif ch in "”」』’":
                depth = max(0, depth - 1)
        if depth == 0:
            return at
        pos = at + 1  # the tail's first character is no quote mark: the depth stays
    return None


def _shared_prefix(view: str, pending: list[tuple[int, int]]) -> tuple[int, int] | None:
    """团体 of 团体一、二、三等奖: words before the first numeral when every later item is a bare numeral."""
    x, y = pending[0]
    if y - x < 2 or view[y - 1] not in _NUMERAL or view[y - 2] in _NUMERAL:
        return None
    if any(q - p != 1 or view[p] not in _NUMERAL for p, q in pending[1:]):
        return None
    return x, y - 1


def _unpack(
    view: str,
    pending: list[tuple[int, int]],
    x0: int,
    core: re.Match[str],
    kind: AwardKind,
    shared: tuple[int, int] | None = None,
) -> list[_Piece]:
    """Items before a shared core take its ending: 一、二、三等奖; 金、银、铜奖; 焊工组、叉车组一等奖.

    ``shared`` is a prefix the first item holds for all (团体一、二、三等奖 → 团体二等奖 too).
    """
    out: list[_Piece] = []
    y0 = core.end()
    for i, (x, y) in enumerate(pending):
        last = view[y - 1]
        if shared is not None and i > 0:
            out.append(_Piece((shared, (x, y), (y0 - 2, y0)), kind))
            continue
        if core.group("num") and last in _NUMERAL:
            tail = (y0 - 2, y0)  # 一 + 等奖
        elif core.group("metal") and last in "金银铜":
            tail = (y0 - 1, y0)  # 金 + 奖
        else:
            # 焊工组 + 一等奖; a category word the last item holds before its prize and the item lacks is
            # shared too: 钳工、电工、焊工项目第一名 → 钳工项目第一名, 男子、女子组冠军 → 男子组冠军
            category = _CATEGORY.search(view, x0, core.start())
            own = category is None or view.endswith(category.group(), x, y)
            tail = (core.start() if own or category is None else category.start(), y0)
        out.append(_Piece(((x, y), tail), kind))
    return out


def _award_item(view: str, x: int, y: int, mode: str, lists: _Lists) -> _Piece | None:
    """One award of a list, or None when the item is no award on its own."""
    text = view[x:y]
    quoted = _QUOTED.search(text)
    if quoted:
        qx, qy = x + quoted.start(1), x + quoted.end(1)
        # words outside the quote marks belong to the award too: 全国“五一”劳动奖章, “安康杯”竞赛优胜单位 (a
        # year before it is not: 2022年度“最美职工”)
        lead = _YEAR_LEAD.match(text)
        start = x + (lead.end() if lead else 0)
        before, after = view[start : x + quoted.start()], text[quoted.end() :]
        if (before or after) and _AWARD_SCOPE.fullmatch(before) and _AWARD_WORDS.fullmatch(after):
            # written without its quote marks (guidelines §4): the pieces between them, joined
            parts = tuple(m.span() for m in _UNQUOTED.finditer(view, start, y))
            whole = "".join(view[a:b] for a, b in parts)
            return _Piece(parts, "honour" if _honour(whole, lists) else "title")
        inner = view[qx:qy]
        return _Piece(((qx, qy),), "honour" if _honour(inner, lists) else "title")
    de = text.rfind("的")
    if de >= 0:
        x += de + 1
        text = view[x:y]
    if text[-1:] in ("）", ")") and (latin := _LATIN_NOTE.search(text)):
        y = x + latin.start()  # 榮譽勳章（MH）: its English abbreviation is no part of the award
        text = view[x:y]
    if len(text) < 2 or len(text) > 24 or not _HAN.match(_DIGITS_DOTS.sub("", text) or "x"):
        return None
    if _honour(text, lists):
        return _Piece(((x, y),), "honour")
    if _RANK.search(text):
        return _Piece(((x, y),), "rank")
    for n, by_ending in lists.endings_by_length:  # longest ending first, as in the list
        kind = by_ending.get(text[-n:]) if n <= len(text) else None
        if kind is not None and len(text) > n - (1 if n > 1 else 0):
            if n == 1 and text[-1] == "奖" and text in ("获奖", "大奖", "嘉奖", "夺奖"):
                return None
            return _Piece(((x, y),), kind)
    if mode == "title" and _HAN.match(text) and not _RANK.search(text):
        return _Piece(((x, y),), "title")
    return None


def _honour(text: str, lists: _Lists) -> bool:
    return lists.honour_re.search(text) is not None


def _earlier_title(ctx: Context, article: Article, base: int, before: int, lists: _Lists) -> _Piece | None:
    """The title 此称号 refers to: the last quoted title before it in the article (offsets from ``base``)."""
    view = ctx.view
    best: tuple[int, int] | None = None
    for m in _QUOTED.finditer(view, article.span.start, before):
        best = (m.start(1), m.end(1))
    if best is None:
        return None
    inner = view[best[0] : best[1]]
    return _Piece(((best[0] - base, best[1] - base),), "honour" if _honour(inner, lists) else "title")


# -- winners -------------------------------------------------------------------------------------------


def _subject_of(
    view: str, s0: int, clause_start: int, verb_start: int, lists: _Lists, base: int, refs: _Antecedents
) -> _Winners | str | None:
    """The winners before the verb: in its clause, or (when the verb opens it) in a clause before.

    Returns ``"pronoun"`` when the clause names its winner as 他/她 (the caller resolves it).
    """
    # an earlier award verb in the clause ends the winner (X荣获冠军并获得…), unless it opens a relative
    # clause (以他名字命名的“X工作室”获评…)
    earlier = next((v for v in lists.verb_re.finditer(view, clause_start, verb_start) if view[v.end()] != "的"), None)
    if earlier is not None and (sep := view.rfind("、", earlier.end(), verb_start)) >= 0:
        # 9名教师获得二等奖、12名教师获得三等奖: a second statement in the list names its own winner
        said, found = _phrase_winners(view, sep + 1, verb_start, lists, "", base, refs, scan=False)
        if isinstance(found, _Winners):
            return found
    end = earlier.start() if earlier else verb_start
    said, found = _phrase_winners(view, clause_start, end, lists, "", base, refs, scan=False)
    if said:
        return found
    end = clause_start - 1
    topic = _topic_start(view, s0, end)
    if (
        topic < end
        and _PRONOUN_OPENING.match(view, topic, end)
        and lists.verb_re.search(view, topic, end) is None
        and _clause_end(view, topic, end) < end
    ):
        # 她从教二十六年，…，带过的毕业生有1,100余名，去年被评为…: the sentence is about 她; the clauses between
        # say things about her, and their own subjects (毕业生) are no winners
        return "pronoun"
    guessed: _Winners | None = None
    for _ in range(3):
        if end <= s0:
            break
        start = _clause_start(view, s0, end)
        # a clause with its own award verb names its winner before it (张丽荣获一等奖，并被授予…: 张丽, not
        # the longest name-like opening 张丽荣)
        verb = next((v for v in lists.verb_re.finditer(view, start, end) if view[v.end()] != "的"), None)
        stop = verb.start() if verb else end
        said, found = _phrase_winners(view, start, stop, lists, "previous-clause", base, refs, scan=False)
        if verb is None and found is None and _PRONOUN_OPENING.match(view, start, stop):
            # 他驾驶公交车二十年，…，2014年被评为…: the clause's subject is 他 (the caller resolves it)
            return "pronoun"
        if isinstance(found, _Winners) or (verb is not None and found == "pronoun"):
            # 他于2017年荣获…，此前还曾获评…: the clause before names its winner as 他 (the caller resolves it)
            return found
        adverbial = verb is None and _ADVERBIAL_END.search(view, start, end) is not None
        said, found = _phrase_winners(view, start, stop, lists, "previous-clause", base, refs, scan=not adverbial)
        if isinstance(found, _Winners):
            # the longest name-like opening of a clause is the winner where the clause opens the sentence (its
            # topic: 驾驶员刘红霞扎根一线十八年，安全行驶七十余万公里，去年被…授予 → 刘红霞); inside the sentence it
            # may be a verb's words (安全行驶 → 安全行, 建立困难职工), kept only when no topic is found
            after_de = view[found.items[0][0] - 1 : found.items[0][0]] == "的" if found.items else False
            if start <= topic or verb is not None or after_de:  # 由…组成的第二组表现突出: said of the name
                return found
            guessed = guessed or found
        end = start - 1
    return guessed


def _topic_start(view: str, s0: int, pos: int) -> int:
    """Where the sentence's topic may stand: its start, after clauses of time alone (近年来，石楼镇工会…)."""
    start = s0
    while start < pos:
        lead = _LEAD.match(view, start, pos)
        end = lead.end() if lead is not None else _clause_end(view, start, pos)
        if view[end : end + 1] not in ("，", ",") or (lead is None and not _ADVERBIAL_END.search(view, start, end)):
            break
        start = end + 1
    return start


#: How a clause of time or setting ends (28日上午的分组实作中，…; 比赛结束后，…): it names no topic.
_ADVERBIAL_END = re.compile(r"(?:中|(?<!落)后|期间|之际|以来)$")


def _phrase_winners(
    view: str, a: int, b: int, lists: _Lists, rule: str, base: int, refs: _Antecedents, *, scan: bool
) -> tuple[bool, _Winners | str | None]:
    """Whether the phrase says anything before the verb, and the winners it names.

    Tried in turn: the phrase cut at its first preposition (X代表队凭借…); the part after its last 的
    (以他名字命名的“X工作室”); and, in a clause before the verb (``scan``), the longest opening that is a
    winner (电工李建华技术全面 → 李建华).
    """
    x, y = _winner_phrase(view, a, b)
    said = y > x
    if said and view[x:y] in _PRONOUNS:
        return True, "pronoun"
    if said and (others := _WITH_OTHERS.fullmatch(view, x, y)):
        # 她与另外9名女职工一同当选…, 张华和其他5名职工获评…: the person and the counted others each win
        group = _winners(view, others.start("rest"), y, lists, rule)
        if group is not None and group.group is not None and not group.items:
            if view[x : others.end("who")] in ("他", "她"):
                return True, _Winners((group.group,), None, rule, pronoun=True)
            who = _winner_item(view, x, others.end("who"), lists)
            if who is not None and who[0] == x:
                return True, _Winners((who, group.group), None, rule)
    if said and view[x] == "该" and (found := _anaphor(view, x, y, lists, base, refs)):
        return True, found  # 该会去年更荣膺…: the organization named before
    if said and (found := _winners(view, x, y, lists, rule)):
        return True, found
    if said and y - x >= 2 and view[x:y] in lists.head_set and (named := _named_before(view, x, view[x:y])):
        return True, _Winners((named,), None, rule)  # 工作室又被…命名为: the “张卫东劳模创新工作室” named before
    opening = x
    de = view.rfind("的", a, b)
    if de >= 0:
        x2, y2 = _winner_phrase(view, de + 1, b)
        said = said or y2 > x2
        if y2 > x2 and (found := _winners(view, x2, y2, lists, rule)):
            return True, found
        x = de + 1 if y2 > x2 else x
    if scan and said and (took := _TOOK_PART.search(view, opening, b)) and took.start() > opening:
        # the subject of taking part, in the clause before 分获 (甲、乙代表队参加全市竞赛，分获一、二等奖): the whole
        # list, where the longest opening below would keep its first item alone
        found = _winners(view, opening, took.start(), lists, rule)
        if isinstance(found, _Winners) and len(found.items) > 1:
            return True, found
    if scan and said:
        # after the 的 first, then the subject of a copula opening the clause (张某某是医院急诊科的业务骨干 → 张某某)
        copula = view.find("是", opening, x) if x > opening else -1
        for start, end in dict.fromkeys(((x, b), (opening, copula) if copula > opening else (x, b))):
            for stop in range(min(end, start + 30), start + 1, -1):
                if not _HAN.match(view[start:stop]):
                    continue
                item = _winner_item(view, start, stop, lists)
                if item is not None:
                    org = refs.at(base + item[0], base + item[1])
                    if org is not None:
                        # 柳林镇工会坚持开展困难职工帮扶: the opening ran on past an organization the text names
                        # (to 困难职工); the organization is the winner
                        item = (org[0] - base, org[1] - base)
                    return True, _Winners((item,), None, rule)
    return said, None


#: A winner together with a counted group of others: 她与另外9名女职工, 张华和其他5名职工, 李娜同其余3名队员.
_WITH_OTHERS = re.compile(
    r"(?P<who>[^与和同、，]{1,12}?)(?:与|和|同)(?P<rest>(?:另外|其他|其余|另)[\d一二三四五六七八九十百两]+[余多]?[名位个].{1,6})"
)
#: Verbs of taking part: what stands before them in a clause before the award verb is its subject.
_TOOK_PART = re.compile(r"参加|参与|参赛|出战|出征|代表(?!队|团)")


def _named_before(view: str, pos: int, head: str) -> tuple[int, int] | None:
    """The last name in quote marks before ``pos`` that ends with ``head`` (成立了“张卫东劳模创新工作室”…工作室又被…):
    a bare kind word standing for the unit the paragraph named. Only a quoted name counts, so that a kind word
    never picks up a loose run of words."""
    close = view.rfind(head + "”", 0, pos)
    if close < 0:
        return None
    open_ = view.rfind("“", 0, close)
    if open_ < 0 or close - open_ - 1 < 2 or not _HAN.match(view[open_ + 1 : close]):
        return None
    return open_ + 1, close + len(head)


def _anaphor(view: str, x: int, y: int, lists: _Lists, base: int, refs: _Antecedents) -> _Winners | None:
    """该会, 该公司工会, 该厂 … (``view[x] == "该"``): the organization it stands for, as named before."""
    rest = view[x + 1 : y]
    word = max((w for w in lists.anaphora if rest.startswith(w)), key=len, default=None)
    if word is None:
        return None
    after = rest[len(word) :]
    head = next((h for h in lists.heads if after.startswith(h)), "")  # 该院工会: the name ends with 工会 too
    if (head and len(after) > len(head)) or (not head and after[:1] in _NOT_AFTER_ANAPHOR):
        return None  # 该公司员工张伟 names a person; 该校长, 该会员, 该会议 are no organization
    found = refs.resolve(base + x, word, lists.anaphora[word], head)
    if found is None:
        return None
    return _Winners(((found[0] - base, found[1] - base),), None, "anaphor")


def _winner_phrase(view: str, a: int, b: int) -> tuple[int, int]:
    """The part of a clause that can name the winner: leading adverbials dropped, cut at a preposition."""
    while True:
        m = _LEAD.match(view, a, b)
        if not m or m.end() == a:
            break
        a = m.end()
    first = _CUT_FIRST.search(view, a, b)
    cut = _CUT.search(view, first.start(), b) if first else None
    while cut is not None and view.rfind("《", a, cut.start()) > view.rfind("》", a, cut.start()):
        close = view.find("》", cut.start(), b)  # a cut word inside a work's title (《在希望的田野上》) is its title's
        cut = _CUT.search(view, close, b) if close >= 0 else None
    if cut:
        b = cut.start()
    while b > a and view[b - 1] in "的等" + _TRAILING_ADVERBS:
        b -= 1
    if b > a and view[b - 1] in "年月日旬初底末份" and (when := _TIME_TAIL.search(view, a, b)) and when.start() > a:
        b = when.start()  # 她2014年被评为, 张三去年荣获: the time between the winner and the verb is no part of it
        while b > a and view[b - 1] in _TRAILING_ADVERBS:
            b -= 1
    honorific = next((h for h in _HONORIFICS if view.endswith(h, a, b)), None)
    if honorific and view[b - len(honorific) - 1 : b - len(honorific)] not in ("名", "位"):
        b -= len(honorific)  # 曹阳同志, 李敏教授 are 曹阳, 李敏; 30名同志 is a group
    return a, b


def _winners(view: str, a: int, b: int, lists: _Lists, rule: str) -> _Winners | None:
    """Who the phrase names: list items, a counted group, or None when it names no winner."""
    if b - a > 2 and view[a] in "“「『" and view[b - 1] in "”」』":
        a, b = a + 1, b - 1  # a quoted name: “李国华劳模创新工作室”
    if view[b - 1 : b] == "》":
        return _work(view, a, b, rule)
    de = view.rfind("的", a, b)
    if de >= 0 and b - de > 2:
        modified = _modified_items(view, a, de, b, lists)
        if modified:
            return _Winners(modified, None, rule)
        a = de + 1
    counted = _COUNTED.search(view, a, b)
    while counted is not None and (later := _COUNTED.search(view, counted.end(), b)) is not None:
        counted = later  # 两个工种另有24名选手: the group is counted last, before its noun
    if counted:
        head = view[counted.end() : b]
        if len(head) > 6 or _QUOTED.search(head):
            return None
        named_end = counted.start() - 1 if view[counted.start() - 1 : counted.start()] == "等" else a
        if named_end == a and (have := _HAVE.search(view, a, counted.start() + 1)):
            if have.group() == "有" and have.start() > a and not _SCOPE.fullmatch(view, a, have.start()):
                # 带过的毕业生有1,100余名: what someone has, counted, is no winner (全市有3人, 另有24名 are)
                return None
            a = named_end = have.end()  # 我省共有15个集体获…: the group is 15个集体
        elif named_end == a and (scope := _SCOPE.match(view, a, counted.start())) and scope.end() == counted.start():
            a = named_end = scope.end()  # 我市3名职工获评…: the group is 3名职工
        if named_end == a and counted.start() - a > _GROUP_PREFIX:
            # 张华、李明、王军3名同志: a whole list, then its count, names each winner (no 等: none left out)
            listed = _split(view, a, counted.start())
            members = [_winner_item(view, x, y, lists) for x, y in listed] if len(listed) > 1 else []
            found = tuple(m for m in members if m is not None)
            if found and len(found) == len(members):
                return _Winners(found, None, rule)
            return None  # 协约涵盖会员三千五百余人: a count inside a statement, not a group of winners
        items: list[tuple[int, int]] = []
        named = _split(view, a, named_end)
        for x, y in named:
            item = _winner_item(view, x, y, lists)
            if item is None:
                items = []
                break
            items.append(item)
        # 某公司副主席张丽等30名同志: the group starts at its first named member; 家 and 支 count units, whose
        # first member is no person even when its name ends like one (兰州石化等3家单位, not 石化等3家单位)
        first = named[0][0] if items and counted.group()[-1] in "家支" else items[0][0] if items else a
        return _Winners(tuple(items), (first, b), rule)
    items = []
    parts = _split(view, a, b)
    for x, y in parts:
        item = _winner_item(view, x, y, lists)
        if item is None:
            shared = _shared_head(view, parts, lists, rule)
            whole = _winner_item(view, a, b, lists)  # 人力资源和社会保障局代表队: 和 inside a name
            if shared is None and whole:
                return _Winners((whole,), None, rule)
            return shared
        items.append(item)
    return _Winners(tuple(items), None, rule) if items else None


def _work(view: str, a: int, b: int, rule: str) -> _Winners | None:
    """A work as the winner (作品《春风十里》荣获一等奖): the text says the work won, so the work is the winner,
    written with its title marks and with the words before them that say what and whose it is (摄影作品《焊花》,
    张三的作品《钢铁脊梁》, 市一中教师李娜创作的《工匠之歌》): a reader finds both the work and its author there.
    """
    opening = view.rfind("《", a, b)
    if opening < 0 or b - opening < 3:
        return None
    if view.startswith("由", a):
        a += 1  # 由李娜创作的《工匠之歌》: 由 marks the author, no part of the phrase
    if opening > a and (opening - a > _WORK_LEAD or not _HAN.match(view[a:opening])):
        return None
    return _Winners(((a, b),), None, (rule + "," if rule else "") + "work")


def _modified_items(view: str, a: int, de: int, b: int, lists: _Lists) -> tuple[tuple[int, int], ...] | None:
    """市交通局的赵敏、某供电公司的孙磊: each item of a list has its own 的 (``de`` is the last), or None.

    Only the list's last 的 would otherwise cut it, keeping the last winner alone.
    """
    parts = _split(view, a, b)
    if len(parts) < 2 or parts[0][1] > de:
        return None  # no list, or one 的 before the whole list (来自某公司的张三、李四 is cut at it)
    items: list[tuple[int, int]] = []
    for x, y in parts:
        own = view.rfind("的", x, y)
        item = _winner_item(view, own + 1 if own >= 0 else x, y, lists)
        if item is None:
            return None
        items.append(item)
    return tuple(items)


def _shared_head(view: str, parts: list[tuple[int, int]], lists: _Lists, rule: str) -> _Winners | None:
    """鞍山、抚顺、本溪代表队: bare names before the last item share its ending (each winner is the bare name)."""
    last = _winner_item(view, *parts[-1], lists)
    if last is None or last != parts[-1] or len(parts) < 2:
        return None
    for x, y in parts[:-1]:
        text = view[x:y]
        if not _HAN.match(text) or not 2 <= len(text) <= 8 or _NOT_WINNER_START.match(text):
            return None
        if not (_PLACE_END.search(text) or text in lists.cities):
            return None
    return _Winners((*parts[:-1], last), None, (rule + "," if rule else "") + "shared-head")


#: A name in Latin letters in brackets after the Chinese one (陳志強（Mr. Chan Chi-keung）, 榮譽勳章（MH）): no part
#: of the winner or the award.
_LATIN_NOTE = re.compile(r"[（(][A-Za-z][A-Za-z .,'\-]{0,48}[）)]$")


def _winner_item(view: str, x: int, y: int, lists: _Lists) -> tuple[int, int] | None:
    """A team, organization or person named between ``x`` and ``y`` (the name only, for a person)."""
    text = view[x:y]
    if text[-1:] in ("）", ")") and (latin := _LATIN_NOTE.search(text)):
        return _winner_item(view, x, x + latin.start(), lists)  # 黃美玲（Ms. Wong Mei-ling）: the name before it
    if not text or len(text) > 30:
        return None
    if text[0] in "“「『" and (quoted := _QUOTED_UNIT.match(text)):
        # a vessel or unit named in quote marks before its kind: “远泰”轮, “港拖12号”轮, “郭明义”班组
        kind = quoted.group("kind")
        return (x, y) if kind in _VESSELS or kind in lists.head_set else None
    if not _NAME_CHARS.match(text):
        if "·" in text and (dotted := _DOTTED_NAME.search(text)):
            return _dotted_winner(text, dotted, x, y)
        if _NUMBERED_NAME.match(text):  # 市公交集团1路车队, 地铁3号线运营班组: a unit's name holds its number
            return _headed(text, x, y, lists)
        # 江铃汽车 王磊 (a list's unit, a space, the person): the person, when a name stands after the space
        gap = max(text.rfind(" "), text.rfind("\u3000"))
        if gap <= 0 or not _HAN.match(text[:gap].strip() or "-"):
            return None
        found = _winner_item(view, x + gap + 1, y, lists)
        return found if found is not None and found[0] == x + gap + 1 else None
    headed = _headed(text, x, y, lists)
    if headed is not None:
        return headed
    surnames = lists.surnames
    if (
        text[-2:-1] not in surnames
        and text[-3:-2] not in surnames
        and text[-3:-1] not in surnames
        and text[-4:-2] not in surnames
    ):
        names: list[int] = []  # no surname where a 2-4 character name could start: no name
    else:
        names = [k for k in (4, 3, 2) if len(text) >= k and _person(text[-k:], lists)]
    # 市交通运输工会主席表示: 席 closes the role word 主席, so 席表示 is no name (a name never starts inside a word)
    names = [k for k in names if not (len(text) > k and (text[: len(text) - k + 1]).endswith(_ROLE_WORDS))]
    for k in names:  # 副主席蔡琳: the name starts right after a role word (席 is a surname too)
        if len(text) > k and text[:-k].endswith(_ROLE_ENDINGS):
            return y - k, y
    if names:
        if names[0] < 4 and text.endswith(_ROLED_TAIL):
            # 牧民拉毛草: a transliterated name after a role word is whole, though its tail looks surnamed (毛草)
            roled = _ROLED_NAME.search(view, max(0, x - 3), y)
            if roled is not None and roled.start("name") >= x and _TRANSLITERATED.issuperset(roled.group("name")):
                return roled.start("name"), y
        return y - names[0], y
    # 播音员全美: a surname left out of the list for being a common word (全, 成, 国) opens a two-character name
    # right after a role word ending in an occupation (the name is then all that follows the role)
    if (
        len(text) > 2
        and text[-2] in _WORDLIKE_SURNAMES
        and text[:-2].endswith(_ROLE_ENDINGS)
        and text[-2:] not in _NOT_NAMES
        and text[-1] not in _NOT_IN_NAMES
    ):
        return y - 2, y
    # 牧民选手巴特尔, 代表队的乌日娜 (the role word may stand before the phrase, cut at 的): a name without a Han
    # surname (Mongolian, Tibetan) right after a contestant's role word or team
    lead = max(0, x - 3)
    roled = _ROLED_NAME.search(view, lead, y)
    if roled is not None and roled.start("name") >= x and _TRANSLITERATED.issuperset(roled.group("name")):
        return roled.start("name"), y
    return None


#: Surnames that are common words too, left out of award_surnames.txt: a name opens with one only right after a
#: role word (播音员全美, 护士成丽), never alone.
_WORDLIKE_SURNAMES = frozenset("全成国万单时向华查党谷")
#: Words opening with one of them that are no name after a role word (职工全员获得, 队员全力夺得).
_NOT_NAMES = frozenset(
    ("全员", "全体", "全部", "全都", "全力", "全面", "全程", "全年", "成功", "成为", "国家", "万人", "单位", "时间")
)
#: Characters of names transliterated from Mongolian and Tibetan (巴特尔, 乌日娜, 其其格, 扎西多吉, 卓玛): a name
#: without a Han surname is accepted only when it is written in these, so a role word's ordinary words
#: (参赛选手全力以赴) are never read as a name.
_TRANSLITERATED = frozenset(
    "阿巴布查达德多额尔格哈赫吉金卡克拉勒里鲁玛蒙穆那娜尼诺其琴仁日萨桑斯苏塔特图吐乌旺温西雅央伊扎卓珠措次嘎敦宝音顺朝坦毕孟云木堆瓦姆旦增"
    "毛才让杰加草"  # Amdo Tibetan names: 拉毛, 才让, 多杰, 南加, 拉毛草
)
#: A contestant's role word or team, then a name of 2–4 characters that need not open with a known surname.
_ROLED_TAIL = tuple(_TRANSLITERATED)  # (a cheap test before the role-word search: the name's last character)
_ROLED_NAME = re.compile(r"(?:选手|运动员|队员|牧民|骑手|队长|队的)(?P<name>[\u4e00-\u9fff]{2,4})$")


#: A name in quote marks and what it names (“远泰”轮, “巾帼”班组): the kind must be a vessel or a winner head.
_QUOTED_UNIT = re.compile(r"[“「『][^“”「」『』]{1,12}[”」』](?P<kind>[\u4e00-\u9fff]{1,4})$")
#: Vessels named by their quoted name (ships win titles as teams do: “远泰”轮被评为“全国工人先锋号”).
_VESSELS = frozenset(("轮", "号轮", "船", "舰", "艇", "号"))
#: A name written in parts joined by a middle dot (U+00B7), as Uyghur, Kazakh and foreign names are: 买买提·艾力,
#: 古丽娜尔·吐尔逊, 艾尔肯·买买提明. It ends the winner phrase; its first part runs left to a role word or unit.
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+$")
#: At most this many characters before the dot are the first part of the name when no role word ends before it.
_DOTTED_FIRST = 5
#: Role words and unit endings that close the words before a dotted name (焊工买买提·艾力, 护士古丽娜尔·吐尔逊,
#: 驾驶员热依拉·买买提, 公司阿不都拉·热合曼).
_DOTTED_LEADS = (*_ROLE_ENDINGS, "士", "生", "公司", "集团", "医院", "学校", "中心", "局", "委", "厂", "站", "所", "队")


def _dotted_winner(text: str, dotted: re.Match[str], x: int, y: int) -> tuple[int, int] | None:
    """A person named with a middle dot at the end of ``text``: (start, end) of the name, the dot kept as written.

    The name's first part starts after the last role word or unit ending before the dot (特变电工股份有限公司焊工
    买买提·艾力 → 买买提·艾力); with none, a first part of at most ``_DOTTED_FIRST`` characters is the name's.
    """
    dot = text.index("·", dotted.start())
    first = text[dotted.start() : dot]
    for k in range(len(first) - 1, 0, -1):  # the rightmost role word leaves at least one character of the name
        if first[:k].endswith(_DOTTED_LEADS):
            return x + dotted.start() + k, y
    if len(first) > _DOTTED_FIRST:
        return None
    return x + dotted.start(), y


#: A work area of a mine or plant (掘进二区, 通风区, 运输一区): 区 after the unit's name is no district.
_WORK_AREA = re.compile(r"(?:煤矿|矿|厂|公司|车间)[\u4e00-\u9fff]{1,4}区$")


def _headed(text: str, x: int, y: int, lists: _Lists) -> tuple[int, int] | None:
    """(x, y) when the text is a team or organization: a name before the longest winner head it ends with."""
    if text in _OWN_BODIES:
        return x, y  # 学校还被省教育工会评为…: the bulletin's own school or company, named by its kind
    if "们" in text:
        return None  # 选手们轮番上场: a plural of people is no name
    if text[-1] == "区" and _WORK_AREA.search(text):
        return x, y  # 东风煤矿掘进二区, 某矿通风区: a mine's or plant's work area (a 区队), not a district
    for n in lists.head_lengths.get(text[-1], ()):  # the longest head the text ends with
        if n <= len(text) and text[-n:] in lists.head_set:
            if len(text) > n and not _NOT_WINNER_START.match(text):
                return x, y
            scope = _SCOPE.match(text) if len(text) > n else None
            if scope is not None:  # 我市长安汽车公司 → 长安汽车公司; 我市代表队 stays whole
                if len(text) - scope.end() > n:
                    return _headed(text[scope.end() :], x + scope.end(), y, lists)
                if scope.end() == len(text) - n and text[-n:] in _SCOPE_TEAMS:
                    return x, y
            break
    return None


def _person(name: str, lists: _Lists) -> bool:
    """A person's name: a known surname and one or two given characters (or a compound surname and 1–2)."""
    n = len(name)
    surnamed = (n in (3, 4) and name[:2] in lists.surnames) or (n in (2, 3) and name[0] in lists.surnames)
    # the surname first: it rules out most strings at once
    return surnamed and not _PLACE_END.search(name) and _NOT_IN_NAMES.isdisjoint(name[1:])


def _last_person(records: list[_Data], base: int, view: str, before: int, whole: str) -> _Winners | None:
    """Who 他/他本人 is: the person who won the article's last award (张海军荣获…；他又被授予…); when earlier
    winners are named again in the pronoun's paragraph, the one named last before it (a prize list names
    陈立明 … 郑国强, then 今年42岁的陈立明… 他本人也曾获得…: 陈立明). Names are compared in the Simplified
    ``whole`` view, as ``view`` (the pronoun's block) is."""
    last: _Winners | None = None
    last_named: _Winners | None = None
    nearest = -1
    for record in reversed(records):
        winner = record["winner"]
        if 2 <= len(winner["text"]) <= 4 and "group" not in record["rule"]:
            if last is None:
                span = winner["span"]
                last = _Winners(((span["start"] - base, span["end"] - base),), None, "pronoun")
            name = whole[winner["span"]["start"] : winner["span"]["end"]]
            at = view.rfind(name, 0, before)
            if at > nearest:
                nearest = at
                last_named = _Winners(((at, at + len(name)),), None, "pronoun")
    return last_named or last


#: The role endings _NAME_LEAD accepts before a name.
_ROLE_CHARS = "长员师工手"
#: Where a person's name may start in running text: after a clause or line break, or after a role word
#: (孙海峰，1968年出生; …，孙海峰连续…; ——记…船长孙海峰).
_NAME_LEAD = re.compile(r"(?:^|(?<=[，,。；;：:\n——\s]))|(?<=[" + _ROLE_CHARS + "])")


def _profiled_person(whole: str, a: int, before: int, base: int, lists: _Lists) -> _Winners | None:
    """Who 他/她 is when no earlier award names a person: the person the article is about, named at least
    twice before the pronoun at a clause start or after a role word (a profile: 孙海峰，1968年出生…，孙海峰连续
    四十多个小时坚守驾驶台…。凭借…，他于2017年荣获… → 孙海峰); the one named most often, the nearest on a tie.

    A name said once may be a word (安全行驶, 责任心), so a single mention gives nothing."""
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    roled: tuple[str, int] | None = None  # the last name after a role word in the pronoun's own block
    for m in _NAME_LEAD.finditer(whole, a, before):
        i = m.end()
        if whole[i : i + 1] not in lists.surnames and whole[i : i + 2] not in lists.surnames:
            continue
        # the longest reading of a name that is found as often as its shortest (孙海峰, not 孙海)
        names = [whole[i : i + k] for k in (2, 3) if i + k <= before and _person(whole[i : i + k], lists)]
        if not names:
            continue
        name = (
            names[-1]
            if len(names) == 1 or whole.count(names[-1], a, before) == whole.count(names[0], a, before)
            else names[0]
        )
        counts[name] = counts.get(name, 0) + 1
        last[name] = i
        if i > base and whole[i - 1] in _ROLE_CHARS:
            roled = (name, i)
    best = max(counts, key=lambda n: (counts[n], last[n]), default=None)
    if best is not None and counts[best] >= 2:
        return _Winners(((last[best] - base, last[best] - base + len(best)),), None, "pronoun")
    if roled is not None:
        # named once, but after a role word in the pronoun's paragraph (会上，…教师王晓丽作为代表发言。她…去年被评为…):
        # a role word before the name rules out the words a single mention may be (安全行驶)
        return _Winners(((roled[1] - base, roled[1] - base + len(roled[0])),), None, "pronoun")
    return None


#: The opening of a profile (人物档案, 个人简介): a name, then the person's sex (张卫东，男，壮族，1972年10月生).
_PROFILE = re.compile(
    r"(?:^|(?<=[\n】]))[ \t　]*(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+)[，,](?:男|女)[，,、。]"
)


def _profile_subject(whole: str, a: int, before: int, base: int) -> _Winners | None:
    """The person a profile describes, for a clause that names no winner (2008年获“…”称号，2012年被评为…).

    Only a line that opens with a name and the person's sex counts: it says the text that follows is about
    that person, so each award stated without a subject is theirs."""
    if whole.find("男", a, before) < 0 and whole.find("女", a, before) < 0:
        return None  # the cheap test: most articles hold no profile
    found = None
    for m in _PROFILE.finditer(whole, a, before):
        found = m
    if found is None:
        return None
    return _Winners(((found.start("name") - base, found.end("name") - base),), None, "profile")


def _relative_winners(view: str, awards: list[_Piece], clause_end: int, s1: int, lists: _Lists) -> _Winners | None:
    """The winners stand after the award and 的: 为获评“书香女职工”的20名女职工颁发证书 (a counted group before
    a verb), 获得一等奖的是X, 荣获一等奖的有：A、B (any winners after 的是/的有/的为, up to the clause end)."""
    pos = max((p[1] for a in awards for p in a.parts if p[1] > 0), default=-1)
    if pos < 0:  # the award was named in an earlier block (此称号): nothing stands after it here
        return None
    while pos < clause_end and view[pos] in "”」』":
        pos += 1
    tail = _RELATIVE_TAIL.match(view, pos, clause_end)
    if not tail:
        return None
    if view.startswith(("是", "有", "为"), tail.end()):
        start = tail.end() + 1
        start += view.startswith(("：", ":"), start)
        x, y = _winner_phrase(view, start, _clause_end(view, start, s1))
        return _winners(view, x, y, lists, "relative") if y > x else None
    verb = lists.verb_re.search(view, tail.end(), clause_end)
    x, y = _winner_phrase(view, tail.end(), verb.start() if verb else clause_end)
    if y <= x:
        return None
    found = _winners(view, x, y, lists, "relative")
    return found if found is not None and found.group is not None else None


def _won_by(
    view: str, clause_start: int, verb_start: int, mode: str, lists: _Lists, base: int, refs: _Antecedents
) -> tuple[_Winners, list[_Piece], tuple[int, int] | None, str] | None:
    """一等奖由X获得, 冠军被X夺得: the award opens the clause, the winner stands between 由/被 and the verb.

    Returns the winners, awards, the event named with them and the mode (亚军和季军分别由A和B获得 distributes).
    """
    k = max(view.rfind("由", clause_start, verb_start), view.rfind("被", clause_start, verb_start))
    a = clause_start
    while (lead := _LEAD.match(view, a, k)) is not None and lead.end() > a:
        a = lead.end()
    if k <= a:
        return None
    end = k
    if view.endswith("分别", a, k):
        end, mode = k - 2, "distribute"
    parsed = _award_phrase(view, a, end, mode, lists)
    if parsed is None:
        return None
    x, y = _winner_phrase(view, k + 1, verb_start)
    if y <= x:
        return None
    winners = _anaphor(view, x, y, lists, base, refs) if view[x] == "该" else _winners(view, x, y, lists, "by")
    return (winners, *parsed, mode) if winners is not None else None


def _granted_to(
    view: str, clause_start: int, verb_start: int, verb_end: int, clause_end: int, lists: _Lists
) -> tuple[_Winners, list[_Piece], tuple[int, int] | None] | None:
    """为X授予Y / 向X授予Y: a grant whose winner stands before the verb; Y is a title."""
    if view.find("为", clause_start, verb_start) < 0 and view.find("向", clause_start, verb_start) < 0:
        return None
    winners = _conferred_to(view, clause_start, verb_start, lists)
    if winners is None:
        return None
    parsed = _award_phrase(view, verb_end, clause_end, "title", lists)
    return (winners, *parsed) if parsed is not None else None


def _conferred_to(view: str, clause_start: int, verb_start: int, lists: _Lists) -> _Winners | None:
    """为X颁发Y / 向X颁授Y: the winner stands between 为/向 and the verb."""
    k = max(view.rfind("为", clause_start, verb_start), view.rfind("向", clause_start, verb_start))
    if k < 0:
        return None
    return _winners(view, k + 1, verb_start, lists, "conferred")


# -- grant ---------------------------------------------------------------------------------------------


def _granted(
    view: str, a: int, b: int, verb: str, lists: _Lists, base: int, refs: _Antecedents
) -> tuple[_Winners, list[_Piece], tuple[int, int] | None] | None:
    """授予X“…”称号 / 命名X为“…”: the winner between the verb and the title."""
    if verb == "命名":
        k = view.find("为", a, b)
    else:
        quote = _QUOTED.search(view, a, b)
        honour = min((i for h in lists.honours if (i := view.find(h, a, b)) >= 0), default=-1)
        starts = [i for i in (quote.start() if quote else -1, honour) if i >= 0]
        k = min(starts) if starts else -1
    if k <= a:
        return None
    x = a + 1 if view.startswith(("了", "给"), a) else a
    winners = _anaphor(view, x, k, lists, base, refs) if view[x] == "该" else _winners(view, x, k, lists, "granted")
    if winners is None:
        return None
    awards = _awards(view, k + 1 if verb == "命名" else k, b, "title", lists)
    return (winners, awards, None) if awards else None


# -- pairs and records ---------------------------------------------------------------------------------


def _pairs(winners: _Winners, awards: list[_Piece], mode: str) -> list[tuple[tuple[int, int], _Piece, str]]:
    """Which winner got which award: in order for 分获, each to each otherwise; a group takes them as written."""
    rule = winners.rule + "," if winners.rule else ""
    items = list(winners.items)
    if winners.group is not None and (mode != "distribute" or len(items) != len(awards)):
        if mode == "distribute" and len(awards) > 1:
            return [(winners.group, _as_written(awards), rule + "group")]
        return [(winners.group, award, rule + "group") for award in awards]
    if mode == "distribute" and len(items) == len(awards) and len(items) > 1:
        return [(w, award, rule + "distributed") for w, award in zip(items, awards, strict=True)]
    if mode == "distribute" and len(items) > 1 and len(awards) > 1:
        return [(w, _as_written(awards), rule + "as-written") for w in items]
    return [(w, award, rule + "each") for w in items for award in awards]


def _as_written(awards: list[_Piece]) -> _Piece:
    """The awards of a phrase as one award, as written: 一、二、三等奖."""
    start = min(p[0] for a in awards for p in a.parts)
    end = max(p[1] for a in awards for p in a.parts)
    kinds = {a.kind for a in awards}
    return _Piece(((start, end),), kinds.pop() if len(kinds) == 1 else "prize")


def _record(ctx: Context, base: int, winner: tuple[int, int], award: _Piece, event: str | None, rule: str) -> _Data:
    """One award as the plain data of an :class:`Award` (validated with the article's other records)."""
    full = ctx.text
    w0, w1 = base + winner[0], base + winner[1]
    if len(award.parts) == 1 and not award.inserts:  # the usual case: the award is one slice of the text
        a0, a1 = base + award.parts[0][0], base + award.parts[0][1]
        text = full[a0:a1]
    else:
        parts = [(base + x, base + y) for x, y in award.parts]
        inserted = dict(award.inserts)
        text = "".join(inserted.get(i, "") + full[x:y] for i, (x, y) in enumerate(parts))
        a0, a1 = min(p[0] for p in parts), max(p[1] for p in parts)
        rule += ",unpacked"
    return {
        "winner": {"text": full[w0:w1], "span": {"start": w0, "end": w1}},
        "award": {"text": text, "span": {"start": a0, "end": a1}},
        "kind": award.kind,
        "event": event,
        "span": {"start": min(w0, a0), "end": max(w1, a1)},
        "rule": rule,
    }


@lru_cache(maxsize=1)
def _records_adapter() -> TypeAdapter[list[Award]]:
    """The validator of a list of awards, built once per process on first use."""
    return TypeAdapter(list[Award])


def _sentence_event(view: str, s0: int, verb_start: int) -> tuple[int, int] | None:
    """An event the sentence names before its verb (在2024年全省职工技能大赛中荣获…)."""
    names = event_names(view[s0:verb_start])
    if not names:
        return None
    x, y = names[-1]
    return s0 + x, s0 + y


def _article_event(ctx: Context, article: Article) -> str | None:
    """The article's event: the first event name of its headline, else of its first sentence."""
    blocks = [b for b in (article.headline, *article.paragraphs[:1]) if b is not None]
    for block in blocks:
        view = ctx.view[block.span.start : block.span.end]
        if block is not article.headline:
            view = first_sentence(view)
        names = event_names(view)
        if names:
            x, y = names[0]
            return ctx.text[block.span.start + x : block.span.start + y]
    return None
