"""The one span type every block and record uses.

Offsets index ``Bulletin.text`` (the normalised, reading-order text), half-open like Python slices, so
``bulletin.text[span.start:span.end]`` is always the item's text. ``Bulletin.original_span`` maps a span
back to the characters of the decoded file.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Span(BaseModel):
    """Half-open character range ``[start, end)`` into ``Bulletin.text`` (``start <= end``)."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


class TextSpan(BaseModel):
    """A piece of the bulletin: its text as written and where it is."""

    model_config = ConfigDict(frozen=True)

    text: str
    span: Span
