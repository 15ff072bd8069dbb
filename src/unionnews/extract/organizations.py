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
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

from unionnews.context import Context
from unionnews.lexicon import load_lines, load_words
from unionnews.model import Article, Organization, Span
from unionnews.model.records import OrgKind, OrgRole

if TYPE_CHECKING:
    from jieba.posseg import POSTokenizer

_MAX_NAME = 24
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A meeting or session follows its body: 全国总工会十八届二次执委会, 市委六届五次全会.
_SESSION_AFTER = re.compile(r"^(?:第?[一二三四五六七八九十百零〇\d]+(?:届|次))")
_SESSION_INSIDE = re.compile(r"[一二三四五六七八九十百零〇\d]+(?:届|次)")
_COUNTED = re.compile(r"^[一二三四五六七八九十百千万两零〇\d]+[个家所支名多余]")
# Bare place names that may share the ending of the last item in a list.
_PLACE_ONLY = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:省|市|区|县|州|旗|盟|镇|乡|街道|新区)$")
_ALIAS = re.compile(r"[\u4e00-\u9fff]{1,12}(?:会|联|委|局|办|院|中心|公司|集团)")
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


@dataclass(frozen=True)
class _Lists:
    suffixes: dict[str, OrgKind]
    suffix_re: re.Pattern[str]
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


