"""Scoring one document against its gold, and adding documents up (gold-format.md, "Scoring").

| field | a system item matches a gold item when |
|---|---|
| dates | same ``edtf``, and one ``text`` contains the other (items without a value are not scored) |
| organizations | the system's ``text`` or ``name`` equals the gold ``text`` or an ``alt`` (system deduplicated by text) |
| counts | same ``value`` and ``unit``; ``approximate`` and ``role`` are accuracies over matched pairs, and the
  ``role == participants`` items get an F1 of their own |
| awards | same award (quote marks stripped; the gold award inside the system's is accepted), and one winner
  contains the other (or one of the gold ``alt`` winners) |
| structure | headlines, kickers and captions by exact text; the column of each article in reading order; every
  ``joined`` phrase inside one paragraph |

Fields are micro-averaged over documents; the macro average of per-document F1 (over documents with something
to find) is kept beside it so one long bulletin does not hide the others.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from unionnews.evaluation.gold import (
    GoldAward,
    GoldCount,
    GoldDate,
    GoldDocument,
    GoldOrganization,
    GoldStructure,
)
from unionnews.evaluation.match import Matching, contains_either, match, norm, norm_keep_lines, strip_quotes
from unionnews.evaluation.system import SysArticle, SysAward, SysCount, SysDate, SysOrganization, SystemView

FIELDS = ("dates", "organizations", "counts", "awards")
STRUCTURE_PARTS = ("headline", "kicker", "captions")


@dataclass
class PRF:
    """Counts of hits, false positives and misses, and the precision, recall and F1 they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @classmethod
    def of(cls, m: Matching[Any, Any]) -> PRF:
        return cls(m.tp, m.fp, m.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "p": round(self.precision, 3),
            "r": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


# -- when a system item matches a gold item ------------------------------------------------------------------


def same_date(g: GoldDate, s: SysDate) -> bool:
    return s.edtf == g.edtf and contains_either(g.text, s.text)


def same_organization(g: GoldOrganization, s: SysOrganization) -> bool:
    accepted = {norm(x) for x in (g.text, *g.alt)} - {""}
    return bool({norm(s.text), norm(s.name)} & accepted)


def same_count(g: GoldCount, s: SysCount) -> bool:
    return s.value == g.value and norm(s.unit) == norm(g.unit)


def same_award(g: GoldAward, s: SysAward) -> bool:
    gold_award, sys_award = strip_quotes(g.award), strip_quotes(s.award)
    if not sys_award or gold_award not in sys_award:  # equal, or the gold award inside the system's
        return False
    return any(contains_either(w, s.winner) for w in (g.winner, *g.alt))


def _optional(g: GoldDate | GoldOrganization | GoldCount | GoldAward) -> bool:
    return g.optional


# -- one document ------------------------------------------------------------------------------------------


@dataclass
class StructureScore:
    articles_gold: int = 0
    articles_system: int = 0
    parts: dict[str, PRF] = field(default_factory=lambda: {p: PRF() for p in STRUCTURE_PARTS})
    columns_ok: int = 0
    joins_ok: int = 0
    joins: int = 0
    missed_joins: list[str] = field(default_factory=list)

    def add(self, other: StructureScore) -> None:
        self.articles_gold += other.articles_gold
        self.articles_system += other.articles_system
        for part, prf in other.parts.items():
            self.parts[part].add(prf)
        self.columns_ok += other.columns_ok
        self.joins_ok += other.joins_ok
        self.joins += other.joins

    @property
    def column_accuracy(self) -> float | None:
        return self.columns_ok / self.articles_gold if self.articles_gold else None

    @property
    def join_rate(self) -> float | None:
        return self.joins_ok / self.joins if self.joins else None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"articles_gold": self.articles_gold, "articles_system": self.articles_system}
        out.update({part: prf.as_dict() for part, prf in self.parts.items()})
        acc = self.column_accuracy
        out["column_accuracy"] = None if acc is None else round(acc, 3)
        out["joins"] = f"{self.joins_ok}/{self.joins}"
        return out


@dataclass
class DocumentScore:
    """How one bulletin scored; ``misses``/``extras`` hold the unmatched gold and system items per field."""

    id: str
    fields: dict[str, PRF] = field(default_factory=lambda: {f: PRF() for f in FIELDS})
    participants: PRF = field(default_factory=PRF)
    count_pairs: int = 0
    approximate_ok: int = 0
    role_ok: int = 0
    structure: StructureScore | None = None
    misses: dict[str, list[Any]] = field(default_factory=dict)
    extras: dict[str, list[Any]] = field(default_factory=dict)
    error: str | None = None
    seconds: float = 0.0


def score_document(gold: GoldDocument, system: SystemView, *, maximum: bool = False) -> DocumentScore:
    """Score one document's system output against its gold (``maximum``: see :mod:`~unionnews.evaluation.match`)."""
    out = DocumentScore(id=gold.id)
    m = maximum
    matchings: dict[str, Matching[Any, Any]] = {
        "dates": match([d for d in gold.dates if d.edtf], system.scored_dates(), same_date, _optional, maximum=m),
        "organizations": match(
            gold.organizations, system.scored_organizations(), same_organization, _optional, maximum=m
        ),
        "counts": match(gold.counts, system.counts, same_count, _optional, maximum=m),
        "awards": match(gold.awards, system.awards, same_award, _optional, maximum=m),
    }
    for name, found in matchings.items():
        out.fields[name] = PRF.of(found)
        if found.misses:
            out.misses[name] = list(found.misses)
        if found.extras:
            out.extras[name] = list(found.extras)
    for g, s in matchings["counts"].pairs:
        out.count_pairs += 1
        out.approximate_ok += g.approximate == s.approximate
        out.role_ok += g.role == s.role
    out.participants = PRF.of(
        match(
            [g for g in gold.counts if g.role == "participants"],
            [s for s in system.counts if s.role == "participants"],
            same_count,
            _optional,
            maximum=m,
        )
    )
    if gold.structure is not None:
        out.structure = score_structure(gold.structure, system.articles)
    return out


