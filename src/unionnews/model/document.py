"""The document tree: bulletin → columns → articles → blocks, with the records hung on each article.

``Bulletin.text`` is the normalised text in reading order. Every block and record carries a ``span`` into it,
and ``Bulletin.offsets`` maps each of its characters back to the decoded file, so nothing the file said is
lost and every fact can be traced to the characters it came from.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from unionnews.model.records import Award, Count, DateMention, Organization
from unionnews.model.spans import Span, TextSpan

#: Bumped whenever the JSON contract changes in a way a consumer could notice.
SCHEMA_VERSION = "unionnews.bulletin/1"

FurnitureKind = Literal[
    "page_number", "running_header", "markup", "rule", "navigation", "jump", "distribution", "contents"
]
MastheadFieldName = Literal["title", "issue", "total_issue", "publisher", "date", "published", "other"]
ReferenceSource = Literal["caller", "masthead", "stamp"]
Script = Literal["simplified", "traditional"]


class Source(BaseModel):
    """Where the text came from, so a record can be traced back to the file."""

    path: str | None = None
    encoding: str = "utf-8"
    sha256: str = ""
    length: int = Field(0, description="Number of characters of the decoded file.")


class Furniture(TextSpan):
    """Page furniture: kept as a labelled layer, never mixed into paragraphs."""

    kind: FurnitureKind


class MastheadField(TextSpan):
    field: MastheadFieldName


class Metadata(BaseModel):
    """What the masthead (or a publication stamp) says about the issue."""

    title: str | None = None
    issue: str | None = Field(None, description="Issue number as written, e.g. 第45期.")
    total_issue: str | None = None
    publisher: str | None = None
    date: dt.date | None = Field(None, description="Issue date from the masthead or a 发布时间 stamp.")
    reference_date: dt.date | None = Field(None, description="Date that year-less dates are resolved against.")
    reference_source: ReferenceSource | None = None
    city: str | None = Field(None, description="City the bulletin is from, given or inferred.")
    script: Script = "simplified"


class Column(TextSpan):
    """A column (栏目) heading: ``text`` is the line as written, ``name`` without decoration (【】)."""

    name: str


class Article(BaseModel):
    """One article; items of a news-in-brief column are articles too, with no headline."""

    model_config = ConfigDict(validate_assignment=False)

    column: str | None = None
    kicker: TextSpan | None = None
    headline: TextSpan | None = None
    subtitle: TextSpan | None = None
    bullet: TextSpan | None = Field(None, description="The marker of a news-in-brief item (◆, 一、, 1. …).")
    paragraphs: list[TextSpan] = Field(default_factory=list)
    captions: list[TextSpan] = Field(default_factory=list)
    span: Span
    dates: list[DateMention] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    counts: list[Count] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)

    def blocks(self) -> Iterator[TextSpan]:
        """The text blocks of the article in reading order (what extractors read)."""
        for block in (self.kicker, self.headline, self.subtitle):
            if block is not None:
                yield block
        parts: list[TextSpan] = [*self.paragraphs, *self.captions]
        parts.sort(key=lambda b: b.span.start)
        yield from parts


class Bulletin(BaseModel):
    """A parsed bulletin. ``model_dump_json()`` is the JSON contract (see ``docs/schema.json``)."""

    schema_version: str = SCHEMA_VERSION
    source: Source = Field(default_factory=Source)
    metadata: Metadata = Field(default_factory=Metadata)
    text: str
    offsets: list[tuple[int, int, int]] = Field(
        default_factory=list,
        description="Runs (text_start, original_start, length) mapping Bulletin.text to the decoded file.",
    )
    masthead: list[MastheadField] = Field(default_factory=list)
    dates: list[DateMention] = Field(
        default_factory=list, description="Dates outside any article: the masthead's issue date and issue year."
    )
    organizations: list[Organization] = Field(
        default_factory=list, description="Organizations outside any article: the masthead's publisher."
    )
    furniture: list[Furniture] = Field(default_factory=list)
    columns: list[Column] = Field(default_factory=list)
    articles: list[Article] = Field(default_factory=list)

    def original_offset(self, index: int) -> int:
        """Offset in the decoded file of the character at ``index`` of ``text``."""
        if not self.offsets:
            return index
        starts = [run[0] for run in self.offsets]
        i = max(bisect.bisect_right(starts, index) - 1, 0)
        text_start, orig_start, _ = self.offsets[i]
        return orig_start + (index - text_start)

    def original_span(self, span: Span) -> Span:
        """The span of the decoded file that ``span`` of ``text`` came from."""
        if span.end == span.start:
            at = self.original_offset(span.start)
            return Span(start=at, end=at)
        first = self.original_offset(span.start)
        last = self.original_offset(span.end - 1)
        return Span(start=min(first, last), end=max(first, last) + 1)

    def iter_blocks(self) -> Iterator[TextSpan]:
        """Every block of the tree, in no particular order (used to check nothing is lost)."""
        yield from self.masthead
        yield from self.furniture
        yield from self.columns
        for article in self.articles:
            if article.bullet is not None:
                yield article.bullet
            yield from article.blocks()
