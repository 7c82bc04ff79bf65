"""Titles the planner makes up, and undo labels, in the user's language; stored and
machine output stay English."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner import messages
from planner.catalog import load_catalog
from planner.cli import main
from planner.core.catalog import Catalog
from planner.core.codec import schedule_from_dict, schedule_to_dict
from planner.core.plan import ItemKind, MilestoneKind
from planner.messages import english_of
from planner.services import operations as ops
from planner.services.clock import FixedClock
from planner.services.plans import PlanService
from planner.services.status import plan_status
from planner.storage.db import DB_FILENAME
from planner.translations import catalog_backend
from tests.services.test_edit import LATER, make


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(None).catalog


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    """The German command line installs its catalog for the process: English again after."""
    yield
    messages.set_backend(None)


@pytest.fixture
def german() -> Iterator[None]:
    messages.set_backend(catalog_backend("de"))  # type: ignore[arg-type]
    try:
        yield
    finally:
        messages.set_backend(None)


def test_the_exam_preparation_is_titled_in_german_and_stored_in_english(
    data_dir: Path, catalog: Catalog, german: None
) -> None:
    svc = make(data_dir, catalog)
    snap = svc.load(1)
    prep = {i.key: i for i in snap.items if i.key.startswith("prep/")}
    review, practice = prep["prep/review"], prep["prep/practice-1"]
    exam = review.group_title.removesuffix(" preparation")
    # Stored and machine output: English, as before.
    assert (review.title, practice.title) == ("Final review", "Practice exam 1")
    assert review.group_title == f"{exam} preparation"
    # Shown: German, with the exam's catalog name as it is.
    assert review.shown_title == "Abschließende Wiederholung"
    assert practice.shown_title == "Probeprüfung 1"
    assert review.shown_group == f"Vorbereitung auf {exam}"
    domain = next(i for i in prep.values() if i.kind is ItemKind.EXAM_DOMAIN)
    assert domain.shown_title == domain.title  # a domain's name comes from the catalog
    course = snap.items[0]
    assert (course.shown_title, course.shown_group) == (course.title, course.group_title)
    # The progress rows name the block in German too.
    groups = {g.key: g for g in plan_status(snap, LATER.date()).groups}
    assert groups[review.group].shown_title == f"Vorbereitung auf {exam}"
    assert groups[review.group].title == f"{exam} preparation"


def test_milestones_speak_german_also_when_read_back_from_a_stored_baseline(
    data_dir: Path, catalog: Catalog, german: None
) -> None:
    snap = make(data_dir, catalog).load(1)
    stored = snap.baseline  # read back from the plans file: no message inside
    assert all(m.text is None for m in stored.milestones)
    by_kind = {m.kind: m for m in stored.milestones}
    start, exam = by_kind[MilestoneKind.PREP_START], by_kind[MilestoneKind.EXAM]
    done = by_kind[MilestoneKind.COURSE_DONE]
    course = done.title.removesuffix(" done")
    assert done.shown_title == f"{course} abgeschlossen"
    assert start.title.endswith(" preparation starts")
    assert start.shown_title.startswith("Vorbereitung auf ") and start.shown_title.endswith(
        " beginnt"
    )
    assert exam.shown_title == "Prüfung: " + exam.title.removeprefix("Exam: ")
    # A freshly computed schedule carries the messages and says the same.
    again = schedule_from_dict(schedule_to_dict(stored))
    assert [m.shown_title for m in again.milestones] == [m.shown_title for m in stored.milestones]
    # The stored JSON keeps the English titles.
    text = json.dumps(schedule_to_dict(stored))
    assert "Final review" in text and "Abschließende" not in text


def test_a_title_the_user_changed_is_shown_as_stored(german: None) -> None:
    from planner.core.plan import PlanItem

    renamed = PlanItem("prep/review", "My own last week", ItemKind.REVIEW, 4, "exam-prep", "X")
    assert renamed.shown_title == "My own last week"
    odd = PlanItem("prep/practice-2", "Practice exam 7", ItemKind.PRACTICE_EXAM, 3, "p", "Y")
    assert odd.shown_title == "Practice exam 7"  # does not read back exactly: as stored


def test_spaced_review_items_are_said_in_german(catalog: Catalog, german: None) -> None:
    from planner.core.plan import PlanItem

    item = PlanItem(
        "review/3",
        "Review — Serving models: Module 2; Module 3",
        ItemKind.CUSTOM,
        0.5,
        "review",
        "Spaced review (10 % of the weekly hours)",
    )
    assert item.shown_title == "Wiederholung — Serving models: Module 2; Module 3"
    assert item.shown_group == "Verteilte Wiederholung (10 % der Wochenstunden)"


def _rare_operations(svc: PlanService) -> list[ops.Operation]:
    snap = svc.load(1)
    return [
        ops.RecordAttempts(1, (ops.AttemptEntry(date(2027, 1, 2), 72.0),)),
        ops.SetReadinessTarget(1, 5.0, 70.0),
        ops.BookExam(1, date(2027, 9, 1), "online", "09:30"),
        ops.ApplySchedule(1, snap.baseline, ops.OpKind.REPLAN, "Re-plan keeping the exam"),
        ops.Duplicate(1),
    ]


def test_every_operation_kind_stores_its_label_as_a_message(
    data_dir: Path, catalog: Catalog
) -> None:
    svc = make(data_dir, catalog)
    key = next(i.key for i in svc.load(1).items if i.key == "prep/review")
    for op in [
        ops.Tick(1, key),
        ops.LogHours(1, key, 1.5),
        *_rare_operations(svc),
    ]:
        changes = svc.run(op)
        assert not isinstance(changes.said, str), changes.label
        assert english_of(changes.said) == changes.label
    with svc.db.transaction() as s:
        from sqlalchemy import select

        from planner.storage.models import OperationRow

        rows = s.execute(select(OperationRow.label, OperationRow.label_json)).all()
    assert all(row.label_json for row in rows)
    ids = [json.loads(row.label_json)["id"] for row in rows]
    assert ids[:3] == ["label.create", "label.tick", "label.log"]
    assert rows[1].label == "Tick “Final review”"  # English for scripts, as before


def test_labels_of_rarer_operations_speak_german(data_dir: Path, catalog: Catalog) -> None:
    svc = make(data_dir, catalog)
    said: list[str] = []
    for op in _rare_operations(svc):
        svc.run(op)
        messages.set_backend(catalog_backend("de"))  # type: ignore[arg-type]
        try:
            pending = svc.peek_history()[0]
            assert pending is not None
            said.append(str(pending.said))
        finally:
            messages.set_backend(None)
    assert said == [
        "Versuch vom 2027-01-02 (72 %) erfassen",
        "Bereitschaftsziel festlegen: Abstand 5 Punkte, Bestehensgrenze 70 %",
        "Prüfung am 2027-09-01 buchen",
        "Neu planen, Prüfungstermin beibehalten",
        "„Google MLE“ duplizieren",
    ]
    # Undo and redo say the same, and the English stays for scripts.
    undone = svc.undo()
    assert undone is not None and undone.label == "Duplicate “Google MLE”"


def test_a_tick_of_a_made_up_title_names_it_in_german(
    data_dir: Path, catalog: Catalog, german: None
) -> None:
    svc = make(data_dir, catalog)
    changes = svc.run(ops.Tick(1, "prep/review"))
    assert str(changes.said) == "„Abschließende Wiederholung“ abhaken"
    assert changes.label == "Tick “Final review”"


# --- the command line --------------------------------------------------------------


@pytest.fixture
def folder(data_dir: Path, catalog: Catalog) -> Path:
    make(data_dir, catalog, now=datetime(2026, 11, 30, 9, 0, tzinfo=UTC)).close()
    return data_dir


def run(folder: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(folder), *args]) == 0
    return capsys.readouterr().out


@pytest.mark.usefixtures("cli_now")
def test_the_german_command_line_shows_german_titles_and_json_stays(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    english_json = run(folder, capsys, "show", "--all", "--json")
    english = run(folder, capsys, "show", "--all")
    monkeypatch.setenv("STUDY_PLANNER_LANG", "de")
    german = run(folder, capsys, "show", "--all")
    assert "Final review" in english and "Final review" not in german
    assert "Vorbereitung auf " in german and "Abschließende Wiederholung" in german
    assert "» Prüfung: " in german and " beginnt (" in german
    assert run(folder, capsys, "show", "--all", "--json") == english_json
    assert "Final review" in english_json
    status = run(folder, capsys, "status")
    assert "] Vorbereitung auf " in status
    saved = run(folder, capsys, "tick", "prep/review")
    assert "„Abschließende Wiederholung“ abhaken" in saved
    undone = run(folder, capsys, "undo")
    assert undone.startswith("Rückgängig gemacht: „Abschließende Wiederholung“ abhaken")


@pytest.mark.usefixtures("cli_now")
def test_the_review_share_survives_a_round_trip_through_the_plans_file(
    data_dir: Path, catalog: Catalog
) -> None:
    from planner.services.edit import apply_edit, choices_of

    svc = make(data_dir, catalog)
    svc.tick(1, svc.load(1).items[0].key)
    on = dataclasses.replace(choices_of(svc.load(1)), review_share=0.15)
    apply_edit(svc, 1, on, catalog)
    svc.close()
    # The share is the plan's setting, not read from a title: another group title
    # does not change it.
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    with conn:
        conn.execute("UPDATE plan_items SET group_title = 'Recall' WHERE group_key = 'review'")
    conn.close()
    with PlanService(data_dir, clock=FixedClock(LATER)) as again:
        snap = again.load(1)
        assert {i.group_title for i in snap.items if i.group == "review"} == {"Recall"}
        assert snap.settings.review_share == pytest.approx(0.15)
        assert choices_of(snap).review_share == pytest.approx(0.15)
        again.undo(1)
        assert again.load(1).settings.review_share == 0
        again.redo(1)
        assert again.load(1).settings.review_share == pytest.approx(0.15)


@given(
    st.text(max_size=40),
    st.sampled_from(["label.tick", "label.log", "label.rename", "label.exam_book"]),
    st.floats(min_value=0.25, max_value=99, allow_nan=False),
)
def test_a_stored_label_reads_back_as_the_same_message(
    title: str, message_id: str, hours: float
) -> None:
    from planner.core.messages import Message
    from planner.core.op_labels import label_to_json, stored_label
    from planner.core.titles import prep_group_message

    args: dict[str, object] = {
        "title": prep_group_message(title) if title.startswith("a") else title,
        "hours": hours,
        "day": date(2027, 3, 18),
    }
    message = Message(message_id, args)
    again = stored_label(message.english(), label_to_json(message))
    assert again == message and english_of(again) == message.english()


@given(st.text(min_size=1, max_size=60))
def test_any_exam_name_reads_back_from_its_preparation_title(name: str) -> None:
    from planner.core.titles import group_text, prep_group_message

    stored = prep_group_message(name).english()
    said = group_text("exam-prep", stored, "review")
    assert english_of(said) == stored


def test_the_exported_calendar_speaks_the_chosen_language(
    data_dir: Path, tmp_path: Path, catalog: Catalog
) -> None:
    from icalendar import Calendar

    from planner.services.calendar import export_calendar

    svc = make(data_dir, catalog)

    def summaries(name: str) -> list[str]:
        out = tmp_path / name
        export_calendar(svc, 1, out)
        cal = Calendar.from_ical(out.read_bytes())
        return [str(e["SUMMARY"]) for e in cal.walk("VEVENT")]

    english = summaries("en.ics")
    messages.set_backend(catalog_backend("de"))  # type: ignore[arg-type]
    german = summaries("de.ics")
    assert any("preparation — Final review" in s for s in english)
    assert any(
        s.startswith("Vorbereitung auf ") and "Abschließende Wiederholung" in s for s in german
    )
    assert any(s.startswith("Prüfung: ") for s in german)
    assert not any("Final review" in s or s.startswith("Exam: ") for s in german)
    assert len(german) == len(english)  # the same events, only their words differ


def test_a_stored_label_missing_an_argument_falls_back_to_its_english() -> None:
    # A damaged row, or one a later version wrote with other argument names: the Edit
    # menu shows the English label (read back by its shape), not an error.
    from planner.core.op_labels import stored_label

    shown = stored_label("Tick “Week 1”", '{"id":"label.tick","args":{}}')
    assert str(shown) == "Tick “Week 1”"
