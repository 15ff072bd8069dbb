"""Organizations extractor (placeholder until its issue lands: finds nothing)."""

from __future__ import annotations

from unionnews.context import Context
from unionnews.model import Article, Organization


class OrganizationExtractor:
    field = "organizations"

    def __call__(self, ctx: Context, article: Article) -> list[Organization]:
        return []
