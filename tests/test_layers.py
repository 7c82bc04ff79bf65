"""The layer rules of docs/architecture.md, checked in fresh interpreters."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NON_UI = [
    "planner.core",
    "planner.catalog",
    "planner.storage",
    "planner.ical",
    "planner.services",
    "planner.cli",
]


def _loaded_after_import(package: str) -> set[str]:
    code = (
        "import importlib, json, pkgutil, sys\n"
        f"pkg = importlib.import_module({package!r})\n"
        "for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    return set(json.loads(out))


@pytest.mark.parametrize("package", NON_UI)
def test_non_ui_packages_never_load_qt(package: str) -> None:
    loaded = _loaded_after_import(package)
    qt = sorted(m for m in loaded if m.startswith(("PySide6", "shiboken6")))
    assert qt == [], f"{package} pulls in Qt: {qt[:5]}"


def test_core_loads_no_sqlalchemy_and_no_icalendar() -> None:
    loaded = _loaded_after_import("planner.core")
    heavy = sorted(m for m in loaded if m.split(".")[0] in {"sqlalchemy", "icalendar", "PySide6"})
    assert heavy == []


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_imports_only_itself_and_the_standard_library() -> None:
    allowed_roots = set(sys.stdlib_module_names) | {"planner", "__future__"}
    offenders = {}
    for path in (ROOT / "planner" / "core").rglob("*.py"):
        bad = {
            n
            for n in _imports(path)
            if n.split(".")[0] not in allowed_roots
            or (n.startswith("planner.") and not n.startswith("planner.core"))
        }
        if bad:
            offenders[str(path.relative_to(ROOT))] = sorted(bad)
    assert offenders == {}


def test_core_never_reads_the_clock() -> None:
    offenders = []
    for path in (ROOT / "planner" / "core").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for needle in ("date.today(", "datetime.now(", "datetime.utcnow(", "time.time("):
            if needle in text:
                offenders.append(f"{path.name}: {needle}")
    assert offenders == []


def test_the_command_parser_loads_neither_qt_nor_sqlalchemy() -> None:
    # `study-planner` with no command opens the app: nothing heavy may load before it.
    code = (
        "import json, sys\n"
        "import planner.cli\n"
        "planner.cli.build_parser()\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    heavy = sorted(
        m for m in json.loads(out) if m.split(".")[0] in {"sqlalchemy", "PySide6", "icalendar"}
    )
    assert heavy == []
