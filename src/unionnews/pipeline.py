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
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from unionnews.assemble import assemble
from unionnews.context import Context
from unionnews.extract import Extractor, default_extractors
from unionnews.lexicon import load_lines, load_words
from unionnews.lexicon.user import Lexicon
from unionnews.link import link
from unionnews.model import Article, Bulletin, Source
from unionnews.model.trusted import trusted
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
        bulletin, view = self._structure(decoded)
        if structure_only:
            return bulletin
        self._extract(bulletin, reference_date, city, view)
        return bulletin

    def structure(self, decoded: Decoded) -> Bulletin:
        """The document tree without records: read → normalise → segment → assemble."""
        return self._structure(decoded)[0]

    def _structure(self, decoded: Decoded) -> tuple[Bulletin, str | None]:
        """The tree, and the Simplified view of its text when layout's view is that (no reordering)."""
        norm = normalize(decoded.text)
        traditional = is_traditional(norm.text)
        # layout decisions read the Simplified view (same offsets), so one vocabulary serves both scripts
        view = simplified_view(norm.text) if traditional else norm.text
        layout = lay_out(view, self.rules)
        source = trusted(  # values of the reader's own making: no validation needed
            Source,
            {"path": decoded.path, "encoding": decoded.encoding, "sha256": decoded.sha256, "length": len(decoded.text)},
        )
        bulletin = assemble(norm.text, norm.runs, layout, source)
        if traditional:
            bulletin.metadata.script = "traditional"
        # a reordered text needs its own view: opencc converts phrases, which reordering can join or split
        return bulletin, view if bulletin.text is norm.text else None

    def extract(self, bulletin: Bulletin, *, reference_date: DateLike = None, city: str | None = None) -> None:
        """Run the extractors over every article, then link the records."""
        self._extract(bulletin, reference_date, city, None)

    def _extract(self, bulletin: Bulletin, reference_date: DateLike, city: str | None, view: str | None) -> None:
        ref = to_date(reference_date) or self.options.reference_date
        meta = bulletin.metadata
        if ref is not None:
            meta.reference_date, meta.reference_source = ref, "caller"
        meta.city = city or self.options.city or meta.city
        if meta.script != "traditional":
            view = bulletin.text
        elif view is None:
            view = simplified_view(bulletin.text)
        ctx = Context(
            bulletin=bulletin, view=view, reference_date=meta.reference_date, city=meta.city, lexicon=self.lexicon
        )
        articles = bulletin.articles
        plain = _plain_assignment(Article)
        for extractor in self.extractors or ():
            name = extractor.field
            if plain and name in _ARTICLE_FIELDS:
                for article in articles:
                    records = extractor(ctx, article)
                    # what pydantic's __setattr__ does for a field of a model that does not validate assignment
                    article.__dict__[name] = records
                    article.__pydantic_fields_set__.add(name)
            else:
                for article in articles:
                    setattr(article, name, extractor(ctx, article))
            # an extractor may also read the blocks outside articles (the masthead's date, for dates)
            outside = getattr(extractor, "outside_articles", None)
            if outside is not None and name in _BULLETIN_FIELDS:
                setattr(bulletin, name, outside(ctx))
        if meta.city is None and ctx.cache.get("city"):
            meta.city = ctx.cache["city"]
        link(ctx)


# The models' field names, looked up once: the class attribute is a computed property in pydantic
_ARTICLE_FIELDS = frozenset(Article.model_fields)
_BULLETIN_FIELDS = frozenset(Bulletin.model_fields)


@cache
def _plain_assignment(model: type[BaseModel]) -> bool:
    """True when setting a field of ``model`` only stores it (no validation, no frozen check, no property)."""
    config = model.model_config
    return not config.get("validate_assignment") and not config.get("frozen")
