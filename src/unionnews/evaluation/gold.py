"""Gold files (``gold-format.md``) read into typed records, with a :class:`GoldFormatError` naming the file and
the entry for anything a scorer could not use.

Validation happens here, once, so the scorer can trust every field it reads and a typo in a hand-written gold
file is reported as such instead of silently scoring as a miss.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from unionnews.errors import GoldFormatError

#: A folder of gold files may hold the F1 floors next to them; it is not a gold document.
BASELINE_NAME = "baseline.json"

ROLES = ("participants", "winners", "other")


@dataclass(frozen=True)
class GoldDate:
    text: str
    edtf: str | None
    optional: bool = False


@dataclass(frozen=True)
class GoldOrganization:
    text: str
    alt: tuple[str, ...] = ()
    optional: bool = False


@dataclass(frozen=True)
class GoldCount:
    text: str
    value: int
    unit: str
    approximate: bool = False
    role: str = "other"
    optional: bool = False


@dataclass(frozen=True)
class GoldAward:
    winner: str
    award: str
    event: str | None = None
    alt: tuple[str, ...] = ()  # other acceptable forms of the winner
    optional: bool = False


@dataclass(frozen=True)
class GoldArticle:
    column: str | None
    kicker: str | None
    headline: str | None
    captions: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldStructure:
    articles: tuple[GoldArticle, ...]
    joined: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldDocument:
    """The correct answers for one bulletin; ``path`` is where they were read from (texts default to its folder)."""

    id: str
    reference_date: dt.date | None = None
    dates: tuple[GoldDate, ...] = ()
    organizations: tuple[GoldOrganization, ...] = ()
    counts: tuple[GoldCount, ...] = ()
    awards: tuple[GoldAward, ...] = ()
    structure: GoldStructure | None = None
    source: str | None = None
    path: Path | None = field(default=None, compare=False)


def gold_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Gold files named directly, plus every ``*.json`` of a named folder except its ``baseline.json``."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.glob("*.json") if f.name != BASELINE_NAME))
        elif p.exists():
            out.append(p)
        else:
            raise GoldFormatError(f"{p}: no such gold file or folder")
    return out


def load_gold(path: str | os.PathLike[str]) -> GoldDocument:
    """Read and check one gold file."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise GoldFormatError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldFormatError(f"{p}: not valid UTF-8 JSON ({exc})") from None
    return parse_gold(data, where=str(p), path=p)


def parse_gold(data: Any, *, where: str = "<gold>", path: Path | None = None) -> GoldDocument:
    """A :class:`GoldDocument` from already decoded JSON (``where`` names it in error messages)."""
    if not isinstance(data, Mapping):
        raise GoldFormatError(f"{where}: a gold file is a JSON object, not {type(data).__name__}")
    doc_id = data.get("id")
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise GoldFormatError(f"{where}: 'id' must be a non-empty string (the text is read from <id>.txt)")
    ref = data.get("reference_date")
    reference: dt.date | None = None
    if ref is not None:
        try:
            reference = dt.date.fromisoformat(str(ref))
        except ValueError:
            raise GoldFormatError(f"{where}: reference_date {ref!r} is not an ISO date such as 2024-12-05") from None
    return GoldDocument(
        id=doc_id,
        reference_date=reference,
        dates=tuple(_items(data, "dates", where, _date)),
        organizations=tuple(_items(data, "organizations", where, _organization)),
        counts=tuple(_items(data, "counts", where, _count)),
        awards=tuple(_items(data, "awards", where, _award)),
        structure=_structure(data["structure"], f"{where}: structure") if data.get("structure") is not None else None,
        source=data.get("source") if isinstance(data.get("source"), str) else None,
        path=path,
    )


def _items(data: Mapping[str, Any], key: str, where: str, make: Any) -> Iterator[Any]:
    items = data.get(key, [])
    if items is None:
        return
    if not isinstance(items, list):
        raise GoldFormatError(f"{where}: '{key}' must be a list")
    for i, item in enumerate(items):
        at = f"{where}: {key}[{i}]"
        if not isinstance(item, Mapping):
            raise GoldFormatError(f"{at}: each entry is an object")
        yield make(item, at)


def _str(item: Mapping[str, Any], key: str, at: str, *, required: bool = True) -> str | None:
    value = item.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise GoldFormatError(f"{at}: '{key}' must be a non-empty string, not {value!r}")
    return value


def _strs(item: Mapping[str, Any], key: str, at: str) -> tuple[str, ...]:
    value = item.get(key, [])
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise GoldFormatError(f"{at}: '{key}' must be a list of strings")
    return tuple(value)


def _optional(item: Mapping[str, Any], at: str) -> bool:
    value = item.get("optional", False)
    if not isinstance(value, bool):
        raise GoldFormatError(f"{at}: 'optional' must be true or false")
    return value


def _date(item: Mapping[str, Any], at: str) -> GoldDate:
    text = _str(item, "text", at)
    assert text is not None
    return GoldDate(text=text, edtf=_str(item, "edtf", at, required=False), optional=_optional(item, at))


def _organization(item: Mapping[str, Any], at: str) -> GoldOrganization:
    text = _str(item, "text", at)
    assert text is not None
    return GoldOrganization(text=text, alt=_strs(item, "alt", at), optional=_optional(item, at))


def _count(item: Mapping[str, Any], at: str) -> GoldCount:
    text = _str(item, "text", at)
    unit = _str(item, "unit", at)
    assert text is not None and unit is not None
    value = item.get("value")
    if isinstance(value, bool) or not isinstance(value, int):
        raise GoldFormatError(f"{at}: 'value' must be an integer, not {value!r}")
    role = item.get("role", "other")
    if role not in ROLES:
        raise GoldFormatError(f"{at}: 'role' must be one of {', '.join(ROLES)}, not {role!r}")
    approximate = item.get("approximate", False)
    if not isinstance(approximate, bool):
        raise GoldFormatError(f"{at}: 'approximate' must be true or false")
    return GoldCount(
        text=text, value=value, unit=unit, approximate=approximate, role=role, optional=_optional(item, at)
    )


def _award(item: Mapping[str, Any], at: str) -> GoldAward:
    winner = _str(item, "winner", at)
    award = _str(item, "award", at)
    assert winner is not None and award is not None
    return GoldAward(
        winner=winner,
        award=award,
        event=_str(item, "event", at, required=False),
        alt=_strs(item, "alt", at),
        optional=_optional(item, at),
    )


def _structure(data: Any, at: str) -> GoldStructure:
    if not isinstance(data, Mapping):
        raise GoldFormatError(f"{at}: must be an object")
    articles = data.get("articles", [])
    if not isinstance(articles, list):
        raise GoldFormatError(f"{at}: 'articles' must be a list")
    out: list[GoldArticle] = []
    for i, art in enumerate(articles):
        where = f"{at}.articles[{i}]"
        if not isinstance(art, Mapping):
            raise GoldFormatError(f"{where}: each article is an object")
        out.append(
            GoldArticle(
                column=_str(art, "column", where, required=False),
                kicker=_str(art, "kicker", where, required=False),
                headline=_str(art, "headline", where, required=False),
                captions=_strs(art, "captions", where),
            )
        )
    return GoldStructure(articles=tuple(out), joined=_strs(data, "joined", at))
