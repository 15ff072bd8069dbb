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
        changed = False
        for award in article.awards:
            if award.count is None:
                winner = award.winner.span
                count = next((c for c in article.counts if winner.contains(c.span) or c.span.contains(winner)), None)
                if count is not None:
                    award = award.model_copy(update={"count": count})
                    changed = True
            fixed.append(award)
        if changed:  # an unchanged list is left as it is (assigning a model field is not free)
            article.awards = fixed
