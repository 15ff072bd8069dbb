"""The exception tree.

    UnionNewsError            base of everything the library raises on purpose
    ├── NotTextError          input is not a text bulletin (binary, NUL bytes, undecodable)
    ├── LexiconError          a user word list or lexicon file cannot be read
    ├── GoldFormatError       an evaluation gold file does not follow gold-format.md
    └── ConversionError       one input of a batch run could not be converted (yielded, not raised)

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


class ConversionError(UnionNewsError):
    """One input of a batch run could not be converted: ``kind`` says what went wrong, ``reason`` in words.

    Batch functions yield it next to the path instead of raising, so one bad file never stops a run.
    """

    def __init__(self, path: str, reason: str, kind: str = "not_text") -> None:
        self.path = path
        self.reason = reason
        self.kind = kind
        super().__init__(f"{path}: {reason}")

    def __reduce__(self) -> tuple[type[ConversionError], tuple[str, str, str]]:
        return (type(self), (self.path, self.reason, self.kind))
