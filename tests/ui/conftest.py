"""The app's widgets as the app shows them: messages speak through Qt's translators."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture(scope="session")
def _app_message_setup(qapp: QApplication) -> tuple[object, ...]:
    """What the app installs at start (``planner.ui.i18n.install``), once: Qt's
    translators, and the way messages write dates and numbers (the user's locale)."""
    from planner.core import messages
    from planner.ui.i18n import install

    install(qapp, "en")
    setup = (messages._backend, messages._date_format, messages._number_format)
    messages.set_backend(None)
    return setup


@pytest.fixture(autouse=True)
def _app_messages(_app_message_setup: tuple[object, ...]) -> Iterator[None]:
    """Each UI test sees messages as the app shows them. Without it a widget built on
    its own in a test would show the ISO days that only machine output uses; and it is
    for UI tests only, so tests of other layers that run later still see machine output
    (the root conftest puts back what each test found)."""
    from planner.core import messages

    messages.set_backend(*_app_message_setup)  # type: ignore[arg-type]
    yield
