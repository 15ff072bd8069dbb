"""The pipeline: read → normalise → segment → assemble → extract → link.

A :class:`Pipeline` holds the options, the lexicon and the extractors. It does no work when built and
pickles cleanly (extractors set themselves up on first use), so a batch run builds one and sends it to each
worker process.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from unionnews.assemble import assemble
from unionnews.context import Context
from unionnews.extract import Extractor, default_extractors
from unionnews.lexicon import load_lines, load_words
from unionnews.lexicon.user import Lexicon
from unionnews.link import link
from unionnews.model import Bulletin, Source
from unionnews.normalize import normalize
from unionnews.read import Decoded, read
from unionnews.script import is_traditional, simplified_view
from unionnews.segment import LayoutRules, lay_out

DateLike = dt.date | dt.datetime | str | None


@dataclass(frozen=True)
class Options:
    """Per-run settings that change what is extracted."""

    reference_date: dt.date | None = None
    city: str | None = None


def to_date(value: DateLike) -> dt.date | None:
    """A reference date from a date, a datetime or an ISO string (``2024-12-05``)."""
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValueError(f"reference date {value!r} is not an ISO date such as 2024-12-05") from None


def to_lexicon(value: Lexicon | str | os.PathLike[str] | None) -> Lexicon:
    if value is None:
        return Lexicon()
    if isinstance(value, Lexicon):
        return value
    return Lexicon.load(Path(value))


@dataclass
class Pipeline:
    """Parses bulletins with one set of options, lexicon and extractors."""

    options: Options = field(default_factory=Options)
    lexicon: Lexicon = field(default_factory=Lexicon)
    extractors: Sequence[Extractor] | None = None
    _rules: LayoutRules | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.extractors is None:
            self.extractors = default_extractors()

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_rules"] = None
        return state

    @property
    def rules(self) -> LayoutRules:
        if self._rules is None:
            self._rules = LayoutRules(
                column_words=load_words("columns") | self.lexicon.columns,
                column_suffixes=load_lines("column_suffixes"),
            )
        return self._rules

    def parse(
        self,
        source: str | bytes | os.PathLike[str] | Decoded,
        *,
        reference_date: DateLike = None,
        city: str | None = None,
        name: str | None = None,
        structure_only: bool = False,
    ) -> Bulletin:
        """Parse one bulletin; a ``str`` is the text itself (pass a ``Path`` to read a file)."""
        decoded = (
            source if isinstance(source, Decoded) else read(source, allow_empty=isinstance(source, str), name=name)
        )
        bulletin = self.structure(decoded)
        if structure_only:
            return bulletin
        self.extract(bulletin, reference_date=reference_date, city=city)
        return bulletin

    def structure(self, decoded: Decoded) -> Bulletin:
        """The document tree without records: read → normalise → segment → assemble."""
        norm = normalize(decoded.text)
        traditional = is_traditional(norm.text)
        # layout decisions read the Simplified view (same offsets), so one vocabulary serves both scripts
        layout = lay_out(simplified_view(norm.text) if traditional else norm.text, self.rules)
        source = Source(path=decoded.path, encoding=decoded.encoding, sha256=decoded.sha256, length=len(decoded.text))
        bulletin = assemble(norm.text, norm.runs, layout, source)
        if traditional:
            bulletin.metadata.script = "traditional"
        return bulletin

    def extract(self, bulletin: Bulletin, *, reference_date: DateLike = None, city: str | None = None) -> None:
        """Run the extractors over every article, then link the records."""
        ref = to_date(reference_date) or self.options.reference_date
        meta = bulletin.metadata
        if ref is not None:
            meta.reference_date, meta.reference_source = ref, "caller"
        meta.city = city or self.options.city or meta.city
        view = simplified_view(bulletin.text) if meta.script == "traditional" else bulletin.text
        ctx = Context(
            bulletin=bulletin, view=view, reference_date=meta.reference_date, city=meta.city, lexicon=self.lexicon
        )
        for extractor in self.extractors or ():
            for article in bulletin.articles:
                records = extractor(ctx, article)
                setattr(article, extractor.field, records)
            # an extractor may also read the blocks outside articles (the masthead's date, for dates)
            outside = getattr(extractor, "outside_articles", None)
            if outside is not None and extractor.field in Bulletin.model_fields:
                setattr(bulletin, extractor.field, outside(ctx))
        if meta.city is None and ctx.cache.get("city"):
            meta.city = ctx.cache["city"]
        link(ctx)
