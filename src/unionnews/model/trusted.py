"""Building models from values that are valid by construction, without running validation.

The assembler makes tens of thousands of spans per megabyte, each from offsets it computed and text it
sliced; validating them again costs more than the rest of assembling. ``trusted`` does what pydantic's
``model_construct`` does (set ``__dict__``, the fields set, no extra, no private state) without its
alias handling: the fields not passed get their defaults, the fields set are the ones passed (as validation
would record them). Only code that built the values itself may use it; ``tests/test_fast_paths.py``
checks the result equals what validation makes.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable, Iterable
from functools import cache, partial
from typing import Any, TypeVar, cast

from pydantic import BaseModel

from unionnews.model.spans import Span, TextSpan

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T", bound=TextSpan)

_new = object.__new__
_set = object.__setattr__
# BaseModel's slots, set through their descriptors (what object.__setattr__ ends up calling, minus the lookup)
_set_fields = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


def trusted(cls: type[M], values: dict[str, Any], fields_set: Iterable[str] | None = None) -> M:
    """``cls`` holding ``values``, every other field at its default; ``fields_set`` defaults to the names
    in ``values`` (pass it when ``values`` also spells out defaults, to keep them unset)."""
    names, plan = _fields(cls)
    if tuple(values) == names:  # every field, in order: the dict is used as it is
        full = values
    else:
        full = {}
        for name, factory, default in plan:
            if name in values:
                full[name] = values[name]
            elif factory is not None:
                full[name] = factory()
            else:
                full[name] = default
        if not values.keys() <= full.keys():
            raise TypeError(f"{cls.__name__} has no field {sorted(values.keys() - full.keys())}")
    obj = _new(cls)
    _set(obj, "__dict__", full)
    _set_fields(obj, set(values if fields_set is None else fields_set))
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj


_IMMUTABLE = (type(None), bool, int, float, str, bytes, dt.date, dt.time, dt.timedelta)


@cache
def _fields(cls: type[BaseModel]) -> tuple[tuple[str, ...], tuple[tuple[str, Callable[[], Any] | None, Any], ...]]:
    """Each field of ``cls`` in declaration order (the order validation fills ``__dict__`` in) with how to make
    its default: a factory to call, or a value to share. FieldInfo.get_default inspects the factory's
    signature on every call, which costs more than everything else here."""
    out: list[tuple[str, Callable[[], Any] | None, Any]] = []
    for name, info in cls.model_fields.items():
        if info.is_required():
            out.append((name, partial(_missing, cls.__name__, name), None))
        elif info.default_factory is not None:
            if _reads_other_fields(info.default_factory):
                raise TypeError(f"{cls.__name__}.{name}: a default factory reading other fields is not supported")
            out.append((name, cast(Callable[[], Any], info.default_factory), None))
        elif isinstance(info.default, _IMMUTABLE):
            out.append((name, None, info.default))
        else:  # a mutable default is copied for each instance, as pydantic does
            out.append((name, partial(info.get_default, call_default_factory=True), None))
    return tuple(cls.model_fields), tuple(out)


def _missing(model: str, name: str) -> Any:
    raise TypeError(f"{model}.{name} is required")


def _reads_other_fields(factory: Callable[..., Any]) -> bool:
    """True for a factory taking the validated data (pydantic passes it when there is one parameter)."""
    try:
        params = inspect.signature(factory).parameters.values()
    except (TypeError, ValueError):  # builtins such as list
        return False
    return any(p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) for p in params)


def span(start: int, end: int) -> Span:
    """``Span(start=start, end=end)`` for offsets known to be ``0 <= start <= end``."""
    obj = _new(Span)
    _set(obj, "__dict__", {"start": start, "end": end})
    _set_fields(obj, {"start", "end"})
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj


def text_span(text: str, start: int, end: int) -> TextSpan:
    """The piece ``text[start:end]`` as a ``TextSpan`` (the span made inline: this is the hottest path)."""
    sp = _new(Span)
    _set(sp, "__dict__", {"start": start, "end": end})
    _set_fields(sp, {"start", "end"})
    _set_extra(sp, None)
    _set_private(sp, None)
    obj = _new(TextSpan)
    _set(obj, "__dict__", {"text": text[start:end], "span": sp})
    _set_fields(obj, {"text", "span"})
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj


def labelled_span(cls: type[T], text: str, sp: Span, name: str, value: Any) -> T:
    """``cls(text=text, span=sp, **{name: value})`` for a ``TextSpan`` subclass with that one more field
    (``Furniture``, ``MastheadField``, ``Column``): ``trusted`` without its checks, for the assembler's
    thousands of them."""
    if _fields(cls)[0] != ("text", "span", name):
        raise TypeError(f"{cls.__name__} is not a TextSpan with the one more field {name!r}")
    obj = _new(cls)
    _set(obj, "__dict__", {"text": text, "span": sp, name: value})
    _set_fields(obj, {"text", "span", name})
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj
