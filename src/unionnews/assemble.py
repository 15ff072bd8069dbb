"""Assembling: a layout → the ``Bulletin`` tree, with ``Bulletin.text`` in reading order.

Reading order differs from file order in one way only: the halves of a paragraph broken across a page are
put next to each other, and the blank lines and page furniture that stood between them follow the paragraph.
Every character of the normalised text is emitted exactly once, and the offset runs record where each came
from, so nothing is lost and every span can be traced back to the file.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from unionnews.model import (
    SCHEMA_VERSION,
    Article,
    Bulletin,
    Column,
    Furniture,
    MastheadField,
    Metadata,
    Source,
    TextSpan,
)
from unionnews.model.trusted import labelled_span, span, text_span, trusted
from unionnews.normalize import compose
from unionnews.script import other_script
from unionnews.segment.layout import ArticlePlan, Layout, column_name
from unionnews.segment.lines import Line
from unionnews.segment.masthead import Field

# The tree is built from offsets computed here and text sliced from the bulletin, so every value already has
# its declared type and range: the models are made without validation (model.trusted), which keeps
# assembling several times cheaper than validating a dict tree. tests/test_fast_paths.py checks that
# validating the dumped tree gives the same tree back.


# The fields the assembler sets (validation of its former dict tree recorded these); records come later.
_ARTICLE_SET = ("column", "kicker", "headline", "subtitle", "bullet", "paragraphs", "captions", "span")
_BULLETIN_SET = ("source", "metadata", "text", "offsets", "masthead", "furniture", "columns", "articles")

L = TypeVar("L", Furniture, MastheadField)


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
    lines = layout.lines
    continuations: dict[int, list[Line]] = {}
    for art in layout.articles:
        for para in art.blocks:
            if len(para.lines) > 1:
                continuations[para.lines[0].index] = para.lines[1:]
    if not continuations:  # nothing to reorder: the reading-order text is the normalised text
        text, runs = norm, [(0, 0, len(norm))] if norm else []
        line_out = [ln.start for ln in lines]
        marker_out: dict[int, int] = {}
    else:
        text, runs, line_out, marker_out = _reading_order(norm, lines, continuations)
    build = _Builder(text, line_out)
    for idx, pos in marker_out.items():
        ln = lines[idx]
        end = pos + ln.body_start - ln.start
        build.furniture.append(labelled_span(Furniture, text[pos:end], span(pos, end), "kind", "markup"))

    for ln in layout.furniture:
        build.furniture.append(build.labelled(Furniture, "kind", ln.furniture_kind or "rule", ln, ln.start, ln.end))
    masthead = build.masthead_fields(layout)
    for ln, _ in layout.masthead_lines:
        build.marker(ln)
    columns = []
    for ln in layout.columns:
        build.marker(ln)
        b = build.body(ln)
        columns.append(labelled_span(Column, b.text, b.span, "name", column_name(b.text)))
    article = build.article
    articles = [a for a in map(article, layout.articles) if a is not None]
    build.furniture.sort(key=_start)

    values = {  # every field in order (trusted then takes the dict as it is); the records come later
        "schema_version": SCHEMA_VERSION,
        "source": source,
        "metadata": _metadata(layout, masthead),
        "text": text,
        "offsets": compose(norm_runs, runs),
        "masthead": masthead,
        "dates": [],
        "organizations": [],
        "furniture": build.furniture,
        "columns": columns,
        "articles": articles,
    }
    return trusted(Bulletin, values, _BULLETIN_SET)


def _start(block: TextSpan) -> int:
    return block.span.start


def _reading_order(
    norm: str, lines: list[Line], continuations: dict[int, list[Line]]
) -> tuple[str, list[tuple[int, int, int]], list[int], dict[int, int]]:
    """Emit every character once, each broken paragraph's halves side by side."""
    skip = {ln.index for tail in continuations.values() for ln in tail}
    em = _Emitter(norm)
    line_out = [0] * len(lines)  # line index → offset of its content in the output
    marker_out: dict[int, int] = {}  # line index → offset of a continued quote line's > in the output
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
        # the > of a quote's later lines is markup, set before the paragraph so its text is the quote alone
        quoted = [c for c in continuations[ln.index] if c.kind == "text" and c.marker_end > c.start]
        for cont in quoted:
            marker_out[cont.index] = em.length
            em.emit(cont.start, cont.body_start)
        line_out[ln.index] = em.length
        em.emit(ln.start, ln.end)
        for cont in continuations[ln.index]:
            if cont.index in marker_out:
                line_out[cont.index] = em.length - (cont.body_start - cont.start)  # (where its start would be)
                em.emit(cont.body_start, cont.end)
            else:
                line_out[cont.index] = em.length
                em.emit(cont.start, cont.end)
    flush(len(norm))
    return "".join(em.parts), em.runs, line_out, marker_out


