"""Organizations extractor: named organizations, their canonical names, kinds and roles (guidelines §2).

Chinese marks the right edge of an organization name (its ending: 总工会, 局, 大学 ...) but not the left one.
So the extractor anchors on endings from ``org_suffixes.txt`` and walks left over name characters until a
stop word (a verb, preposition, conjunction or time word from ``org_stops.txt``), punctuation or a length
limit. Words inside names that contain a stop character (人和小学) are listed in ``org_keep.txt``. A list of
bare place names before one ending (江北区、忠县总工会) shares that ending, so each gets its own record.

Matching runs on the Simplified view (same length as the text), so Traditional bulletins are read the same
way while records keep the characters as written. Everything the extractor needs is loaded on first use.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import TYPE_CHECKING, Any, get_args

from unionnews.context import Context
from unionnews.lexicon import load_lines, load_words
from unionnews.model import Article, Organization, TextSpan
from unionnews.model.records import OrgKind, OrgRole
from unionnews.model.trusted import span, trusted

if TYPE_CHECKING:
    from jieba.posseg import POSTokenizer

_MAX_NAME = 24
#: A record before it is built: start, end, text, name, kind, role, rule (indexes below).
_Row = list[Any]
_START, _END, _NAME, _ROLE = 0, 1, 3, 5
_OPEN_PAREN = re.compile(r"[(（]")
# A name that is counted (41个区县总工会) or a meeting or session named after its body (全国总工会十八届二次执委会,
# 市委六届五次全会) is no organization: one search for both.
_COUNTED_OR_SESSION = re.compile(
    r"^[一二三四五六七八九十百千万两零〇\d]+[个家所支名多余]|[一二三四五六七八九十百零〇\d]+(?:届|次)"
    r"|(?<![第统唯万])[一两几][家所座]"  # 镇内一家电子厂, 一所职业学校: an indefinite phrase, "a factory", no name
)
# Bare place names that may share the ending of the last item in a list.
#: 苏木 and 嘎查 are Inner Mongolia's township and village levels (那日图苏木, 乌兰嘎查), like 镇/乡 and 村.
_PLACE_ONLY = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:省|市|区|县|州|旗|盟|镇|乡|苏木|嘎查|街道|新区)$")
_ALIAS = re.compile(r"[\u4e00-\u9fff]{1,12}(?:会|联|委|局|办|院|中心|公司|集团)")
# An English name or abbreviation in brackets after a Chinese name is its alias: 勞工處（Labour Department）,
# 職業安全健康局（OSHC）. A personal title (Mr. Chan) opens no alias: that is a person, not the body.
_ENGLISH_ALIAS = re.compile(r"(?!(?:Mr|Mrs|Ms|Miss|Dr|Prof)\b)[A-Z][A-Za-z&.'\- ]{0,58}[A-Za-z.]|[A-Z]")
# A name right after 各 or a counted phrase is a generic plural: 各区总工会, 41个区县总工会.
_GENERIC_BEFORE = re.compile(r"(?:各|[一二三四五六七八九十百千万两\d]+(?:个|家|所|支)|等)$")
# A district or county union named in full: 渝北区总工会 (the district without a city before it).
_DISTRICT_UNION = re.compile(r"(?<![\u4e00-\u9fff市])([\u4e00-\u9fff]{1,4}?[区县])总工会")
# The district of a full name: 杭州市西湖区总工会 → 西湖区.
_NAMED_DISTRICT = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}?[省市])*([\u4e00-\u9fff]{1,4}?[区县])")
_OFFICE_TITLES = ("书记", "副书记", "成员", "委员")
_CLAUSE_END = re.compile(r"[，。；！？,;!?\n]")
_CITY_MENTION = re.compile(r"([\u4e00-\u9fff]{2,4}?)市")
# After a one-character ending these continue a word, so the ending was not one: 委员, 局长, 院士.
_WORD_GOES_ON = frozenset("员长士子会内外里属")
#: The same for particular one-character endings: 部署, 部门, 处理, 处于.
_GOES_ON = {
    "部": frozenset("署门分队位级件落"),
    "处": frozenset("理置于罚分处室"),
    "署": frozenset("名"),
    "办": frozenset("理法事好实学班案证成结公"),  # 学院办公楼: 办公 is a word, 学院办 no name
    "科": frozenset("技学研普室员级目文协"),  # 科技, 科研, 科室, 科级, 教科文: no section of a parent
    "厂": frozenset("务区房矿"),  # 厂务公开, 厂区, 厂房: 湖北省厂务公开示范单位 names no 湖北省厂
    "局": frozenset("面势限"),  # 开创工作新局面, 大局势: no bureau
}
_GOES_ON_AFTER = {ending: _WORD_GOES_ON | chars for ending, chars in _GOES_ON.items()}
#: A name followed by these is the title of a publication: 某某工会简报, 工会工作通讯.
_PUBLICATION = ("简报", "快报", "通讯", "周报", "月报", "日报", "杂志", "工作动态")
#: What may follow an ending that makes it no name (within six characters of the ending's end): a publication's
#: title, a team or delegation (代表队, 代表团, 队), a congress (代表大会, 中国工会第十八次全国代表大会, 中国工会十八大),
#: a deputy of a congress (人大代表, 政协委员), a square named after it (文化宫广场). A body's representatives (区总工会代表参加) do not: the body is named.
#: A body's own session (溧阳市总工会十届三次全委会议, 全国总工会十八届二次执委会) does not either: the body holding
#: it is named, and the meeting is no organization (``_COUNTED_OR_SESSION``).
_AFTER_NO_NAME = "|".join(
    (
        *_PUBLICATION,
        "代表(?:队|团|大会)",
        "(?<=人大)代表|(?<=政协)委员",
        "队",
        "广场",
        r"第[一二三四五六七八九十百零〇\d]{1,4}(?:届|次)",
        r"[一二三四五六七八九十]{1,4}大(?![学厦道街院楼赛奖队])|[一二三四五六七八九十]{5}大",
    )
)
#: After 中心 these make it the adjective "central": 中心工作, 中心任务, 中心城市, 中心环节.
_CENTRAL_NOUNS = ("工作", "任务", "城市", "环节", "议题", "地位", "位置")
#: After 工会 these make it part of a person's title: 工会工作者, 工会积极分子.
_UNION_TITLES = ("工作者", "积极分子")
_SCHOOLS = frozenset(("大学", "学院", "学校", "中学", "小学", "技校"))
#: After 中学 these make 学 a verb (比赛中学到, 工作中学习): the 中 closed a phrase, no school was named.
_LEARNT = frozenset("到习得了")
#: A school's training hall (大学实训中心, 学院训练中心): a venue of the school, not a body of its own.
_SCHOOL_FACILITIES = tuple(school + hall for school in ("大学", "学院", "学校", "技校") for hall in ("实训", "训练"))
#: After a school these make a noun for its students: 大学生, 大学新生, 中学生.
_STUDENTS = ("生", "新生", "毕业生", "学生", "组")


@dataclass(frozen=True)
class _Lists:
    suffixes: dict[str, OrgKind]
    suffix_re: re.Pattern[str]
    #: ``suffix_re`` as group 1, and as group 2 what follows it when that makes it no name (one scan for both).
    ending_re: re.Pattern[str]
    stop_set: frozenset[str]
    stop_re: re.Pattern[str]
    keep_re: re.Pattern[str]
    place_re: re.Pattern[str]
    province_re: re.Pattern[str]
    stop_chars: frozenset[str]
    excluded_prefixes: tuple[str, ...]
    abbreviations: dict[str, str]
    cities: dict[str, str]
    provinces: tuple[str, ...]
    abbreviation_re: re.Pattern[str]
    #: Fixed abbreviations (no {city}) of three or more characters that open a body's name: 工联总会权益部.
    abbreviation_prefix_re: re.Pattern[str]
    #: Bodies known by name (org_known.txt) and their kinds.
    known: dict[str, OrgKind]
    #: Known names that are a body only in Traditional text (Macao's 社會保障基金; in Simplified text, the fund).
    known_traditional: frozenset[str]
    known_re: re.Pattern[str] | None
    strong_end_re: re.Pattern[str]
    #: Companies named by their trade name alone (org_trade_names.txt: 美团, 饿了么), or None.
    trade_re: re.Pattern[str] | None
    not_endings: frozenset[str]
    #: A run of name characters (CJK, no one-character stop), matched on the reversed text to walk left.
    run_re: re.Pattern[str]
    #: Words a name cannot end with (two to four characters): stops and endings that are no names.
    not_name_ends: frozenset[str]


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    """The packaged lists, read once per process on first use."""
    suffixes: dict[str, OrgKind] = {}
    for line in load_lines("org_suffixes"):
        word, _, kind = line.partition(" ")
        suffixes[word] = kind.strip() or "other"  # type: ignore[assignment]
        if suffixes[word] not in get_args(OrgKind):  # records are built unvalidated from these kinds
            raise ValueError(f"org_suffixes: unknown kind {kind.strip()!r} for {word}")
    stop_words = [w for line in load_lines("org_stops") for w in line.split()]
    abbreviations: dict[str, str] = {}
    for line in load_lines("org_abbreviations"):
        alias, _, canonical = line.partition(" ")
        abbreviations[alias] = canonical.strip()
    cities: dict[str, str] = {}
    for line in load_lines("places_cities"):
        city, _, province = line.partition(" ")
        cities[city] = province.strip()
    provinces = load_lines("places_provinces")
    bare = [a for a in abbreviations if a in ("全总", "市总", "省总", "区总", "县总", "工联会")]
    known: dict[str, OrgKind] = {}
    known_traditional: set[str] = set()
    for line in load_lines("org_known"):
        name, _, rest = line.partition(" ")
        kind, _, script = rest.strip().partition(" ")
        known[name] = kind or "other"  # type: ignore[assignment]
        if script == "traditional":
            known_traditional.add(name)
        if known[name] not in get_args(OrgKind):
            raise ValueError(f"org_known: unknown kind {kind.strip()!r} for {name}")
    return _Lists(
        suffixes=suffixes,
        suffix_re=_alternation(suffixes),
        ending_re=re.compile(f"({_alternation(suffixes).pattern})(?:(?=({_AFTER_NO_NAME}))|)"),
        stop_set=frozenset(w for w in stop_words if len(w) > 1),
        stop_re=_alternation(w for w in stop_words if len(w) > 1),
        # place names and parents with a stop character in them (茂名, 呼和浩特, 汉中, 中车) are kept whole like
        # the listed words; so is 时代 in a company's name (宁德时代, 中车时代电气), but not in 新时代 (_mask_keep)
        keep_re=_alternation(
            _split("org_keep")
            | {"时代"}
            | {
                p
                for p in (*cities, *provinces, *_split("org_parents"))
                if any(len(w) == 1 and w in p for w in stop_words)
            }
        ),
        place_re=_alternation([*cities, *provinces, *_split("org_parents")]),
        province_re=re.compile("(" + _alternation(provinces).pattern + ")省"),
        stop_chars=frozenset(w for w in stop_words if len(w) == 1),
        excluded_prefixes=tuple(sorted(_split("org_excluded_prefixes"), key=len, reverse=True)),
        abbreviations=abbreviations,
        cities=cities,
        provinces=provinces,
        known=known,
        known_traditional=frozenset(known_traditional),
        known_re=_alternation(known) if known else None,
        # 市总 is no abbreviation inside 总工会, 总体, 总结, 总书记, 总部 (but 市总部署 is 市总 + 部署) …
        abbreviation_prefix_re=re.compile(
            _alternation(a for a, c in abbreviations.items() if len(a) > 2 and a != c and "{" not in c).pattern
        ),
        abbreviation_re=re.compile("(?:" + "|".join(map(re.escape, bare)) + f")(?!{_NOT_AFTER_ABBREVIATION})"),
        trade_re=_alternation(trade) if (trade := _split("org_trade_names")) else None,
        not_endings=frozenset(_split("org_not_endings")),
        run_re=_name_run({w for w in stop_words if len(w) == 1}),
        not_name_ends=frozenset(w for w in stop_words if len(w) > 1) | _split("org_not_endings"),
        # 厂 is the one strong one-character ending: 起重机厂工会, 热处理分厂工会 are the factory's union
        strong_end_re=re.compile(
            "(?:" + _alternation(s for s in suffixes if s not in _WEAK and (len(s) > 1 or s == "厂")).pattern + ")$"
        ),
    )


def _name_run(stops: set[str]) -> re.Pattern[str]:
    """A run of CJK characters other than ``stops``: one class of ranges, checked in one step a character."""
    ranges: list[str] = []
    low = 0x4E00
    for code in sorted(ord(c) for c in stops if "\u4e00" <= c <= "\u9fff"):
        if code > low:
            ranges.append(f"{chr(low)}-{chr(code - 1)}")
        low = code + 1
    ranges.append(f"{chr(low)}-\u9fff")
    return re.compile("[" + "".join(ranges) + "]*")


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    """One pattern for a word list: at each place the longest word wins, as in ``a|b|…`` longest first.

    The words are grouped by their first character (甲(?:乙丙|乙)?), so at a character that starts some words
    the engine tries only those instead of every word in turn; the words tried and their order are the same.
    """
    tails: dict[str, list[str]] = {}
    for word in sorted(set(words), key=len, reverse=True):
        tails.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, rests in tails.items():
        longer = "|".join(re.escape(rest) for rest in rests if rest)
        if not longer:
            branches.append(re.escape(first))
        else:  # the one-character word, if any, is tried last: the group is optional then
            branches.append(f"{re.escape(first)}(?:{longer}){'?' if '' in rests else ''}")
    return re.compile("|".join(branches))


def _split(name: str) -> set[str]:
    """Entries of a list that allows several space-separated words a line."""
    return {w for line in load_words(name) for w in line.split()}


#: What continues 总 into another word after 市/省/区/县, so that 市总 is no abbreviation of 市总工会 (全市总体,
#: 市总书记, 城市总体规划, 全市总量).
_NOT_AFTER_ABBREVIATION = "工会|工作|工程|体|结|量|计|数|额|值|书记|部(?!署)|队|站|裁|经理|监|规|面积|人口|产值"
_PLACED_ABBREVIATIONS = frozenset(("市总", "省总", "区总", "县总"))
#: 校 opening a name is the bulletin's school; before these it is part of a word (校医院, 校友会, 校史馆, 校办).
_SCHOOL_OWN = "校"
_SCHOOL_WORDS = ("校医", "校友", "校史", "校办", "校园")
#: The school a masthead names (泉城大学工会　编, 华东理工大学工会简报).
_MASTHEAD_SCHOOL = re.compile(r"^([\u4e00-\u9fff]{2,12}?(?:大学|学院|学校|中学|小学))")


def _school(ctx: Context) -> str | None:
    """The school whose bulletin this is, from the masthead's publisher or name line, found once."""
    return _masthead_body(ctx, "school", _MASTHEAD_SCHOOL)


