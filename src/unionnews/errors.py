"""The exception tree.

    UnionNewsError            base of everything the library raises on purpose
    ├── NotTextError          input is not a text bulletin (binary, NUL bytes, undecodable)
    ├── LexiconError          a user word list or lexicon file cannot be read
    └── GoldFormatError       an evaluation gold file does not follow gold-format.md

Anything else escaping the library is a bug.
"""

from __future__ import annotations


class UnionNewsError(Exception):
    """Base class: catch this to handle every error the library raises on purpose."""


class NotTextError(UnionNewsError, ValueError):
    """The input is not a text bulletin. The message names the file and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: not a text bulletin: {reason}")


class LexiconError(UnionNewsError, ValueError):
    """A user-supplied word list or lexicon could not be loaded."""


class GoldFormatError(UnionNewsError, ValueError):
    """A gold file does not follow the documented gold format."""
