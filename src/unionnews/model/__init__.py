"""Pydantic models only: the span type, the document tree and the records. Imports no stage."""

from unionnews.model.document import (
    SCHEMA_VERSION,
    Article,
    Bulletin,
    Column,
    Furniture,
    MastheadField,
    Metadata,
    Source,
)
from unionnews.model.records import Award, Count, DateMention, Organization
from unionnews.model.spans import Span, TextSpan

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Award",
    "Bulletin",
    "Column",
    "Count",
    "DateMention",
    "Furniture",
    "MastheadField",
    "Metadata",
    "Organization",
    "Source",
    "Span",
    "TextSpan",
]