class _Builder:
    """Turns lines of the layout into blocks with spans in the reading-order text."""

    def __init__(self, text: str, line_out: list[int]) -> None:
        self.text = text
        self.line_out = line_out  # by line index: where the line's content starts in ``text``
        self.furniture: list[Furniture] = []

    def piece(self, ln: Line, start: int, end: int) -> TextSpan:
        shift = self.line_out[ln.index] - ln.start
        return text_span(self.text, start + shift, end + shift)

    def labelled(self, cls: type[L], name: str, value: str, ln: Line, start: int, end: int) -> L:
        """A ``Furniture`` or ``MastheadField``: a piece with one more field."""
        shift = self.line_out[ln.index] - ln.start
        s, e = start + shift, end + shift
        return labelled_span(cls, self.text[s:e], span(s, e), name, value)

    def body(self, ln: Line) -> TextSpan:
        return self.piece(
            ln, ln.body_start if ln.body_start >= 0 else ln.start, ln.body_end if ln.body_end >= 0 else ln.end
        )

    def marker(self, ln: Line) -> None:
        """The ``#`` (or both ``**``) of a markdown heading is kept as furniture of kind ``markup``."""
        if ln.marker_end > ln.start and ln.kind in ("heading", "masthead"):
            self.furniture.append(self.labelled(Furniture, "kind", "markup", ln, ln.start, ln.marker_end))
            if ln.body_end >= 0:
                self.furniture.append(self.labelled(Furniture, "kind", "markup", ln, ln.body_end, ln.end))

    def article(self, plan: ArticlePlan) -> Article | None:
        line_out, text = self.line_out, self.text
        lo, hi = len(text) + 1, -1  # the article's span: from its first block to its last (hi < 0: no block)
        heads: list[TextSpan | None] = [None, None, None]
        for i, ln in enumerate((plan.kicker, plan.headline, plan.subtitle)):
            if ln is not None:
                if ln.marker_end > ln.start:
                    self.marker(ln)
                shift = line_out[ln.index] - ln.start
                s = (ln.body_start if ln.body_start >= 0 else ln.start) + shift
                if i == 1 and (end := plan.headline_end) is not None:  # a headline wrapped over two lines
                    if end.marker_end > end.start:
                        self.marker(end)
                    ln, shift = end, line_out[end.index] - end.start
                e = (ln.body_end if ln.body_end >= 0 else ln.end) + shift
                heads[i] = text_span(text, s, e)
                lo, hi = min(lo, s), max(hi, e)
        bullet = None
        if (ln := plan.bullet) is not None:
            s = line_out[ln.index]
            e = s + (ln.marker_end - ln.start)
            if text[s] in "*_" and e - s > 1:  # **◆**: the bullet is the symbol, the bold around it is markup
                inner = text[s:e].strip("*_ ")
                b = text.index(inner, s)
                self.furniture.append(self.labelled(Furniture, "kind", "markup", ln, ln.start, ln.start + b - s))
                self.furniture.append(
                    self.labelled(Furniture, "kind", "markup", ln, ln.start + b - s + len(inner), ln.marker_end)
                )
                s, e = b, b + len(inner)
            bullet = text_span(text, s, e)
            lo, hi = min(lo, s), max(hi, e)
        paragraphs: list[TextSpan] = []
        captions: list[TextSpan] = []
        for para in plan.blocks:
            lines = para.lines
            first, last = lines[0], lines[-1]
            s = line_out[first.index]
            if first.kind == "heading":
                self.marker(first)
                s += first.body_start - first.start
            elif first is plan.bullet:
                s += first.body_start - first.start
            elif (first.kind == "text" or first.kind == "caption") and first.marker_end > first.start:
                # > 区总工会主席表示：…, *图为…*: a block quote's or an emphasis's marker is markup, the block the rest
                self.furniture.append(self.labelled(Furniture, "kind", "markup", first, first.start, first.marker_end))
                s += first.body_start - first.start
                if first.body_end >= 0 and first is last:  # (the closing * of *图为…*)
                    self.furniture.append(self.labelled(Furniture, "kind", "markup", first, first.body_end, first.end))
            elif first.kind == "bullet" and para.kind == "caption":
                # ▲活动现场: the marker points at the photo, markup as a heading's # is; the caption is the rest
                self.furniture.append(self.labelled(Furniture, "kind", "markup", first, first.start, first.marker_end))
                s += first.body_start - first.start
            e = line_out[last.index] + (
                (last.body_end if last.body_end >= 0 and (last.kind == "heading" or last is first) else last.end)
                - last.start
            )
            (captions if para.kind == "caption" else paragraphs).append(text_span(text, s, e))
            if s < lo:
                lo = s
            if e > hi:
                hi = e
        if hi < 0:
            return None
        column = None
        if (col := plan.column) is not None:
            shift = line_out[col.index] - col.start
            s = (col.body_start if col.body_start >= 0 else col.start) + shift
            column = column_name(text[s : (col.body_end if col.body_end >= 0 else col.end) + shift])
        values = {
            "column": column,
            "kicker": heads[0],
            "headline": heads[1],
            "subtitle": heads[2],
            "bullet": bullet,
            "paragraphs": paragraphs,
            "captions": captions,
            "span": span(lo, hi),
            "dates": [],
            "organizations": [],
            "counts": [],
            "awards": [],
        }
        return trusted(Article, values, _ARTICLE_SET)

    def masthead_fields(self, layout: Layout) -> list[MastheadField]:
        out: list[MastheadField] = []
        for ln, fields in layout.masthead_lines:
            pos = ln.marker_end if ln.marker_end > ln.start else ln.start
            pieces: list[tuple[str, int, int]] = []
            for f in sorted(fields, key=_field_start) if len(fields) > 1 else fields:
                if f.start > pos:
                    pieces.extend(_leftovers(ln, pos, f.start))
                pieces.append((f.name, f.start, f.end))
                pos = f.end
            if ln.end > pos:
                pieces.extend(_leftovers(ln, pos, ln.end))
            out.extend(self.labelled(MastheadField, "field", name, ln, s, e) for name, s, e in pieces)
        return out


