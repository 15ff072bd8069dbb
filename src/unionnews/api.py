"""The functions most users call: ``parse``, ``parse_file``, ``schema``."""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from unionnews.lexicon.user import Lexicon
from unionnews.model import Bulletin
from unionnews.pipeline import DateLike, Pipeline, to_lexicon


@lru_cache(maxsize=8)
def _pipeline(lexicon_key: str | None) -> Pipeline:
    """One pipeline per lexicon file, so repeated ``parse`` calls reuse the extractors' set-up work."""
    return Pipeline(lexicon=to_lexicon(lexicon_key))


def _pipeline_for(lexicon: Lexicon | str | os.PathLike[str] | None) -> Pipeline:
    if lexicon is None or isinstance(lexicon, str | os.PathLike):
        return _pipeline(None if lexicon is None else os.fspath(lexicon))
    return Pipeline(lexicon=lexicon)


def parse(
    text: str | bytes,
    *,
    reference_date: DateLike = None,
    city: str | None = None,
    lexicon: Lexicon | str | os.PathLike[str] | None = None,
) -> Bulletin:
    """Parse a bulletin given as text (or raw bytes of a file, whose encoding is detected).

    ``reference_date`` (a date or ISO string) resolves year-less dates; without it the masthead's date is
    used. ``city`` names the city the bulletin comes from (市总工会 → 重庆市总工会); without it the city is
    inferred. ``lexicon`` adds known organization names and column names (a :class:`Lexicon` or a file path).
    """
    return _pipeline_for(lexicon).parse(text, reference_date=reference_date, city=city)


def parse_file(
    path: str | os.PathLike[str],
    *,
    reference_date: DateLike = None,
    city: str | None = None,
    lexicon: Lexicon | str | os.PathLike[str] | None = None,
) -> Bulletin:
    """Read and parse one bulletin file; raises :class:`~unionnews.errors.NotTextError` for non-text input."""
    return _pipeline_for(lexicon).parse(Path(path), reference_date=reference_date, city=city)


def schema() -> str:
    """The JSON Schema of the ``Bulletin`` JSON contract."""
    return json.dumps(Bulletin.model_json_schema(), ensure_ascii=False, indent=2)
