"""JSON Lines output: one bulletin per line, each line the Bulletin JSON contract (``docs/schema.json``).

Lines are appended to ``unionnews.jsonl.partial`` and the file is moved over ``unionnews.jsonl`` at the
end. A killed run leaves at most one cut line at the end of the partial file; ``--resume`` reads back the
complete lines (their ``source.sha256`` says which bulletins are in), cuts the rest and appends.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from unionnews.runner import Converted

FILENAME = "unionnews.jsonl"
PARTIAL_SUFFIX = ".partial"


class JsonlWriter:
    payload = "json"

    def __init__(self, out: Path, *, resume: bool, filename: str = FILENAME) -> None:
        self.final = out / filename
        self.partial = out / (filename + PARTIAL_SUFFIX)
        self.outputs = [self.final]
        self.done: set[str] = set()  # sha256 of the bulletins written: resume and duplicates
        if resume:
            if not self.partial.exists() and self.final.exists():
                self.restore_partial()
            if self.partial.exists():
                self.done = read_back(self.partial)
        elif self.partial.exists():
            self.partial.unlink()
        self.fh: IO[bytes] = open(self.partial, "ab")  # noqa: SIM115 - open for the life of the writer

    def restore_partial(self) -> None:
        tmp = self.partial.with_name(self.partial.name + ".copy")
        shutil.copyfile(self.final, tmp)
        os.replace(tmp, self.partial)

    def has(self, sha256: str) -> bool:
        return sha256 in self.done

    def write(self, converted: Converted) -> bool:
        if converted.sha256 in self.done:
            return False
        self.done.add(converted.sha256)
        self.fh.write(converted.payload.encode("utf-8") + b"\n")
        return True

    def flush(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())

    def close(self) -> None:
        self.flush()
        self.fh.close()
        os.replace(self.partial, self.final)

    def abort(self) -> None:
        self.fh.close()


def complete_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """``(end offset, line)`` of each line that ends in a newline and holds a JSON object, until the first that does not."""
    offset = 0
    with open(path, "rb") as fh:
        for line in fh:
            if not line.endswith(b"\n"):
                return
            try:
                json.loads(line)
            except ValueError:
                return
            offset += len(line)
            yield offset, line


def read_back(path: Path) -> set[str]:
    """The sha256 of every complete bulletin in ``path``; a cut tail is removed from the file."""
    done: set[str] = set()
    good = 0
    for good, line in complete_lines(path):  # noqa: B007 - good is the end of the last complete line
        done.add(json.loads(line)["source"]["sha256"])
    with open(path, "r+b") as fh:
        fh.truncate(good)
    return done
