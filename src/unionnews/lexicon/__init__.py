"""Word lists and gazetteers: data files inside the package, loaded lazily, extendable by the user.

Each list is a UTF-8 text file under ``lexicon/data/`` with one entry per line and ``#`` comments. Nothing is
read at import time; :func:`load_words` caches each file per process, and callers merge user entries into
their own copy, so no shared state changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

from unionnews.errors import LexiconError


@cache
def load_words(name: str) -> frozenset[str]:
    """Entries of the packaged list ``data/<name>.txt``."""
    text = resources.files("unionnews.lexicon").joinpath("data").joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(_entries(text.splitlines()))


def load_lines(name: str) -> tuple[str, ...]:
    """Entries of ``data/<name>.txt`` in file order (for lists whose order matters)."""
    text = resources.files("unionnews.lexicon").joinpath("data").joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return tuple(_entries(text.splitlines()))


def read_user_words(path: str | Path) -> list[str]:
    """Entries of a user's word-list file, in the same format as the packaged ones."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read word list ({exc})") from None
    return list(_entries(text.splitlines()))


def _entries(lines: Iterable[str]) -> Iterable[str]:
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line
