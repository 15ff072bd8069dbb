"""Placeholder: the `convert` command lands with its issue."""

from __future__ import annotations

import argparse
import sys


def configure(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("args", nargs="*")


def run(args: argparse.Namespace) -> int:
    print("unionnews: this command is not available yet", file=sys.stderr)
    return 2
