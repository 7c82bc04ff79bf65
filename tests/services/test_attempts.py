"""Recording practice-exam attempts as operations, and the readiness they give."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from planner.catalog import load_catalog
from planner.core.build import build_plan_items
from planner.core.plan import PlanSettings
from planner.core.scheduler import build_schedule
from planner.services import operations as ops
from planner.services.attempts import list_attempts, parse_csv, plan_readiness
from planner.services.clock import FixedClock
from planner.services.plans import PlanService, ServiceError
from planner.storage.attempts import migrate_attempts
from planner.storage.db import DB_FILENAME, Database

START = date(2026, 11, 30)
NOW = datetime(2027, 1, 18, 9, 0, tzinfo=UTC)


def pmle_schedule() -> object:
    catalog = load_catalog(None).catalog
    exam = catalog.certifications["gcp-pmle"]
    items = build_plan_items(catalog, "ml-practitioner", exam, hours_per_week=6, prep_weeks=10)
    settings = PlanSettings(START, 6, frozenset({0, 2, 5}), prep_weeks=10, timezone="UTC")
    return build_schedule(items, settings)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def svc(data_dir: Path, clock: FixedClock) -> PlanService:
    service = PlanService(data_dir, clock=clock)
    service.create_plan(name="Google MLE", schedule=pmle_schedule())  # type: ignore[arg-type]
    return service


def entry(days_ago: int, score: float, *domains: tuple[str, float]) -> ops.AttemptEntry:
    return ops.AttemptEntry(NOW.date() - timedelta(days=days_ago), score, domains, "Mock A")


def test_two_attempts_change_readiness_and_undo_takes_one_back(
    svc: PlanService, clock: FixedClock
) -> None:
    plan = svc.resolve(None)
    first, _ = plan_readiness(svc, plan)
    assert first.sentence.startswith("Not yet: no attempts recorded")

    changes = svc.run(ops.RecordAttempts(plan, (entry(14, 60, ("3", 50), ("serving", 40)),)))
    assert changes.label == "Record attempt of 2027-01-04 (60 %)"
    assert changes.areas == ops.Area.ATTEMPTS
    state, _ = plan_readiness(svc, plan)
    assert state.sentence == "Not yet: Serving and scaling models at 40 % against 75 %"

    clock.at += timedelta(days=1)  # a day later, a better attempt
    today = clock.at.date()
    better = ops.AttemptEntry(today, 80, (("3", 78), ("serving", 76)), "Mock B")
    svc.run(ops.RecordAttempts(plan, (better,)))
    state, _ = plan_readiness(svc, plan)
    serving = next(d for d in state.domains if d.name == "Serving and scaling models")
    # 40 % fifteen days ago (weight 0.476), 76 % today (weight 1): the recent one dominates.
    assert serving.estimate == pytest.approx((40 * 0.5 ** (15 / 14) + 76) / (0.5 ** (15 / 14) + 1))
    assert [s for _, s in serving.trend] == [40, 76]

    assert svc.undo() is not None
    assert [a.score for a in list_attempts(svc, plan)] == [60]
    assert svc.redo() is not None
    assert [a.score for a in list_attempts(svc, plan)] == [60, 80]


def test_editing_and_deleting_are_undoable(svc: PlanService) -> None:
    plan = svc.resolve(None)
    svc.run(ops.RecordAttempts(plan, (entry(3, 61, ("1", 50)),)))
    attempt = list_attempts(svc, plan)[0]
    svc.run(ops.EditAttempt(plan, attempt.id, entry(3, 71, ("1", 70), ("2", 72))))
    edited = list_attempts(svc, plan)[0]
    assert edited.score == 71 and [d.score for d in edited.domains] == [70, 72]
    svc.undo()
    assert [d.score for d in list_attempts(svc, plan)[0].domains] == [50]
    svc.redo()
    changes = svc.run(ops.DeleteAttempt(plan, attempt.id))
    assert changes.label == "Delete attempt of 2027-01-15 (71 %)"
    assert list_attempts(svc, plan) == []
    svc.undo()
    assert [a.id for a in list_attempts(svc, plan)] == [attempt.id]


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (entry(-1, 70), "cannot be recorded for a future day (2027-01-19)"),
        (entry(0, 170), "The score must be a percentage from 0 to 100, not 170."),
        (entry(0, 70, ("Quantum", 50)), "No exam domain matches 'Quantum'. The domains are: 1."),
        (entry(0, 70, ("1", 50), ("low-code", 60)), "is scored twice in this attempt"),
        (ops.AttemptEntry(NOW.date(), None), "Give the attempt's overall score or at least one"),
    ],
)
def test_bad_attempts_get_one_clear_message_and_change_nothing(
    svc: PlanService, bad: ops.AttemptEntry, message: str
) -> None:
    plan = svc.resolve(None)
    with pytest.raises(ServiceError) as info:
        svc.run(ops.RecordAttempts(plan, (bad,)))
    assert message in str(info.value)
    assert list_attempts(svc, plan) == []
    pending = ops.peek_undo(svc)
    assert pending is not None and pending.label == "Create “Google MLE”"  # nothing recorded


def test_an_import_is_one_action_and_names_the_attempt_that_fails(svc: PlanService) -> None:
    plan = svc.resolve(None)
    text = (
        "date,score,source,1,Serving,3\n"
        "2027-01-04,62,Official practice exam,70,55,\n"
        "2027-01-11,68%,Whizlabs 2,72,61,64\n"
    )
    entries = parse_csv(text)
    assert entries[1].domains == (("1", 72.0), ("Serving", 61.0), ("3", 64.0))
    changes = svc.run(ops.RecordAttempts(plan, entries))
    assert changes.label == "Import 2 attempts"
    assert [a.source for a in list_attempts(svc, plan)] == ["Official practice exam", "Whizlabs 2"]
    svc.undo()
    assert list_attempts(svc, plan) == []
    bad = parse_csv("date,score\n2027-01-04,62\n2027-02-01,70\n")
    with pytest.raises(ServiceError, match=r"Attempt 2 \(2027-02-01\): .*future day"):
        svc.run(ops.RecordAttempts(plan, bad))
    assert list_attempts(svc, plan) == []  # nothing of a failed import is kept
    with pytest.raises(ServiceError, match="Line 2: 'Jan 4' is not a date"):
        parse_csv("date,score\nJan 4,62\n")


def test_attempts_survive_reopening(svc: PlanService, data_dir: Path, clock: FixedClock) -> None:
    plan = svc.resolve(None)
    svc.run(ops.RecordAttempts(plan, (entry(1, 66, ("2", 64)),)))
    svc.close()
    again = PlanService(data_dir, clock=clock)
    assert [a.score for a in list_attempts(again, plan)] == [66]
    again.close()


def test_a_schema_2_file_gets_the_attempt_tables_and_takes_attempts(
    data_dir: Path, clock: FixedClock
) -> None:
    fixture = Path(__file__).parents[1] / "storage" / "fixtures" / "schema-v2.sql"
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.executescript(fixture.read_text(encoding="utf-8"))
    conn.close()
    with PlanService(data_dir, clock=clock) as old:
        plan = old.list_plans()[0].id
        old.run(ops.RecordAttempts(plan, (ops.AttemptEntry(NOW.date(), 64.0),)))
        assert [a.score for a in list_attempts(old, plan)] == [64]
    db = Database(data_dir / DB_FILENAME)
    try:
        with db.transaction() as s:
            migrate_attempts(s.connection())  # again: nothing to do, nothing lost
    finally:
        db.close()
    with sqlite3.connect(data_dir / DB_FILENAME) as con:
        assert con.execute("select count(*) from attempts").fetchone() == (1,)


def test_a_steered_replan_moves_hours_to_the_weak_domain_and_undo_takes_it_back(
    svc: PlanService,
) -> None:
    from planner.core.progress import ReplanMode
    from planner.services.steer import preview_steer

    plan = svc.resolve(None)
    before = {i.key: i.hours for i in svc.load(plan).items}
    weak = entry(2, 70, ("1", 80), ("2", 80), ("3", 80), ("4", 55), ("5", 80), ("6", 80))
    svc.run(ops.RecordAttempts(plan, (weak,)))
    preview = preview_steer(svc, plan, ReplanMode.KEEP_HOURS)
    serving = next(s for s in preview.moved if s.name == "Serving and scaling models")
    assert preview.moved[0] is serving and serving.change > 0
    assert serving.reason.endswith("h more: 55 % against 75 %")
    svc.run(
        ops.SteerPrep(
            plan, preview.replan.schedule, tuple((s.key, s.after) for s in preview.shifts)
        )
    )

    after = {i.key: i.hours for i in svc.load(plan).items}
    assert sum(after.values()) == pytest.approx(sum(before.values()))  # hours conserved
    assert after[serving.key] == serving.after > before[serving.key]
    assert all(after[s.key] >= before[s.key] // 2 for s in preview.shifts)  # floors kept
    placed = {}
    for week in svc.load(plan).baseline.weeks:
        for a in week.allocations:
            placed[a.item_key] = placed.get(a.item_key, 0.0) + a.hours
    assert placed[serving.key] == pytest.approx(serving.after)  # the schedule holds them

    pending = ops.peek_undo(svc)
    assert pending is not None and pending.label == "Re-plan toward weak domains"
    svc.undo()
    assert {i.key: i.hours for i in svc.load(plan).items} == before
    svc.redo()
    assert {i.key: i.hours for i in svc.load(plan).items} == after


def test_steering_without_a_weak_domain_says_why_nothing_moves(svc: PlanService) -> None:
    from planner.core.progress import ReplanMode
    from planner.services.steer import preview_steer

    plan = svc.resolve(None)
    with pytest.raises(ServiceError, match="re-weighting would move no hours"):
        preview_steer(svc, plan, ReplanMode.KEEP_HOURS)


def test_the_booked_exam_the_retake_and_the_renewal_go_on_the_calendar(
    data_dir: Path, clock: FixedClock, tmp_path: Path
) -> None:
    from icalendar import Calendar

    from planner.services.calendar import export_calendar

    svc = PlanService(data_dir, clock=clock)
    plan = svc.create_plan(
        name="Google MLE",
        schedule=pmle_schedule(),  # type: ignore[arg-type]
        path_id="ml-practitioner",
        cloud="gcp",
        certification_id="gcp-pmle",
    )
    svc.run(ops.BookExam(plan, date(2027, 1, 11), "online", "09:30", "WA-1"))
    sitting = svc.run(ops.RecordResult(plan, 1, "fail"))
    assert sitting.label == "Record the exam result: fail"
    out = tmp_path / "plan.ics"
    export_calendar(svc, plan, out)
    events = {
        str(e.get("SUMMARY")): e.decoded("DTSTART")
        for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    }
    booked = [(t, d) for t, d in events.items() if t.startswith("Exam booked: ")]
    assert booked == [("Exam booked: the exam, online — fail", date(2027, 1, 11))]
    assert events["Earliest retake: the exam"] == date(2027, 1, 25)  # 14 days later
    svc.close()


def test_the_margin_a_learner_sets_is_kept_with_the_plan_and_undoable(
    svc: PlanService, data_dir: Path, clock: FixedClock
) -> None:
    plan = svc.resolve(None)
    assert plan_readiness(svc, plan)[0].target == 75.0  # 70 % assumed + 5 points
    changes = svc.run(ops.SetReadinessTarget(plan, 10.0, 72.0))
    assert changes.label == "Set the readiness target: margin 10 points, pass mark 72 %"
    svc.close()
    reopened = PlanService(data_dir, clock=clock)
    assert plan_readiness(reopened, plan)[0].target == 82.0
    assert plan_readiness(reopened, plan, margin=0)[0].target == 72.0  # a one-off look
    reopened.undo()
    assert plan_readiness(reopened, plan)[0].target == 75.0
    with pytest.raises(ServiceError, match="The margin must lie between 0 and 50"):
        reopened.run(ops.SetReadinessTarget(plan, 60.0))
    reopened.close()


def test_each_attempt_and_exam_operation_undoes_and_redoes_to_what_it_left(
    svc: PlanService,
) -> None:
    """Undo brings back what the plan showed before, redo what it showed after."""
    from planner.services.attempts import list_sittings

    plan = svc.resolve(None)

    def state() -> tuple[object, ...]:
        return (
            list_attempts(svc, plan),
            plan_readiness(svc, plan)[0].target,
            list_sittings(svc, plan),
        )

    report = ops.AttemptEntry(date.min, 62, (("1", 41),))
    steps: list[ops.Operation] = [
        ops.RecordAttempts(plan, (entry(9, 61, ("1", 50)), entry(8, 64))),
        ops.SetReadinessTarget(plan, 10.0, 72.0),
        ops.BookExam(plan, NOW.date() - timedelta(days=3), "test-centre", "09:30", "WA-1"),
        ops.RecordResult(plan, 1, "fail", None, report),
    ]
    for step in steps:
        svc.run(step)
    first = list_attempts(svc, plan)[0].id
    for step in (
        ops.EditAttempt(plan, first, entry(9, 71, ("2", 72))),
        ops.DeleteAttempt(plan, first),
    ):
        svc.run(step)
        steps.append(step)
    seen = [state()]
    for _ in steps:  # back to an empty plan, one step at a time
        assert svc.undo() is not None
        seen.append(state())
    assert seen[-1] == ([], 75.0, [])
    assert len({repr(s) for s in seen}) == len(seen)  # each step changed what shows
    for before in reversed(seen[:-1]):
        assert svc.redo() is not None
        assert state() == before
