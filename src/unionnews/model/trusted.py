"""Building models from values that are valid by construction, without running validation.

The assembler makes tens of thousands of spans per megabyte, each from offsets it computed and text it
sliced; validating them again costs more than the rest of assembling. ``trusted`` does what pydantic's
``model_construct`` does (set ``__dict__``, the fields set, no extra, no private state) without its
alias handling: the fields not passed get their defaults, the fields set are the ones passed (as validation
would record them). Only code that built the values itself may use it; ``tests/test_fast_paths.py``
checks the result equals what validation makes.
"""

from __future__ import annotations

from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from unionnews.model.spans import Span, TextSpan

M = TypeVar("M", bound=BaseModel)

_new = object.__new__
_set = object.__setattr__
_SPAN_FIELDS = ("start", "end")
_TEXT_SPAN_FIELDS = ("text", "span")


def trusted(cls: type[M], values: dict[str, Any]) -> M:
    """``cls`` holding ``values``, every other field at its default."""
    full: dict[str, Any] = {}
    for name, info in _fields(cls):
        if name in values:
            full[name] = values[name]
        else:
            full[name] = info.get_default(call_default_factory=True, validated_data=full)
    if not values.keys() <= full.keys():
        raise TypeError(f"{cls.__name__} has no field {sorted(values.keys() - full.keys())}")
    obj = _new(cls)
    _set(obj, "__dict__", full)
    _set(obj, "__pydantic_fields_set__", set(values))
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


@cache
def _fields(cls: type[BaseModel]) -> tuple[tuple[str, FieldInfo], ...]:
    """The fields of ``cls`` in declaration order (the order validation fills ``__dict__`` in)."""
    return tuple(cls.model_fields.items())


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
