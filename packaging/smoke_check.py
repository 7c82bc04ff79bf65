"""Smoke check of a built Study Planner: the bundle, an installed wheel or a checkout.

    python packaging/smoke_check.py [--resources-under DIR] -- COMMAND...

COMMAND runs ``study-planner`` the way the form under test does, for example
``dist/study-planner/study-planner`` for the bundle or
``.venv/bin/python packaging/launcher.py`` for a checkout. In a fresh temporary
data folder, from ``/`` (so nothing is found through the current directory), it

1. checks that the catalog loads (``catalog --json`` lists the built-in paths) and,
   with ``--resources-under``, that the resources in use lie inside DIR;
2. creates a plan with the form's own CLI (``--data-dir D new ...``);
3. starts the app offscreen through ``packaging/launcher.py``'s smoke hook, which
   waits for the main window, checks that it lists the plan, that the icon can be
   drawn and the catalog found, and quits;

and fails (exit status 1, one line saying why) if any step does.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

PLAN_NAME = "Smoke check plan"
TIMEOUT_S = 120


class SmokeError(Exception):
    pass


def _run(command: list[str], env: dict[str, str], what: str) -> str:
    try:
        done = subprocess.run(
            command,
            env=env,
            cwd=Path(tempfile.gettempdir()).anchor or "/",
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SmokeError(f"{what}: {exc}") from exc
    if done.returncode != 0 or "Traceback" in done.stderr:
        detail = (done.stderr.strip() or done.stdout.strip()).splitlines()[-5:]
        raise SmokeError(f"{what} exited with {done.returncode}: {' | '.join(detail)}")
    return done.stdout


def smoke_check(command: list[str], resources_under: Path | None = None) -> list[str]:
    """Run every step; return the lines worth showing. Raises SmokeError on failure."""
    with tempfile.TemporaryDirectory(prefix="study-planner-smoke-") as tmp:
        home = Path(tmp)
        data = home / "data"
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            STUDY_PLANNER_DATA_DIR=str(data),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "share"),
            XDG_CACHE_HOME=str(home / "cache"),
            XDG_RUNTIME_DIR=str(home / "runtime"),
        )
        (home / "runtime").mkdir(mode=0o700)
        env.pop("STUDY_PLANNER_SMOKE", None)
        shown: list[str] = []

        catalog = json.loads(_run([*command, "catalog", "--json"], env, "catalog --json"))
        path_ids = {p["id"] for p in catalog.get("paths", [])}
        if "ml-practitioner" not in path_ids:
            raise SmokeError(f"the built-in catalog is incomplete: paths {sorted(path_ids)}")
        where = _run([*command, "where"], env, "where")
        resources = next(
            (
                line.split(":", 1)[1].strip()
                for line in where.splitlines()
                if line.startswith("resources:")
            ),
            "",
        )
        if not resources:
            raise SmokeError(f"'where' names no resources folder: {where!r}")
        if resources_under is not None:
            inside = Path(resources).resolve().is_relative_to(resources_under.resolve())
            if not inside:
                raise SmokeError(f"resources come from {resources}, not from {resources_under}")
        shown.append(f"catalog: {len(path_ids)} paths; resources: {resources}")

        new = [
            *command,
            "--data-dir",
            str(data),
            "new",
            "--path",
            "ml-practitioner",
            "--start",
            "2026-11-30",
            "--prep-weeks",
            "8",
            "--hours-per-week",
            "6",
            "--tz",
            "Europe/Berlin",
            "--name",
            PLAN_NAME,
        ]
        _run(new, env, "new")
        if not (data / "planner.db").is_file():
            raise SmokeError(f"'new' saved no plans file in {data}")

        gui_env = dict(env, STUDY_PLANNER_SMOKE="1", STUDY_PLANNER_SMOKE_PLAN=PLAN_NAME)
        out = _run(command, gui_env, "the app")
        if "smoke ok" not in out.splitlines():
            raise SmokeError(f"the app did not report 'smoke ok': {out.strip()!r}")
        shown.extend(line for line in out.splitlines() if line.startswith("smoke"))
        return shown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--resources-under",
        type=Path,
        metavar="DIR",
        help="fail unless the resources in use lie inside DIR",
    )
    parser.add_argument("command", nargs="+", help="how to run study-planner")
    args = parser.parse_args(argv)
    try:
        for line in smoke_check(args.command, args.resources_under):
            print(line)
    except SmokeError as exc:
        print(f"smoke check failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
