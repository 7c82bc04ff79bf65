"""Keep the translation catalogs in step with the code, and compile them.

    python packaging/i18n.py update            # pyside6-lupdate: new strings into every .ts
                                               # (English plural forms filled from "(s)")
    python packaging/i18n.py fill de FILE.json # translations for new strings, from a JSON
                                               # object {source: text or [one, other]}
    python packaging/i18n.py missing de        # the strings without a finished translation
    python packaging/i18n.py compile [OUTDIR]  # pyside6-lrelease: .ts -> .qm

The ``.ts`` files in ``resources/i18n`` are the source of truth (Qt Linguist opens them
too). ``update`` runs ``pyside6-lupdate`` over every Python file that holds translatable
strings; strings already translated keep their translation, new ones come in as
unfinished, removed ones are dropped. English (``study_planner_en.ts``) holds only the
plural forms. ``tests/ui/test_translation_files.py`` fails while a string has no
finished translation.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("de",)  # besides English, whose catalog holds the plural forms only


def tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease next to this Python, or on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[Path]:
    """Every Python file under planner/ that calls tr() or translate()."""
    found = []
    for path in sorted((ROOT / "planner").rglob("*.py")):
        text = path.read_text("utf-8")
        if "tr(" in text or "translate(" in text or "QT_TRANSLATE_NOOP" in text:
            found.append(path)
    return found


def lupdate(ts: Path, language: str, *, plural_only: bool = False) -> None:
    command = [tool("pyside6-lupdate"), *[str(p.relative_to(ROOT)) for p in sources()]]
    command += ["-no-obsolete", "-locations", "none", "-source-language", "en_US"]
    command += ["-target-language", language]
    if plural_only:
        command.append("-pluralonly")
    command += ["-ts", str(ts.relative_to(ROOT))]
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True)


def english_forms(source: str) -> list[str]:
    """English singular and plural of a "%n week(s)" source: the rule the CLI uses too."""
    one = source.replace("y(ies)", "y").replace("(es)", "").replace("(s)", "")
    other = source.replace("y(ies)", "ies").replace("(es)", "es").replace("(s)", "s")
    return [one, other]


def update() -> None:
    english = I18N / "study_planner_en.ts"
    lupdate(english, "en_US", plural_only=True)
    plurals = {source: english_forms(source) for _, source in missing("en")}
    fill("en", plurals)
    for language in LANGUAGES:
        lupdate(I18N / f"study_planner_{language}.ts", language)


def _write(tree: ElementTree.ElementTree, ts: Path) -> None:
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")


def fill(language: str, table: dict[str, str | list[str]]) -> int:
    """Give unfinished messages whose source is in ``table`` their translation."""
    ts = I18N / f"study_planner_{language}.ts"
    tree = ElementTree.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source is None or translation is None or source not in table:
            continue
        if translation.get("type") != "unfinished":
            continue
        text = table[source]
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = text if isinstance(text, list) else [text, text]
            translation.text = None
            for form in forms:
                ElementTree.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text if isinstance(text, str) else text[0]
        del translation.attrib["type"]
        filled += 1
    _write(tree, ts)
    # lupdate writes the file in its own layout, so the next update changes nothing.
    if language == "en":
        lupdate(ts, "en_US", plural_only=True)
    else:
        lupdate(ts, language)
    return filled


def missing(language: str) -> list[tuple[str, str]]:
    ts = I18N / f"study_planner_{language}.ts"
    out = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                out.append((name, message.findtext("source") or ""))
    return out


def compile_all(outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(I18N.glob("study_planner_*.ts")):
        qm = outdir / ts.with_suffix(".qm").name
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
        written.append(qm)
    return written


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "fill", "missing", "compile"):
        print(__doc__)
        return 2
    if argv[0] == "update":
        update()
        for language in LANGUAGES:
            print(f"{language}: {len(missing(language))} strings to translate")
    elif argv[0] == "fill":
        table = json.loads(Path(argv[2]).read_text("utf-8"))
        print(f"{argv[1]}: {fill(argv[1], table)} strings filled")
    elif argv[0] == "missing":
        for context, source in missing(argv[1]):
            print(json.dumps([context, source], ensure_ascii=False))
    else:
        out = Path(argv[1]) if len(argv) > 1 else Path(tempfile.mkdtemp())
        for path in compile_all(out):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
