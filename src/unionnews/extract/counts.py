"""Counts extractor (placeholder until its issue lands: finds nothing)."""

from __future__ import annotations

from unionnews.context import Context
from unionnews.model import Article, Count


class CountExtractor:
    field = "counts"

    def __call__(self, ctx: Context, article: Article) -> list[Count]:
        return []
