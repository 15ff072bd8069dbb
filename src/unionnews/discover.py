"""Which files a batch run reads: files, folders (recursive), globs and ``-`` for stdin.

The order is deterministic — inputs in the order given, each folder or glob sorted by path — because batch
output is written in this order and a resumed run must see the same sequence as the run it continues.
Folders are walked following symlinks, with each directory's (device, inode) remembered, so a symlink loop
is reported once and skipped instead of recursing forever. Problems found while walking (a missing input, an
unreadable folder, a broken symlink, a loop) are returned as :class:`WalkProblem` and never raised: one bad
path must not stop a run over thousands.
"""

from __future__ import annotations

import glob
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

#: Extensions read as bulletins unless the caller says otherwise.
DEFAULT_EXTENSIONS: tuple[str, ...] = (".txt", ".text")
STDIN = "-"

ProblemKind = Literal["missing", "unreadable", "broken_symlink", "symlink_loop"]


@dataclass(frozen=True)
class WalkProblem:
    path: str
    kind: ProblemKind
    reason: str

    @property
    def fatal(self) -> bool:
        """A loop only repeats files already listed; everything else hides a file that was asked for."""
        return self.kind != "symlink_loop"


@dataclass
class Discovery:
    """The bulletin files found, in output order, and what was left out."""

    files: list[str] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)  # extension → files not read as bulletins
    problems: list[WalkProblem] = field(default_factory=list)


def normalise_extensions(exts: Iterable[str]) -> tuple[str, ...]:
    """``txt``, ``.TXT`` and ``.txt`` all mean ``.txt``."""
    out = []
    for ext in exts:
        ext = ext.strip().lower()
        if ext:
            out.append(ext if ext.startswith(".") else "." + ext)
    return tuple(dict.fromkeys(out))


def discover(inputs: Iterable[str], extensions: Iterable[str] = DEFAULT_EXTENSIONS) -> Discovery:
    """Every bulletin file under ``inputs``; a file named explicitly is read whatever its extension."""
    exts = normalise_extensions(extensions)
    found = Discovery()
    seen: set[str] = set()

    def add(path: str) -> None:
        key = os.path.realpath(path) if path != STDIN else STDIN
        if key not in seen:
            seen.add(key)
            found.files.append(path)

    for given in inputs:
        if given == STDIN:
            add(STDIN)
            continue
        if os.path.isdir(given):
            for path in _walk(given, found):
                if _wanted(path, exts, found):
                    add(path)
        elif os.path.lexists(given):
            if os.path.islink(given) and not os.path.exists(given):
                found.problems.append(WalkProblem(given, "broken_symlink", "symlink to a file that does not exist"))
            else:
                add(given)
        elif glob.has_magic(given):
            matched = False
            for match in _glob(given, found):
                matched = True
                if os.path.isdir(match):
                    for path in _walk(match, found):
                        if _wanted(path, exts, found):
                            add(path)
                elif _wanted(match, exts, found):
                    add(match)
            if not matched:
                found.problems.append(WalkProblem(given, "missing", "no file matches this pattern"))
        else:
            found.problems.append(WalkProblem(given, "missing", "no such file or directory"))
    return found


def _wanted(path: str, exts: tuple[str, ...], found: Discovery) -> bool:
    ext = os.path.splitext(path)[1].lower()
    if ext in exts:
        return True
    found.skipped[ext or "(none)"] += 1
    return False


def _glob(pattern: str, found: Discovery) -> list[str]:
    """Paths matching ``pattern``, sorted. ``**`` is matched over a loop-safe walk: ``glob.glob`` follows a
    symlink loop until the path is too long, which takes minutes."""
    if "**" not in pattern:
        return sorted(glob.glob(pattern))
    parts = pattern.split(os.sep)
    fixed = 0
    while fixed < len(parts) - 1 and not glob.has_magic(parts[fixed]):
        fixed += 1
    base = os.sep.join(parts[:fixed])
    rest = _glob_regex(os.sep.join(parts[fixed:]))
    top = base or os.curdir
    out = []
    for path in _walk(top, found):
        rel = os.path.relpath(path, top)
        if rest.match(rel):
            out.append(os.path.join(base, rel) if base else rel)
    return out


def _glob_regex(pattern: str) -> re.Pattern[str]:
    """``**/`` any folders (or none), ``**`` anything, ``*`` and ``?`` within one name, ``[...]`` a class."""
    sep = re.escape(os.sep)
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**" + os.sep, i):
            out.append(f"(?:.*{sep})?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append(f"[^{sep}]*")
            i += 1
        elif pattern[i] == "?":
            out.append(f"[^{sep}]")
            i += 1
        elif pattern[i] == "[" and (j := pattern.find("]", i + 2)) > 0:
            body = pattern[i + 1 : j]
            out.append("[" + ("^" + body[1:] if body.startswith("!") else body).replace("\\", "\\\\") + "]")
            i = j + 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out) + r"\Z")


def _walk(top: str, found: Discovery) -> Iterator[str]:
    """All files under ``top`` in sorted order, depth first, following symlinks but never around a loop."""
    try:
        st = os.stat(top)
    except OSError as exc:
        found.problems.append(WalkProblem(top, "unreadable", f"cannot be read ({exc.strerror or exc})"))
        return
    yield from _walk_dir(top, found, {(st.st_dev, st.st_ino)})


def _walk_dir(directory: str, found: Discovery, ancestors: set[tuple[int, int]]) -> Iterator[str]:
    try:
        with os.scandir(directory) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        found.problems.append(WalkProblem(directory, "unreadable", f"folder cannot be listed ({exc.strerror or exc})"))
        return
    for entry in entries:
        path = entry.path
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
            is_file = not is_dir and entry.is_file(follow_symlinks=True)
        except OSError as exc:  # a symlink pointing into a loop of symlinks, or no permission
            found.problems.append(WalkProblem(path, "unreadable", f"cannot be read ({exc.strerror or exc})"))
            continue
        if is_dir:
            try:
                st = entry.stat(follow_symlinks=True)
            except OSError as exc:
                found.problems.append(WalkProblem(path, "unreadable", f"cannot be read ({exc.strerror or exc})"))
                continue
            key = (st.st_dev, st.st_ino)
            if key in ancestors:
                found.problems.append(
                    WalkProblem(path, "symlink_loop", f"symlink loop: leads back to {os.path.realpath(path)}")
                )
                continue
            yield from _walk_dir(path, found, ancestors | {key})
        elif is_file:
            yield path
        elif entry.is_symlink():
            found.problems.append(WalkProblem(path, "broken_symlink", "symlink to a file that does not exist"))
        else:
            found.skipped["(special)"] += 1
