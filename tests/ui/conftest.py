"""The app's widgets as the app shows them: messages speak through Qt's translators."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True, scope="session")
def _app_messages(qapp: QApplication) -> Iterator[None]:
    """What the app installs at start (``planner.ui.i18n.install``): dates and numbers in
    messages in the user's locale. Without it a widget built on its own in a test would
    show the ISO days that only machine output uses, depending on which test ran first."""
    from planner.messages import set_backend
    from planner.ui.i18n import install

    install(qapp, "en")
    yield
    set_backend(None)
