"""The user's language and the translation catalogs, without Qt (for the command line).

The translations are Qt Linguist sources, ``resources/i18n/study_planner_<lang>.ts``
(see README, "Languages"). The app loads them compiled (``.qm``) through Qt; the command
line must stay light and free of Qt, so it reads the same XML here — only when the
language is not English — and translates through :func:`planner.messages.translate`.

The language: ``STUDY_PLANNER_LANG`` if set (``de``, ``en``), else the locale
variables in gettext's order (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from planner.resources import resource_path

# Languages with a catalog, by code, with their names in their own language.
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}
DEFAULT = "en"


def language_code(tag: str | None) -> str | None:
    """``de`` for "de_DE.UTF-8", "de-AT" or "de"; None for one without a catalog."""
    if not tag:
        return None
    code = tag.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def environment_language(env: Mapping[str, str] | None = None) -> str | None:
    """The language the environment asks for, if it has a catalog; None if it says nothing.

    ``STUDY_PLANNER_LANG`` first; then gettext's order. A C or POSIX locale means English.
    """
    env = os.environ if env is None else env
    chosen = env.get("STUDY_PLANNER_LANG", "").strip()
    if chosen:
        return language_code(chosen) or DEFAULT
    locale = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    if locale.split(".")[0] in ("C", "POSIX"):
        return DEFAULT
    for tag in [*env.get("LANGUAGE", "").split(":"), locale]:
        code = language_code(tag)
        if code is not None:
            return code
    return DEFAULT if locale else None


def ts_path(language: str) -> Path:
    return resource_path("i18n", f"study_planner_{language}.ts")


Catalog = dict[tuple[str, str], tuple[str, ...]]


@cache
def read_catalog(language: str) -> Catalog:
    """(context, source) -> the finished translation's forms (one, or one per plural form)."""
    from xml.etree import ElementTree

    catalog: Catalog = {}
    path = ts_path(language)
    if not path.is_file():
        return catalog
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if not forms:
                forms = [translation.text or ""]
            if any(forms):
                catalog[(name, source)] = tuple(forms)
    return catalog


def plural_index(language: str, n: int) -> int:
    """Which plural form ``n`` takes: English and German have two (one, other)."""
    return 0 if n == 1 else 1


def catalog_backend(language: str) -> object:
    """A :data:`planner.messages.Backend` translating from ``language``'s ``.ts`` file."""
    catalog = read_catalog(language)
    fallback = read_catalog(DEFAULT) if language != DEFAULT else {}

    def backend(context: str, source: str, disambiguation: str | None, n: int) -> str:
        for table in (catalog, fallback):
            forms = table.get((context, source))
            if forms:
                form = forms[min(plural_index(language, n), len(forms) - 1)] if n >= 0 else forms[0]
                return form.replace("%n", str(n)) if n >= 0 else form
        return ""

    return backend


def use_language(language: str | None = None) -> str:
    """Translate :mod:`planner.messages` into ``language`` (default: the environment's)."""
    from planner import messages

    code = language or environment_language() or DEFAULT
    if code == DEFAULT:
        # English needs only the plural forms, which messages.translate resolves itself.
        messages.set_backend(None)
    else:
        messages.set_backend(catalog_backend(code))  # type: ignore[arg-type]
    return code


def _plural_sources() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    """The command line's plural strings with a count written out: lupdate gives a
    message numerus forms only when it sees a number there."""
    from planner.messages import translate

    translate("cli", "in %n day(s)", None, 2)
    translate("cli", "{0} h in %n session(s)", None, 2)
    translate("cli", "%n attempt(s)", None, 2)
    translate("cli", "%n module(s)", None, 2)
