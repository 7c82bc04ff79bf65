"""Every benchmark in one table: ``python bench/run.py`` (``--json`` for scripts).

Each figure is a median over repeated runs, with its spread, next to a baseline
measured in the same run on the same machine, and their ratio. Start-up and
memory are measured in fresh processes. Nothing here is asserted: the figures
are read, recorded in docs/performance.md, and compared over time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_gui
import bench_ical
import bench_memory
import bench_plans
import bench_scheduler
import bench_storage
from common import Row, table

SUITES = {
    "scheduler": bench_scheduler.measure,
    "storage": bench_storage.measure,
    "calendar": bench_ical.measure,
    "gui": bench_gui.measure,
    "plans": bench_plans.measure,  # printed next to the tick latency above it
    "memory": bench_memory.measure,
}


def machine() -> dict[str, object]:
    return {
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "machine": platform.machine(),
        "cores": os.cpu_count(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument(
        "--only", choices=sorted(SUITES), action="append", help="run only these (repeatable)"
    )
    args = parser.parse_args(argv)
    rows: list[Row] = []
    for name, measure in SUITES.items():
        if args.only and name not in args.only:
            continue
        if not args.json:
            print(f"running {name} …", file=sys.stderr, flush=True)
        rows.extend(measure())
    if args.json:
        print(json.dumps({"machine": machine(), "rows": [r.as_dict() for r in rows]}, indent=2))
    else:
        info = machine()
        print(
            f"Python {info['python']} · {info['system']} · {info['machine']} · "
            f"{info['cores']} cores"
        )
        print(table(rows))
    sys.stdout.flush()
    # PySide6 can crash while Python tears down after a QApplication (bench_gui does the same).
    os._exit(0)


if __name__ == "__main__":
    main()
