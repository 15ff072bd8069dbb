"""unionnews: Chinese trade-union bulletins → typed, traceable records.

>>> import unionnews
>>> b = unionnews.parse("12月3日,市总工会召开会议。", reference_date="2024-12-05")
>>> b.articles[0].paragraphs[0].text
'12月3日,市总工会召开会议。'
"""

from unionnews.api import parse, parse_file, schema
from unionnews.convert import convert
from unionnews.errors import ConversionError, GoldFormatError, LexiconError, NotTextError, UnionNewsError
from unionnews.lexicon.user import Lexicon
from unionnews.model import (
    SCHEMA_VERSION,
    Article,
    Award,
    Bulletin,
    Column,
    Count,
    DateMention,
    Furniture,
    MastheadField,
    Metadata,
    Organization,
    Source,
    Span,
    TextSpan,
)
from unionnews.pipeline import Options, Pipeline
from unionnews.read import Decoded, read
from unionnews.runner import iter_parse

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Award",
    "Bulletin",
    "Column",
    "ConversionError",
    "Count",
    "DateMention",
    "Decoded",
    "Furniture",
    "GoldFormatError",
    "Lexicon",
    "LexiconError",
    "MastheadField",
    "Metadata",
    "NotTextError",
    "Options",
    "Organization",
    "Pipeline",
    "Source",
    "Span",
    "TextSpan",
    "UnionNewsError",
    "convert",
    "iter_parse",
    "parse",
    "parse_file",
    "read",
    "schema",
]
