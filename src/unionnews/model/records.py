"""Typed records the extractors produce.

Every record keeps the characters as written (``text``) and its ``span`` into ``Bulletin.text``, and names
the rule that produced it (``rule``) so a wrong record can be traced to the code that made it.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from unionnews.model.spans import Span, TextSpan

Precision = Literal["day", "month", "year"]
YearSource = Literal["written", "reference", "document", "unknown"]
Qualifier = Literal["exact", "over", "under", "about"]
CountRole = Literal["participants", "winners", "other"]
OrgKind = Literal["union", "party", "government", "school", "enterprise", "association", "institution", "other"]
OrgRole = Literal["organizer", "host", "co-organizer", "supporter", "venue", "participant", "mentioned"]
AwardKind = Literal["prize", "rank", "title", "honour"]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    span: Span
    rule: str = Field(default="", description="Name of the rule that produced the record.")


class DateMention(_Record):
    """A calendar expression resolved the way a careful reader would (guidelines §1)."""

    edtf: str | None = Field(description="EDTF value; null when the expression cannot be resolved.")
    start: dt.date | None = None
    end: dt.date | None = None
    precision: Precision | None = None
    relative: bool = False
    year_source: YearSource = "unknown"
    time_of_day: str | None = None


class Organization(_Record):
    """A named organization, its canonical name and what it did in the sentence (guidelines §2)."""

    name: str = Field(description="Canonical name, e.g. 市总工会 in a Chongqing bulletin → 重庆市总工会.")
    kind: OrgKind = "other"
    role: OrgRole = "mentioned"


class Count(_Record):
    """A number that counts people or groups of people (guidelines §3)."""

    value: int
    approximate: bool = False
    qualifier: Qualifier = "exact"
    unit: str
    subject: str | None = None
    role: CountRole = "other"


class Award(BaseModel):
    """A (winner, award) pair linked to the event it was won at (guidelines §4)."""

    model_config = ConfigDict(frozen=True)

    winner: TextSpan
    award: TextSpan
    kind: AwardKind = "prize"
    event: str | None = None
    count: Count | None = Field(default=None, description="Filled when the winner is a counted group.")
    span: Span
    rule: str = ""
