"""``--catalog FILE`` for any command that needs the catalog, and the loading behind it.

Usage in a command module::

    add_catalog_option(parser)
    ...
    catalog = load_for_cli(args)   # built-in + <data dir>/catalogs/ + --catalog files

Problems in user files are printed on stderr, one line each, and the command goes on
with everything that did load. Only a missing built-in catalog stops it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.catalog import CatalogError, LoadResult, Severity, load_catalog
from planner.cli.common import CliError, data_dir
from planner.core.catalog import Catalog
from planner.messages import translate

PROG = "study-planner"


def add_catalog_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--catalog",
        metavar="FILE",
        action="append",
        type=Path,
        default=[],
        dest="catalog_files",
        help=translate(
            "cli-help", "also load this catalog file (.toml or .json); repeatable, later files win"
        ),
    )


def load_result_for_cli(args: argparse.Namespace) -> LoadResult:
    """Load the catalog for a command and print any problems as warnings on stderr."""
    files: list[Path] = list(getattr(args, "catalog_files", []) or [])
    try:
        result = load_catalog(data_dir(args, create=False), files)
    except CatalogError as exc:
        raise CliError(str(exc)) from exc
    for problem in result.problems:
        if problem.severity is Severity.WARNING:
            line = translate("cli", "study-planner: warning: {0}")
        else:
            line = translate("cli", "study-planner: catalog error: {0}")
        print(line.format(problem), file=sys.stderr)
    for skipped in result.skipped_files:
        line = translate(
            "cli",
            "study-planner: warning: {0} was not loaded (see above); using the rest of the catalog",
        )
        print(line.format(skipped), file=sys.stderr)
    return result


def load_for_cli(args: argparse.Namespace) -> Catalog:
    return load_result_for_cli(args).catalog
