"""``--help``, usage lines and argparse's own error words in the user's language.

German when the locale (or STUDY_PLANNER_LANG) says so; English exactly as argparse and
the sources write it otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.cli import argparse_words, build_parser, main
from planner.messages import translate
from planner.translations import use_language

ROOT = Path(__file__).resolve().parents[2]
WIDTH = "100"  # argparse wraps to $COLUMNS: the same width in here and in the subprocesses
SUBCOMMANDS = [["new"], ["sync"], ["exam", "book"], ["timer", "start"], ["attempt", "add"]]


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``study-planner ARGS`` as a user runs it, in the language ``env`` chooses."""
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "STUDY_PLANNER_LANG")
    }
    environment.update(COLUMNS=WIDTH, **env)
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        timeout=60,
    )


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """In-process rendering as `study-planner` does it in English; English again after."""
    monkeypatch.setenv("COLUMNS", WIDTH)
    use_language("en")
    argparse_words.speak(False)
    yield
    use_language("en")
    argparse_words.speak(False)


def parsers(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every parser of the command, with the words that reach it."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from parsers(child, (*path, name))


def help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """The description, epilog and help texts one parser shows (its subcommands' too)."""
    texts = [parser.description or "", parser.epilog or ""]
    for action in parser._actions:
        texts.append(action.help or "")
        if isinstance(action, argparse._SubParsersAction):
            texts += [choice.help or "" for choice in action._choices_actions]
    return [t for t in texts if t and t != argparse.SUPPRESS]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def english_help(words: list[str]) -> str:
    parser = dict(parsers(build_parser()))[tuple(words)]
    return parser.format_help()


@pytest.mark.parametrize(
    "env", [{"STUDY_PLANNER_LANG": "de"}, {"LANG": "de_DE.UTF-8"}], ids=["variable", "locale"]
)
def test_main_help_is_german(env: dict[str, str], english: None) -> None:
    result = run("--help", **env)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Aufruf: study-planner [-h] [--version] [--data-dir DIR] COMMAND")
    assert "\nArgumente:\n" in out and "\nOptionen:\n" in out
    assert "diese Hilfe anzeigen und beenden" in out
    assert "sync          Abgleich in beide Richtungen mit einem CalDAV-Kalender" in out
    for heading in ("usage:", "positional arguments:", "options:", "show this help"):
        assert heading not in out
    # Not one of the English help sentences is left.
    for text in help_texts(build_parser()):
        assert flat(text) not in flat(out), text


@pytest.mark.parametrize("words", SUBCOMMANDS, ids=" ".join)
def test_subcommand_help_is_german(words: list[str], english: None) -> None:
    result = run(*words, "--help", STUDY_PLANNER_LANG="de")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith(f"Aufruf: study-planner {' '.join(words)} ")
    assert "\nOptionen:\n" in out and "diese Hilfe anzeigen und beenden" in out
    assert "usage:" not in out and "options:" not in out
    parser = dict(parsers(build_parser()))[tuple(words)]
    english_texts = help_texts(parser)
    assert english_texts  # there is something to translate
    for text in english_texts:
        assert flat(text) not in flat(out), text


def test_german_help_names_the_same_options_and_commands(english: None) -> None:
    """Only the words change: what the user types is the same in both languages."""
    german = run("new", "--help", STUDY_PLANNER_LANG="de").stdout
    options = set(re.findall(r"--[a-z-]+", english_help(["new"])))
    assert len(options) > 15
    assert set(re.findall(r"--[a-z-]+", german)) == options


@pytest.mark.parametrize(
    "words",
    [[], ["new"], ["sync"], ["exam", "book"], ["rebalance"], ["catalog", "update"]],
    ids=lambda w: " ".join(w) or "main",
)
def test_english_help_is_the_parsers_english(words: list[str], english: None) -> None:
    result = run(*words, "--help", STUDY_PLANNER_LANG="en")
    assert result.returncode == 0, result.stderr
    assert result.stdout == english_help(words)
    assert result.stdout.startswith("usage: study-planner")
    assert "options:" in result.stdout and "show this help message and exit" in result.stdout


def test_a_c_locale_gets_english_help(english: None) -> None:
    result = run("status", "--help", LANG="C.UTF-8", LANGUAGE="de")
    assert result.stdout == english_help(["status"])


def test_english_in_process_after_german(
    english: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The words argparse borrowed for German are given back: the next run is English."""
    expected = english_help(["show"])
    for language in ("de", "en"):
        monkeypatch.setenv("STUDY_PLANNER_LANG", language)
        with pytest.raises(SystemExit) as exit_:
            main(["show", "--help"])
        assert exit_.value.code == 0
        out = capsys.readouterr().out
        assert out.startswith("Aufruf:" if language == "de" else "usage:")
    assert out == expected


@pytest.mark.parametrize(
    ("args", "german", "english"),
    [
        (
            ["new"],
            "study-planner new: Fehler: diese Argumente fehlen: --path, --hours-per-week "
            "(siehe 'study-planner new --help')",
            "the following arguments are required",
        ),
        (
            ["frobnicate"],
            "study-planner: Fehler: Argument COMMAND: ungültige Auswahl: 'frobnicate' (möglich: "
            "'where', 'catalog', 'new',",
            "invalid choice",
        ),
        (
            ["import-busy", "busy.ics", "--keep", "hour"],
            "study-planner import-busy: Fehler: Argument --keep: ungültige Auswahl: 'hour' "
            "(möglich: 'exam-date', 'hours')",
            "invalid choice",
        ),
        (
            ["attempt", "edit", "abc"],
            "study-planner attempt edit: Fehler: Argument ID: ungültiger Wert für int: 'abc'",
            "invalid int value",
        ),
        (["show", "--week"], "Argument --week: erwartet einen Wert", "expected one argument"),
        (["plans", "extra"], "study-planner: Fehler: unbekannte Argumente: extra", "unrecognized"),
        (
            ["show", "--week", "2", "--all"],
            "Argument --all: nicht zusammen mit dem Argument --week erlaubt",
            "not allowed with",
        ),
        (
            ["new", "--path", "x", "--hours-per-week", "200", "--days", "mon"],
            "Argument --hours-per-week: '200' ist mehr, als eine Woche hat (168 h)",
            "more than a week holds",
        ),
        (
            ["edit", "--days", "mon,xyz"],
            "Argument --days: 'xyz' ist kein Wochentag (z. B. mon,wed,sat)",
            "is not a weekday",
        ),
        (
            ["attempt", "add", "--score", "120"],
            "Argument --score: „120“ ist keine Prozentzahl von 0 bis 100",
            "is not a percentage",
        ),
    ],
    ids=[
        "missing",
        "command",
        "choice",
        "int",
        "value",
        "unknown",
        "exclusive",
        "hours",
        "weekday",
        "percent",
    ],
)
def test_argument_errors_are_one_german_line(
    args: list[str], german: str, english: str, tmp_path: Path
) -> None:
    result = run("--data-dir", str(tmp_path), *args, STUDY_PLANNER_LANG="de")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert german in lines[0]
    assert english not in lines[0] and "error:" not in lines[0]
    in_english = run("--data-dir", str(tmp_path), *args, STUDY_PLANNER_LANG="en")
    assert in_english.returncode == 2 and english in in_english.stderr


def test_every_help_text_and_argparse_word_has_german(english: None) -> None:
    """Each text --help shows, in every parser, differs in German from the English:
    a help text not passed through translate() or not yet translated fails here."""
    english_parsers = dict(parsers(build_parser()))
    use_language("de")
    argparse_words.speak(True)
    german_parsers = dict(parsers(build_parser()))
    assert german_parsers.keys() == english_parsers.keys()
    assert len(english_parsers) > 40
    untranslated = []
    for path, parser in english_parsers.items():
        english_texts = help_texts(parser)
        german_texts = help_texts(german_parsers[path])
        assert len(german_texts) == len(english_texts), path
        untranslated += [e for e, g in zip(english_texts, german_texts, strict=True) if e == g]
    assert untranslated == []
    assert [w for w in argparse_words.WORDS if translate("argparse", w) == w] == []


def test_german_help_loads_the_catalog_but_no_qt_or_database() -> None:
    """--help stays light: German reads the translation file, English not even that."""
    code = (
        "import contextlib, json, sys\n"
        "from planner.cli import main\n"
        "with contextlib.suppress(SystemExit):\n"
        "    main(['new', '--help'])\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
    )
    loaded = {}
    for language in ("de", "en"):
        env = dict(os.environ, STUDY_PLANNER_LANG=language)
        result = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
        loaded[language] = set(json.loads(result.stderr))
        assert result.stdout.startswith("Aufruf:" if language == "de" else "usage:")
    for modules in loaded.values():
        heavy = {m for m in modules if m.split(".")[0] in {"PySide6", "sqlalchemy", "icalendar"}}
        assert heavy == set()
    assert "xml.etree.ElementTree" in loaded["de"]
    assert "xml.etree.ElementTree" not in loaded["en"]
