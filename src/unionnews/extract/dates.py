"""Dates extractor (placeholder until its issue lands: finds nothing)."""

from __future__ import annotations

from unionnews.context import Context
from unionnews.model import Article, DateMention


class DateExtractor:
    field = "dates"

    def __call__(self, ctx: Context, article: Article) -> list[DateMention]:
        return []
