"""Build the one-folder app bundle with PyInstaller, smoke-check it, and (on Linux) archive it.

    python3 packaging/build_bundle.py [--keep-venv] [--no-archive]

Run from anywhere with Python >= 3.11. Steps:

1. a clean virtual environment in ``build/bundle-venv`` holding only Study Planner's
   runtime dependencies (PySide6-Essentials, never the Add-ons) plus PyInstaller;
2. the hicolor icons rendered from the SVG (``packaging/render_icons.py``), and the
   translations compiled to ``.qm`` (``packaging/i18n.py compile``, pyside6-lrelease);
3. ``dist/study-planner/`` built from ``packaging/study-planner.spec``;
4. the smoke check (``packaging/smoke_check.py``) run against the built bundle;
5. on Linux, ``dist/study-planner-<version>-linux-<arch>.tar.gz`` with the bundle, the
   ``.desktop`` file, the AppStream metainfo, the icons, ``install.sh`` and ``INSTALL.md``,
   then unpacked and installed into a scratch prefix to check that ``install.sh`` works.

It prints the build time and the bundle's size. Any failing step stops it with status 1.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
DIST = ROOT / "dist"
VENV = BUILD / "bundle-venv"
BUNDLE = DIST / "study-planner"
PYINSTALLER = "pyinstaller>=6.10,<7"
# Would make the bundle hundreds of MB bigger; the app needs none of it.
FORBIDDEN = {"pyside6-addons", "pyside6", "pyqt6", "pyqt5"}


class BuildError(Exception):
    pass


def _python(env_dir: Path) -> Path:
    if sys.platform == "win32":
        return env_dir / "Scripts" / "python.exe"
    return env_dir / "bin" / "python"


def _run(command: list[str | Path], **kwargs: object) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    done = subprocess.run([str(c) for c in command], check=False, **kwargs)  # type: ignore[call-overload]
    if done.returncode != 0:
        raise BuildError(f"{Path(str(command[0])).name} ... exited with {done.returncode}")


def make_environment(keep: bool) -> Path:
    python = _python(VENV)
    if not (keep and python.exists()):
        shutil.rmtree(VENV, ignore_errors=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        extras = ["pillow>=10,<13"] if sys.platform in ("win32", "darwin") else []
        _run([python, "-m", "pip", "install", "--quiet", str(ROOT), PYINSTALLER, *extras])
    listing = subprocess.run(
        [str(python), "-m", "pip", "list", "--format=json"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    names = {p["name"].lower().replace("_", "-") for p in json.loads(listing)}
    unwanted = sorted(names & FORBIDDEN)
    if unwanted:
        raise BuildError(f"the build environment holds {unwanted}; the bundle would bloat")
    if "pyside6-essentials" not in names:
        raise BuildError("the build environment lacks PySide6-Essentials")
    return python


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def make_archive(icons: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from planner import APP_ID, __version__

    name = f"study-planner-{__version__}-linux-{platform.machine()}"
    stage = BUILD / "archive" / name
    shutil.rmtree(stage.parent, ignore_errors=True)
    linux = ROOT / "packaging" / "linux"
    shutil.copytree(BUNDLE, stage / "study-planner", symlinks=True)
    (stage / "share" / "applications").mkdir(parents=True)
    (stage / "share" / "metainfo").mkdir(parents=True)
    shutil.copy2(linux / f"{APP_ID}.desktop", stage / "share" / "applications")
    shutil.copy2(linux / f"{APP_ID}.metainfo.xml", stage / "share" / "metainfo")
    shutil.copytree(icons / "hicolor", stage / "share" / "icons" / "hicolor")
    shutil.copy2(linux / "install.sh", stage / "install.sh")
    shutil.copy2(linux / "INSTALL.md", stage / "INSTALL.md")
    archive = DIST / f"{name}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(stage, arcname=name)
    return archive


def check_archive(archive: Path) -> None:
    """Unpack the archive, run its install.sh into a scratch prefix, and run what it installed."""
    from planner import APP_ID

    with tempfile.TemporaryDirectory(prefix="study-planner-install-") as tmp:
        with tarfile.open(archive) as tar:
            tar.extractall(tmp, filter="tar")
        (top,) = Path(tmp).iterdir()
        prefix = Path(tmp) / "prefix"
        _run(["sh", top / "install.sh"], env=dict(os.environ, PREFIX=str(prefix)))
        desktop = prefix / "share" / "applications" / f"{APP_ID}.desktop"
        expected = [
            desktop,
            prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml",
            prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png",
        ]
        missing = [str(p) for p in expected if not p.is_file()]
        if missing:
            raise BuildError(f"install.sh did not install {missing}")
        if shutil.which("desktop-file-validate"):
            _run(["desktop-file-validate", desktop])
        _run([prefix / "bin" / "study-planner", "--version"])
        _run(["sh", top / "install.sh", "--uninstall"], env=dict(os.environ, PREFIX=str(prefix)))
        if (prefix / "bin" / "study-planner").exists() or desktop.exists():
            raise BuildError("install.sh --uninstall left the program or its menu entry behind")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--keep-venv", action="store_true", help="reuse build/bundle-venv if it exists"
    )
    parser.add_argument("--no-archive", action="store_true", help="skip the Linux tar.gz")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        python = make_environment(args.keep_venv)
        env_ready = time.monotonic()
        icons = BUILD / "icons"
        shutil.rmtree(icons, ignore_errors=True)
        _run([python, ROOT / "packaging" / "render_icons.py", icons])
        # The translations, compiled with the environment's pyside6-lrelease; the spec
        # puts them next to the .ts files (planner/ui/i18n.py loads them from there).
        translations = BUILD / "i18n"
        shutil.rmtree(translations, ignore_errors=True)
        _run([python, ROOT / "packaging" / "i18n.py", "compile", translations])
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env["STUDY_PLANNER_QM_DIR"] = str(translations)
        icon = icons / "hicolor" / "256x256" / "apps"
        if sys.platform in ("win32", "darwin"):
            env["STUDY_PLANNER_ICON"] = str(next(icon.glob("*.png")))
        _run(
            [
                python,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--clean",
                "--log-level=WARN",
                "--distpath",
                DIST,
                "--workpath",
                BUILD / "pyinstaller",
                ROOT / "packaging" / "study-planner.spec",
            ],
            env=env,
        )
        built = time.monotonic()
        program = BUNDLE / ("study-planner.exe" if sys.platform == "win32" else "study-planner")
        _run(
            [
                python,
                ROOT / "packaging" / "smoke_check.py",
                "--resources-under",
                BUNDLE,
                program,
            ]
        )
        smoked = time.monotonic()
        archive = None
        if sys.platform.startswith("linux") and not args.no_archive:
            archive = make_archive(icons)
            check_archive(archive)
    except BuildError as exc:
        print(f"build_bundle: {exc}", file=sys.stderr)
        return 1
    mib = 1024 * 1024
    print(f"bundle: {BUNDLE} — {folder_size(BUNDLE) / mib:.0f} MiB unpacked")
    if archive is not None:
        print(f"archive: {archive} — {archive.stat().st_size / mib:.0f} MiB")
    print(
        f"time: environment {env_ready - started:.0f} s, PyInstaller {built - env_ready:.0f} s, "
        f"smoke check {smoked - built:.0f} s, total {time.monotonic() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
