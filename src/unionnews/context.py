"""What an extractor may read about the bulletin it works on.

One ``Context`` per bulletin: the text, its Simplified view (same length, so spans are shared), the
reference date, the city and the lexicon. ``cache`` lets an extractor keep document-level findings (the year
the document is about, the city inferred from the text) for the articles that follow; it lives and dies with
the bulletin, so nothing leaks from one bulletin to the next.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from unionnews.lexicon.user import Lexicon
from unionnews.model import Article, Bulletin, TextSpan


@dataclass
class Context:
    bulletin: Bulletin
    view: str
    reference_date: dt.date | None
    city: str | None
    lexicon: Lexicon
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.bulletin.text

    def blocks(self, article: Article) -> Iterator[tuple[TextSpan, str]]:
        """Each block of ``article`` with its Simplified text (same length as the block's text)."""
        for block in article.blocks():
            yield block, self.view[block.span.start : block.span.end]
