"""Linking: relations between records found separately (award → event, award winner → count).

Runs after every extractor, over the whole bulletin; finding stays in the extractors, attaching happens here.
"""

from __future__ import annotations

from unionnews.context import Context


def link(ctx: Context) -> None:
    """Attach cross-record relations. Extractors already fill what they can; this is the shared last pass."""
    for article in ctx.bulletin.articles:
        if not article.awards or not article.counts:
            continue
        fixed = []
        for award in article.awards:
            if award.count is None:
                count = next((c for c in article.counts if award.winner.span.contains(c.span) or c.span.contains(award.winner.span)), None)
                if count is not None:
                    award = award.model_copy(update={"count": count})
            fixed.append(award)
        article.awards = fixed
