"""JSON output: one file holding an array of bulletins (the Bulletin JSON contract), one per line.

Staged as JSON Lines (``unionnews.json.partial``, resumable like :mod:`~unionnews.export.jsonl`) and turned
into the array at the end, streamed line by line into a temporary file that replaces ``unionnews.json``.
Because each bulletin stays on its own line, a finished file can be read back line by line for ``--resume``.
"""

from __future__ import annotations

import os
from pathlib import Path

from unionnews.export.jsonl import JsonlWriter

FILENAME = "unionnews.json"


class JsonWriter(JsonlWriter):
    def __init__(self, out: Path, *, resume: bool) -> None:
        super().__init__(out, resume=resume, filename=FILENAME)

    def restore_partial(self) -> None:
        tmp = self.partial.with_name(self.partial.name + ".copy")
        with open(self.final, "rb") as src, open(tmp, "wb") as dst:
            for line in src:
                line = line.strip()
                if line in (b"[", b"]", b""):
                    continue
                dst.write(line.removesuffix(b",") + b"\n")
        os.replace(tmp, self.partial)

    def close(self) -> None:
        self.flush()
        self.fh.close()
        tmp = self.final.with_name(self.final.name + ".tmp")
        with open(self.partial, "rb") as src, open(tmp, "wb") as dst:
            dst.write(b"[")
            first = True
            for line in src:
                dst.write(b"\n" if first else b",\n")
                dst.write(line.rstrip(b"\n"))
                first = False
            dst.write(b"\n]\n")
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, self.final)
        self.partial.unlink()