def _masthead_body(ctx: Context, key: str, pattern: re.Pattern[str]) -> str | None:
    """The body ``pattern`` finds in the masthead, looked up once per bulletin and kept in ``ctx.cache``."""
    if key not in ctx.cache:
        ctx.cache[key] = _masthead_place(ctx, pattern)
    body: str | None = ctx.cache[key]
    return body


#: A federation's name in its masthead (澳門工會聯合總會宣傳部　編印): its own 總會X are its bodies.
_MASTHEAD_FEDERATION = re.compile(r"^([\u4e00-\u9fff]{2,12}?总会)")


def _federation(ctx: Context) -> str | None:
    """The federation (…总会) whose bulletin this is, from the masthead's publisher or name line, found once."""
    return _masthead_body(ctx, "federation", _MASTHEAD_FEDERATION)


def _abbreviation_place(view: str, masked: str, reverse: str, at: int, lists: _Lists) -> int:
    """Where an abbreviation starting at ``at`` (市总, 省总, 区总, 县总) starts with the place written before it.

    吉安市总 is 吉安市总工会, not the bulletin's 市总: a known city before 市, a known province before 省, a
    district or county of two to four characters opening its phrase before 区/县 (二七区总); else ``at``.
    """
    if view[at] in "市省":
        known = lists.cities if view[at] == "市" else lists.provinces
        return next((at - k for k in (4, 3, 2) if view[at - k : at] in known), at)
    j = _left_edge(masked, reverse, at, lists)
    return j if 2 <= at - j <= 4 and not _excluded(view[j : at + 1], lists) else at


# A masthead name line that is itself a union (成都市总工会), not a publication's name (成都工会简报).
_MASTHEAD_UNION = re.compile(r"(?:总工会|工会|工联会|职工会|工会委员会)$")


#: A masthead name line that is a bare place and 工会 (乌鲁木齐工会, 九龙坡工会): the bulletin's name. A union
#: writes its place with its level (乌鲁木齐市总工会, 九龙坡区总工会); the place alone is how a paper is titled.
_BARE_PLACE_UNION = re.compile(r"([\u4e00-\u9fff]{2,6})工会")


def _publication_name(line: str) -> bool:
    """Whether a masthead name line ending in 工会 is the bulletin's name rather than a union: 乌鲁木齐工会."""
    m = _BARE_PLACE_UNION.fullmatch("".join(line.split()))
    if m is None:
        return False
    place = m.group(1)
    return place[-1] not in "市区县省州旗盟镇乡总" and _lists().suffix_re.search(place) is None


def _written_in_full(ctx: Context, full: str, lists: _Lists) -> bool:
    """Whether the bulletin writes ``full``, the name a list item stands for (沙头 in 市桥、沙头、大石街道总工会),
    as a name on its own somewhere: followed by punctuation or a stop word (沙头街道总工会联合…), not inside a
    longer name or a team's (吉林市总工会代表队). The organizations are a document-level set of surface forms and
    the bare item is only a fragment of that name, so the full form stands for it; looked up once a name."""
    memo: dict[str, bool] = ctx.cache.setdefault("org_written_in_full", {})
    if full not in memo:
        view = ctx.view
        at = view.find(full)
        found = False
        while at >= 0 and not found:
            end = at + len(full)
            after = view[end : end + 1]
            found = (
                not "\u4e00" <= after <= "\u9fff"
                or after in lists.stop_chars
                or lists.stop_re.match(view, end) is not None
                or view.startswith(_OFFICERS, end)  # 德胜街道总工会主席张某某说
            ) and not view.startswith(_TEAM_WORDS, end)
            at = view.find(full, at + 1)
        memo[full] = found
    return memo[full]


#: What follows a body's name inside a team's name: 吉林市总工会代表队.
_TEAM_WORDS = ("代表", "队")
#: Its officers after a body's name (沙头街道总工会主席): the body is named on its own.
_OFFICERS = ("主席", "副主席", "负责人", "书记", "副书记", "党组", "领导")


