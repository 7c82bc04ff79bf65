"""Months of a random learner, driven through the real services on a real plans file.

:class:`Months` is a Hypothesis ``RuleBasedStateMachine``. A fixed clock moves
forward day by day (every step may let a few days pass; a missed-weeks step lets
one to three weeks pass) while the learner ticks modules on time, early and late,
unticks, logs hours (some back-dated), re-plans keeping the exam or the hours,
edits the plan (hours, study days, days off, exam date or preparation weeks,
session time, longest session, time zone, optional courses), changes estimates
(open and done items; when the rest no longer fits, keeping the exam or the hours),
imports busy days, duplicates it, and undoes and redoes. After every
step each plan must still be whole (:meth:`Months.whole`):

* every item appears in exactly the weeks its sessions are in, with the hours of
  those sessions, and every done item is in the schedule (visible, can be unticked);
* per item the placed hours equal its estimate, and done + remaining = total;
* the burn-up's planned line never goes down and ends at the total;
* ``study-planner status --json`` agrees with ``study-planner show --json``;
* ``study-planner check`` finds the file clean;
* an exported calendar parses, and every session that did not change keeps its UID.

``tests/services/test_months.py`` runs a short budget in the suite;
``bench/bench_months.py`` runs thousands of steps.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import itertools
import json
import shutil
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from planner.catalog import load_catalog
from planner.core.catalog import Cloud
from planner.core.plan import DateRange
from planner.core.progress import ReplanMode
from planner.services.builder import PlanChoices, build_preview, exam_for_path
from planner.services.calendar import export_calendar
from planner.services.clock import FixedClock
from planner.services.edit import EditChoices, apply_edit, choices_of
from planner.services.plans import PlanService, ServiceError
from planner.services.status import plan_status

CATALOG = load_catalog(None).catalog
START = date(2026, 12, 7)  # a Monday
EXAM = date(2027, 9, 1)
EPS = 1e-6

# Counters a long run reports (bench/bench_months.py).
STATS: dict[str, int] = {}


def count(what: str) -> None:
    STATS[what] = STATS.get(what, 0) + 1


def first_plan(path_id: str = "software-engineer") -> tuple[object, str]:
    choice = exam_for_path(CATALOG, path_id, Cloud.GCP, EXAM)
    choices = PlanChoices(
        path_id=path_id,
        certification_id=choice.certification.id,
        start=START,
        hours_per_week=8,
        exam_date=EXAM,
        timezone="Europe/Berlin",
    )
    schedule = build_preview(CATALOG, choices).schedule
    assert schedule is not None
    return schedule, choice.certification.id


def cli(folder: Path, *args: str) -> tuple[int, str]:
    from planner.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(["--data-dir", str(folder), *args])
    return code, out.getvalue()


class Months(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="months-"))
        self.data = self.folder / "data"
        self.data.mkdir()
        self.clock = FixedClock(datetime(2026, 12, 6, 18, 0, tzinfo=UTC))
        self.svc = PlanService(self.data, clock=self.clock)
        self.plans: list[int] = []
        self.uids: dict[int, dict[tuple[str, str, str], str]] = {}

    def teardown(self) -> None:
        days = (self.clock.at - datetime(2026, 12, 6, 18, 0, tzinfo=UTC)).days
        STATS["longest learner (days)"] = max(STATS.get("longest learner (days)", 0), days)
        self.svc.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # --- helpers ------------------------------------------------------------
    @property
    def plan(self) -> int:
        return self.plans[0]

    def today(self) -> date:
        return self.svc.today(self.plan)

    def let_days_pass(self, days: int) -> None:
        self.clock.at += timedelta(days=days)

    def attempt(self, what: str, action: object) -> None:
        """Run a user action; a refusal with a reason (ServiceError) is a fine answer."""
        try:
            action()  # type: ignore[operator]
        except ServiceError:
            count(f"{what} refused")
        else:
            count(what)

    # --- rules ----------------------------------------------------------------
    @initialize()
    def create(self) -> None:
        schedule, cert = first_plan()
        self.plans.append(
            self.svc.create_plan(
                name="Google MLE",
                schedule=schedule,  # type: ignore[arg-type]
                path_id="software-engineer",
                cloud="gcp",
                certification_id=cert,
            )
        )
        count("plans")

    @rule(
        days=st.integers(0, 4),
        which=st.sampled_from(["due", "next", "any", "last"]),
        n=st.integers(0, 200),
    )
    def tick(self, days: int, which: str, n: int) -> None:
        self.let_days_pass(days)
        snap = self.svc.load(self.plan)
        open_items = [i for i in snap.items if i.key not in snap.ledger.done]
        if not open_items:
            return
        today = self.today()
        ends: dict[str, date] = {}
        for session in snap.baseline.sessions:
            for a in session.allocations:
                ends[a.item_key] = session.day
        if which == "due":  # on time: everything planned up to today
            keys = [i.key for i in open_items if ends.get(i.key, today) <= today] or []
            for key in keys[:6]:
                self.attempt("tick on time", lambda k=key: self.svc.tick(self.plan, k))
            return
        item = {
            "next": open_items[0],
            "any": open_items[n % len(open_items)],
            "last": open_items[-1],
        }[which]
        late = ends.get(item.key, today) < today
        self.attempt(
            "tick late" if late else "tick early", lambda: self.svc.tick(self.plan, item.key)
        )

    @rule(days=st.integers(0, 2), n=st.integers(0, 200))
    def untick(self, days: int, n: int) -> None:
        self.let_days_pass(days)
        done = sorted(self.svc.load(self.plan).ledger.done)
        if done:
            key = done[n % len(done)]
            self.attempt("untick", lambda: self.svc.untick(self.plan, key))

    @rule(
        days=st.integers(0, 4),
        n=st.integers(0, 200),
        quarters=st.integers(1, 16),
        back=st.sampled_from([0, 0, 0, 1, 3, 10]),
    )
    def log(self, days: int, n: int, quarters: int, back: int) -> None:
        self.let_days_pass(days)
        snap = self.svc.load(self.plan)
        item = snap.items[n % len(snap.items)]
        on = self.today() - timedelta(days=back)
        self.attempt(
            "log back-dated" if back else "log",
            lambda: self.svc.log_hours(self.plan, item.key, quarters / 4, on),
        )

    @rule(
        days=st.integers(0, 4),
        n=st.integers(0, 200),
        factor=st.sampled_from([0.5, 0.75, 1.5, 2.0, 4.0]),
        way=st.sampled_from([None, ReplanMode.KEEP_EXAM, ReplanMode.KEEP_HOURS]),
    )
    def estimate(self, days: int, n: int, factor: float, way: ReplanMode | None) -> None:
        """A module takes longer (or shorter) than estimated: open or done, as the user sees."""
        self.let_days_pass(days)
        snap = self.svc.load(self.plan)
        item = snap.items[n % len(snap.items)]
        hours = max(round(item.hours * factor * 4) / 4, 0.25)
        what = "estimate of a done item" if item.key in snap.ledger.done else "estimate"
        self.attempt(what, lambda: self.svc.set_estimate(self.plan, item.key, hours, way))

    @rule(weeks=st.integers(1, 3))
    def miss_weeks(self, weeks: int) -> None:
        self.let_days_pass(7 * weeks)
        count("missed weeks")

    @rule(days=st.integers(0, 3), mode=st.sampled_from(list(ReplanMode)))
    def replan(self, days: int, mode: ReplanMode) -> None:
        self.let_days_pass(days)
        self.attempt(f"re-plan {mode.value}", lambda: self.svc.replan(self.plan, mode, apply=True))

    @rule(
        days=st.integers(0, 3),
        hours=st.sampled_from([None, 6.0, 8.0, 10.0, 12.0]),
        extra_day=st.sampled_from([None, 1, 3, 4, 6]),
        off=st.sampled_from([None, (3, 9), (10, 24), (0, 0)]),
        exam_weeks=st.sampled_from([None, -4, 2, 6]),
        drop_optional=st.booleans(),
        other=st.sampled_from([None, "tz", "session", "prep", "longest"]),
    )
    def edit(
        self,
        days: int,
        hours: float | None,
        extra_day: int | None,
        off: tuple[int, int] | None,
        exam_weeks: int | None,
        drop_optional: bool,
        other: str | None,
    ) -> None:
        self.let_days_pass(days)
        snap = self.svc.load(self.plan)
        c: EditChoices = choices_of(snap)
        today = self.today()
        changes: dict[str, object] = {}
        if hours is not None:
            changes["hours_per_week"] = hours
        if extra_day is not None:
            changes["study_days"] = c.study_days ^ {extra_day} or c.study_days
        if off is not None:
            first, last = today + timedelta(days=off[0]), today + timedelta(days=off[1])
            changes["days_off"] = (*c.days_off, DateRange(first, last))
        if exam_weeks is not None and c.exam_date is not None:
            changes["exam_date"] = c.exam_date + timedelta(weeks=exam_weeks)
        if drop_optional:
            optional = {"ml-classification", "cluster-analysis-python"}
            kept = tuple(s for s in c.steps if s not in optional)
            changes["steps"] = kept if kept != c.steps else (*c.steps, "ml-classification")
        if other == "tz":
            changes["timezone"] = (
                "America/New_York" if c.timezone != "America/New_York" else "Asia/Tokyo"
            )
        elif other == "session":
            changes["session_start"] = time(7, 30) if c.session_start.hour > 12 else time(19, 0)
        elif other == "prep":
            changes["exam_date"] = None
            changes["prep_weeks"] = 8 if c.prep_weeks != 8 else 10
        elif other == "longest":
            changes["max_session_hours"] = None if c.max_session_hours else 2.0
        edited = dataclasses.replace(c, **changes)  # type: ignore[arg-type]
        self.attempt("edit", lambda: apply_edit(self.svc, self.plan, edited, CATALOG))

    @rule(days=st.integers(0, 3), start=st.integers(0, 20), length=st.integers(1, 4))
    def busy_days(self, days: int, start: int, length: int) -> None:
        """A trip in the learner's own calendar, imported as busy days."""
        from planner.services.calendar import import_busy

        self.let_days_pass(days)
        first = self.today() + timedelta(days=start)
        last = first + timedelta(days=length)
        ics = (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//months//EN\r\n"
            f"BEGIN:VEVENT\r\nUID:trip-{first:%Y%m%d}@example.com\r\n"
            "DTSTAMP:20261201T000000Z\r\n"
            f"DTSTART;VALUE=DATE:{first:%Y%m%d}\r\nDTEND;VALUE=DATE:{last:%Y%m%d}\r\n"
            "SUMMARY:Trip\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ).encode()
        self.attempt("busy import", lambda: import_busy(self.svc, self.plan, ics))

    @rule()
    def duplicate(self) -> None:
        if len(self.plans) < 3:
            self.plans.append(self.svc.duplicate(self.plan))
            count("plans")
            count("duplicate")

    @rule(undo=st.booleans(), mine=st.booleans())
    def history(self, undo: bool, mine: bool) -> None:
        plan = self.plan if mine else None
        pending = self.svc.peek_undo(plan) if undo else None
        if pending is not None and pending.label.startswith("Create"):
            return  # the learner keeps the plan they work on (undoing it removes it)
        changes = self.svc.undo(plan) if undo else self.svc.redo(plan)
        if changes is not None:
            count("undo" if undo else "redo")
        self.plans = [p for p in self.plans if self._exists(p)] or self.plans[:1]

    def _exists(self, plan_id: int) -> bool:
        return any(p.id == plan_id for p in self.svc.list_plans(include_archived=True))

    # --- what must hold after every step -----------------------------------------
    @invariant()
    def whole(self) -> None:
        count("steps")
        for plan_id in self.plans:
            if self._exists(plan_id):
                self.check_plan(plan_id)
        code, out = cli(self.data, "check")
        assert code == 0, out

    def check_plan(self, plan_id: int) -> None:
        from planner.ui.views.progress import burn_up_data

        snap = self.svc.load(plan_id)
        schedule = snap.baseline
        ws = schedule.settings.week_start
        placed: dict[str, float] = {}
        weeks_of: dict[str, dict[date, float]] = {}
        for session in schedule.sessions:
            week = session.day - timedelta(days=(session.day.weekday() - ws) % 7)
            for a in session.allocations:
                placed[a.item_key] = placed.get(a.item_key, 0.0) + a.hours
                by_week = weeks_of.setdefault(a.item_key, {})
                by_week[week] = by_week.get(week, 0.0) + a.hours
        said: dict[str, dict[date, float]] = {}
        for w in schedule.weeks:
            for a in w.allocations:
                said.setdefault(a.item_key, {})[w.start] = a.hours
        for item in snap.items:
            assert abs(placed.get(item.key, 0.0) - item.hours) < EPS, (
                f"{item.key}: {placed.get(item.key, 0.0)} h placed, estimate {item.hours} h"
            )
            got, want = weeks_of.get(item.key, {}), said.get(item.key, {})
            assert got.keys() == want.keys(), f"{item.key}: sessions in {got}, weeks say {want}"
            assert all(abs(got[k] - want[k]) < EPS for k in got), (item.key, got, want)
        keys = {i.key for i in snap.items}
        assert placed.keys() <= keys, placed.keys() - keys

        today = self.svc.today(plan_id)
        status = plan_status(snap, today)
        total = sum(i.hours for i in snap.items)
        assert abs(status.hours_total - total) < EPS
        done = sum(i.hours for i in snap.items if i.key in snap.ledger.done)
        assert abs(status.hours_done - done) < EPS
        assert abs(status.hours_done + status.hours_remaining - status.hours_total) < EPS

        planned = [p for _, p in burn_up_data(snap, status).planned]
        assert all(b >= a - EPS for a, b in itertools.pairwise(planned)), planned
        assert planned and abs(planned[-1] - total) < 1e-3, (planned[-1:], total)

        code, out = cli(self.data, "status", str(plan_id), "--json")
        assert code == 0, out
        state = json.loads(out[out.index("{") :])
        code, out = cli(self.data, "show", str(plan_id), "--json")
        assert code == 0, out
        shown = json.loads(out)
        shown_done = sum(i["hours"] for i in shown["items"] if i["done"])
        assert abs(state["hours_total"] - sum(i["hours"] for i in shown["items"])) < EPS
        assert abs(state["hours_done"] - shown_done) < EPS
        assert sum(c["items_done"] for c in state["courses"]) == sum(
            1 for i in shown["items"] if i["done"]
        )

        if plan_id == self.plan:  # the slowest check: the plan the learner works on
            self.check_calendar(plan_id)

    def check_calendar(self, plan_id: int) -> None:
        from icalendar import Calendar

        path = self.folder / f"plan-{plan_id}.ics"
        export_calendar(self.svc, plan_id, path)
        calendar = Calendar.from_ical(path.read_bytes())
        now: dict[tuple[str, str, str], str] = {}
        for event in calendar.walk("VEVENT"):
            if str(event.get("STATUS", "")) == "CANCELLED":
                continue
            key = (
                str(event.get("SUMMARY")),
                event.decoded("DTSTART").isoformat(),
                event.decoded("DTEND").isoformat(),
            )
            now[key] = str(event.get("UID"))
        before = self.uids.get(plan_id, {})
        for key in now.keys() & before.keys():
            assert now[key] == before[key], f"unchanged session {key} got a new UID"
        self.uids[plan_id] = now
