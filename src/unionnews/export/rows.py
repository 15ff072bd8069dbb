"""A Bulletin flattened into table rows, once, for every tabular format (SQLite, CSV, Parquet).

The tables and their columns are derived from the pydantic models, not written out by hand, so a field
added to a record (or a new record list on ``Article``) reaches every format without touching this module:

- a nested model becomes its fields with the field name as prefix (``span`` → ``span_start``, ``span_end``;
  ``winner`` → ``winner_text``, ``winner_span_start`` …);
- a list, tuple or dict becomes one JSON text column (``paragraphs``, ``offsets``);
- every list field of ``Article`` whose items are not text blocks is a record table (``dates``,
  ``organizations``, ``counts``, ``awards`` …).

Every row carries the file's ``path`` and ``sha256`` and its spans, so each fact can be traced back to the
characters it came from without a join. Key columns (``id``, ``bulletin_id``, ``article_id``) are left to
the writer, which numbers rows in output order; flattening happens in the worker process, so the parent
only writes.
"""

from __future__ import annotations

import datetime as dt
import enum
import operator
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, TypeAdapter

from unionnews.model import Article, Bulletin, TextSpan

SqlType = Literal["INTEGER", "REAL", "TEXT"]
Value = int | float | str | None

#: The fields of ``Bulletin`` that become tables of their own, not columns of ``bulletins``.
_OWN_TABLE = frozenset({"articles"})
#: ``Bulletin`` fields whose sub-fields are spread into ``bulletins`` without a prefix.
_SPREAD = ("source", "metadata")


@dataclass(frozen=True)
class Column:
    name: str
    type: SqlType
    get: Callable[[Any], Value]


@dataclass(frozen=True)
class Table:
    """One output table: its key columns (filled by the writer), then the flattened data columns."""

    name: str
    keys: tuple[str, ...]
    data: tuple[Column, ...]

    @property
    def columns(self) -> tuple[str, ...]:
        return (*self.keys, *(c.name for c in self.data))

    def types(self) -> tuple[SqlType, ...]:
        key: SqlType = "INTEGER"
        return (*(key for _ in self.keys), *(c.type for c in self.data))


#: The article index of a record that stands in no article (Bulletin.dates, Bulletin.organizations).
NO_ARTICLE = -1


@dataclass(frozen=True)
class Rows:
    """The rows of one bulletin, without key columns: what a worker sends back to the writer.

    ``articles`` are in article order; each record row is ``(article_index, values)``, the index
    :data:`NO_ARTICLE` for a record of the masthead (its ``article_id`` is NULL).
    """

    sha256: str
    bulletin: tuple[Value, ...]
    articles: list[tuple[Value, ...]]
    records: dict[str, list[tuple[int, tuple[Value, ...]]]]

    def counts(self) -> dict[str, int]:
        return {"articles": len(self.articles), **{name: len(rows) for name, rows in self.records.items()}}


# ---------------------------------------------------------------- deriving columns from the models


def _unwrap_optional(annotation: Any) -> Any:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _sql_type(annotation: Any) -> SqlType:
    if annotation is bool or annotation is int:
        return "INTEGER"
    if annotation is float:
        return "REAL"
    if typing.get_origin(annotation) is Literal:
        values = typing.get_args(annotation)
        if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            return "INTEGER"
    return "TEXT"


def _converter(annotation: Any) -> Callable[[Any], Value] | None:
    """How a value of this type becomes a cell (None: stored as it is). Chosen once per column, not per cell."""
    if annotation is bool:
        return _to_int
    if annotation in (int, float, str) or typing.get_origin(annotation) is Literal:
        return None
    if isinstance(annotation, type) and issubclass(annotation, dt.date):
        return _to_iso
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return _to_enum_value
    origin = typing.get_origin(annotation) or annotation
    if origin in (list, tuple, dict, set, frozenset):
        dump = TypeAdapter(annotation).dump_json
        return lambda value: None if value is None else dump(value).decode("utf-8")
    return _to_str


def _to_int(value: Any) -> Value:
    return None if value is None else int(value)


def _to_iso(value: Any) -> Value:
    return None if value is None else value.isoformat()


def _to_enum_value(value: Any) -> Value:
    return None if value is None else value.value


def _to_str(value: Any) -> Value:
    return None if value is None else str(value)


def _getter(path: tuple[str, ...], annotation: Any) -> Callable[[Any], Value]:
    convert = _converter(annotation)
    if len(path) == 1:
        get = operator.attrgetter(path[0])
        return get if convert is None else lambda obj: convert(get(obj))

    def get_nested(obj: Any) -> Value:
        for name in path:
            if obj is None:
                return None
            obj = getattr(obj, name)
        return obj if convert is None else convert(obj)

    return get_nested