class OrganizationExtractor:
    """Finds named organizations in each article; see the module docstring for the method."""

    field = "organizations"

    def __call__(self, ctx: Context, article: Article) -> list[Organization]:
        return self._records(ctx, ctx.blocks(article))

    def outside_articles(self, ctx: Context) -> list[Organization]:
        """The masthead's publisher (XX市总工会办公室), a name line that is a union, or a stamp's 来源: no article holds them."""
        blocks = [
            (f, ctx.view[f.span.start : f.span.end])
            for f in ctx.bulletin.masthead
            if f.field == "publisher"
            or (
                f.field == "title"
                and _MASTHEAD_UNION.search(ctx.view, f.span.start, f.span.end)
                and not _publication_name(ctx.view[f.span.start : f.span.end])
            )
            or (f.field == "other" and ctx.view.startswith("来源", f.span.start))  # 来源：市总工会办公室
        ]
        return self._records(ctx, blocks) if blocks else []

    def _records(self, ctx: Context, blocks: Iterable[tuple[TextSpan, str]]) -> list[Organization]:
        lists = _lists()
        city = self._city(ctx, lists)
        user = ctx.lexicon.organizations
        text = ctx.text
        traditional = ctx.bulletin.metadata.script == "traditional"
        # jieba's reading of a candidate name, kept for the bulletin: a headline and its lead, or a name mentioned
        # again in the same words, ask for the same one (about half the calls)
        segmented: dict[tuple[str, int, bool], int] = ctx.cache.setdefault(_SEGMENTED_KEY, {})
        rows: list[_Row] = []
        for block, view in blocks:
            found = self._find(view, lists, user, segmented)
            if found and not traditional and lists.known_traditional:
                found = [f for f in found if f[3] != "known" or view[f[0] : f[1]] not in lists.known_traditional]
            if not found:
                continue
            base = block.span.start
            ends: list[int] | None = None  # the clause ends, found when a name needs its clause
            labelled = ":" in view or "：" in view  # a label (主办单位：) may give the names after it a role
            for start, end, kind, rule in found:
                kind_of_rule, _, extra = rule.partition(":")
                surface = view[start:end]
                if kind_of_rule == "alias":  # the name is the main one: 市企业联合会(企业家协会) → 市企业联合会
                    surface = _OPEN_PAREN.split(surface, maxsplit=1)[0]
                elif kind_of_rule == "coordinated":
                    surface += extra
                    if _written_in_full(ctx, surface, lists):
                        continue
                elif kind_of_rule == "shared":  # the list's place before it, and its body after it (pre|post)
                    pre, _, post = extra.partition("|")
                    surface = pre + surface + post
                    kind_of_rule = "coordinated"
                if not labelled and _plainly_mentioned(view, start, end):
                    role: OrgRole = "mentioned"
                else:
                    if ends is None:
                        ends = [m.start() for m in _CLAUSE_END.finditer(view)]
                    role = _role(view, start, end, ends)
                rows.append(
                    [
                        base + start,
                        base + end,
                        text[base + start : base + end],
                        self._canonical(surface, ctx, city, lists, user),
                        kind,
                        role,
                        kind_of_rule,
                    ]
                )
        if not rows:
            return []
        _resolve_local(rows)
        _share_list_roles(rows, ctx.view)
        if user:  # a canonical name may come from the user's lexicon: validate it
            return [
                Organization(text=t, span=span(start, end), rule=rule, name=name, kind=kind, role=role)
                for start, end, t, name, kind, role, rule in rows
            ]
        # every value was made here from the text and the packaged lists (kinds checked when they are loaded)
        return [
            trusted(
                Organization,
                {"text": t, "span": span(start, end), "rule": rule, "name": name, "kind": kind, "role": role},
            )
            for start, end, t, name, kind, role, rule in rows
        ]

    # -- finding -------------------------------------------------------------------------------------

    def _find(
        self, view: str, lists: _Lists, user: Mapping[str, str], segmented: dict[tuple[str, int, bool], int]
    ) -> list[tuple[int, int, OrgKind, str]]:
        found: list[tuple[int, int, OrgKind, str]] = []
        masked = reverse = ""
        not_name_ends = lists.not_name_ends
        for m in lists.ending_re.finditer(view):
            suffix_start, end = m.span(1)
            # 成都工会简报 is a publication; 代表队, 队 a team; 第十二届, 十八大 a meeting of the body
            if m.lastindex == 2:
                if found and m.group(2)[-1] in "队团" and found[-1][1] <= m.start():
                    # 南昌大学第一附属医院代表队: a team's name holds no name of its own (南昌大学)
                    if not masked:
                        masked = _mask_keep(view, lists)
                        reverse = masked[::-1]
                    edge = _left_edge(masked, reverse, suffix_start, lists)
                    while found and found[-1][0] >= edge:
                        found.pop()
                continue
            suffix = m.group(1)
            k = end - suffix_start
            if view[end : end + 1] == "员" and suffix.endswith("总会"):
                continue  # 全產總會員代表大會: 全產總 + 會員, no 總會
            if suffix == "中心" and (
                view[suffix_start - 1 : suffix_start] == "委" or view.startswith(_CENTRAL_NOUNS, end)
            ):
                # 围绕区委中心工作, 市政府中心工作 (a body's central task), 区委中心组 (its study group), 区域性中心城市:
                # 中心 is an adjective there, no centre
                continue
            if suffix == "中心" and view.endswith(_SCHOOL_FACILITIES, 0, suffix_start):
                continue  # 内蒙古工业大学实训中心: a school's training hall is a venue; the school is the organization
            if k == 1 and view[end : end + 1] in _GOES_ON_AFTER.get(suffix, _WORD_GOES_ON):
                continue
            if suffix == "工会" and view.startswith(_UNION_TITLES, end):
                continue  # 优秀工会工作者, 工会积极分子: a person's title, no union (宜昌市优秀工会)
            if (
                suffix == "工会"
                and view.startswith(("机关", "系统", "干部", "工作"), end)
                and (
                    view[suffix_start - 1 : suffix_start] in ("市", "省", "区", "县")
                    or any(view[suffix_start - n : suffix_start] in lists.cities for n in (2, 3))
                )
            ):
                # 重庆市工会机关干部, 某省工会系统: the unions of a place as a body of staff, no one name; 西城区工会工作
                # 先进单位, 开创襄阳工会工作新局面: the unions' work in the place
                continue
            if suffix in _SCHOOLS and view.startswith(_STUDENTS, end):
                continue  # 大学新生 are students, 小学组 a category of a contest
            if view.startswith(("中小学", "中小学校"), suffix_start - 1 - (suffix == "学校")):
                continue  # 郑州市中小学, 全市中小学校: the schools of a place, no one school
            if suffix == "中学" and view[end : end + 1] in _LEARNT:
                continue  # 把比赛中学到的: 比赛中 + 学到, no school
            if suffix in ("党组", "党委") and view.startswith(_OFFICE_TITLES, end):
                continue  # 市总工会党组书记: a title of the union's officer, the union is the name
            if k < 4 and (
                view[end - 4 : end] in not_name_ends
                or (
                    k < 3 and (view[end - 3 : end] in not_name_ends or (k < 2 and view[end - 2 : end] in not_name_ends))
                )
            ):
                continue  # 举办, 服务大局: a word that only ends like a name
            if (
                suffix in _DEPARTMENTS
                and _department_parent(view[max(0, suffix_start - 8) : suffix_start], suffix, lists) is None
            ):
                continue  # cheap test first: 部 is common (部门, 干部, 全部) and rarely a department
            if suffix in _DEPARTMENTS and _TEAM_AFTER.match(view, end):
                continue  # 医院产科护理团队, 宣传部志愿服务队: a unit named only inside a team's name (its parent stays)
            if not masked:
                masked = _mask_keep(view, lists)
                reverse = masked[::-1]
            start = left = _left_edge(masked, reverse, suffix_start, lists)
            if suffix_start - start < 1 and suffix not in _SELF_NAMED:
                continue
            kind = lists.suffixes[suffix]
            if k < 4 and view.startswith("经审会", end) and suffix.endswith("工会"):
                end += 3  # 市总工会经审会: the union's audit committee, a body of the union
                kind = "union"
            if suffix in _DEPARTMENTS:  # a department names an organization only after its parent: 市总工会宣传部
                parent = _department_parent(view[start:suffix_start], suffix, lists)
                if parent is None:
                    continue
                kind = lists.suffixes[parent.group()]
                start = _name_start(view, start, start + parent.start(), parent.group(), lists, segmented)
            elif (
                view[start - 1 : start] in ("）", ")")
                and (held := _held_place_start(view, masked, reverse, start, lists)) >= 0
            ):
                start = held  # 海洋石油工程（青岛）有限公司: a place in brackets inside one company's name
            else:
                if suffix in _NO_ONE_CHARACTER_NAME and suffix_start - start < 2:
                    continue  # 进厂, 建厂, 电厂, 小煤矿: a verb or a kind of factory or mine, no one's name
                edge = start
                if (
                    suffix.endswith(_UNION_COMMITTEES)
                    and view[start - 1 : start + 1] in _THIS_UNION
                    and (suffix != "委员会" or suffix_start - start > 2)  # 本会委员会 names no committee
                ):
                    # 本會女性工作委員會, 该会青年工作委员会: a committee of the union writing ("this union's"); its
                    # own name follows 会 (the demonstrative test below would drop it)
                    start += 1
                    kind = "union"
                else:
                    start = _name_start(view, start, suffix_start, suffix, lists, segmented)
                if suffix == "厂" and suffix_start - start < 2:
                    continue  # 新进厂: the words jieba cut off left a verb
                if (
                    start > edge
                    and found
                    and _branch_of(view, found[-1], edge, start, lists, view[suffix_start - 2 : end])
                ):
                    start = found[-1][0]  # 招商银行股份有限公司成都分行: a branch named by its parent, then a place
            if start >= 0 and suffix in _OFFICE_ENDINGS and (parent_end := _office_parent(view[start:suffix_start])):
                kind = lists.suffixes[parent_end]  # 集团公司安全监察局: the company's office, not a government bureau
            rule = "suffix"
            if start < 0 and found and found[-1][1] == suffix_start and found[-1][2] == "union":
                start = found[-1][0]  # 校工会女工委, 集团公司工会女工委: the union's own committee
            if start < 0 and k == 1 and view[suffix_start - 1 : suffix_start] == "分" and found:
                # 劳动力发展署中彰投分署, 税务局城南分局: a branch named by its region right after its parent (the
                # region may hold a stop character, 中); the parent's name heads the branch's
                region = view[found[-1][1] : suffix_start - 1]
                if (
                    2 <= len(region) <= _BRANCH_REGION
                    and _CJK_ONLY.fullmatch(region)
                    and region[0] not in _NO_REGION_START
                ):
                    start = found[-1][0]
            if start < 0 and view[left - 1 : left] == "、" and kind == "union":
                items = _industries(view, masked, reverse, left, end, lists)
                if items:  # 澳門飲食業、酒店業職工會: each industry is the place's union of it
                    found.extend(items)
                    continue
            if start < 0:
                start, shared = _list_item(view, found, suffix_start, suffix, lists)
                if start < 0:
                    continue
                rule = "shared:" + shared
            while (
                start >= 0
                and view[start : start + 1] in _BARE_LEVEL_CHARS
                and found
                and (joined := _joined_body(found, start, suffix_start, view))
            ):
                start = joined  # 市委市政府, 县委县人大县政府: bodies of one place written together, each its own
            name = view[start:end]
            if _excluded(name, lists) or _generic_before(view, start):
                continue
            if (
                suffix in _UNION_OF_KIND
                and (bare := view[start:suffix_start]) in lists.suffixes
                and len(bare) > 1
                and bare not in _SELF_NAMED
            ):
                continue  # 推进牧委会工会建设, 村委会工会: the unions of a kind of body with no name before it
            if view[start - 1 : start] in _OPEN_QUOTES and _TITLE.match(name) and view[end : end + 1] in _CLOSE_QUOTES:
                continue  # 獲頒「全國績優工會」, 评为“模范职工之家”: a title quoted whole is an award, no organization
            if view[start - 1 : start] in _DEMONSTRATIVES and name[0] not in "市区县省":
                continue  # 该公司工会, 本单位工会: "this company's union", a reference back, no name
            if suffix in _UNIT_BODIES and view[start - 1 : start] in _UNIT_LINKS:
                _share_body(view, found, start, suffix_start, suffix, kind)
            if kind == "government" and suffix in _COMMITTEES and _UNION_IN.search(view, start, suffix_start):
                kind = "union"  # 市总工会经费审查委员会, 工聯總會青年委員會: a committee of a union is the union's body
            found.append((start, end, kind, rule))
            if view[start - 1 : start] == "、":
                found.extend(_coordinated(view, masked, reverse, start, name, lists))
        for alias in user:
            for um in re.finditer(re.escape(alias), view):
                found.append((um.start(), um.end(), _kind_of(alias, lists), "lexicon"))
        if lists.known_re is not None:
            for km in lists.known_re.finditer(view):
                found.append((km.start(), km.end(), lists.known[km.group()], "known"))
        if lists.trade_re is not None:
            for tm in lists.trade_re.finditer(view):
                if _phrase_opens(view, tm.start(), lists) and not _APP_AFTER.match(view, tm.end()):
                    found.append((tm.start(), tm.end(), "enterprise", "known"))
        for am in lists.abbreviation_re.finditer(view):
            a = am.start()
            if a > 0 and am.group()[0] in "市省区县" and "\u4e00" <= view[a - 1] <= "\u9fff":
                if not masked:
                    masked = _mask_keep(view, lists)
                    reverse = masked[::-1]
                a = _abbreviation_place(view, masked, reverse, a, lists)  # 吉安市总: the place's own union
            found.append((a, am.end(), "union", "abbreviation"))
        found.extend(_aliases(view, found))
        return _longest(found)

    # -- naming --------------------------------------------------------------------------------------

    def _canonical(
        self, simplified: str, ctx: Context, city: str | None, lists: _Lists, user: Mapping[str, str]
    ) -> str:
        """The full name: 市总工会 → the bulletin's city + 市总工会, 省总 → its province's 总工会, 区总工会 → its
        district's. The province and district are inferred only when a name needs them (few bulletins do)."""
        if simplified in user:
            return user[simplified]
        if simplified in lists.abbreviations:
            canonical = lists.abbreviations[simplified]
            if "{city}" in canonical:
                return canonical.replace("{city}", city) if city else simplified
            if "{province}" in canonical:
                province = self._province(ctx, lists, city)
                return canonical.replace("{province}", province) if province else simplified
            if "{district}" in canonical:
                district = self._district(ctx)
                return canonical.replace("{district}", district) if district else simplified
            return canonical
        if simplified.startswith("总会") and len(simplified) > 2 and (federation := _federation(ctx)):
            return federation + simplified[2:]  # 總會宣傳部 in the federation's own bulletin: its 宣傳部
        if (m := lists.abbreviation_prefix_re.match(simplified)) is not None:
            return lists.abbreviations[m.group()] + simplified[m.end() :]  # 工聯總會權益部 → 澳门工会联合总会权益部
        if simplified.startswith(_SCHOOL_OWN) and (school := _school(ctx)):
            # 校工会 → 泉城大学工会 (as 市总工会 takes the city); 校医院, 校友会 keep 校: it is part of the word
            return school + (simplified if simplified.startswith(_SCHOOL_WORDS) else simplified[1:])
        if simplified[-2:] in _PLACED_ABBREVIATIONS and len(simplified) > 2:
            return simplified + "工会"  # 吉安市总 → 吉安市总工会
        if simplified.startswith("全国总工会"):
            return "中华" + simplified
        if (
            city
            and simplified.startswith("市")
            and not simplified.startswith("市场")
            and not _TOWNSHIP_OF_SHI.match(simplified)
        ):
            return city + simplified
        if simplified.startswith("省") and (province := self._province(ctx, lists, city)):
            return province + simplified
        # a district ends with 区 or 县 (``_DISTRICT_UNION``): only such a name may need one
        if simplified.startswith(("区", "县")) and len(simplified) > 2 and (district := self._district(ctx)):
            return district[:-1] + simplified if simplified.startswith(district[-1]) else simplified
        return simplified

    def _district(self, ctx: Context) -> str | None:
        """The district or county a bulletin is from, when one ``X区/X县总工会`` dominates its mentions."""
        if "district" not in ctx.cache and (own := _masthead_place(ctx, _MASTHEAD_DISTRICT)):
            ctx.cache["district"] = own  # the publisher is the district's union (鼓楼区总工会编印)
        if "district" not in ctx.cache:
            counts = Counter(m.group(1) for m in _near(_DISTRICT_UNION, ctx.view, "总工会", 5))
            best = counts.most_common(1)
            total = sum(counts.values())
            ctx.cache["district"] = best[0][0] if best and best[0][1] >= 3 and best[0][1] * 2 > total else None
        found: str | None = ctx.cache["district"]
        return found

    def _province(self, ctx: Context, lists: _Lists, city: str | None) -> str | None:
        """The bulletin's province: the city's, else the most mentioned ``X省``; none for municipalities."""
        if city and city in lists.cities:
            province = lists.cities[city]
            return None if province == city else province
        if "province" not in ctx.cache:
            counts = Counter(m.group(1) for m in lists.province_re.finditer(ctx.view))
            ctx.cache["province"] = counts.most_common(1)[0][0] if counts else None
        found: str | None = ctx.cache["province"]
        return found

    def _city(self, ctx: Context, lists: _Lists) -> str | None:
        """The bulletin's city: given by the caller, else the most mentioned known ``X市``, inferred once."""
        if ctx.city:
            return ctx.city.removesuffix("市")
        if "city" not in ctx.cache and _provincial_masthead(ctx):
            ctx.cache["city"] = None  # a province's bulletin: its 市总工会 are many cities', none the bulletin's own
        if "city" not in ctx.cache and (own := _masthead_place(ctx, _MASTHEAD_CITY)):
            ctx.cache["city"] = own  # the publisher names its city (溧阳市总工会办公室), listed or not
        if "city" not in ctx.cache:
            # each mention's last two, three and four characters that are a city count once (a two-character
            # mention thrice); a bulletin repeats its few mentions, so each distinct one is looked up once.
            # Cities enter ``counts`` in the order of their first mention, which settles ties.
            mentions = Counter(m.group(1) for m in _near(_CITY_MENTION, ctx.view, "市", 4))
            counts: Counter[str] = Counter()
            for mention, times in mentions.items():
                for k in (2, 3, 4):
                    if mention[-k:] in lists.cities:
                        counts[mention[-k:]] += times
            ctx.cache["city"] = counts.most_common(1)[0][0] if counts else None
        city: str | None = ctx.cache["city"]
        return city

    def __getstate__(self) -> dict[str, object]:
        """Nothing heavy is kept on the instance, so it pickles as an empty object for worker processes."""
        return {}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)


