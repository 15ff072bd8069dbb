"""Running the library on gold documents: read each text (any encoding), parse it with its reference date, score it."""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from pathlib import Path

from unionnews.errors import GoldFormatError, UnionNewsError
from unionnews.evaluation.gold import GoldDocument, gold_paths, load_gold
from unionnews.evaluation.score import DocumentScore, Report, score_document
from unionnews.evaluation.system import SystemView, view_of
from unionnews.pipeline import Pipeline
from unionnews.read import read


def text_path(gold: GoldDocument, texts: str | os.PathLike[str] | None = None) -> Path:
    """``<texts>/<id>.txt``; without ``texts``, next to the gold file (the fixtures keep them side by side)."""
    folder = Path(texts) if texts is not None else (gold.path.parent if gold.path is not None else Path.cwd())
    return folder / f"{gold.id}.txt"


def load_all(paths: Iterable[str | os.PathLike[str] | GoldDocument]) -> list[GoldDocument]:
    """Gold documents from files, folders (every ``*.json`` but ``baseline.json``) or already loaded documents."""
    out: list[GoldDocument] = []
    for p in paths:
        if isinstance(p, GoldDocument):
            out.append(p)
        else:
            out.extend(load_gold(f) for f in gold_paths([p]))
    ids = [g.id for g in out]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise GoldFormatError(f"gold ids used by more than one file: {', '.join(dupes)}")
    return out


def evaluate(
    golds: Iterable[str | os.PathLike[str] | GoldDocument],
    *,
    texts: str | os.PathLike[str] | None = None,
    pipeline: Pipeline | None = None,
    use_reference: bool = True,
    maximum: bool = False,
) -> Report:
    """Parse every gold document's text and score it.

    A text that cannot be read is scored as a document where nothing was found (every gold item a miss) and
    named in the report's failures, so a missing file lowers the scores instead of vanishing from them.
    Exceptions other than the library's own are bugs and propagate. ``maximum`` pairs items by maximum matching
    instead of the official scorer's first fit (see :mod:`unionnews.evaluation.match`).
    """
    pipe = pipeline or Pipeline()
    report = Report(matching="maximum" if maximum else "greedy")
    for gold in load_all(golds):
        path = text_path(gold, texts)
        t0 = time.perf_counter()
        try:
            decoded = read(path)
            bulletin = pipe.parse(decoded, reference_date=gold.reference_date if use_reference else None)
        except UnionNewsError as exc:
            doc: DocumentScore = score_document(gold, SystemView(), maximum=maximum)
            doc.error = str(exc)
        else:
            doc = score_document(gold, view_of(bulletin), maximum=maximum)
        doc.seconds = time.perf_counter() - t0
        report.documents.append(doc)
    return report
