"""Building models from values that are valid by construction, without running validation.

The assembler makes tens of thousands of spans per megabyte, each from offsets it computed and text it
sliced; validating them again costs more than the rest of assembling. ``trusted`` does what pydantic's
``model_construct`` does (set ``__dict__``, the fields set, no extra, no private state) without its
per-field Python loop over aliases and defaults, so the caller passes every field, in declaration order.
Only code that built the values itself may use it; ``tests/test_fast_paths.py`` checks the result equals
what validation makes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from pydantic import BaseModel

from unionnews.model.spans import Span, TextSpan

M = TypeVar("M", bound=BaseModel)

_new = object.__new__
_set = object.__setattr__
_SPAN_FIELDS = ("start", "end")
_TEXT_SPAN_FIELDS = ("text", "span")


def trusted(cls: type[M], values: dict[str, Any], fields_set: Iterable[str] | None = None) -> M:
    """``cls`` holding ``values`` (every field, in declaration order); ``fields_set`` defaults to all of them."""
    obj = _new(cls)
    _set(obj, "__dict__", values)
    _set(obj, "__pydantic_fields_set__", set(values if fields_set is None else fields_set))
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


def span(start: int, end: int) -> Span:
    """``Span(start=start, end=end)`` for offsets known to be ``0 <= start <= end``."""
    obj = _new(Span)
    _set(obj, "__dict__", {"start": start, "end": end})
    _set(obj, "__pydantic_fields_set__", set(_SPAN_FIELDS))
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


def text_span(text: str, start: int, end: int) -> TextSpan:
    """The piece ``text[start:end]`` as a ``TextSpan``."""
    obj = _new(TextSpan)
    _set(obj, "__dict__", {"text": text[start:end], "span": span(start, end)})
    _set(obj, "__pydantic_fields_set__", set(_TEXT_SPAN_FIELDS))
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj
