"""Assembling: a layout → the ``Bulletin`` tree, with ``Bulletin.text`` in reading order.

Reading order differs from file order in one way only: the halves of a paragraph broken across a page are
put next to each other, and the blank lines and page furniture that stood between them follow the paragraph.
Every character of the normalised text is emitted exactly once, and the offset runs record where each came
from, so nothing is lost and every span can be traced back to the file.
"""

from __future__ import annotations

import datetime as dt

from unionnews.model import (
    Article,
    Bulletin,
    Column,
    Furniture,
    MastheadField,
    Metadata,
    Source,
    Span,
    TextSpan,
)
from unionnews.normalize import compose
from unionnews.segment.layout import ArticlePlan, Layout, Para, column_name
from unionnews.segment.lines import Line
from unionnews.segment.masthead import Field


class _Emitter:
    """Builds the reading-order text and the runs mapping it to the normalised text."""

    def __init__(self, norm: str) -> None:
        self.norm = norm
        self.parts: list[str] = []
        self.runs: list[tuple[int, int, int]] = []
        self.length = 0

    def emit(self, start: int, end: int) -> None:
        if end <= start:
            return
        if self.runs and self.runs[-1][1] + self.runs[-1][2] == start and self.runs[-1][0] + self.runs[-1][2] == self.length:
            t, o, n = self.runs[-1]
            self.runs[-1] = (t, o, n + end - start)
        else:
            self.runs.append((self.length, start, end - start))
        self.parts.append(self.norm[start:end])
        self.length += end - start


def assemble(norm: str, norm_runs: list[tuple[int, int, int]], layout: Layout, source: Source) -> Bulletin:
    continuations: dict[int, list[Line]] = {}
    for art in layout.articles:
        for para in art.blocks:
            if len(para.lines) > 1:
                continuations[para.lines[0].index] = para.lines[1:]
    skip = {ln.index for tail in continuations.values() for ln in tail}

    em = _Emitter(norm)
    line_out: dict[int, int] = {}  # line index → offset of its content in the output
    cursor = 0
    for ln in layout.lines:
        em.emit(cursor, ln.start)
        if ln.index not in skip:
            line_out[ln.index] = em.length
            em.emit(ln.start, ln.end)
            for cont in continuations.get(ln.index, ()):
                line_out[cont.index] = em.length
                em.emit(cont.start, cont.end)
        cursor = ln.end
    em.emit(cursor, len(norm))
    text = "".join(em.parts)

    def at(ln: Line, norm_offset: int) -> int:
        return line_out[ln.index] + (norm_offset - ln.start)

    def piece(ln: Line, start: int, end: int) -> TextSpan:
        s, e = at(ln, start), at(ln, end)
        return TextSpan(text=text[s:e], span=Span(start=s, end=e))

    def body(ln: Line) -> TextSpan:
        return piece(ln, ln.body_start if ln.body_start >= 0 else ln.start, ln.end)

    furniture: list[Furniture] = []
    for ln in layout.furniture:
        p = piece(ln, ln.start, ln.end)
        furniture.append(Furniture(text=p.text, span=p.span, kind=ln.furniture_kind or "rule"))  # type: ignore[arg-type]

    def marker(ln: Line) -> None:
        if ln.kind in ("heading", "masthead") and ln.marker_end > ln.start:
            p = piece(ln, ln.start, ln.marker_end)
            furniture.append(Furniture(text=p.text, span=p.span, kind="markup"))

    masthead = _masthead_fields(layout, text, at)
    for ln in layout.lines:
        if ln.kind == "masthead":
            marker(ln)
    columns: list[Column] = []
    for ln in layout.columns:
        marker(ln)
        b = body(ln)
        columns.append(Column(text=b.text, span=b.span, name=column_name(b.text)))

    articles = [_article(plan, text, body, piece, marker) for plan in layout.articles]
    articles = [a for a in articles if a is not None]
    furniture.sort(key=lambda f: f.span.start)

    metadata = _metadata(layout, masthead)
    return Bulletin(
        source=source,
        metadata=metadata,
        text=text,
        offsets=compose(norm_runs, em.runs),
        masthead=masthead,
        furniture=furniture,
        columns=columns,
        articles=articles,
    )