#: A street or township named with 市 and one more character (番禺's 市桥街道总工会): 市 opens its name, no city's.
_TOWNSHIP_OF_SHI = re.compile(r"市[\u4e00-\u9fff](?:街道|镇|乡)")
_PROVINCIAL = re.compile(r"(?:省|自治区)(?:总工会|工会)")


# The union that publishes the bulletin, named in its masthead: 溧阳市总工会办公室, 鼓楼区总工会编印.
_MASTHEAD_CITY = re.compile(r"^([\u4e00-\u9fff]{2,4}?)市(?:总工会|工会|工联会)")
_MASTHEAD_DISTRICT = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}?市)?([\u4e00-\u9fff]{1,4}?[区县])(?:总工会|工会)")


def _masthead_place(ctx: Context, pattern: re.Pattern[str]) -> str | None:
    """The place of the union whose bulletin this is, from the masthead's publisher or name line."""
    for f in ctx.bulletin.masthead:
        if f.field in ("publisher", "title"):
            m = pattern.match("".join(ctx.view[f.span.start : f.span.end].split()).removeprefix("中共"))
            if m:
                return m.group(1)
    return None


def _provincial_masthead(ctx: Context) -> bool:
    """Whether the masthead's publisher or name is a province's union (山东省总工会办公室), with no city in it."""
    for f in ctx.bulletin.masthead:
        if f.field in ("publisher", "title"):
            text = ctx.view[f.span.start : f.span.end]
            if "市" not in text and _PROVINCIAL.search(text):
                return True
    return False