def _flatten(model: type[BaseModel], prefix: str = "", path: tuple[str, ...] = ()) -> Iterator[Column]:
    for name, info in model.model_fields.items():
        annotation = _unwrap_optional(info.annotation)
        here = (*path, name)
        if _is_model(annotation):
            yield from _flatten(annotation, f"{prefix}{name}_", here)
        else:
            yield Column(prefix + name, _sql_type(annotation), _getter(here, annotation))


def record_fields() -> tuple[tuple[str, type[BaseModel]], ...]:
    """``Article`` list fields holding records (not text blocks), in model order: one table each."""
    out = []
    for name, info in Article.model_fields.items():
        if typing.get_origin(info.annotation) is not list:
            continue
        (item,) = typing.get_args(info.annotation)
        if _is_model(item) and not issubclass(item, TextSpan):
            out.append((name, item))
    return tuple(out)


class _Item(typing.NamedTuple):
    """What a column reads: the object of the row, its position in its list, and its bulletin."""

    position: int
    obj: Any
    bulletin: Bulletin


def _on_obj(col: Column) -> Column:
    get = col.get
    return Column(col.name, col.type, lambda item: get(item.obj))


_TRACE = (
    Column("path", "TEXT", lambda item: item.bulletin.source.path),
    Column("sha256", "TEXT", lambda item: item.bulletin.source.sha256),
)
_POSITION = Column("position", "INTEGER", lambda item: item.position)


def _article_text(item: _Item) -> str:
    return item.bulletin.text[item.obj.span.start : item.obj.span.end]


@cache
def tables() -> tuple[Table, ...]:
    """Every output table in write order: bulletins, articles, then one per record list."""
    bulletin_cols: list[Column] = list(_TRACE)
    taken = {"id", "path", "sha256"}
    record_names = {name for name, _ in record_fields()}
    for name, info in Bulletin.model_fields.items():
        if name in _OWN_TABLE or name in record_names:
            continue  # Bulletin.dates, Bulletin.organizations: rows of the record tables, with no article
        annotation = _unwrap_optional(info.annotation)
        if name in _SPREAD and _is_model(annotation):
            flat = list(_flatten(annotation, "", (name,)))
        elif _is_model(annotation):
            flat = list(_flatten(annotation, f"{name}_", (name,)))
        else:
            flat = [Column(name, _sql_type(annotation), _getter((name,), annotation))]
        for col in flat:
            if col.name in ("path", "sha256") and name == "source":
                continue  # already first, as on every table
            if col.name in taken:
                col = Column(f"{name}_{col.name}", col.type, col.get)
            taken.add(col.name)
            bulletin_cols.append(_on_obj(col))
    skip = {name for name, _ in record_fields()}
    article_cols = [
        *_TRACE,
        _POSITION,
        Column("text", "TEXT", _article_text),
        *(_on_obj(c) for c in _flatten(Article) if c.name not in skip),
    ]
    out = [
        Table("bulletins", ("id",), tuple(bulletin_cols)),
        Table("articles", ("id", "bulletin_id"), tuple(article_cols)),
    ]
    for name, model in record_fields():
        cols = (*_TRACE, _POSITION, *(_on_obj(c) for c in _flatten(model)))
        out.append(Table(name, ("id", "bulletin_id", "article_id"), cols))
    return tuple(out)


def table(name: str) -> Table:
    for t in tables():
        if t.name == name:
            return t
    raise KeyError(name)


# ---------------------------------------------------------------- flattening one bulletin


def flatten(bulletin: Bulletin) -> Rows:
    """The rows of one bulletin for every table (key columns left out)."""
    bulletins, articles, *record_tables = tables()
    item = _Item(0, bulletin, bulletin)
    b_row = tuple([col.get(item) for col in bulletins.data])
    a_rows: list[tuple[Value, ...]] = []
    records: dict[str, list[tuple[int, tuple[Value, ...]]]] = {t.name: [] for t in record_tables}
    for t in record_tables:  # records outside any article (the masthead's date and publisher): index -1
        for position, record in enumerate(getattr(bulletin, t.name, None) or ()):
            records[t.name].append((NO_ARTICLE, tuple([col.get(_Item(position, record, bulletin)) for col in t.data])))
    for index, article in enumerate(bulletin.articles):
        item = _Item(index, article, bulletin)
        a_rows.append(tuple([col.get(item) for col in articles.data]))
        for t in record_tables:
            rows = records[t.name]
            for position, record in enumerate(getattr(article, t.name)):
                item = _Item(position, record, bulletin)
                rows.append((index, tuple([col.get(item) for col in t.data])))
    return Rows(sha256=bulletin.source.sha256, bulletin=b_row, articles=a_rows, records=records)
