#!/usr/bin/env bash
# Builds the wheel, checks that it carries the catalog and the icons, installs it into a
# fresh virtual environment in a temporary folder, and runs it from / (outside the
# source tree): `study-planner where`, `catalog`, `new --dry-run`, and the app's
# offscreen smoke check. Any failure fails the script.
#   bash packaging/check_wheel.sh            (PYTHON=python3.12 to choose the interpreter)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-python3}
work=$(mktemp -d "${TMPDIR:-/tmp}/study-planner-wheel.XXXXXX")
work=$(cd "$work" && pwd -P)  # the real path: on macOS /var is a link to /private/var
trap 'rm -rf "$work"' EXIT

fail() { echo "check_wheel: $*" >&2; exit 1; }

"$python" -m venv "$work/venv"
echo "check_wheel: building the wheel"
"$work/venv/bin/python" -m pip wheel --quiet --no-deps --wheel-dir "$work/dist" "$root"
wheel=$(ls "$work"/dist/study_planner-*.whl)

"$work/venv/bin/python" - "$wheel" <<'PY'
import sys
import zipfile

names = set(zipfile.ZipFile(sys.argv[1]).namelist())
needed = [
    "planner/resources/catalog/paths.toml",
    "planner/resources/catalog/courses.toml",
    "planner/resources/catalog/certifications.toml",
    "planner/resources/icons/study-planner.svg",
    "planner/resources/i18n/study_planner_de.ts",
    "planner/resources/i18n/study_planner_en.ts",
    "planner/cli/__init__.py",
    "planner/ui/app.py",
]
missing = [n for n in needed if n not in names]
if missing:
    sys.exit(f"check_wheel: the wheel lacks {missing}")
strays = sorted(n for n in names if n.startswith(("tests/", "bench/", "packaging/")))
if strays:
    sys.exit(f"check_wheel: the wheel carries development files {strays[:3]}")
print(f"check_wheel: {sys.argv[1].rsplit('/', 1)[-1]} holds {len(names)} files, catalog and icons included")
PY

echo "check_wheel: installing it into a fresh environment"
"$work/venv/bin/python" -m pip install --quiet "$wheel"
sp="$work/venv/bin/study-planner"

export STUDY_PLANNER_DATA_DIR="$work/data"
cd /
where=$("$sp" where)
echo "$where"
resources=$(sed -n 's/^resources: *//p' <<<"$where")
case "$resources" in
    "$work/venv/"*) ;;
    *) fail "the installed app uses resources from '$resources', not from the wheel" ;;
esac

"$sp" catalog >"$work/catalog.txt" || fail "'study-planner catalog' failed"
grep -q "ml-practitioner" "$work/catalog.txt" || fail "'study-planner catalog' lists no ml-practitioner path"
echo "check_wheel: 'study-planner catalog' printed $(wc -l <"$work/catalog.txt") lines"

"$sp" new --dry-run --path ml-practitioner --start 2026-11-30 --prep-weeks 8 --hours-per-week 6 \
    >"$work/new.txt" || fail "'study-planner new --dry-run' failed"
grep -q "^2026-11-30 " "$work/new.txt" || fail "the dry-run plan has no week starting 2026-11-30"
[ ! -e "$work/data/planner.db" ] || fail "'new --dry-run' saved a plan"
echo "check_wheel: 'study-planner new --dry-run' printed $(wc -l <"$work/new.txt") lines"

# The app itself, offscreen, from the installed wheel (the launcher only adds the smoke hook).
"$work/venv/bin/python" "$root/packaging/smoke_check.py" --resources-under "$work/venv" -- \
    "$work/venv/bin/python" "$root/packaging/launcher.py"
echo "check_wheel: ok"
