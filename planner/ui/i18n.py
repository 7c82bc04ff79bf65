"""The app's language: Qt translators for our strings and Qt's own, installed at start.

Which language: ``STUDY_PLANNER_LANG`` if set, else Preferences › Language (stored as
``preferences/language`` in ``window.ini``: ``system``, ``en`` or ``de``), else the
system's UI languages (``QLocale.system().uiLanguages()``). A new choice takes effect at
the next start.

The catalogs are ``resources/i18n/study_planner_<lang>.ts`` (Qt Linguist sources). A
built bundle carries them compiled (``.qm``, made by ``pyside6-lrelease`` in
``packaging/build_bundle.py``); from a source checkout or a wheel the app compiles a
``.ts`` with the ``lrelease`` that PySide6-Essentials ships, once, into the user's cache
folder, and loads that (see README, "Languages"). English is always installed as well:
it holds the English plural forms ("1 week", "2 weeks").

Domain and service messages (:mod:`planner.messages`) translate through the same
translators: :func:`install` makes :func:`planner.messages.translate` call
``QCoreApplication.translate``.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from planner import messages
from planner.messages import QT_TRANSLATE_NOOP
from planner.translations import DEFAULT, LANGUAGES, environment_language, ts_path

CHOICES = ("system", *LANGUAGES)
_installed: list[QTranslator] = []
_locale_before: list[QLocale] = []  # the default locale a language replaced
_current = DEFAULT


def saved_choice(folder: Path) -> str:
    """Preferences › Language for the data folder ``folder``: system, en or de."""
    value = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat).value(
        "preferences/language"
    )
    return value if value in CHOICES else "system"


def system_language() -> str:
    """The first of the system's UI languages that has a catalog (English if none)."""
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT


def resolve(choice: str | None) -> str:
    """The language to use: the environment's override, the choice, or the system's."""
    if os.environ.get("STUDY_PLANNER_LANG"):
        return environment_language() or DEFAULT
    if choice in LANGUAGES:
        return str(choice)
    return system_language()


def current_language() -> str:
    """The language installed by :func:`install` ("en" before it ran)."""
    return _current


def _cache_dir() -> Path:
    if sys.platform.startswith("linux"):
        # What platformdirs answers on Linux, without importing it before the first paint
        # (about 4 ms); anything unusual (a relative HOME) is left to platformdirs.
        base = os.environ.get("XDG_CACHE_HOME", "")
        home = os.environ.get("HOME", "")
        if not os.path.isabs(base) and os.path.isabs(home):
            base = os.path.join(home, ".cache")
        if os.path.isabs(base):
            return Path(base) / "study-planner" / "i18n"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("study-planner", appauthor=False)) / "i18n"


def _lrelease() -> Path | None:
    """PySide6's lrelease (PySide6-Essentials ships it next to the package)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (folder / name).is_file():
            return folder / name
    return None


def compiled(language: str) -> Path | None:
    """The ``.qm`` for ``language``: shipped next to the ``.ts``, or compiled once into
    the cache folder (named by the ``.ts`` file's size and modification time, so an
    edited catalog is rebuilt).
    None if there is no catalog or it cannot be compiled."""
    source = ts_path(language)
    shipped = source.with_suffix(".qm")
    if shipped.is_file():  # a bundle's, compiled when it was built
        return shipped
    if not source.is_file():
        return None
    # Named by the catalog's size and modification time: an edited or updated catalog
    # gets a new name and is compiled again, and checking costs one stat at start-up.
    stat = source.stat()
    target = _cache_dir() / f"study_planner_{language}-{stat.st_size}-{stat.st_mtime_ns}.qm"
    if target.is_file():
        return target
    import subprocess  # only when compiling: its import costs about 5 ms at start-up

    tool = _lrelease()
    if tool is None:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".{os.getpid()}.part")
    done = subprocess.run(
        [str(tool), "-silent", str(source), "-qm", str(partial)],
        check=False,
        capture_output=True,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )
    if done.returncode != 0 or not partial.is_file():
        partial.unlink(missing_ok=True)
        return None
    os.replace(partial, target)
    return target


def _qt_backend(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)


def _date_text(day: date) -> str:
    from planner.ui.formatting import date_text

    return date_text(day)


def _number_text(value: float) -> str:
    from planner.ui.formatting import format_hours

    return format_hours(value)


def install(app: QCoreApplication, language: str) -> str:
    """Install the translators for ``language`` (English plurals always); returns the
    language installed. Replaces what an earlier call installed."""
    global _current
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    wanted = [DEFAULT] if language == DEFAULT else [DEFAULT, language]
    installed = DEFAULT
    for code in wanted:  # installed last is asked first
        path = compiled(code)
        translator = QTranslator(app)
        if path is not None and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            installed = code
    if installed != DEFAULT:
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{installed}", folder):  # standard buttons: OK, Cancel, Yes…
            app.installTranslator(qt)
            _installed.append(qt)
        if QLocale().language() != QLocale(installed).language():
            _locale_before.append(QLocale())
            QLocale.setDefault(QLocale(installed))  # dates and numbers speak it too
    elif _locale_before:  # English again: the locale as it was before German
        QLocale.setDefault(_locale_before.pop())
        _locale_before.clear()
    _current = installed
    messages.set_backend(_qt_backend, _date_text, _number_text)
    return installed


def install_for(app: QCoreApplication, folder: Path) -> str:
    """At start: the language from the environment, Preferences or the system."""
    return install(app, resolve(saved_choice(folder)))


# Names of exam languages (planner.core.catalog.LANGUAGE_NAMES), shown in the wizard.
LANGUAGE_NAME_SOURCES = (
    QT_TRANSLATE_NOOP("Languages", "English"),
    QT_TRANSLATE_NOOP("Languages", "Japanese"),
    QT_TRANSLATE_NOOP("Languages", "Korean"),
    QT_TRANSLATE_NOOP("Languages", "Simplified Chinese"),
    QT_TRANSLATE_NOOP("Languages", "Chinese"),
    QT_TRANSLATE_NOOP("Languages", "Spanish"),
    QT_TRANSLATE_NOOP("Languages", "Portuguese (Brazil)"),
    QT_TRANSLATE_NOOP("Languages", "French"),
    QT_TRANSLATE_NOOP("Languages", "German"),
)


def say(found: object) -> str:
    """A diagnosis' or a fix's text in the app's language (its ``text`` message), or its
    English ``message`` where it has no message identifier yet."""
    text = getattr(found, "text", None)
    return str(text) if text is not None else str(getattr(found, "message", found))
