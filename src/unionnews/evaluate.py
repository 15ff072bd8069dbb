"""The ``eval`` command: score the library against gold files and print precision, recall and F1 per field.

    unionnews eval GOLD... [--texts DIR] [--show] [--json] [--no-reference]
                   [--matching greedy|maximum] [--baseline FILE] [--write-baseline FILE]

GOLD is a gold file or a folder of them (every ``*.json`` but ``baseline.json``); each text is ``<id>.txt`` in
``--texts`` (default: the gold file's own folder), read in any encoding. Exit codes: 0 scored (and every floor
held), 1 a text could not be read or a score fell below its ``--baseline`` floor, 2 bad usage or a malformed
gold or baseline file. The scoring itself lives in :mod:`unionnews.evaluation`.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from unionnews.evaluation import Report


def configure(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("gold", nargs="+", metavar="GOLD", help="gold .json files or folders of them")
    parser.add_argument("--texts", metavar="DIR", help="folder holding <id>.txt (default: each gold file's folder)")
    parser.add_argument("--show", action="store_true", help="list every miss and false positive")
    parser.add_argument("--json", action="store_true", help="print the report as one JSON object")
    parser.add_argument(
        "--no-reference", action="store_true", help="ignore the gold reference dates (the library finds its own)"
    )
    parser.add_argument(
        "--matching",
        choices=("greedy", "maximum"),
        default="greedy",
        help="pair items first-fit like the official scorer (default) or by maximum matching",
    )
    parser.add_argument("--baseline", metavar="FILE", help="exit 1 when a score is below its floor in FILE")
    parser.add_argument(
        "--write-baseline", metavar="FILE", help="write the current scores, rounded down to 2 decimals, as floors"
    )


def run(args: argparse.Namespace) -> int:
    from unionnews.errors import GoldFormatError
    from unionnews.evaluation import below_floors, evaluate, read_floors, write_floors

    try:
        floors = read_floors(args.baseline) if args.baseline else None
        report = evaluate(
            args.gold,
            texts=args.texts,
            use_reference=not args.no_reference,
            maximum=args.matching == "maximum",
        )
    except GoldFormatError as exc:
        print(f"unionnews: {exc}", file=sys.stderr)
        return 2
    code = 0
    for doc in report.documents:
        if doc.error:
            print(f"unionnews: {doc.id}: {doc.error} (scored as finding nothing)", file=sys.stderr)
            code = 1
    drops = below_floors(report.scores(), floors) if floors is not None else []
    if args.json:
        data = report.as_dict(show=args.show)
        if floors is not None:
            data["below_baseline"] = [str(d) for d in drops]
        json.dump(data, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print_report(report, sys.stdout, show=args.show)
    if args.write_baseline:
        write_floors(args.write_baseline, report.scores(), note="written by `unionnews eval --write-baseline`")
        print(f"unionnews: floors written to {args.write_baseline}", file=sys.stderr)
    if drops:
        print(f"unionnews: {len(drops)} score(s) below the baseline {args.baseline}:", file=sys.stderr)
        for drop in drops:
            print(f"  {drop}", file=sys.stderr)
        code = 1
    return code


def print_report(report: Report, out: TextIO, *, show: bool = False) -> None:
    data = report.as_dict(show=show)
    out.write(f"{data['documents']} documents, parsed in {data['seconds']:.2f} s, {data['matching']} matching\n")
    out.write(f"{'field':22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}{'macro F1':>10}\n")
    for name in ("dates", "organizations", "counts", "awards", "counts_participants"):
        row = data[name]
        macro = row.get("macro_f1")
        out.write(
            f"{name:22}{row['p']:7.3f}{row['r']:7.3f}{row['f1']:7.3f}{row['tp']:6d}{row['fp']:6d}{row['fn']:6d}"
            f"{'' if macro is None else f'{macro:10.3f}'}\n"
        )
    for which in ("approximate", "role"):
        acc = data[f"counts_{which}_accuracy"]
        out.write(f"counts {which} accuracy: {'n/a' if acc is None else f'{acc:.3f}'}\n")
    if "structure" in data:
        out.write("structure:\n")
        rows: dict[str, Any] = {**data["structure"], "(all)": data["structure_total"]}
        width = max(map(len, rows))
        for doc_id, st in rows.items():
            parts = "  ".join(f"{p} {_f1(st[p])}" for p in ("headline", "kicker", "captions"))
            acc = st["column_accuracy"]
            out.write(
                f"  {doc_id:{width}}  articles {st['articles_system']}/{st['articles_gold']}  {parts}  "
                f"columns {'n/a' if acc is None else f'{acc:.3f}'}  joins {st['joins']}\n"
            )
    if show:
        for doc_id, fields in data["show"].items():
            for name, found in fields.items():
                out.write(f"--- {doc_id} {name}\n")
                for item in found["misses"]:
                    out.write(f"  miss  {json.dumps(item, ensure_ascii=False)}\n")
                for item in found["extras"]:
                    out.write(f"  extra {json.dumps(item, ensure_ascii=False)}\n")


def _f1(row: dict[str, Any]) -> str:
    """An F1 with nothing on either side (no kickers in gold or output) is shown as such, not as a failure."""
    return "-" if not (row["tp"] or row["fp"] or row["fn"]) else f"{row['f1']:.3f}"
