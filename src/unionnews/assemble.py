"""Assembling: a layout → the ``Bulletin`` tree, with ``Bulletin.text`` in reading order.

Reading order differs from file order in one way only: the halves of a paragraph broken across a page are
put next to each other, and the blank lines and page furniture that stood between them follow the paragraph.
Every character of the normalised text is emitted exactly once, and the offset runs record where each came
from, so nothing is lost and every span can be traced back to the file.
"""

from __future__ import annotations

from typing import Any

from unionnews.model import Bulletin, Metadata, Source
from unionnews.normalize import compose
from unionnews.segment.layout import ArticlePlan, Layout, Para, column_name
from unionnews.segment.lines import Line
from unionnews.segment.masthead import Field

# The tree is built as plain dicts and validated once, in pydantic-core, at the end: one validation call per
# bulletin instead of one per block keeps structure parsing fast.
Block = dict[str, Any]


def _block(text: str, start: int, end: int, **extra: Any) -> Block:
    return {"text": text[start:end], "span": {"start": start, "end": end}, **extra}


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
        if (
            self.runs
            and self.runs[-1][1] + self.runs[-1][2] == start
            and self.runs[-1][0] + self.runs[-1][2] == self.length
        ):
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
    if not continuations:  # nothing to reorder: the reading-order text is the normalised text
        text, runs = norm, [(0, 0, len(norm))] if norm else []
        line_out = {ln.index: ln.start for ln in layout.lines}
    else:
        text, runs, line_out = _reading_order(norm, layout.lines, continuations)
    build = _Builder(text, line_out)

    for ln in layout.furniture:
        build.furniture.append(build.piece(ln, ln.start, ln.end, kind=ln.furniture_kind or "rule"))
    masthead = build.masthead_fields(layout)
    for ln in layout.lines:
        if ln.kind == "masthead":
            build.marker(ln)
    columns = []
    for ln in layout.columns:
        build.marker(ln)
        b = build.body(ln)
        columns.append({**b, "name": column_name(b["text"])})
    articles = [a for a in (build.article(plan) for plan in layout.articles) if a is not None]
    build.furniture.sort(key=lambda f: f["span"]["start"])

    data = {
        "source": source,
        "metadata": _metadata(layout, masthead),
        "text": text,
        "offsets": compose(norm_runs, runs),
        "masthead": masthead,
        "furniture": build.furniture,
        "columns": columns,
        "articles": articles,
    }
    return Bulletin.model_validate(data)


def _reading_order(
    norm: str, lines: list[Line], continuations: dict[int, list[Line]]
) -> tuple[str, list[tuple[int, int, int]], dict[int, int]]:
    """Emit every character once, each broken paragraph's halves side by side."""
    skip = {ln.index for tail in continuations.values() for ln in tail}
    em = _Emitter(norm)
    line_out: dict[int, int] = {}  # line index → offset of its content in the output
    cursor = 0
    pending: list[Line] = []  # ordinary lines inside the stretch not yet emitted

    def flush(until: int) -> None:
        nonlocal cursor
        base = em.length
        for ln in pending:
            line_out[ln.index] = base + (ln.start - cursor)
        pending.clear()
        em.emit(cursor, until)
        cursor = until

    for ln in lines:
        if ln.index not in skip and ln.index not in continuations:
            pending.append(ln)
            continue
        flush(ln.start)
        cursor = ln.end
        if ln.index in skip:
            continue
        line_out[ln.index] = em.length
        em.emit(ln.start, ln.end)
        for cont in continuations[ln.index]:
            line_out[cont.index] = em.length
            em.emit(cont.start, cont.end)
    flush(len(norm))
    return "".join(em.parts), em.runs, line_out