def _near(pattern: re.Pattern[str], view: str, anchor: str, reach: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(view)`` for a pattern whose matches end with ``anchor`` and start at most ``reach``
    characters before it: searched only next to each ``anchor``, not at every character of the bulletin."""
    last = 0
    size = len(anchor)
    q = view.find(anchor)
    while q >= 0:
        m = pattern.search(view, max(last, q - reach), q + size)
        if m:
            yield m
            last = m.end()
        q = view.find(anchor, max(q + 1, last))


def _mask_keep(view: str, lists: _Lists) -> str:
    """``view`` with kept words replaced by a neutral character, so their stop characters do not cut names.

    新时代 stays as written (a stop word before a name, 奋进新时代市总工会) unless a place stands right before it
    (江北区新时代文明实践中心, 某街道新时代文明实践所); the check is made per match, as a
    lookbehind in ``keep_re`` would cost the pattern its fast literal scan."""
    return lists.keep_re.sub(
        lambda m: (
            m.group()
            if m.group() == "时代"
            and view[m.start() - 1 : m.start()] == "新"
            and view[m.start() - 2 : m.start() - 1] not in _PLACE_ENDS
            else "甲" * len(m.group())
        ),
        view,
    )


#: After a place, 新时代 opens the middle of a name (江北区新时代文明实践中心), not a slogan before one.
_PLACE_ENDS = frozenset("省市区县镇乡道")


def _left_edge(masked: str, reverse: str, suffix_start: int, lists: _Lists) -> int:
    """Where the name ending at ``suffix_start`` begins: after the nearest stop, punctuation or limit.

    A stop word cut in two by the character scan (全|市工会) still counts: the name starts after all of it.
    A stop that is part of the name (see ``_stop_in_name``) does not end it. ``reverse`` is ``masked``
    reversed, where the run of name characters left of a position is one match.
    """
    floor = suffix_start - _MAX_NAME if suffix_start > _MAX_NAME else 0
    n = len(masked)
    i = suffix_start
    while True:
        i = n - lists.run_re.match(reverse, n - i, n - floor).end()  # type: ignore[union-attr]
        # the run ended at a CJK character, so at a stop: it may belong to the name
        if i > floor and "\u4e00" <= masked[i - 1] <= "\u9fff" and _stop_in_name(masked, i - 1, suffix_start, lists):
            i -= 1
            continue
        break
    cut = i
    low = i - 4 if i > 4 else 0
    if not lists.stop_re.search(masked, low, suffix_start):
        return cut  # most names have no stop word in reach
    for m in lists.stop_re.finditer(masked, low, suffix_start):
        if m.end() > cut and not (m.group() in _INNER_WORDS and _one_name(masked, cut, m, suffix_start, lists)):
            cut = m.end()
    return cut


#: Words a company writes in brackets inside its name: 北京金融街投资（集团）有限公司, 某某（控股）有限公司.
_HELD_WORDS = frozenset(("集团", "控股", "股份", "集团股份"))


def _held_place_start(view: str, masked: str, reverse: str, close: int, lists: _Lists) -> int:
    """Where a company name with its place in brackets begins (中国石化销售（北京）有限公司), or -1.

    ``close`` is just after the closing bracket; the bracket must hold a place of two to four characters and
    follow at least two name characters.
    """
    open_at = max(view.rfind("（", max(0, close - 7), close), view.rfind("(", max(0, close - 7), close))
    inner = view[open_at + 1 : close - 1]
    if open_at < 2 or not 2 <= len(inner) <= 4:
        return -1
    if not (inner in _HELD_WORDS or inner in lists.cities or inner[-1] in "市省" or lists.place_re.fullmatch(inner)):
        return -1
    start = _left_edge(masked, reverse, open_at, lists)
    return start if open_at - start >= 2 else -1


#: Before a common noun they make a reference back to an organization named earlier, not a name.
_DEMONSTRATIVES = frozenset("该本此其")
# Committee endings whose bodies belong to a union when a union's name comes before them.
_COMMITTEES = frozenset({"委员会", "委会"})
_UNION_IN = re.compile(r"工会|工联会|总会")
#: One-character words before 区/市 that make no place name: 在市区, 到园区, 在我市, 在该区.
_AREA_NOUNS = frozenset("东西南北中城郊矿市园景社片辖小新老山校厂库灾湾牧营街特我本该此各全每两")
#: Stops that also end place names right before 区/县/市: 郫都区, 新都区, 丰都县, and 榆中县, 城中区, 市中区 where a
#: phrase opens with the place (活动中县总工会 is no place 活动中县, 其中区总工会 no 其中区).
_PLACE_INNER_STOPS = {"都": ("区", "县", "市"), "中": ("县", "区")}
#: Localisers that follow a noun (会议中, 活动前), so at the start of a clause they begin a name: 中联重科.
_LOCALISERS = frozenset("中上下前后")
#: Date characters that end a name on its left after a number (5月市总工会), but begin one where a phrase opens
#: (德胜、新街口、月坛街道总工会; 日坛): no date is written without its number.
_DATE_CHARS = frozenset("月日")
#: Characters before 日 that make it a day (今日, 节日, 每日) or a number's date (8日, 八日).
_DAY_WORDS = frozenset("今当次每节近昨明前生假周同平往日一二三四五六七八九十〇○零翌本即元连逐终全白某择")
#: A 苏木 or 嘎查 (or a list of them ending in one) right after a 日 or 那: the character is part of its name.
_MONGOLIAN_PLACE = re.compile(r"(?:[\u4e00-\u9fff]{1,5}、)*[\u4e00-\u9fff]{1,5}?(?:苏木|嘎查)")
#: After 那 these make it "that" (那些, 那个), not a syllable of a Mongolian name (那日图, 那仁宝力格).
_THAT = frozenset("些个里时样么次天年位")
#: Conjunctions and words that may stand inside one name (香港文职及专业人员总工会, 金龙联合汽车有限公司).
_INNER_CONJUNCTIONS = frozenset("和与及")
_INNER_WORDS = frozenset(("联合",))


def _stop_in_name(masked: str, k: int, suffix_start: int, lists: _Lists) -> bool:
    """Whether the stop character at ``k`` belongs to the name being scanned rather than ending it.

    同安区, 于洪区, 从化区 begin with a stop character followed by one more character and 区/市 (where a
    phrase opens, so 继续与特区政府 is no place 与特区); 郫都区
    ends one; a localiser at the start of a clause begins one (，中联重科); and a conjunction joins two
    words of one name when a place leads the words before it and neither side is a name of its own.
    """
    char = masked[k]
    if (char in _LOCALISERS or char in _DATE_CHARS) and (
        k == 0 or not ("\u4e00" <= masked[k - 1] <= "\u9fff" or masked[k - 1].isdigit())
    ):
        return True  # a phrase opens with it (，中联重科); after a digit it is a date's (5月3日市总工会: 日 no name)
    if char == "日" and masked[k - 1 : k] not in _DAY_WORDS and _MONGOLIAN_PLACE.match(masked, k + 1):
        return True  # 那日图苏木, 乌日根塔拉苏木工会: a syllable of a Mongolian place name, no day
    if (
        char == "日"
        and masked[k + 1 : k + 2] in ("县", "旗")
        and "\u4e00" <= masked[k - 1 : k] <= "\u9fff"
        and masked[k - 1] not in _DAY_WORDS
        and masked[k - 1] not in lists.stop_chars
    ):
        return True  # 达日县, 日土县's kin: a syllable of a county's name before 县, no day (次日县 is a day)
    if char == "那" and masked[k + 1 : k + 2] not in _THAT and _MONGOLIAN_PLACE.match(masked, k + 1):
        return True  # 在那日图、宝绍岱苏木工会: 那 opens the Mongolian name, it is not "that"
    if char in _LOCALISERS and any(
        masked[k - n : k] in lists.cities
        or (masked[k - 1 : k] == "市" and masked[k - n - 1 : k - 1] in lists.cities)
        or (masked[k - 2 : k] == "市市" and masked[k - n - 2 : k - 2] in lists.cities)
        for n in (2, 3)
    ):
        # 郑州中原纺织集团, 洛阳中信重工: after a city a localiser opens the company's own name, not "in"; after the
        # city with 市 it opens a district's (郑州市中原区, 济南市市中区)
        return True
    if masked[k + 1 : k + 2] in _PLACE_INNER_STOPS.get(char, ()) and (
        char == "都" or (masked[k - 1 : k] not in lists.stop_chars and _after_stop(masked, k - 1, lists))
    ):
        return True
    nxt = masked[k + 1 : k + 2]
    if (
        masked[k + 2 : k + 3] in ("区", "市")
        and "\u4e00" <= nxt <= "\u9fff"  # false for the empty string at the end
        and nxt not in _AREA_NOUNS
        and nxt not in lists.stop_chars
        and _after_stop(masked, k, lists)
    ):
        return True
    if char in _INNER_CONJUNCTIONS:
        j = k
        while j > max(0, k - 12) and "\u4e00" <= masked[j - 1] <= "\u9fff" and masked[j - 1] not in lists.stop_chars:
            j -= 1
        if masked.find(_COLLEGE, k + 1, suffix_start + 2) >= 0 and _joins_disciplines(masked, j, k, lists):
            return True  # 数学与统计学院, 信息科学与工程学院分工会
        return _joins_one_name(masked[j:k], masked[k + 1 : suffix_start], lists)
    return False


#: A college may be named after two disciplines: 数学与统计学院, 材料科学与工程学院.
_COLLEGE = "学院"


def _joins_disciplines(masked: str, j: int, k: int, lists: _Lists) -> bool:
    """Whether the conjunction at ``k`` joins two disciplines of a college's name (化学与分子工程学院).

    The words before it (from ``j``, where the run of name characters starts) are two to six characters
    that open their phrase, hold no stop word and end with no organization ending.
    """
    if not 2 <= k - j <= 6 or lists.stop_re.search(masked, j, k):
        return False
    if any(m.end() == k for m in lists.suffix_re.finditer(masked, j, k)):
        return False  # 工会与外国语学院: a name before it
    return j == 0 or not "\u4e00" <= masked[j - 1] <= "\u9fff" or _after_stop(masked, j, lists)


def _after_stop(masked: str, k: int, lists: _Lists) -> bool:
    """Whether position ``k`` opens a phrase: after punctuation or a stop (由同安区, 深入从化区), not 继续与特区."""
    if k == 0 or not "\u4e00" <= masked[k - 1] <= "\u9fff" or masked[k - 1] in lists.stop_chars:
        return True
    return any(masked[max(0, k - n) : k] in lists.stop_set for n in (2, 3, 4))


def _one_name(masked: str, start: int, m: re.Match[str], suffix_start: int, lists: _Lists) -> bool:
    """Whether the stop word ``m`` (联合) stands inside one name: 厦门金龙联合汽车工业有限公司."""
    return _joins_one_name(masked[start : m.start()], masked[m.end() : suffix_start], lists)


def _joins_one_name(left: str, right: str, lists: _Lists) -> bool:
    """A place leads ``left``, no organization ends in it, and ``right`` starts no name of its own (or is empty:
    臺北市立聯合醫院, the ending right after 联合)."""
    if len(left) < 2 or left[0] in "我本该全各此" or lists.suffix_re.search(left):
        return False  # 我市联合医院: 我市 is where, not a place in the name
    if _PERSON_AFTER.search(left):
        return False  # 洛阳市第一中学教师赵明和实验小学教师孙悦: a person ends the words before it (中学 is masked)
    if not (lists.place_re.match(left) or _place_start(left)):
        return False
    return not right or not (lists.place_re.match(right) or right[0] in "市区县省" or _place_start(right))


#: A person named by the role, then the name (教师赵明, 骑手刘小军): the phrase ends in a person, not a name's word.
_PERSON_AFTER = re.compile(
    r"(?:教师|老师|职工|员工|工人|医生|护士|选手|骑手|司机|快递员|校长|园长|主任|经理|书记|主席|同志|学生|矿工)"
    r"[\u4e00-\u9fff]{1,3}$"
)


#: Levels that stand for the bulletin's own place when written alone: 市总工会, 区人社局, 州总工会, 旗委.
_BARE_LEVELS = "市区县省州盟旗"
#: A generic place at the very start of a prefix: 金水区…, 省…, 市….
_PLACE_START = re.compile(
    r"[\u4e00-\u9fff]{2,9}?自治[州县旗]"  # 恩施土家族苗族自治州: the people's names make a long place
    r"|[\u4e00-\u9fff]{1,5}?(?:新区|自治县|自治州|省|市|区|县|州|旗|盟|镇|乡|街道|社区|园区)"
    r"|[\u4e00-\u9fff]{2,5}?(?:苏木|嘎查)"  # a Mongolian name has two characters or more (那些苏木工会 is no 些苏木)
    r"|[市区县省州盟旗]|苏木|嘎查"  # bare levels: 州总工会 in a prefecture's bulletin, 盟总工会, 旗总工会, 苏木卫生院
)
#: Common nouns ending in 区 that name no place: 覆盖辖区基层工会 has no place in it, nor 牧区工会 (the unions of
#: pastoral areas). 矿区 and 林区 are not here: 阳泉市矿区 is a district, 大兴安岭林区 a forest region's body.
_AREA_WORDS = ("辖区", "片区", "校区", "厂区", "库区", "灾区", "街区", "营区", "市区", "牧区", "农区")


def _place_start(text: str) -> bool:
    """Whether ``text`` opens with a generic place (金水区, 柳城镇, 市) rather than an area noun (辖区)."""
    m = _PLACE_START.match(text)
    return bool(m) and not m.group().endswith(_AREA_WORDS)  # type: ignore[union-attr]


#: Endings that name an organization by themselves only with a place or parent before them: 重庆工会, not 数字工会.
#: Endings that are whole names on their own (市委, 工联会); without a place before them they stand alone.
_SELF_NAMED = frozenset(("市委", "县委", "区委", "省委", "团市委", "工联会", "工商联", "妇联"))
_WEAK = frozenset(
    [
        # 总工会 is a place's or a parent's federation (德胜街道总工会, 集团公司总工会): with neither before it, it names
        # none (党组成员联系街道总工会, 以街道总工会为依托)
        "总工会",
        "工会",
        "中心",
        "分中心",
        "局",
        "办",
        "院",
        "委",
        "厅",
        "委员会",
        "工委",
        "办公室",
        "党委",
        "党组",
        "政府",
        "处",
        "署",
        "联会",
        "部",
        "联盟",
        "女职委",
        "女工委",
        "工会联合会",
        "工会联合总会",
        "联合总会",
        "台联",
        "工作站",
        "服务站",
        "车间",
        # a railway depot is named by its city or its 局集团公司 (南京客运段), not alone (全段, 段工会)
        "客运段",
        "车务段",
        "机务段",
        "工务段",
        "电务段",
        "供电段",
        "车辆段",
        "科",
        "分工会",
        "大队",
        "支队",
        "总队",
        # 大连海员俱乐部, 市工人俱乐部: a club is named by its place or parent (篮球俱乐部 alone is a kind of club)
        "俱乐部",
    ]
)
#: Endings that name a unit of an organization only right after it (市总工会宣传部, 炼铁分厂电修车间, 厂技术科):
#: not 干部, 部署, 检修车间代表队, 大学本科. The unit takes its parent's kind.
_DEPARTMENTS = frozenset(("部", "车间", "科"))


#: A prefix this long with no place in it may begin with a verb phrase (坚持围绕西南政法大学, 进入公司) or
#: make a common noun (技工学校, 保险公司): segment it.
_SEGMENT_FROM = 2
#: jieba tags of words that begin a clause, not a name: verbs, adverbs, prepositions, pronouns, numerals ...
#: A bare level opening a name (市委, 县政府): bodies of the bulletin's own place, often written together.
_BARE_LEVEL_CHARS = frozenset(_BARE_LEVELS) - {"盟"}


def _joined_body(found: list[tuple[int, int, OrgKind, str]], start: int, suffix_start: int, view: str) -> int:
    """Where the next body starts when a name found already runs from ``start`` and the same bare level follows it
    before ``suffix_start`` (市委|市政府): 0 when none does. Only the last few names found are looked at."""
    for s0, e0, _, _ in reversed(found[-4:]):
        if s0 == start and e0 < suffix_start and view[e0 : e0 + 1] == view[start]:
            return e0
    return 0


#: Union endings that after a bare kind of body (牧委会工会, 公司工会) name the unions of that kind, not one.
_UNION_OF_KIND = frozenset(("工会", "分工会", "总工会", "工会委员会"))
#: Endings of a union's own committees: 青年工作委员会, 女职工委员会, 女职委, 女工委.
_UNION_COMMITTEES = ("委员会", "女职委", "女工委")
#: "This union" before a committee's name: the bulletin's own union (本会), a union just named (该会).
_THIS_UNION = frozenset(("本会", "该会", "本會", "該會"))
#: How long a branch's region may be between its parent and 分 (中彰投, 城南): a few characters.
_BRANCH_REGION = 4
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
#: A region never opens with a link or a determiner: 市人社局和分局, 该局各分局 name no branch of the first.
_NO_REGION_START = frozenset("和与及或并各等其所下属该本每")
#: The factory endings jieba cuts off as words of their own after the process a factory is named after.
_FACTORY_WORDS = frozenset(("厂", "分厂", "總廠", "总厂", "廠", "分廠"))
_NOT_NAME_TAGS = ("v", "d", "ad", "p", "c", "u", "r", "m", "q", "f", "t", "a")


#: Where _records keeps jieba's readings of candidate names for the bulletin (``Context.cache``).
_SEGMENTED_KEY = "org_segmented"


@lru_cache(maxsize=1)
def _tokenizer() -> POSTokenizer:
    """A private jieba tokenizer with the package's user dictionary, built on first use (about a second)."""
    import jieba
    import jieba.posseg

    logging.getLogger("jieba").setLevel(logging.WARNING)  # no banner on stderr
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    with resources.as_file(resources.files("unionnews.lexicon").joinpath("data").joinpath("org_userdict.txt")) as path:
        tokenizer.load_userdict(str(path))
    return jieba.posseg.POSTokenizer(tokenizer)


def _leading_verbs(candidate: str, limit: int, process: bool) -> int:
    """How many characters of ``candidate`` before ``limit`` are a clause opening, not the name, by jieba.

    The name starts at the first place or organization word (ns, nt) jieba finds; failing that, after the
    verbs, adverbs and function words it opens with. A verbal noun (劳动, vn) may begin a name. With
    ``process`` (a factory in the candidate) a verb right before 厂/分厂 is the process it is named after
    (锻压分厂, 铸造厂工会), not a clause opening.
    """
    pairs = list(_tokenizer().cut(candidate))
    offset = 0
    nouns = True  # only common nouns so far: they name the organization's field (化学|化工学院, nt)
    for pair in pairs:
        if offset >= limit:
            break
        if pair.flag == "ns" or (pair.flag == "nt" and not (nouns and offset)):
            return offset
        nouns = nouns and pair.flag == "n"
        offset += len(pair.word)
    if len(pairs) == 1 and pairs[0].flag == "n":
        return -1  # one dictionary noun: 技工学校, 物业公司 name a kind of organization, not one
    skipped = 0
    for i, pair in enumerate(pairs):
        if not pair.flag.startswith(_NOT_NAME_TAGS) or pair.flag == "vn":
            break
        if process and pair.flag == "v" and pairs[i + 1 : i + 2] and pairs[i + 1].word in _FACTORY_WORDS:
            # 锻压分厂, 铸造厂: the process a factory is named after; a verb before a word of its own ending in 厂
            # (协助关厂劳工: 关厂 "to close a factory") opens the clause
            break
        skipped += len(pair.word)
    if skipped >= limit and len(pairs) == 2 and pairs[0].flag.startswith(("v", "d", "p")):
        return -1  # a verb and a bare ending: 进入公司
    return skipped if skipped < limit else 0


def _branch_of(
    view: str, parent: tuple[int, int, OrgKind, str], edge: int, start: int, lists: _Lists, ending: str = ""
) -> bool:
    """Whether the name starting at ``start`` (at a place) continues ``parent``, the name found before it in the
    same stretch of name characters (from ``edge``, no stop between), ending where this one starts or holding
    its place: 招商银行股份有限公司|成都分行, 清华大学|深圳国际研究生院, 交通银行股份有限公司[杭州分行]工会. Only a
    parent with a strong ending (公司, 银行, 大学 …) has such branches, and a union its rest homes named after
    their place (省总工会|峨眉山职工疗休养院, 省总工会|黄山职工疗养院)."""
    # the left edge may fall inside the parent, at a stop the parent holds as one name (香港工会联合会|九龙东服务中心)
    return (
        edge < parent[1]
        and parent[0] < start <= parent[1]
        and parent[3] == "suffix"
        and (
            lists.strong_end_re.search(view, parent[0], parent[1]) is not None
            or (ending.endswith("养院") and view.endswith("工会", parent[0], parent[1]))
        )
    )


def _parent_before(prefix: str, suffix: str, lists: _Lists) -> bool:
    """Whether ``prefix`` ends with a strong organization ending (公司, 大学, 医院 …).

    The bare 厂 ("the factory") is a parent of a union (厂工会) but not of a one-character ending: 厂处 are
    factories and offices. A union's type written between the company and 工会 (南星鋼鐵股份有限公司企業工會,
    中華電信股份有限公司產業工會: Taiwan's enterprise and industrial unions) leaves the company its parent."""
    if suffix == "工会" and prefix.endswith(_UNION_TYPES):
        prefix = prefix[:-2]
    return bool(lists.strong_end_re.search(prefix)) and not (prefix == "厂" and len(suffix) == 1)


#: A quoted title that ends like an organization (「全國績優工會」, “市级模范职工之家”): a scope, then a title opener.
_TITLE = re.compile(
    r"(?:全国|全省|全市|全区|全县|省级|市级|区级|县级|[省市区县])?(?:优秀|先进|模范|绩优|示范|十佳|最美|标杆|星级)"
)
_OPEN_QUOTES = frozenset('“「『‘"')
_CLOSE_QUOTES = frozenset('”」』’"')
#: A union's type between its company and 工会 (企業工會, 產業工會).
_UNION_TYPES = ("企业", "产业")


#: A verb of reporting or sending right before a bare 市/区/县/省 that opens the name: 报县总工会, 送市总工会,
#: its object before it (宣传情况报省教育工会).
_SENT_TO = re.compile(r"[\u4e00-\u9fff]{0,6}?[报送](?=[市区县省])")  # 将宣传情况报省教育工会


#: A division or regiment of the Xinjiang Production and Construction Corps, named by its number (第十二师, 十二师,
#: 一〇四团, 八师一二一团): a place of its own, whose unions and institutions are named after it (十二师总工会,
#: 第十二师医院, 十二师三坪农场工会). The number is part of the name, not a count or a clause opening.
_CORPS_UNIT = re.compile(r"第?[一二三四五六七八九十〇○零]{1,4}[师团]")


def _name_start(
    view: str, start: int, suffix_start: int, suffix: str, lists: _Lists, segmented: dict[tuple[str, int, bool], int]
) -> int:
    """Move ``start`` right to where a place, parent or known city begins; -1 when a weak ending has none."""
    prefix = view[start:suffix_start]
    known = lists.place_re.search(prefix)
    best = known.start() if known else -1
    kept = lists.keep_re.search(prefix, max(0, best - 2), known.end()) if known and best > 0 else None
    if kept is not None and kept.start() < best < kept.end():
        best = kept.start()  # 峨眉山 holds the city 眉山: the kept word is the place the name starts at
    if best != 0 and ("师" in prefix or "团" in prefix) and (corps := _CORPS_UNIT.search(prefix)):
        best = corps.start() if best < 0 else min(best, corps.start())
    if best < 0 and _place_start(prefix):
        # 单报县总工会, 上报市总工会: a verb of sending before the bare place (no county is named 单报县)
        sent = _SENT_TO.match(prefix)
        best = sent.end() if sent else 0
        if not sent and (level := prefix.find("省", 1, 6)) > 0 and _PLACE_START.match(prefix).end() == level + 1:  # type: ignore[union-attr]
            # the provinces are all known (places_provinces.txt): 咨询省总工会女职工部 names no province 咨询省
            best = level
    if best >= 0:
        return start + best
    if lists.known_re is not None and (body := lists.known_re.search(prefix)):
        return start + body.start()  # a known body is a parent as a place is: 劳动部劳动力发展署, 教育部考试中心
    if prefix == "校" or (prefix.startswith("校") and _parent_before(prefix, suffix, lists)):
        return start  # 校工会, 校团委, 校医院: the school's own bodies (its name is the masthead's school)
    if suffix in _SELF_NAMED:
        return suffix_start
    # a weak ending after a named parent is that parent's body: 华为技术有限公司工会, 浙江大学医学院
    weak = suffix in _WEAK and not _parent_before(prefix, suffix, lists)
    if not weak and suffix_start - start >= _SEGMENT_FROM:
        candidate = view[start : suffix_start + len(suffix)]
        key = (candidate, suffix_start - start, "厂" in candidate)
        skip = segmented.get(key)
        if skip is None:
            skip = segmented[key] = _leading_verbs(*key)
        if skip == 1 and suffix in _NAMED_BY_PLACE:
            return (
                start  # 大庄煤矿, 补连塔煤矿: jieba reads 大, 补 as words, but a mine is named after its village whole
            )
        return -1 if skip < 0 else start + skip
    if weak and suffix in _OFFICE_ENDINGS and _office_parent(prefix):
        return start  # 集团公司安全监察局, 新疆大学后勤管理处: an office named by its field after its parent
    if weak:
        return -1
    return start


#: After a trade name, words that make it an app, a cup or a longer word (美团APP, “美团杯”, 京东方, 京东路, 滴滴答答).
_APP_AFTER = re.compile(r"(?:APP|App|app|小程序|杯|方|路|街|大道|答)")


def _phrase_opens(view: str, k: int, lists: _Lists) -> bool:
    """Whether a word at ``k`` opens its phrase: after punctuation, a one-character stop or a stop word (与美团,
    联合满帮, 在京东), not inside a longer word (北京东路)."""
    if k == 0 or not "\u4e00" <= view[k - 1] <= "\u9fff" or view[k - 1] in lists.stop_chars:
        return True
    return any(view[max(0, k - n) : k] in lists.stop_set for n in (2, 3, 4))


#: Weak endings of a company's or a school's offices and bureaus (集团公司安全监察局, 大学后勤管理处).
_OFFICE_ENDINGS = frozenset(("局", "处"))
#: A parent's strong ending, then two to six characters of the office's field up to the office's ending.
_OFFICE_PARENT = re.compile(r"(?:公司|集团|大学|学院|煤矿|厂)(?=[\u4e00-\u9fff]{2,6}$)")
#: jieba tags of an office's field: nouns and verbal nouns (安全监察, 后勤管理, 通风), not verbs (配合市场监管).
_FIELD_TAGS = frozenset(("n", "vn", "an", "nz"))


def _office_parent(prefix: str) -> str:
    """The parent's ending when ``prefix`` is a parent with a strong ending and an office's field:
    集团公司安全监察(局) → 公司; else empty.

    The field must be nouns alone, and not open with a level (公司市人社局 is two names)."""
    parent = _OFFICE_PARENT.search(prefix)
    if parent is None:
        return ""
    field = prefix[parent.end() :]
    if field[0] in _BARE_LEVELS or not all(pair.flag in _FIELD_TAGS for pair in _tokenizer().cut(field)):
        return ""
    return parent.group()


#: Endings whose two-character names are villages or places (大庄煤矿, 新庄煤矿), which jieba does not know and
#: may cut after a first character it reads as a word.
_NAMED_BY_PLACE = frozenset(("煤矿",))
#: Endings that take no one-character name: 进厂, 建厂 (verbs), 电厂, 小煤矿 (kinds of factory or mine).
_NO_ONE_CHARACTER_NAME = frozenset(("厂", "煤矿"))


#: A team named after a unit (产科护理团队, 宣传部志愿服务队, 车间青年突击队): up to four characters, then a team word.
#: A 班组 is no such team: it is a standing part of its 科 or 车间 (赵庄煤矿机电科机电班组), which stays a name.
_TEAM_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:团队|小组|服务队|突击队|志愿队|代表队)")
#: Words ending in 部 or 科 that are no department: 市总工会干部, 公司全部, 集团总部, 大学本科, 学院文科.
_NOT_DEPARTMENTS = frozenset(
    (
        *("干部", "全部", "内部", "外部", "局部", "东部", "西部", "南部", "北部", "中部", "总部", "本部", "各部"),
        *("本科", "专科", "学科", "预科", "文科", "理科", "工科", "农科", "医科", "商科", "百科", "分科", "社科"),
    )
)


