"""``study-planner where``: shows the data folder, the resources in use and the log file."""

from __future__ import annotations

import argparse
from typing import Any

from planner.cli.common import add_data_dir_option, data_dir
from planner.messages import translate


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "where",
        help=translate(
            "cli-help", "show where your data, the built-in catalog and the log file live"
        ),
    )
    add_data_dir_option(parser)
    parser.set_defaults(func=run_where)


def run_where(args: argparse.Namespace) -> int:
    from planner.catalog.bundle import installed_catalog
    from planner.logs import log_path
    from planner.resources import resources_dir

    folder = data_dir(args)
    rows = [
        (translate("cli", "data folder:"), str(folder)),
        (translate("cli", "resources:"), str(resources_dir())),
        (translate("cli", "log file:"), str(log_path(folder))),
    ]
    installed = installed_catalog(folder)
    if installed is not None:
        update = translate("cli", "{0} (an update from {1})")
        rows.append(
            (translate("cli", "catalog:"), update.format(installed.folder, installed.source))
        )
    width = max(len(label) for label, _ in rows) + 1
    for label, value in rows:
        print(f"{label:<{width}}{value}")
    return 0