def _article(plan: ArticlePlan, text: str, body, piece, marker) -> Article | None:  # type: ignore[no-untyped-def]
    fields: dict[str, TextSpan | None] = {}
    for name in ("kicker", "headline", "subtitle"):
        ln = getattr(plan, name)
        if ln is not None:
            marker(ln)
            fields[name] = body(ln)
    bullet = None
    if plan.bullet is not None:
        bullet = piece(plan.bullet, plan.bullet.start, plan.bullet.marker_end)
    paragraphs: list[TextSpan] = []
    captions: list[TextSpan] = []
    for para in plan.blocks:
        if para.lines[0].kind == "heading":
            marker(para.lines[0])
        block = _para(para, text, body, piece, plan)
        (captions if para.kind == "caption" else paragraphs).append(block)
    spans = [b.span for b in fields.values() if b is not None] + [b.span for b in paragraphs + captions]
    if bullet is not None:
        spans.append(bullet.span)
    if not spans:
        return None
    span = Span(start=min(s.start for s in spans), end=max(s.end for s in spans))
    return Article(
        column=column_name(body(plan.column).text) if plan.column is not None else None,
        kicker=fields.get("kicker"),
        headline=fields.get("headline"),
        subtitle=fields.get("subtitle"),
        bullet=bullet,
        paragraphs=paragraphs,
        captions=captions,
        span=span,
    )


def _para(para: Para, text: str, body, piece, plan: ArticlePlan) -> TextSpan:  # type: ignore[no-untyped-def]
    first, last = para.lines[0], para.lines[-1]
    if first is plan.bullet or first.kind == "heading":
        start_piece = body(first)
    else:
        start_piece = piece(first, first.start, first.end)
    end_piece = piece(last, last.start, last.end)
    s, e = start_piece.span.start, end_piece.span.end
    return TextSpan(text=text[s:e], span=Span(start=s, end=e))


def _masthead_fields(layout: Layout, text: str, at) -> list[MastheadField]:  # type: ignore[no-untyped-def]
    by_line: dict[int, list[Field]] = {}
    owner: dict[int, Line] = {}
    masthead_lines = [ln for ln in layout.lines if ln.kind == "masthead"]
    for f in layout.masthead:
        for ln in masthead_lines:
            if ln.start <= f.start < ln.end:
                by_line.setdefault(ln.index, []).append(f)
                owner[ln.index] = ln
                break
    out: list[MastheadField] = []
    for ln in masthead_lines:
        fields = sorted(by_line.get(ln.index, []), key=lambda f: f.start)
        pos = ln.marker_end if ln.marker_end > ln.start else ln.start
        pieces: list[tuple[str, int, int]] = []
        for f in fields:
            pieces.extend(_leftovers(layout, ln, pos, f.start))
            pieces.append((f.name, f.start, f.end))
            pos = f.end
        pieces.extend(_leftovers(layout, ln, pos, ln.end))
        for name, s, e in pieces:
            a, b = at(ln, s), at(ln, e)
            out.append(MastheadField(text=text[a:b], span=Span(start=a, end=b), field=name))  # type: ignore[arg-type]
    return out


def _leftovers(layout: Layout, ln: Line, start: int, end: int) -> list[tuple[str, int, int]]:
    """Non-space stretches of a masthead line that no field claimed (brackets, separators)."""
    out: list[tuple[str, int, int]] = []
    s = None
    norm_line = ln.text
    for i in range(start, end):
        ch = norm_line[i - ln.start]
        if ch.isspace():
            if s is not None:
                out.append(("other", s, i))
                s = None
        elif s is None:
            s = i
    if s is not None:
        out.append(("other", s, end))
    return out


def _metadata(layout: Layout, masthead: list[MastheadField]) -> Metadata:
    meta = Metadata()
    values = {id(f): f for f in layout.masthead}
    dates: list[tuple[str, dt.date]] = [(f.name, f.value) for f in values.values() if f.value is not None]
    for mf in masthead:
        if mf.field == "title" and meta.title is None:
            meta.title = mf.text
        elif mf.field == "issue" and meta.issue is None:
            meta.issue = mf.text
        elif mf.field == "total_issue" and meta.total_issue is None:
            meta.total_issue = mf.text
        elif mf.field == "publisher" and meta.publisher is None:
            meta.publisher = mf.text
    for name, value in dates:
        if name == "date":
            meta.date = value
            meta.reference_source = "masthead"
            break
    else:
        for name, value in dates:
            if name == "published":
                meta.date = value
                meta.reference_source = "stamp"
                break
    meta.reference_date = meta.date
    return meta


def coverage_errors(bulletin: Bulletin) -> list[str]:
    """Violations of the tree's promises: a block whose text is not ``text[span]``, two blocks claiming one
    character, or a non-whitespace character no block claims. Empty when nothing is lost."""
    errors: list[str] = []
    text = bulletin.text
    owner = [0] * (len(text) + 1)
    for block in bulletin.iter_blocks():
        s, e = block.span.start, block.span.end
        if text[s:e] != block.text:
            errors.append(f"block {block.text[:20]!r} does not match text[{s}:{e}]")
        for i in range(s, e):
            owner[i] += 1
    for i, ch in enumerate(text):
        if owner[i] > 1:
            errors.append(f"character {i} ({ch!r}) belongs to {owner[i]} blocks")
        elif owner[i] == 0 and not ch.isspace():
            errors.append(f"character {i} ({ch!r}) belongs to no block")
        if len(errors) > 20:
            break
    return errors
