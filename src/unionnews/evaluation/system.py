"""What the scorer reads from a parsed bulletin: the records of every article and the outline of the tree.

Kept as plain frozen records so the scorer does not depend on the document model's shape beyond this one
module, and so tests can score hand-made system output without parsing anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from unionnews.evaluation.match import norm
from unionnews.model import Bulletin


@dataclass(frozen=True)
class SysDate:
    text: str
    edtf: str | None


@dataclass(frozen=True)
class SysOrganization:
    text: str
    name: str | None = None


@dataclass(frozen=True)
class SysCount:
    text: str
    value: int
    unit: str
    approximate: bool = False
    role: str = "other"


@dataclass(frozen=True)
class SysAward:
    winner: str
    award: str
    event: str | None = None


@dataclass(frozen=True)
class SysArticle:
    column: str | None = None
    kicker: str | None = None
    headline: str | None = None
    paragraphs: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()


@dataclass(frozen=True)
class SystemView:
    dates: tuple[SysDate, ...] = ()
    organizations: tuple[SysOrganization, ...] = ()
    counts: tuple[SysCount, ...] = ()
    awards: tuple[SysAward, ...] = ()
    articles: tuple[SysArticle, ...] = ()

    def scored_dates(self) -> list[SysDate]:
        """Dates with a value: a mention the system could not resolve (``近日``) is neither right nor wrong."""
        return [d for d in self.dates if d.edtf]

    def scored_organizations(self) -> list[SysOrganization]:
        """One per distinct surface form: organizations are a document-level set (guidelines §2)."""
        seen: set[str] = set()
        out: list[SysOrganization] = []
        for org in self.organizations:
            key = norm(org.text) or norm(org.name)
            if key not in seen:
                seen.add(key)
                out.append(org)
        return out


def view_of(bulletin: Bulletin) -> SystemView:
    """The records of the masthead and of every article in reading order, and each article's outline."""
    arts = bulletin.articles
    return SystemView(
        dates=tuple(SysDate(d.text, d.edtf) for d in (*bulletin.dates, *(d for a in arts for d in a.dates))),
        organizations=tuple(
            SysOrganization(o.text, o.name)
            for o in (*bulletin.organizations, *(o for a in arts for o in a.organizations))
        ),
        counts=tuple(SysCount(c.text, c.value, c.unit, c.approximate, c.role) for a in arts for c in a.counts),
        awards=tuple(SysAward(w.winner.text, w.award.text, w.event) for a in arts for w in a.awards),
        articles=tuple(
            SysArticle(
                column=a.column,
                kicker=a.kicker.text if a.kicker else None,
                headline=a.headline.text if a.headline else None,
                paragraphs=tuple(p.text for p in a.paragraphs),
                captions=tuple(c.text for c in a.captions),
            )
            for a in arts
        ),
    )