class _Where(NamedTuple):
    """Where the bulletin is from, for canonical names: 市总工会 → city, 省总 → province, 区总工会 → district."""

    city: str | None
    province: str | None
    district: str | None


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    """The packaged lists, read once per process on first use."""
    suffixes: dict[str, OrgKind] = {}
    for line in load_lines("org_suffixes"):
        word, _, kind = line.partition(" ")
        suffixes[word] = kind.strip() or "other"  # type: ignore[assignment]
    ordered = sorted(suffixes, key=len, reverse=True)
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
    return _Lists(
        suffixes=suffixes,
        suffix_re=re.compile("|".join(map(re.escape, ordered))),
        stop_set=frozenset(w for w in stop_words if len(w) > 1),
        stop_re=_alternation(w for w in stop_words if len(w) > 1),
        keep_re=_alternation(_split("org_keep")),
        place_re=_alternation([*cities, *provinces, *_PARENTS]),
        province_re=re.compile("(" + _alternation(provinces).pattern + ")省"),
        stop_chars=frozenset(w for w in stop_words if len(w) == 1),
        excluded_prefixes=tuple(sorted(_split("org_excluded_prefixes"), key=len, reverse=True)),
        abbreviations=abbreviations,
        cities=cities,
        provinces=provinces,
        abbreviation_re=re.compile("(?:" + "|".join(map(re.escape, bare)) + ")(?!工会|工作)"),
    )


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    """One pattern for a word list, longest words first so the longest match wins."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


def _split(name: str) -> set[str]:
    """Entries of a list that allows several space-separated words a line."""
    return {w for line in load_words(name) for w in line.split()}


class OrganizationExtractor:
    """Finds named organizations in each article; see the module docstring for the method."""

    field = "organizations"

    def __call__(self, ctx: Context, article: Article) -> list[Organization]:
        lists = _lists()
        city = self._city(ctx, lists)
        where = _Where(city, self._province(ctx, lists, city), self._district(ctx))
        user = dict(ctx.lexicon.organizations)
        records: list[Organization] = []
        for block, view in ctx.blocks(article):
            base = block.span.start
            for start, end, kind, rule in self._find(view, lists, user):
                text = ctx.text[base + start : base + end]
                tail = rule.partition(":")[2] if rule.startswith("coordinated") else ""
                name = self._canonical(view[start:end] + tail, where, lists, user)
                records.append(
                    Organization(
                        text=text,
                        span=Span(start=base + start, end=base + end),
                        name=name,
                        kind=kind,
                        role=_role(view, start, end),
                        rule=rule.partition(":")[0],
                    )
                )
        return _share_list_roles(_resolve_local(records), ctx.view)

    # -- finding -------------------------------------------------------------------------------------

    def _find(self, view: str, lists: _Lists, user: dict[str, str]) -> list[tuple[int, int, OrgKind, str]]:
        found: list[tuple[int, int, OrgKind, str]] = []
        masked = ""
        for m in lists.suffix_re.finditer(view):
            end = m.end()
            suffix = m.group()
            after = view[end : end + 6]
            if len(suffix) == 1 and after[:1] in _WORD_GOES_ON:
                continue
            if suffix in ("党组", "党委") and after.startswith(_OFFICE_TITLES):
                continue  # 市总工会党组书记: a title of the union's officer, the union is the name
            if _SESSION_AFTER.match(after) or view[end : end + 1] in ("代", "队"):
                continue
            if view[end : end + 3].startswith(("代表队", "队")):
                continue
            if any(view[end - k : end] in lists.stop_set for k in range(len(suffix) + 1, 5)):
                continue
            masked = masked or _mask_keep(view, lists)
            start = _left_edge(masked, m.start(), lists)
            if m.start() - start < 1 and suffix not in _SELF_NAMED:
                continue
            start = _name_start(view, start, m.start(), suffix, lists)
            if start < 0:
                continue
            name = view[start:end]
            if _excluded(name, lists) or _GENERIC_BEFORE.search(view, max(0, start - 4), start):
                continue
            found.append((start, end, lists.suffixes[suffix], "suffix"))
            found.extend(_coordinated(view, start, name[len(_place_head(name)) :], lists))
        for alias in user:
            for um in re.finditer(re.escape(alias), view):
                found.append((um.start(), um.end(), _kind_of(alias, lists), "lexicon"))
        for am in lists.abbreviation_re.finditer(view):
            found.append((am.start(), am.end(), "union", "abbreviation"))
        found.extend(_aliases(view, found))
        return _longest(found)

    # -- naming --------------------------------------------------------------------------------------

    def _canonical(self, simplified: str, where: _Where, lists: _Lists, user: dict[str, str]) -> str:
        city, province, district = where
        if simplified in user:
            return user[simplified]
        if simplified in lists.abbreviations:
            canonical = lists.abbreviations[simplified]
            if "{city}" in canonical:
                return canonical.replace("{city}", city) if city else simplified
            if "{province}" in canonical:
                return canonical.replace("{province}", province) if province else simplified
            if "{district}" in canonical:
                return canonical.replace("{district}", district) if district else simplified
            return canonical
        if simplified.startswith("全国总工会"):
            return "中华" + simplified
        if city and simplified.startswith("市") and not simplified.startswith("市场"):
            return city + simplified
        if province and simplified.startswith("省"):
            return province + simplified
        if district and simplified.startswith(district[-1]) and len(simplified) > 2:
            return district[:-1] + simplified
        return simplified

    def _district(self, ctx: Context) -> str | None:
        """The district or county a bulletin is from, when one ``X区/X县总工会`` dominates its mentions."""
        if "district" not in ctx.cache:
            counts = Counter(m.group(1) for m in _DISTRICT_UNION.finditer(ctx.view))
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
        if "city" not in ctx.cache:
            counts = Counter(
                m.group(1)[-k:]
                for m in _CITY_MENTION.finditer(ctx.view)
                for k in (2, 3, 4)
                if m.group(1)[-k:] in lists.cities
            )
            ctx.cache["city"] = counts.most_common(1)[0][0] if counts else None
        city: str | None = ctx.cache["city"]
        return city

    def __getstate__(self) -> dict[str, object]:
        """Nothing heavy is kept on the instance, so it pickles as an empty object for worker processes."""
        return {}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)


def _mask_keep(view: str, lists: _Lists) -> str:
    """``view`` with kept words replaced by a neutral character, so their stop characters do not cut names."""
    return lists.keep_re.sub(lambda m: "甲" * len(m.group()), view)


def _left_edge(masked: str, suffix_start: int, lists: _Lists) -> int:
    """Where the name ending at ``suffix_start`` begins: after the nearest stop, punctuation or limit.

    A stop word cut in two by the character scan (全|市工会) still counts: the name starts after all of it.
    """
    i = suffix_start
    floor = max(0, suffix_start - _MAX_NAME)
    while i > floor and _CJK.match(masked[i - 1]) and masked[i - 1] not in lists.stop_chars:
        i -= 1
    cut = i
    for m in lists.stop_re.finditer(masked, max(0, i - 4), suffix_start):
        if m.end() > i:
            cut = max(cut, m.end())
    return cut


#: Words that begin a parent organization's name wherever they stand in a prefix.
_PARENTS = ("中华", "中国", "中共", "全国", "国网", "共青团")
#: A generic place at the very start of a prefix: 金水区…, 省…, 市….
_PLACE_START = re.compile(
    r"[\u4e00-\u9fff]{1,5}?(?:新区|自治县|自治州|省|市|区|县|州|旗|盟|镇|乡|街道|社区|园区)|[市区县省]"
)
#: Endings that name an organization by themselves only with a place or parent before them: 重庆工会, not 数字工会.
#: Endings that are whole names on their own (市委, 工联会); without a place before them they stand alone.
_SELF_NAMED = frozenset(("市委", "县委", "区委", "省委", "团市委", "工联会", "工商联", "妇联"))
_WEAK = frozenset(("工会", "中心", "分中心", "局", "办", "院", "委", "厅", "委员会", "工委", "办公室", "党委", "党组"))


#: A prefix this long with no place in it may begin with a verb phrase (坚持围绕西南政法大学): segment it.
_SEGMENT_FROM = 3
#: jieba tags of words that begin a clause, not a name: verbs, adverbs, prepositions, pronouns, numerals ...
_NOT_NAME_TAGS = ("v", "d", "ad", "p", "c", "u", "r", "m", "q", "f", "t", "a")


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


def _leading_verbs(candidate: str, limit: int) -> int:
    """How many characters of ``candidate`` before ``limit`` are a clause opening, not the name, by jieba.

    The name starts at the first place or organization word (ns, nt) jieba finds; failing that, after the
    verbs, adverbs and function words it opens with. A verbal noun (劳动, vn) may begin a name.
    """
    pairs = list(_tokenizer().cut(candidate))
    offset = 0
    for pair in pairs:
        if offset >= limit:
            break
        if pair.flag in ("ns", "nt"):
            return offset
        offset += len(pair.word)
    skipped = 0
    for pair in pairs:
        if not pair.flag.startswith(_NOT_NAME_TAGS) or pair.flag == "vn":
            break
        skipped += len(pair.word)
    return skipped if skipped < limit else 0


def _parent_before(prefix: str, lists: _Lists) -> bool:
    """Whether ``prefix`` ends with a strong organization ending (公司, 大学, 医院 …)."""
    return any(prefix.endswith(s) for s in lists.suffixes if s not in _WEAK and len(s) > 1)


def _name_start(view: str, start: int, suffix_start: int, suffix: str, lists: _Lists) -> int:
    """Move ``start`` right to where a place, parent or known city begins; -1 when a weak ending has none."""
    prefix = view[start:suffix_start]
    known = lists.place_re.search(prefix)
    best = known.start() if known else -1
    if best < 0 and _PLACE_START.match(prefix):
        best = 0
    if best >= 0:
        return start + best
    if suffix in _SELF_NAMED:
        return suffix_start
    # a weak ending after a named parent is that parent's body: 华为技术有限公司工会, 浙江大学医学院
    weak = suffix in _WEAK and not _parent_before(prefix, lists)
    if not weak and suffix_start - start >= _SEGMENT_FROM:
        return start + _leading_verbs(view[start : suffix_start + len(suffix)], suffix_start - start)
    if weak:
        return -1
    return start


def _place_head(name: str) -> str:
    """The place part of a name such as 忠县总工会 (忠县), empty when the name has none."""
    m = re.match(r"^[\u4e00-\u9fff]{1,6}?(?:新区|自治县|自治州|省|市|区|县|州|旗|盟)", name)
    return m.group() if m else ""


def _coordinated(view: str, start: int, head: str, lists: _Lists) -> list[tuple[int, int, OrgKind, str]]:
    """Items of a list of bare places sharing ``head``: 江北区、沙坪坝区、忠县总工会 → each 区/县 + 总工会."""
    if not head:
        return []
    out: list[tuple[int, int, OrgKind, str]] = []
    pos = start
    while pos > 0 and view[pos - 1] == "、":
        j = pos - 1
        while j > 0 and _CJK.match(view[j - 1]) and view[j - 1] not in lists.stop_chars and pos - 1 - j < 8:
            j -= 1
        item = view[j : pos - 1]
        if not _PLACE_ONLY.match(item):
            break
        out.append((j, pos - 1, lists.suffixes.get(_suffix_of(head, lists), "other"), "coordinated:" + head))
        pos = j
    return out


def _suffix_of(name: str, lists: _Lists) -> str:
    endings = [m.group() for m in lists.suffix_re.finditer(name)]
    return endings[-1] if endings else ""


def _kind_of(name: str, lists: _Lists) -> OrgKind:
    return lists.suffixes.get(_suffix_of(name, lists), "other")


def _excluded(name: str, lists: _Lists) -> bool:
    """Generic plurals, counted groups and meetings are not named organizations."""
    if name.startswith(lists.excluded_prefixes) or _COUNTED.match(name):
        return True
    return bool(_SESSION_INSIDE.search(name))


def _aliases(view: str, found: list[tuple[int, int, OrgKind, str]]) -> list[tuple[int, int, OrgKind, str]]:
    """A parenthesised alias right after a name belongs to it: 市企业联合会(企业家协会)."""
    out: list[tuple[int, int, OrgKind, str]] = []
    for start, end, kind, _rule in found:
        if view[end : end + 1] in ("(", "（"):
            close = next((k for k in range(end + 1, min(len(view), end + 16)) if view[k] in (")", "）")), -1)
            inner = view[end + 1 : close]
            if close > 0 and _ALIAS.fullmatch(inner):
                out.append((start, close + 1, kind, "alias"))
    return out


def _longest(found: list[tuple[int, int, OrgKind, str]]) -> list[tuple[int, int, OrgKind, str]]:
    """Drop candidates inside a longer one, keeping the longest span that names one organization."""
    ordered = sorted(set(found), key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, OrgKind, str]] = []
    for cand in ordered:
        if any(k[0] <= cand[0] and cand[1] <= k[1] and k[:2] != cand[:2] for k in kept):
            continue
        if any(k[:2] == cand[:2] for k in kept):
            continue
        kept = [k for k in kept if not (cand[0] <= k[0] and k[1] <= cand[1])]
        kept.append(cand)
    return sorted(kept)


def _resolve_local(records: list[Organization]) -> list[Organization]:
    """区总工会 after 西湖区总工会 in the same article is 西湖区总工会: the district named last resolves it."""
    out: list[Organization] = []
    district = ""
    for rec in records:
        if rec.name[:1] in ("区", "县") and district and rec.name[0] == district[-1]:
            rec = rec.model_copy(update={"name": district[:-1] + rec.name})
        elif m := _NAMED_DISTRICT.match(rec.name):
            district = m.group(1)
        out.append(rec)
    return out


def _share_list_roles(records: list[Organization], view: str) -> list[Organization]:
    """Names joined by 、和与及 act together: 由A、B主办 makes both organizers, not only the last one."""
    out = list(records)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and view[out[j].span.end : out[j + 1].span.start] in _LIST_JOINERS:
            j += 1
        roles = {r.role for r in out[i : j + 1]} - {"mentioned"}
        if len(roles) == 1 and j > i:
            role = roles.pop()
            out[i : j + 1] = [r.model_copy(update={"role": role}) for r in out[i : j + 1]]
        i = j + 1
    return out


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


def _role(view: str, start: int, end: int) -> OrgRole:
    """What the sentence says the organization did, read from the clause around it."""
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(view, 0, start)), default=0)
    m_end = _CLAUSE_END.search(view, end)
    clause_end = m_end.start() if m_end else len(view)
    after = view[end:clause_end]
    before = view[clause_start:start]
    label = _ROLE_LABEL.search(before)
    if label:
        return dict(_ROLE_WORDS)[label.group(1)]
    for word, role in _ROLE_WORDS:
        pos = after.find(word)
        near = 2 if word == "支持" else _ROLE_REACH
        if 0 <= pos <= near and not any(after.find(w, 0, pos) >= 0 for w, _ in _ROLE_WORDS if w != word):
            return role
    if before.endswith(("联合", "会同", "携手")):
        return "co-organizer"
    if before.endswith("在") and re.match(r"^[^，。]{0,4}(?:举行|举办|召开|开幕|落幕)", after):
        return "venue"
    if any(w in after[:12] for w in _PARTICIPATE) or before.endswith(_PARTICIPATE):
        return "participant"
    return "mentioned"