def score_structure(gold: GoldStructure, articles: Sequence[SysArticle]) -> StructureScore:
    out = StructureScore(articles_gold=len(gold.articles), articles_system=len(articles))

    def exact(a: str, b: str) -> bool:
        return norm(a) == norm(b)

    for part in ("headline", "kicker"):
        g = [t for a in gold.articles if (t := getattr(a, part))]
        s = [t for a in articles if (t := getattr(a, part))]
        out.parts[part] = PRF.of(match(g, s, exact))
    out.parts["captions"] = PRF.of(
        match([c for a in gold.articles for c in a.captions], [c for a in articles for c in a.captions], exact)
    )
    # the column of each article, articles paired in reading order (an article lost or split shifts the rest)
    out.columns_ok = sum(norm(g.column) == norm(s.column) for g, s in zip(gold.articles, articles, strict=False))
    paragraphs = [norm_keep_lines(p) for a in articles for p in a.paragraphs]
    out.joins = len(gold.joined)
    for phrase in gold.joined:
        if any(norm(phrase) in p for p in paragraphs):
            out.joins_ok += 1
        else:
            out.missed_joins.append(phrase)
    return out


# -- many documents ----------------------------------------------------------------------------------------


@dataclass
class Report:
    """The scores of a set of documents, added up. ``scores()`` is what F1 floors are checked against."""

    documents: list[DocumentScore] = field(default_factory=list)
    matching: str = "greedy"

    def total(self, name: str) -> PRF:
        out = PRF()
        for doc in self.documents:
            out.add(doc.participants if name == "counts_participants" else doc.fields[name])
        return out

    def macro_f1(self, name: str) -> float | None:
        f1s = [d.fields[name].f1 for d in self.documents if d.fields[name].tp + d.fields[name].fn]
        return sum(f1s) / len(f1s) if f1s else None

    def count_accuracy(self, which: str) -> float | None:
        pairs = sum(d.count_pairs for d in self.documents)
        ok = sum(d.approximate_ok if which == "approximate" else d.role_ok for d in self.documents)
        return ok / pairs if pairs else None

    def structure(self) -> StructureScore | None:
        scored = [d.structure for d in self.documents if d.structure is not None]
        if not scored:
            return None
        out = StructureScore()
        for s in scored:
            out.add(s)
        return out

    def scores(self) -> dict[str, float | None]:
        """Every headline number by a flat name (``dates``, ``structure.headline`` …): F1s, then accuracies."""
        out: dict[str, float | None] = {name: self.total(name).f1 for name in (*FIELDS, "counts_participants")}
        out["counts_approximate_accuracy"] = self.count_accuracy("approximate")
        out["counts_role_accuracy"] = self.count_accuracy("role")
        st = self.structure()
        if st is not None:
            out.update({f"structure.{part}": prf.f1 for part, prf in st.parts.items()})
            out["structure.column_accuracy"] = st.column_accuracy
            out["structure.joins"] = st.join_rate
        return out

    def as_dict(self, *, show: bool = False) -> dict[str, Any]:
        """The JSON report: per-field rows first (the keys ``shared/tools/score.py`` uses), then details."""
        out: dict[str, Any] = {"documents": len(self.documents), "matching": self.matching}
        out["failed"] = {d.id: d.error for d in self.documents if d.error}
        for name in FIELDS:
            row = self.total(name).as_dict()
            macro = self.macro_f1(name)
            row["macro_f1"] = None if macro is None else round(macro, 3)
            out[name] = row
        out["counts_participants"] = self.total("counts_participants").as_dict()
        for which in ("approximate", "role"):
            acc = self.count_accuracy(which)
            out[f"counts_{which}_accuracy"] = None if acc is None else round(acc, 3)
        st = self.structure()
        if st is not None:
            out["structure_total"] = st.as_dict()
            out["structure"] = {d.id: d.structure.as_dict() for d in self.documents if d.structure is not None}
        out["seconds"] = round(sum(d.seconds for d in self.documents), 3)
        if show:
            out["show"] = {d.id: _shown(d) for d in self.documents}
        return out


def _shown(doc: DocumentScore) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in FIELDS:
        misses = [_plain(x) for x in doc.misses.get(name, [])]
        extras = [_plain(x) for x in doc.extras.get(name, [])]
        if misses or extras:
            out[name] = {"misses": misses, "extras": extras}
    if doc.structure is not None and doc.structure.missed_joins:
        out["joined"] = {"misses": list(doc.structure.missed_joins), "extras": []}
    return out


def _plain(item: Any) -> Any:
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        return {
            k: v
            for k, v in dataclasses.asdict(item).items()
            if (v is not None and v != () and v is not False) or k == "edtf"
        }
    return item
