"""The command line: a thin translator from arguments to library calls.

``main()`` parses arguments, configures logging, and hands a namespace to the command's ``run(args) -> int``.
Each command lives in its own module (``cli_parse`` here; ``evaluate`` and ``batch`` for ``eval`` and
``convert``) exposing ``configure(parser)`` and ``run(args)``; modules are imported only when their command
runs, so ``unionnews schema`` does not pay for Dask or pyarrow.

Exit codes: 0 success, 1 some inputs failed, 2 bad usage.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

# command → (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "parse": ("unionnews.cli_parse", "parse bulletin files and print their JSON (or an outline)"),
    "schema": ("unionnews.cli_parse", "print the JSON Schema of the Bulletin JSON contract"),
    "convert": ("unionnews.batch", "convert files or folders of bulletins to SQLite, JSONL, CSV, Parquet or JSON"),
    "eval": ("unionnews.evaluate", "score extraction against gold files (precision, recall, F1 per field)"),
}


def build_parser() -> argparse.ArgumentParser:
    from unionnews import __version__

    parser = argparse.ArgumentParser(prog="unionnews", description="Chinese trade-union bulletins → structured data.")
    parser.add_argument("--version", action="version", version=f"unionnews {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output on stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name, (module, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(_module=module)
        mod = importlib.import_module(module)
        mod.configure(p, name)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    logging.basicConfig(
        level=logging.WARNING - 10 * min(args.verbose, 2),
        format="unionnews: %(levelname)s: %(message)s",
        stream=sys.stderr,
    )
    mod = importlib.import_module(args._module)
    try:
        code: int = mod.run(args)
    except KeyboardInterrupt:
        print("unionnews: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. piped into head
        return 0
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
