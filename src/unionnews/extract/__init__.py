"""Extractors: one module each, one contract, listed once in :data:`DEFAULT_EXTRACTORS`.

An extractor is a picklable callable ``extractor(ctx, article) -> list[record]`` with a ``field`` naming the
``Article`` list it fills (``dates``, ``counts``, ``organizations``, ``awards``). It reads the article's
blocks through ``ctx`` (spans index ``ctx.text``; patterns match on ``ctx.view``, the Simplified view of the
same length) and returns records; it does not modify the article. Expensive setup happens on first use, not
at import or construction, so a pipeline is cheap to build and to send to worker processes.

An extractor may also define ``outside_articles(ctx) -> list[record]`` for what stands in no article (the
masthead's issue date, its publisher); the pipeline stores that list on the ``Bulletin`` field of the same
name (``Bulletin.dates``, ``Bulletin.organizations``).

Adding an extractor means one module, one entry in :data:`DEFAULT_EXTRACTORS` and one test table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from unionnews.context import Context
    from unionnews.model import Article


class Extractor(Protocol):
    """The contract every extractor follows."""

    field: str

    def __call__(self, ctx: Context, article: Article) -> list[Any]: ...


def _dates() -> Extractor:
    from unionnews.extract.dates import DateExtractor

    return DateExtractor()


def _counts() -> Extractor:
    from unionnews.extract.counts import CountExtractor

    return CountExtractor()


def _organizations() -> Extractor:
    from unionnews.extract.organizations import OrganizationExtractor

    return OrganizationExtractor()


def _awards() -> Extractor:
    from unionnews.extract.awards import AwardExtractor

    return AwardExtractor()


#: Factories in the order extractors run: awards read the counts and organizations found before them.
DEFAULT_EXTRACTORS: tuple[tuple[str, Callable[[], Extractor]], ...] = (
    ("dates", _dates),
    ("counts", _counts),
    ("organizations", _organizations),
    ("awards", _awards),
)


def default_extractors(names: tuple[str, ...] | None = None) -> list[Extractor]:
    """Fresh instances of the default extractors (all, or those named)."""
    return [factory() for name, factory in DEFAULT_EXTRACTORS if names is None or name in names]