def _department_parent(prefix: str, suffix: str, lists: _Lists) -> re.Match[str] | None:
    """The parent's ending in ``prefix`` when a department name (one to six characters) ending ``suffix`` follows it."""
    last = None
    for m in lists.suffix_re.finditer(prefix):
        last = m
    if last is None or last.group() in _DEPARTMENTS or not 1 <= len(prefix) - last.end() <= 6:
        return None
    if (prefix[-1:] + suffix) in _NOT_DEPARTMENTS:
        return None
    return last


#: Bodies a list of units may share (机械工程学院、文学院和化学化工学院分工会, 铸造分厂、金工分厂工会), and the units'
#: endings: each unit before the last, joined by one of ``_UNIT_LINKS``, is that body too.
_UNIT_BODIES = frozenset(("分工会", "工会", "党委", "党总支"))
_UNIT_ENDINGS = ("学院", "分厂", "厂", "煤矿", "分公司", "车间", "学系")
_UNIT_LINKS = frozenset("、和及与")


def _share_body(
    view: str, found: list[tuple[int, int, OrgKind, str]], start: int, suffix_start: int, body: str, kind: OrgKind
) -> None:
    """Turn the units listed right before ``view[start:]`` into coordinated items of its ``body`` (in place).

    The last unit (``view[start:suffix_start]``) must end with a unit ending that each earlier item ends with too.
    """
    unit = next((u for u in _UNIT_ENDINGS if view.endswith(u, start, suffix_start)), None)
    if unit is None:
        return
    pos = start
    for k in range(len(found) - 1, -1, -1):
        a, b, _kind, rule = found[k]
        if a >= start:
            continue  # the last unit itself (化学化工学院), found before its body
        if b != pos - 1 or view[b:pos] not in _UNIT_LINKS or not rule.startswith("suffix"):
            break
        if not view.endswith(unit, a, b):
            break
        found[k] = (a, b, kind, "coordinated:" + body)
        pos = a


