"""The user's additions: known organization names and aliases, extra column names.

A lexicon file is UTF-8 text, one entry per line, ``#`` comments:

    重庆市总工会                    a known organization name
    市总工会 = 重庆市总工会          an alias and its canonical name
    [columns]                       the lines after this header are column names
    一周要闻

JSON is accepted too: ``{"organizations": {"alias": "canonical", ...}, "columns": [...]}``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from unionnews.errors import LexiconError


@dataclass(frozen=True)
class Lexicon:
    """Immutable user additions; merged by each component into its own copy of the packaged lists."""

    organizations: Mapping[str, str] = field(default_factory=dict)
    columns: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: str | Path) -> Lexicon:
        p = Path(path)
        try:
            raw = p.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise LexiconError(f"{p}: cannot read lexicon ({exc})") from None
        if p.suffix.lower() == ".json":
            try:
                data = json.loads(raw)
                given = data.get("organizations", {})
                if isinstance(given, list):
                    given = {name: name for name in given}
                return cls(organizations=dict(given), columns=frozenset(data.get("columns", [])))
            except (ValueError, AttributeError, TypeError) as exc:
                raise LexiconError(f"{p}: not a lexicon JSON object ({exc})") from None
        orgs: dict[str, str] = {}
        columns: set[str] = set()
        section = "organizations"
        for number, line in enumerate(raw.splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("[") and line.endswith("]"):
                section = line[1:-1].strip()
                if section not in ("organizations", "columns"):
                    raise LexiconError(f"{p}:{number}: unknown section [{section}]")
                continue
            if section == "columns":
                columns.add(line)
            elif "=" in line:
                alias, _, canonical = (s.strip() for s in line.partition("="))
                if not alias or not canonical:
                    raise LexiconError(f"{p}:{number}: expected 'alias = canonical name'")
                orgs[alias] = canonical
            else:
                orgs[line] = line
        return cls(organizations=orgs, columns=frozenset(columns))

    def merged(self, other: Lexicon) -> Lexicon:
        return Lexicon(
            organizations={**self.organizations, **other.organizations}, columns=self.columns | other.columns
        )
