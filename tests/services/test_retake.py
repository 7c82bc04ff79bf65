"""After a failed sitting: the re-plan to the earliest allowed retake, end to end."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from planner.catalog import load_catalog
from planner.core.build import build_plan_items
from planner.core.catalog import ExamPolicy
from planner.core.plan import ItemKind, PlanSettings, Schedule
from planner.core.readiness import plan_domains
from planner.core.scheduler import PREP_KINDS, build_schedule
from planner.services import operations as ops
from planner.services.attempts import list_attempts
from planner.services.clock import FixedClock
from planner.services.plans import PlanService, ServiceError
from planner.services.retake import apply_retake, preview_retake

START = date(2026, 11, 30)
NOW = datetime(2027, 3, 2, 9, 0, tzinfo=UTC)  # the day after the sitting
SAT_ON = date(2027, 3, 1)


def policy(cert_id: str) -> ExamPolicy:
    found = load_catalog(None).catalog.certifications[cert_id].policy
    assert found is not None
    return found


def pmle_schedule() -> Schedule:
    catalog = load_catalog(None).catalog
    exam = catalog.certifications["gcp-pmle"]
    items = build_plan_items(catalog, "ml-practitioner", exam, hours_per_week=8, prep_weeks=10)
    settings = PlanSettings(START, 8, frozenset({0, 2, 5}), exam_date=SAT_ON, timezone="UTC")
    return build_schedule(items, settings)


@pytest.fixture
def svc(data_dir: Path) -> PlanService:
    service = PlanService(data_dir, clock=FixedClock(NOW))
    service.create_plan(name="Google MLE", schedule=pmle_schedule())
    return service


def sit_and_fail(svc: PlanService, report: ops.AttemptEntry | None) -> int:
    """Study the coursework and the practice exams, sit the exam, fail it."""
    plan = svc.resolve(None)
    for item in svc.load(plan).items:
        if item.kind not in (ItemKind.EXAM_DOMAIN, ItemKind.REVIEW):
            svc.run(ops.Tick(plan, item.key))
    svc.run(ops.BookExam(plan, SAT_ON, "online", "09:30"))
    svc.run(ops.RecordResult(plan, 1, "fail", None, report))
    return plan


WEAK_REPORT = ops.AttemptEntry(date.min, 62, (("4", 41), ("1", 88), ("2", 84)))


def test_the_failure_records_the_score_report_with_it_and_undo_takes_both_back(
    svc: PlanService,
) -> None:
    plan = sit_and_fail(svc, WEAK_REPORT)
    (report,) = list_attempts(svc, plan)
    assert report.taken_on == SAT_ON and report.source == "Score report of the exam on 2027-03-01"
    assert {d.domain: d.score for d in report.domains}["Serving and scaling models"] == 41
    changes = svc.undo(plan)
    assert changes is not None
    assert changes.label == "Record the exam result: fail and its score report"
    assert list_attempts(svc, plan) == []
    svc.redo(plan)
    assert [a.id for a in list_attempts(svc, plan)] == [report.id]


def test_the_retake_replan_moves_the_exam_and_shifts_hours_to_the_weak_domain(
    svc: PlanService,
) -> None:
    plan = sit_and_fail(svc, WEAK_REPORT)
    before = svc.load(plan)
    preview = preview_retake(svc, plan, policy("gcp-pmle"))
    assert preview.exam_date == SAT_ON + timedelta(days=14)
    assert preview.replan.schedule.diagnosis is None
    shifts = {s.name: s for s in preview.shifts}
    serving = shifts["Serving and scaling models"]
    assert serving.after > serving.before  # the weak domain gains
    assert (
        shifts["Architecting low-code AI solutions"].after
        < shifts["Architecting low-code AI solutions"].before
    )
    # Hours conserved: the steering moves hours between domains, never adds any.
    assert sum(s.after for s in preview.shifts) == pytest.approx(
        sum(s.before for s in preview.shifts)
    )
    assert preview.hours == pytest.approx(sum(s.after for s in preview.shifts))

    changes = apply_retake(svc, preview)
    assert changes.label == "Re-plan for the retake on 2027-03-15"
    assert changes.backup is not None  # a re-plan: a backup first
    after = svc.load(plan)
    assert after.baseline.exam_date == date(2027, 3, 15)
    retake = [i for i in after.items if i.group == "retake-1"]
    assert [i.title for i in retake][3] == "Retake — Serving and scaling models (20%)"
    placed: dict[str, float] = {}
    for session in after.baseline.sessions:
        for a in session.allocations:
            placed[a.item_key] = placed.get(a.item_key, 0) + a.hours
            if a.item_key.startswith("retake-"):
                assert NOW.date() <= session.day < date(2027, 3, 15)
    # Every retake item is placed with exactly its hours, before the retake.
    assert all(placed[i.key] == pytest.approx(i.hours) for i in retake)
    # Readiness still reads the exam's own domains, now prepared by the retake items (so a
    # later "Re-plan toward weak domains" steers those).
    domains = plan_domains(after.items)
    assert [d.name for d in domains] == [d.name for d in plan_domains(before.items)]
    assert [d.key for d in domains] == [i.key for i in retake]

    svc.undo(plan)
    restored = svc.load(plan)
    assert restored.baseline.exam_date == SAT_ON
    assert restored.items == before.items
    svc.redo(plan)
    assert svc.load(plan).baseline.exam_date == date(2027, 3, 15)


def test_a_later_day_may_be_chosen_but_not_an_earlier_one(svc: PlanService) -> None:
    plan = sit_and_fail(svc, None)
    with pytest.raises(ServiceError, match="2027-03-10 is too early: earliest retake: 2027-03-15"):
        preview_retake(svc, plan, policy("gcp-pmle"), date(2027, 3, 10))
    later = preview_retake(svc, plan, policy("gcp-pmle"), date(2027, 4, 12))
    assert later.exam_date == date(2027, 4, 12)
    # Without a score report the hours follow the exam weights: nothing is steered.
    assert later.moved == () and later.hours > 0
    assert any("follow the exam's domain weights" in line for line in later.lines)


def test_at_the_attempt_limit_the_preview_says_so_and_aims_at_the_first_allowed_day(
    data_dir: Path,
) -> None:
    clock = FixedClock(NOW)
    svc = PlanService(data_dir, clock=clock)
    svc.create_plan(name="Google MLE", schedule=pmle_schedule())
    plan = svc.resolve(None)
    # Four sittings in quick succession (as a test can record them), all failed.
    for n, day in enumerate((date(2026, 12, 1), date(2026, 12, 15), date(2027, 2, 13)), 1):
        svc.run(ops.BookExam(plan, day, "online"))
        svc.run(ops.RecordResult(plan, n, "fail"))
    svc.run(ops.BookExam(plan, SAT_ON, "online"))
    svc.run(ops.RecordResult(plan, 4, "fail"))
    preview = preview_retake(svc, plan, policy("gcp-pmle"))
    assert preview.outlook is not None and preview.outlook.limit_reached
    # 730 days (two years) after the first of the four sittings.
    assert preview.exam_date == date(2026, 12, 1) + timedelta(days=730)
    assert preview.lines[0].startswith("No retake is allowed now: 4 sittings in 2 years")


def test_nothing_to_retake_and_no_rules_get_one_clear_message(svc: PlanService) -> None:
    plan = svc.resolve(None)
    with pytest.raises(ServiceError, match="no failed sitting to retake"):
        preview_retake(svc, plan, policy("gcp-pmle"))
    svc.run(ops.BookExam(plan, SAT_ON, "online"))
    svc.run(ops.RecordResult(plan, 1, "fail"))
    with pytest.raises(ServiceError, match="no retake rules for this exam"):
        preview_retake(svc, plan, None)


def test_prep_not_yet_studied_gives_way_to_the_retake_preparation(svc: PlanService) -> None:
    plan = sit_and_fail(svc, WEAK_REPORT)
    preview = preview_retake(svc, plan, policy("gcp-pmle"))
    keys = {i.key for i in preview.replan.schedule.items}
    done = svc.load(plan).ledger.done
    old_prep = [i for i in svc.load(plan).items if i.kind in PREP_KINDS and i.key not in done]
    assert old_prep and not any(i.key in keys for i in old_prep)
    assert {i.key for i in preview.items} <= keys