#: What stands between a name and the next item of its list: a link, then the item's own words (经信).
_LIST_LINK = re.compile(r"[、和及与]([\u4e00-\u9fff]{1,8})$")


def _list_item(
    view: str, found: list[tuple[int, int, OrgKind, str]], suffix_start: int, suffix: str, lists: _Lists
) -> tuple[int, str]:
    """Where an item with a weak ending starts when it continues a list of names: 市人社局、经信局、卫健委.

    A shared prefix is not repeated (guidelines §2), so the place of the first name covers the others;
    returns the start and that place (市, 莲湖区), which the item's canonical name gets.
    """
    if suffix not in _WEAK:
        return -1, ""
    for start, end, _kind, rule in reversed(found):
        m = _LIST_LINK.match(view[end:suffix_start])
        # inside a list item a one-character stop is part of a word (经信局); only a link word ends it, unless a
        # kept word holds it (区人力资源局、工业和信息化局)
        if (
            m
            and not lists.stop_re.search(m.group(1))
            and not any(c in "等和及与的" for c in _masked_item(view, m, end, lists))
        ):
            previous = view[start:end]
            shared = rule.partition(":")[2] if rule.startswith("shared") else _place_head(previous)
            shared = shared or (previous[0] if previous[0] in _BARE_LEVELS else "")
            if m.group(1).startswith((shared or "-", *_BARE_LEVELS)):
                shared = ""  # the item names its own place: 市人力社保局、市经信局 is no 市市经信局
            return end + 1, shared
        if end < suffix_start - 10:
            break
    return -1, ""


def _masked_item(view: str, m: re.Match[str], end: int, lists: _Lists) -> str:
    """The list item ``m.group(1)`` (matched from ``end``) with its kept words masked: 工业和信息化 → 甲甲甲甲甲甲."""
    item = m.group(1)
    if not any(c in "和及与" for c in item):
        return item
    return _mask_keep(view[end + m.start(1) : end + m.end(1)], lists)


#: An industry in a list of industries sharing a place and a union (澳門飲食業、酒店業職工會): 飲食業, 物業管理業.
_INDUSTRY = re.compile(r"[\u4e00-\u9fff]{1,6}?业")


def _industries(
    view: str, masked: str, reverse: str, left: int, end: int, lists: _Lists
) -> list[tuple[int, int, OrgKind, str]]:
    """Industries listed after one place before one union: 澳門飲食業、酒店業職工會 → 澳門飲食業 (name
    澳门饮食业职工会) and 酒店業職工會 (name 澳门酒店业职工会); nothing unless the first item opens with a place.

    The place and the union are written once (guidelines §2, a shared prefix and head): each item gets both.
    """
    cut = view.rfind("业", left, end) + 1  # the last item's industry may hold one too: 物業管理業
    if cut <= left or not _INDUSTRY.fullmatch(view, left, cut):
        return []
    body = view[cut:end]
    kind = lists.suffixes.get(_suffix_of(body, lists), "other")
    items: list[tuple[int, int]] = []
    pos = left
    while view[pos - 1 : pos] == "、":
        j = _left_edge(masked, reverse, pos - 1, lists)
        if not _INDUSTRY.fullmatch(view, j, pos - 1):
            break
        items.append((j, pos - 1))
        pos = j
    if not items:
        return []
    first = view[items[-1][0] : items[-1][1]]
    # 珠海市 before 珠海; 澳門 has no 市; a bare level is the bulletin's own place (市快递行业、道路货运行业工会联合会)
    place = _PLACE_HEAD.match(first) or lists.place_re.match(first) or _BARE_LEVEL.match(first)
    if place is None or place.end() >= len(first):
        return []
    head = place.group()
    out: list[tuple[int, int, OrgKind, str]] = [(left, end, kind, "shared:" + head)]
    for j, k in items:
        if j == items[-1][0]:
            out.append((j, k, kind, "coordinated:" + body))
        else:
            out.append((j, k, kind, f"shared:{head}|{body}"))
    return out


#: A level written alone at the start of a list's first item: 市 in 市快递行业、道路货运行业工会联合会.
_BARE_LEVEL = re.compile(r"[市区县省州盟旗]")


#: Every generic plural has one of these (各, 等, or the counter after a number): a cheap first test.
_PLURAL_CHARS = re.compile(r"[各个家所支等]")
_PLURAL_TAIL = re.compile(r"(?:[（(][\u4e00-\u9fff]{1,3}[)）]|[区县市])+$")
_PLACE_HEAD = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,9}?自治[州县旗]|[\u4e00-\u9fff]{1,6}?(?:新区|自治县|自治州|省|市|区|县|州|旗|盟)|[\u4e00-\u9fff]{2,5}?(?:镇|乡(?!村)|街道|苏木|嘎查)"
    r"|第?[一二三四五六七八九十〇○零]{1,4}师)"  # 十二师三坪农场工会和五一农场工会: the division is the list's place
)


def _generic_before(view: str, start: int) -> bool:
    """Whether a generic or counted plural leads up to ``start``: 各区总工会, 41个区县总工会, 14个县（市）区总工会."""
    begin = start - 12 if start > 12 else 0
    if not _PLURAL_CHARS.search(view, begin, start):
        return False
    before = view[begin:start]
    before = _PLURAL_TAIL.sub("", before)
    return bool(_GENERIC_BEFORE.search(before[-4:]))


def _place_head(name: str) -> str:
    """The place part of a name such as 忠县总工会 (忠县), empty when the name has none."""
    m = _PLACE_HEAD.match(name)
    return m.group() if m else ""


def _coordinated(
    view: str, masked: str, reverse: str, start: int, name: str, lists: _Lists
) -> list[tuple[int, int, OrgKind, str]]:
    """Items of a list of bare places sharing the ending of ``name``, the last item: 江北区、沙坪坝区、忠县总工会 →
    each 区/县 + 总工会.

    Each item is scanned like a name (stop words and kept words apply: 深入锦江区、 → 锦江区, 和平区). When the last
    item is a street or township (月坛街道, 李庄镇), the items before it may be written without that word too: the
    shared head is not repeated (德胜、新街口、月坛街道总工会 → 新街口 named 新街口街道总工会; 新安、西乡、福永街道总工会:
    西乡 is a street named 西乡, not a 乡).
    """
    # a known city or province with its level word first (赣州市, not the 赣州 that ``_PLACE_HEAD`` reads as X州)
    place = next(
        (name[: k + 1] for k in (2, 3, 4) if name[k : k + 1] in _LEVELS_KNOWN and name[:k] in _known(name[k], lists)),
        "",
    )
    place = place or _place_head(name)
    if not place:
        place = next((name[:k] for k in (2, 3) if name[:k] in lists.cities), "")
    mine = _MINE.match(name) if not place else None
    if mine:  # 东风、李庄、赵庄煤矿工会: mines named after their villages share 煤矿 as townships share 镇
        place = mine.group()
    head = name[len(place) :]
    if not head and not mine:
        return []
    level = next((w for w in _SHARED_LEVELS if place.endswith(w)), "")
    suffix = _suffix_of(head, lists)
    kind = lists.suffixes.get(suffix, "other")
    # known cities written without 市 share a generic (weak) head: 上海、杭州客运段工会 → 上海客运段工会; a strong
    # ending after a city is a proper name of its own (北京、上海交通大学: 上海交通大学 alone)
    bare_cities = place in lists.cities and suffix in _WEAK and head[0] not in "省市区县"
    # 绵阳、德阳、广元市总工会, 大连、天津、青岛市海员工会: known cities (provinces before 省) written without the
    # level word the last item carries share it as well as the head (绵阳 → 绵阳市总工会)
    same_level = place[-1] if place[-1:] in _LEVELS_KNOWN and place[:-1] in _known(place[-1], lists) else ""
    # 祁连、门源、海晏县总工会, 图们、敦化、珲春市总工会: counties and county-level cities no list knows, written bare
    # before the last item's 县/市; an item is taken for a place only when it is a rare word (a common noun before
    # a county's union, 职工、企业, is no place sharing its level)
    bare_level = place[-1] if _SHORT_COUNTY.fullmatch(place) else ""
    out: list[tuple[int, int, OrgKind, str]] = []
    pos = start
    while pos > 0 and view[pos - 1] == "、":
        j = _left_edge(masked, reverse, pos - 1, lists)
        item = view[j : pos - 1]
        if level == "煤矿" and item.endswith("矿"):
            break  # 新华煤矿、十矿、大庄煤矿: a mine written in full, no village sharing the head
        if level and _BARE_TOWNSHIP.fullmatch(item) and not (item.endswith(level) or _TOWNSHIP_ITEM.match(item)):
            out.append((j, pos - 1, kind, "coordinated:" + level + head))
        elif same_level and item in _known(same_level, lists):
            out.append((j, pos - 1, kind, "coordinated:" + same_level + head))
        elif _PLACE_ONLY.match(item) or (bare_cities and item in lists.cities):
            out.append((j, pos - 1, kind, "coordinated:" + head))
        elif bare_level and _BARE_COUNTY.fullmatch(item) and _rare_word(item):
            out.append((j, pos - 1, kind, "coordinated:" + bare_level + head))
        else:
            break
        pos = j
    return out


