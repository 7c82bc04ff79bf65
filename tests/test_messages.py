"""Domain messages: identifiers and arguments, words chosen by the front end."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner import messages
from planner.messages import Message, english_of
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


def test_readiness_and_its_steering_speak_german_and_stay_english_for_scripts() -> None:
    from planner.core.readiness import Attempt, DomainScore, ExamDomain, readiness, reweight

    domains = (ExamDomain("Modelling", 50, "prep/1"), ExamDomain("Deployment", 50, "prep/2"))
    today = date(2027, 2, 1)
    scores = (DomainScore("Modelling", 80), DomainScore("Deployment", 58))
    state = readiness([Attempt(1, today, 69, "", scores)], domains, today, 67, 5)
    shifts = {s.key: s for s in reweight({"prep/1": 10.0, "prep/2": 10.0}, state)}
    try:
        messages.set_backend(catalog_backend("de"))  # type: ignore[arg-type]
        german = str(state.message)
        more = str(shifts["prep/2"].reason_message)
        english, english_more = state.sentence, shifts["prep/2"].reason
        data = json.loads(json.dumps(state.message.to_json()))
        none_yet = str(readiness([], domains, today).message)
    finally:
        messages.set_backend(None)
    assert german == "Noch nicht: Deployment bei 58 % statt 72 %"
    assert more == "Deployment erhält 5 h mehr: 58 % statt 72 %"
    assert none_yet.startswith("Noch nicht: keine Versuche erfasst")
    assert english == "Not yet: Deployment at 58 % against 72 %"
    assert english_more == "Deployment gets 5 h more: 58 % against 72 %"
    assert data["id"] == "readiness.below" and data["text"] == english


def test_exam_logistics_lines_speak_german_and_stay_english_for_scripts() -> None:
    from datetime import datetime

    from planner.catalog import load_catalog
    from planner.core.logistics import (
        Delivery,
        Result,
        Sitting,
        logistics_lines,
        logistics_messages,
    )

    policy = load_catalog(None).catalog.certifications["gcp-pmle"].policy
    assert policy is not None
    booked = [Sitting(1, date(2027, 3, 1), Delivery.ONLINE, datetime(2027, 3, 1, 9, 0), "G-7")]
    failed = [Sitting(1, date(2027, 3, 1), Delivery.TEST_CENTRE, result=Result.FAIL)]
    try:
        messages.set_backend(catalog_backend("de"))  # type: ignore[arg-type]
        german = [str(m) for m in logistics_messages(policy, booked)]
        german_fail = [str(m) for m in logistics_messages(policy, failed)]
        english = logistics_lines(policy, booked) + logistics_lines(policy, failed)
    finally:
        messages.set_backend(None)
    assert german[0].startswith("Prüfung Nr. 1: 2027-03-01 09:00, online (Bestätigung G-7) · ")
    assert "kostenlos verschieben oder stornieren bis 2027-" in german[0]
    assert german[-1].startswith("(Regeln des Anbieters, Stand ")
    assert german_fail[0] == "Prüfung Nr. 1: 2027-03-01, in einem Testzentrum — nicht bestanden"
    assert german_fail[1].startswith(
        "Frühestmögliche Wiederholung: 2027-03-15 (14 Tage nach dem Nichtbestehen)"
    )
    assert english[0].startswith("Exam #1: 2027-03-01 09:00, online (confirmation G-7) · free ")
    assert "Exam #1: 2027-03-01, at a test centre — fail" in english
    assert any(
        line.startswith("Earliest retake: 2027-03-15 (14 days after the failure)")
        for line in english
    )
    assert english[-1].startswith("(vendor rules as of ")


def test_catalog_status_lines_speak_german_and_stay_english_for_scripts() -> None:
    from planner.catalog import load_catalog
    from planner.catalog.describe import (
        confidence_message,
        event_message,
        source_message,
        status_message,
        status_text,
        timeline_text,
    )

    catalog = load_catalog(None).catalog
    old = catalog.certifications["aws-mla-c01"]  # retired in English only, a successor
    day = date(2026, 11, 30)
    try:
        messages.set_backend(catalog_backend("de"))  # type: ignore[arg-type]
        german = str(status_message(old, day))
        events = [str(event_message(e, catalog)) for e in old.timeline]
        source = str(source_message(catalog))
        sure = str(confidence_message(old.provenance.confidence))
        english, timeline = status_text(old, day), timeline_text(old, catalog)
    finally:
        messages.set_backend(None)
    assert german == "ausgemustert, letzter Tag 2026-09-28, auf Englisch"
    assert "2026-09-28 letzter Tag (Englisch) → MLA-C02" in events
    assert source == "mitgeliefert"
    assert sure in ("hoch", "mittel", "niedrig", "Schätzung")
    assert english == "retired, last day 2026-09-28, in English"
    assert "2026-09-28 last day (English) → MLA-C02" in timeline


def test_catalog_alerts_speak_german_and_stay_english_for_scripts() -> None:
    from planner.catalog import load_catalog
    from planner.core.catalog_changes import plan_facts_from

    catalog = load_catalog(None).catalog
    facts = plan_facts_from(catalog, "aws-mla-c01", date(2027, 2, 15))
    from planner.core.catalog_changes import catalog_alerts

    alerts = catalog_alerts(facts, catalog, date(2026, 11, 30))
    retires = next(a for a in alerts if a.kind.value == "exam-retires")
    try:
        messages.set_backend(catalog_backend("de"))  # type: ignore[arg-type]
        german = str(retires.said)
        english = retires.message
    finally:
        messages.set_backend(None)
    assert "(MLA-C01) kann am Prüfungstermin 2027-02-15 nicht auf Englisch abgelegt" in german
    assert "Die Nachfolgeprüfung ist " in german and "(MLA-C02)." in german
    assert "(MLA-C01) cannot be sat in English on the exam date 2027-02-15" in english
    assert english.endswith("(MLA-C02).") and "Its successor is " in english


def test_what_an_edit_changes_speaks_german_and_stays_english_for_scripts() -> None:
    import dataclasses
    from datetime import time

    from planner.services.edit import EditChoices, describe_change_messages, describe_changes

    before = EditChoices(
        hours_per_week=8.0,
        study_days=frozenset({0, 2}),
        session_start=time(19, 0),
        max_session_hours=None,
        days_off=(),
        exam_date=None,
        prep_weeks=None,
        timezone="Europe/Berlin",
        steps=("ml-basics",),
    )
    after = dataclasses.replace(
        before, hours_per_week=7.5, study_days=frozenset({0, 2, 5}), exam_date=date(2027, 3, 1)
    )
    try:
        messages.set_backend(catalog_backend("de"))  # type: ignore[arg-type]
        german = [str(m) for m in describe_change_messages(before, after)]
        english = describe_changes(before, after)
    finally:
        messages.set_backend(None)
    assert "Stunden pro Woche: 8 h → 7.5 h" in german  # numbers: the app writes "7,5"
    assert "Lerntage: Mo,Mi → Mo,Mi,Sa" in german
    assert "Prüfungstermin: keine → 2027-03-01" in german
    assert "hours per week: 8 h → 7.5 h" in english
    assert "study days: mon,wed → mon,wed,sat" in english
    assert "exam date: none → 2027-03-01" in english


def test_stored_undo_labels_are_read_back_and_speak_german() -> None:
    from planner.core.op_labels import label_message

    stored = [
        "Tick “Week 1: Vertex AI”",
        "Untick “Week 1”",
        "Log 1.5 h on “Week 2”",
        "Move “Week 3”",
        "Import busy days",
        "Set “Week 4” to 3 h",
    ]
    try:
        messages.set_backend(catalog_backend("de"))  # type: ignore[arg-type]
        german = [str(label_message(label)) for label in stored]
        english = [english_of(label_message(label)) for label in stored]
        replan = str(label_message("Re-plan keeping the hours"))
        unknown = str(label_message("Re-plan on a whim"))
    finally:
        messages.set_backend(None)
    assert german == [
        "„Week 1: Vertex AI“ abhaken",
        "Haken bei „Week 1“ entfernen",
        "1.5 h für „Week 2“ erfassen",
        "„Week 3“ verschieben",
        "Belegte Tage importieren",
        "„Week 4“ auf 3 h setzen",
    ]
    assert english == stored  # the stored rows read back exactly
    assert replan == "Neu planen, Wochenstunden beibehalten"
    assert unknown == "Re-plan on a whim"  # another shape is shown as it is


@given(st.text(min_size=0, max_size=40), st.sampled_from(["Tick", "Untick", "Move", "Delete"]))
def test_any_title_reads_back_to_the_same_label(title: str, verb: str) -> None:
    from planner.core.op_labels import label_message

    label = f"{verb} “{title}”"
    assert english_of(label_message(label)) == label


def test_the_note_on_a_followed_exam_speaks_german_and_stays_english_for_scripts() -> None:
    from planner.catalog import load_catalog

    catalog = load_catalog(None).catalog
    choice = catalog.current_exam("aws-mls-c01", date(2026, 11, 30))
    try:
        messages.set_backend(catalog_backend("de"))  # type: ignore[arg-type]
        german = choice.note_text
    finally:
        messages.set_backend(None)
    assert choice.was_redirected
    assert "MLS-C01 wurde am 2026-03-31 ausgemustert" in german
    assert "MLA-C01 auf Englisch wurde am 2026-09-28 ausgemustert" in german
    assert "geplant wird für die Nachfolgeprüfung" in german
    assert "MLS-C01 was retired on 2026-03-31" in choice.note
    assert "MLA-C01 in English was retired on 2026-09-28" in choice.note
    assert "planning for its successor" in choice.note