class _Builder:
    """Turns lines of the layout into block dicts with spans in the reading-order text."""

    def __init__(self, text: str, line_out: dict[int, int]) -> None:
        self.text = text
        self.line_out = line_out
        self.furniture: list[Block] = []

    def at(self, ln: Line, norm_offset: int) -> int:
        return self.line_out[ln.index] + (norm_offset - ln.start)

    def piece(self, ln: Line, start: int, end: int, **extra: Any) -> Block:
        return _block(self.text, self.at(ln, start), self.at(ln, end), **extra)

    def body(self, ln: Line) -> Block:
        return self.piece(ln, ln.body_start if ln.body_start >= 0 else ln.start, ln.end)

    def marker(self, ln: Line) -> None:
        """The ``#`` of a markdown heading is kept as furniture of kind ``markup``."""
        if ln.kind in ("heading", "masthead") and ln.marker_end > ln.start:
            self.furniture.append(self.piece(ln, ln.start, ln.marker_end, kind="markup"))

    def article(self, plan: ArticlePlan) -> Block | None:
        out: Block = {"column": None, "kicker": None, "headline": None, "subtitle": None, "bullet": None}
        spans: list[dict[str, int]] = []
        for name in ("kicker", "headline", "subtitle"):
            ln = getattr(plan, name)
            if ln is not None:
                self.marker(ln)
                out[name] = self.body(ln)
                spans.append(out[name]["span"])
        if plan.bullet is not None:
            out["bullet"] = self.piece(plan.bullet, plan.bullet.start, plan.bullet.marker_end)
            spans.append(out["bullet"]["span"])
        paragraphs: list[Block] = []
        captions: list[Block] = []
        for para in plan.blocks:
            if para.lines[0].kind == "heading":
                self.marker(para.lines[0])
            block = self.para(para, plan)
            (captions if para.kind == "caption" else paragraphs).append(block)
            spans.append(block["span"])
        if not spans:
            return None
        if plan.column is not None:
            out["column"] = column_name(self.body(plan.column)["text"])
        out["paragraphs"] = paragraphs
        out["captions"] = captions
        out["span"] = {"start": min(s["start"] for s in spans), "end": max(s["end"] for s in spans)}
        return out

    def para(self, para: Para, plan: ArticlePlan) -> Block:
        first, last = para.lines[0], para.lines[-1]
        if first is plan.bullet or first.kind == "heading":
            start = self.at(first, first.body_start)
        else:
            start = self.at(first, first.start)
        return _block(self.text, start, self.at(last, last.end))

    def masthead_fields(self, layout: Layout) -> list[Block]:
        masthead_lines = [ln for ln in layout.lines if ln.kind == "masthead"]
        by_line: dict[int, list[Field]] = {}
        for f in layout.masthead:
            for ln in masthead_lines:
                if ln.start <= f.start < ln.end:
                    by_line.setdefault(ln.index, []).append(f)
                    break
        out: list[Block] = []
        for ln in masthead_lines:
            pos = ln.marker_end if ln.marker_end > ln.start else ln.start
            pieces: list[tuple[str, int, int]] = []
            for f in sorted(by_line.get(ln.index, []), key=lambda f: f.start):
                pieces.extend(_leftovers(ln, pos, f.start))
                pieces.append((f.name, f.start, f.end))
                pos = f.end
            pieces.extend(_leftovers(ln, pos, ln.end))
            out.extend(self.piece(ln, s, e, field=name) for name, s, e in pieces)
        return out


def _leftovers(ln: Line, start: int, end: int) -> list[tuple[str, int, int]]:
    """Non-space stretches of a masthead line that no field claimed (brackets, separators)."""
    out: list[tuple[str, int, int]] = []
    s = None
    for i in range(start, end):
        if ln.text[i - ln.start].isspace():
            if s is not None:
                out.append(("other", s, i))
                s = None
        elif s is None:
            s = i
    if s is not None:
        out.append(("other", s, end))
    return out


def _metadata(layout: Layout, masthead: list[Block]) -> Metadata:
    meta = Metadata()
    for mf in masthead:
        name = mf["field"]
        if name in ("title", "issue", "total_issue", "publisher") and getattr(meta, name) is None:
            setattr(meta, name, mf["text"])
    dated = [f for f in layout.masthead if f.value is not None]
    for wanted, source in (("date", "masthead"), ("published", "stamp")):
        found = next((f.value for f in dated if f.name == wanted), None)
        if found is not None:
            meta.date, meta.reference_source = found, source  # type: ignore[assignment]
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
