"""Domain messages: identifiers and arguments, words chosen by the front end."""

from __future__ import annotations

import json
from datetime import date

import pytest

from planner import messages
from planner.messages import Message
from planner.translations import catalog_backend, environment_language


def test_a_message_is_english_without_a_backend_and_german_with_the_catalog() -> None:
    behind = Message("status.behind", {"hours": 3.5})
    assert str(behind) == "behind by 3.5 h"
    try:
        messages.set_backend(catalog_backend("de"))  # type: ignore[arg-type]
        assert str(behind) == "3.5 h im Rückstand"
        assert behind.english() == "behind by 3.5 h"  # machine output stays English
    finally:
        messages.set_backend(None)


def test_json_of_a_message_is_language_neutral() -> None:
    behind = Message("status.behind", {"hours": 3.5})
    try:
        messages.set_backend(catalog_backend("de"))  # type: ignore[arg-type]
        data = json.loads(json.dumps(behind.to_json()))
    finally:
        messages.set_backend(None)
    assert data == {"id": "status.behind", "args": {"hours": 3.5}, "text": "behind by 3.5 h"}


def test_an_unknown_identifier_is_refused() -> None:
    with pytest.raises(KeyError):
        Message("status.nonsense")


def test_the_plan_state_is_a_message_and_stays_english_for_scripts() -> None:
    from planner.core.progress import Forecast
    from planner.services.status import PlanStatus

    def status(ahead: float, done: float = 1.0) -> PlanStatus:
        forecast = Forecast(None, 0.0, 5.0, 5.0 + ahead, ahead, 0.0, None, None)
        return PlanStatus(1, "p", date(2026, 1, 1), 10.0, done, 0.0, (), forecast, None, "")

    assert status(-3.5).state_message == Message("status.behind", {"hours": 3.5})
    assert status(-3.5).state == "behind by 3.5 h"
    assert status(0.1).state == "on track"
    assert status(2.0).state_message.id == "status.ahead"
    assert status(0.0, done=10.0).state == "all done"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"STUDY_PLANNER_LANG": "de"}, "de"),
        ({"STUDY_PLANNER_LANG": "de", "LANG": "en_US.UTF-8"}, "de"),
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LC_ALL": "de_AT.UTF-8", "LANG": "en_US.UTF-8"}, "de"),
        ({"LC_MESSAGES": "de_CH.UTF-8"}, "de"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "de"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({}, None),
    ],
)
def test_the_language_the_environment_asks_for(env: dict[str, str], expected: str | None) -> None:
    assert environment_language(env) == expected