_TOWNSHIP_LEVELS = ("街道", "镇", "乡", "苏木", "嘎查")
#: Words a list of bare names shares with its last item: the township levels, and 煤矿 (东风、李庄、赵庄煤矿).
_SHARED_LEVELS = (*_TOWNSHIP_LEVELS, "煤矿")
#: A mine named by two to four characters (its village): 赵庄煤矿, 赵庄煤矿工会.
_MINE = re.compile(r"[\u4e00-\u9fff]{2,4}?煤矿")
#: The lists that know the places written with 市 (cities) and with 省 (provinces).
_LEVELS_KNOWN = ("市", "省")


#: A county or county-level city written with its level word: two or three characters and 县/市 (海晏县, 呼图壁县).
_SHORT_COUNTY = re.compile(r"[\u4e00-\u9fff]{2,3}[县市]")
#: Its name written bare in a list before it (门源, 玛纳斯, 吉木萨尔).
_BARE_COUNTY = re.compile(r"[\u4e00-\u9fff]{2,4}")
#: Above this jieba frequency a word is a common one (职工 5213, 学校 17020), not a county's name (祁连 50, 玛纳斯 61).
_RARE_FREQUENCY = 100


def _rare_word(word: str) -> bool:
    """Whether jieba's dictionary holds ``word`` rarely or not at all: a place's name rather than a common noun."""
    return (_tokenizer().tokenizer.FREQ.get(word) or 0) <= _RARE_FREQUENCY


def _known(level: str, lists: _Lists) -> Collection[str]:
    """The places a list knows by name before ``level``: the cities before 市, the provinces before 省."""
    return lists.cities if level == "市" else lists.provinces


#: A street's or township's own name without its level word: two to four characters (新街口, 西乡, 福永).
_BARE_TOWNSHIP = re.compile(r"[\u4e00-\u9fff]{2,4}")
#: An item that names its own level (城关镇, 李庄乡 before 王集乡工会, or 某某街道): three characters or more.
_TOWNSHIP_ITEM = re.compile(r"[\u4e00-\u9fff]{2,}(?:街道|镇|乡|苏木|嘎查)$|[\u4e00-\u9fff]+(?:区|县|市|省)$")


def _suffix_of(name: str, lists: _Lists) -> str:
    endings = [m.group() for m in lists.suffix_re.finditer(name)]
    return endings[-1] if endings else ""


def _kind_of(name: str, lists: _Lists) -> OrgKind:
    return lists.suffixes.get(_suffix_of(name, lists), "other")


_INDUSTRY_UNIONS = ("产业工会",)
#: What may stand before 产业工会 in a class of industry unions: a level (市, 市直) after an optional place.
_LEVEL_ONLY = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?[省市区县])?直?")


def _excluded(name: str, lists: _Lists) -> bool:
    """Generic plurals, counted groups and meetings are not named organizations.

    A known place longer than the excluded word it begins with is a name: 本溪市总工会 (本), 全椒县总工会 (全).
    Industry unions named by their level alone are a class, not one union: 市直产业工会, 市产业工会 (not 市能源产业工会).
    """
    if name.endswith(_INDUSTRY_UNIONS) and _LEVEL_ONLY.fullmatch(name[: -len("产业工会")]):
        return True
    if name.startswith(lists.excluded_prefixes):
        prefix = next(p for p in lists.excluded_prefixes if name.startswith(p))  # longest first
        place = lists.place_re.match(name)
        if place is None or place.end() <= len(prefix):
            return True
    return _COUNTED_OR_SESSION.search(name) is not None


def _aliases(view: str, found: list[tuple[int, int, OrgKind, str]]) -> list[tuple[int, int, OrgKind, str]]:
    """A parenthesised alias right after a name belongs to it: 市企业联合会(企业家协会)."""
    out: list[tuple[int, int, OrgKind, str]] = []
    if "(" not in view and "（" not in view:
        return out
    for start, end, kind, _rule in found:
        if view[end : end + 1] in ("(", "（"):
            close = next((k for k in range(end + 1, min(len(view), end + 62)) if view[k] in (")", "）")), -1)
            inner = view[end + 1 : close]
            if close > 0 and (_ALIAS.fullmatch(inner) or _ENGLISH_ALIAS.fullmatch(inner)):
                out.append((start, close + 1, kind, "alias"))
    return out


#: Which reading of one span is kept: the one with the most specific evidence.
_RULE_RANK = {"lexicon": 0, "abbreviation": 1, "alias": 2, "suffix": 3, "shared": 4, "coordinated": 5}


def _longest(found: list[tuple[int, int, OrgKind, str]]) -> list[tuple[int, int, OrgKind, str]]:
    """Drop candidates inside a longer one, keeping the longest span that names one organization.

    Of several readings of one span the most specific evidence wins (a user's word, then an abbreviation,
    then a name built from an ending), whatever order they were found in, so the record never depends on
    hash order. In start order, longest first, a candidate lies inside a kept one exactly when it ends
    no later than the furthest kept end.
    """
    if len(found) < 2 or all(a[1] <= b[0] for a, b in pairwise(found)):
        return found  # in order without overlaps (most blocks): nothing to drop or reorder
    kept: list[tuple[int, int, OrgKind, str]] = []
    furthest = -1
    for cand in sorted(found, key=_candidate_order):
        if cand[1] > furthest:
            kept.append(cand)
            furthest = cand[1]
    return kept


def _candidate_order(f: tuple[int, int, OrgKind, str]) -> tuple[int, int, int, int, tuple[int, int, OrgKind, str]]:
    # of two coordinated readings of one item the longer shared head wins (上海、杭州客运段工会: 上海客运段工会,
    # not 上海客运段, whose head a shorter candidate inside the last name gave)
    return (f[0], f[0] - f[1], _RULE_RANK.get(f[3].partition(":")[0], 9), -len(f[3]), f)


#: 幸福社区居委会, 科技园区管委会: a community or a park ends in 区 but is no district to resolve 区总工会 to.
_NOT_DISTRICT_HEADS = frozenset("社小园景片辖校厂矿营")


def _resolve_local(rows: list[_Row]) -> None:
    """区总工会 after 西湖区总工会 in the same article is 西湖区总工会: the district named last resolves it; so does
    the prefecture, league or banner named last (延边朝鲜族自治州总工会 … 州总工会, 州人社局 → 延边朝鲜族自治州人社局)."""
    district = ""
    region = ""
    cities = _lists().cities
    for row in rows:
        name = row[_NAME]
        if name[:1] in ("区", "县") and district and name[0] == district[-1]:
            row[_NAME] = district[:-1] + name
        elif name[:1] in _REGION_LEVELS:
            if region.endswith(name[0]) and len(name) > 1:
                row[_NAME] = region[:-1] + name
        elif (m := _NAMED_REGION.match(name)) and m.group(1)[:-1] not in cities:  # 杭州 is a city
            region = m.group(1)
        elif (
            ("区" in name or "县" in name)
            and (m := _NAMED_DISTRICT.match(name))
            and m.group(1)[-2:-1] not in _NOT_DISTRICT_HEADS
        ):
            district = m.group(1)


#: Levels above a county that a bulletin writes alone for its own region: 州 (prefecture), 盟 (league), 旗 (banner).
_REGION_LEVELS = frozenset("州盟旗")
#: The prefecture, league or banner of a full name: 延边朝鲜族自治州总工会 → 延边朝鲜族自治州, 大理州委 → 大理州.
_NAMED_REGION = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,4}?省)?([\u4e00-\u9fff]{2,9}?自治[州旗]|[\u4e00-\u9fff]{2,4}?[州盟旗])"
)


def _share_list_roles(rows: list[_Row], view: str) -> None:
    """Names joined by 、和与及 act together: 由A、B主办 makes both organizers, not only the last one."""
    i = 0
    n = len(rows)
    while i < n:
        j = i
        while j + 1 < n and view[rows[j][_END] : rows[j + 1][_START]] in _LIST_JOINERS:
            j += 1
        if j > i:
            roles = {r[_ROLE] for r in rows[i : j + 1]} - {"mentioned"}
            if len(roles) == 1:
                role = roles.pop()
                for r in rows[i : j + 1]:
                    r[_ROLE] = role
        i = j + 1


_LIST_JOINERS = frozenset(("、", "和", "与", "及", "以及", "，"))
_ROLE_WORDS: tuple[tuple[str, OrgRole], ...] = (
    ("主办", "organizer"),
    ("承办", "host"),
    ("协办", "co-organizer"),
    ("合办", "co-organizer"),
    ("联办", "co-organizer"),
    ("支持", "supporter"),
)
#: How far after a name its role word may stand (由A、B联合主办: the names of a list share it afterwards).
_ROLE_REACH = 8
# 主办单位：A、B — a label before the names; nothing but names and separators between it and this one.
_ROLE_LABEL = re.compile(r"(主办|承办|协办|支持)(?:单位|方)?[:：][^:：]*$")
_PARTICIPATE = ("参加", "参与", "参赛", "出席", "报名")
_PARTICIPATE_RE = re.compile("|".join(_PARTICIPATE))
_ROLE_OF: dict[str, OrgRole] = dict(_ROLE_WORDS)
_ROLE_ANY = re.compile("|".join(w for w, _ in _ROLE_WORDS))
_VENUE_AFTER = re.compile(r"[^，。]{0,4}(?:举行|举办|召开|开幕|落幕)")
#: Every word ``_role`` reads after a name (a role word, taking part) and how far; every word it reads before one.
_AFTER_WORDS = re.compile("|".join((*_ROLE_OF, *_PARTICIPATE)))
_AFTER_REACH = 12
#: Before a name these make it a co-organizer of the clause's activity: 联合市妇联开展, 协同市司法局开展.
_JOINT_BEFORE = ("联合", "会同", "携手", "协同")
_BEFORE_WORDS = (*_JOINT_BEFORE, "在", *_PARTICIPATE)


def _plainly_mentioned(view: str, start: int, end: int) -> bool:
    """Whether ``_role`` would find nothing in a block with no label (no colon): no word it reads stands next
    to the name. Most names are such; this needs no clause, as no such word holds a clause end: a word found
    within reach is in the name's clause unless a clause end comes first."""
    if view.endswith(_BEFORE_WORDS, 0, start):
        return False
    m = _AFTER_WORDS.search(view, end, end + _AFTER_REACH)
    return m is None or _CLAUSE_END.search(view, end, m.start()) is not None


def _role(view: str, start: int, end: int, ends: list[int]) -> OrgRole:
    """What the sentence says the organization did, read from the clause around it.

    ``ends`` are the positions of the clause ends of ``view`` (found once per block, not once per name).
    """
    k = bisect_left(ends, start)
    clause_start = ends[k - 1] + 1 if k else 0
    k = bisect_left(ends, end, k)
    clause_end = ends[k] if k < len(ends) else len(view)
    before = view[clause_start:start]
    if ":" in before or "：" in before:
        label = _ROLE_LABEL.search(before)
        if label:
            return _ROLE_OF[label.group(1)]
    after = view[end:clause_end]
    if _ROLE_ANY.search(after, 0, _ROLE_REACH + 2):
        for word, role in _ROLE_WORDS:
            pos = after.find(word)
            near = 2 if word == "支持" else _ROLE_REACH
            if 0 <= pos <= near and not any(after.find(w, 0, pos) >= 0 for w, _ in _ROLE_WORDS if w != word):
                return role
    if before.endswith(_JOINT_BEFORE):
        return "co-organizer"
    if before.endswith("在") and _VENUE_AFTER.match(after):
        return "venue"
    if _PARTICIPATE_RE.search(after, 0, 12) or before.endswith(_PARTICIPATE):
        return "participant"
    return "mentioned"
