"""``unionnews parse`` and ``unionnews schema``."""

from __future__ import annotations

import argparse
import sys

from unionnews.errors import UnionNewsError
from unionnews.model import Article, Bulletin


def configure(parser: argparse.ArgumentParser, name: str) -> None:
    if name == "schema":
        return
    parser.add_argument("files", nargs="+", metavar="FILE", help="bulletin text files ('-' for stdin)")
    parser.add_argument("--outline", action="store_true", help="print a readable outline instead of JSON")
    parser.add_argument("--reference-date", metavar="YYYY-MM-DD", help="date year-less dates are resolved against")
    parser.add_argument("--city", help="city the bulletins come from (resolves 市总工会 and the like)")
    parser.add_argument("--lexicon", metavar="FILE", help="extra organization names, aliases and column names")
    parser.add_argument("--indent", type=int, default=None, help="indent the JSON (default: one line per file)")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from unionnews.api import schema
    from unionnews.pipeline import Options, Pipeline, to_date, to_lexicon

    if args.command == "schema":
        print(schema())
        return 0
    try:
        pipeline = Pipeline(
            options=Options(reference_date=to_date(args.reference_date), city=args.city),
            lexicon=to_lexicon(args.lexicon),
        )
    except (ValueError, UnionNewsError) as exc:
        print(f"unionnews: error: {exc}", file=sys.stderr)
        return 2
    failed = 0
    for name in args.files:
        try:
            if name == "-":
                bulletin = pipeline.parse(sys.stdin.buffer.read(), name="<stdin>")
            else:
                bulletin = pipeline.parse(Path(name))
        except UnionNewsError as exc:
            print(f"unionnews: error: {exc}", file=sys.stderr)
            failed += 1
            continue
        if args.outline:
            sys.stdout.write(outline(bulletin, name))
        else:
            sys.stdout.write(bulletin.model_dump_json(indent=args.indent) + "\n")
    return 1 if failed else 0


def outline(bulletin: Bulletin, name: str = "") -> str:
    """A readable tree of the bulletin: what a person checks before trusting the JSON."""
    meta = bulletin.metadata
    out = [
        f"{name or bulletin.source.path or '<text>'}  ({bulletin.source.encoding}, {len(bulletin.articles)} articles)"
    ]
    facts = [
        f"{k}={v}"
        for k, v in (("title", meta.title), ("issue", meta.issue), ("date", meta.date), ("city", meta.city))
        if v
    ]
    if facts:
        out.append("  masthead: " + ", ".join(facts))
    column = None
    for i, art in enumerate(bulletin.articles, 1):
        if art.column != column:
            column = art.column
            out.append(f"  [{column}]")
        out.append("    " + _article_line(i, art))
        for cap in art.captions:
            out.append(f"        caption: {cap.text}")
        records = [f"{field}={len(getattr(art, field))}" for field in ("dates", "organizations", "counts", "awards")]
        out.append("        " + " ".join(records))
    return "\n".join(out) + "\n"


def _article_line(i: int, art: Article) -> str:
    if art.headline is not None:
        head = art.headline.text
        if art.kicker is not None:
            head = f"({art.kicker.text}) {head}"
        if art.subtitle is not None:
            head += f" {art.subtitle.text}"
    else:
        first = art.paragraphs[0].text if art.paragraphs else ""
        head = (art.bullet.text if art.bullet else "") + (first[:40] + ("…" if len(first) > 40 else ""))
    return f"{i:>3}. {head}  [{len(art.paragraphs)} ¶]"