def _field_start(f: Field) -> int:
    return f.start


# Runs of characters that are not str.isspace(): the stdlib engine's \S for str patterns is exactly that.
_NON_SPACE = re.compile(r"\S+")


def _leftovers(ln: Line, start: int, end: int) -> list[tuple[str, int, int]]:
    """Non-space stretches of a masthead line that no field claimed (brackets, separators)."""
    base = ln.start
    return [("other", base + m.start(), base + m.end()) for m in _NON_SPACE.finditer(ln.text, start - base, end - base)]


_NAMED = frozenset(("title", "issue", "total_issue", "publisher"))
# Metadata's defaults, all plain immutable values (None, "simplified"), in field order
_METADATA_DEFAULTS = {name: info.default for name, info in Metadata.model_fields.items()}
# What the masthead says about the publisher that is not its name: 某某办公室编印 → 某某办公室.
_PUBLISHING_VERB = re.compile(r"\s*(?:编印|编发|印发|主办|主管|编|版权所有)$")
# The label before a publisher named after it (發行：高雄市總工會 → 高雄市總工會), in either script.
_PUBLISHING_LABEL = re.compile(r"(?:发行|發行|编印|編印|出版|编辑出版|編輯出版|出版发行|出版發行)\s*[:：]\s*")
# Spaces that spread a name over the page: 工 会 工 作 简 报.
_SPREAD = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def _metadata(layout: Layout, masthead: list[MastheadField]) -> Metadata:
    """The issue's metadata as a database wants it: names without display spacing or 编印 (the masthead
    fields keep the text as written)."""
    found: dict[str, Any] = {}  # the fields set are the ones found (as assigning them one by one recorded)
    foreign_title: str | None = None
    for mf in masthead:
        name = mf.field
        if name in _NAMED and name not in found:  # the first of each
            value = mf.text
            if name == "publisher":
                value = _PUBLISHING_VERB.sub("", _PUBLISHING_LABEL.sub("", value, count=1)) or value
            elif name == "title":
                if other_script(value):  # the name in Uyghur or English beside the Chinese one: that one first
                    foreign_title = foreign_title or value
                    continue
                value = _SPREAD.sub("", value)
            found[name] = value
    if "title" not in found and foreign_title is not None:
        found["title"] = foreign_title  # a name given only in another script
    dated = [f for f in layout.masthead if f.value is not None]
    for wanted, source in (("date", "masthead"), ("published", "stamp")):
        date = next((f.value for f in dated if f.name == wanted), None)
        if date is not None:
            found["date"], found["reference_source"] = date, source
            break
    found["reference_date"] = found.get("date")
    values = {**_METADATA_DEFAULTS, **found}  # every field, in order: trusted takes the dict as it is
    return trusted(Metadata, values, found)


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
