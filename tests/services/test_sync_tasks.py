"""Modules as tasks (VTODO) on a real CalDAV server (Radicale on 127.0.0.1): completing
one on another device ticks the module here, ticking here completes it there."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from radicale_server import Phone, RadicaleServer

from planner.core.plan import PlanSettings
from planner.core.scheduler import build_schedule
from planner.ical.tasks import finish_days, task_uid
from planner.services.caldav import CalDAVClient
from planner.services.clock import FixedClock
from planner.services.operations import ApplySchedule, OpKind
from planner.services.plans import PlanService
from planner.services.sync import SyncOffline, SyncOutcome, set_up_sync, sync_now, sync_plan
from tests.keyring_backend import MemoryKeyring
from tests.plan_factory import items

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
SETTINGS = PlanSettings(
    start=date(2026, 11, 30),
    hours_per_week=6,
    study_days=frozenset({0, 2, 5}),
    timezone="Europe/Berlin",
    exam_date=date(2027, 3, 1),
)


@pytest.fixture(autouse=True)
def _keyring(memory_keyring: MemoryKeyring) -> MemoryKeyring:
    """Every test here runs with a system keyring (tests/conftest.py)."""
    return memory_keyring


@pytest.fixture
def svc(data_dir: Path) -> Iterator[PlanService]:
    service = PlanService(data_dir, clock=FixedClock(NOW))
    service.create_plan(name="Tasks", schedule=build_schedule(items(9), SETTINGS))
    yield service
    service.close()


def _set_up(svc: PlanService, url: str) -> SyncOutcome:
    return set_up_sync(svc, 1, url, "alice", "secret", create=True, tasks=True)


def _task_name(svc: PlanService, key: str) -> str:
    return f"{task_uid(svc.load(1).uid, key)}.ics"


def _todo(phone: Phone, name: str) -> dict[str, str]:
    _, text = phone.get(name)
    todos = Calendar.from_ical(text).walk("VTODO")
    assert len(todos) == 1
    todo = todos[0]
    return {k: todo[k].to_ical().decode() for k in todo if not isinstance(todo[k], list)}


def _edit(phone: Phone, name: str, change: dict[str, str | None]) -> None:
    """What another device does: rewrite some properties of the task and save it."""
    etag, text = phone.get(name)
    lines = text.replace("\r\n ", "").split("\r\n")
    kept = [ln for ln in lines if ln.split(":", 1)[0].split(";", 1)[0] not in change]
    end = kept.index("END:VTODO")
    added = [f"{k}:{v}" for k, v in change.items() if v is not None]
    assert phone.put(name, "\r\n".join(kept[:end] + added + kept[end:]), etag) in (200, 201, 204)


def test_each_module_is_one_task_with_a_safe_uid_its_course_and_its_finish_day(
    svc: PlanService, calendar_url: str
) -> None:
    first = _set_up(svc, calendar_url)
    snap = svc.load(1)
    phone = Phone(calendar_url)
    assert first.tasks_new == len(snap.items) == 9
    finish = finish_days(snap.baseline)
    allowed = set(string.ascii_letters + string.digits + "-.@")
    for item in snap.items:
        name = _task_name(svc, item.key)
        assert set(name.removesuffix(".ics")) <= allowed, "course-0/m0 has a '/'"
        todo = _todo(phone, name)
        assert todo["SUMMARY"] == f"{item.group_title} — {item.title}"
        assert todo["DUE"] == finish[item.key].strftime("%Y%m%d")
        assert todo["STATUS"] == "NEEDS-ACTION"
    again = sync_now(svc, 1)
    assert (again.tasks_new, again.tasks_changed, again.tasks_unchanged) == (0, 0, 9)
    assert len(phone.names()) == first.sent_new + 9, "no duplicates"


@pytest.mark.parametrize(
    "completion",
    [{"STATUS": "COMPLETED"}, {"PERCENT-COMPLETE": "100", "STATUS": None}],
    ids=["status", "percent"],
)
def test_a_task_completed_on_the_phone_ticks_the_module_and_the_tick_can_be_undone(
    svc: PlanService, calendar_url: str, completion: dict[str, str | None]
) -> None:
    _set_up(svc, calendar_url)
    phone = Phone(calendar_url)
    key = svc.load(1).items[2].key
    _edit(phone, _task_name(svc, key), completion)
    outcome = sync_now(svc, 1)
    assert outcome.ticked == [key]
    assert key in svc.load(1).ledger.done
    assert _todo(phone, _task_name(svc, key))["STATUS"] == "COMPLETED"
    # It is a tick like one made here: in the history, undone with one step ...
    svc.undo(1)
    assert key not in svc.load(1).ledger.done
    # ... and the next sync reopens the task there, without ticking it again.
    after = sync_now(svc, 1)
    assert after.ticked == [] and after.tasks_changed == 1
    todo = _todo(phone, _task_name(svc, key))
    assert todo["STATUS"] == "NEEDS-ACTION" and "PERCENT-COMPLETE" not in todo


def test_ticking_here_completes_the_task_there_and_unticking_reopens_it(
    svc: PlanService, calendar_url: str
) -> None:
    _set_up(svc, calendar_url)
    phone = Phone(calendar_url)
    key = svc.load(1).items[0].key
    svc.tick(1, key)
    assert sync_now(svc, 1).tasks_changed == 1
    todo = _todo(phone, _task_name(svc, key))
    assert (todo["STATUS"], todo["PERCENT-COMPLETE"]) == ("COMPLETED", "100")
    assert "COMPLETED" in todo
    svc.untick(1, key)
    assert sync_now(svc, 1).tasks_changed == 1
    assert _todo(phone, _task_name(svc, key))["STATUS"] == "NEEDS-ACTION"
    assert key not in svc.load(1).ledger.done, "our own writes are not read back as news"


def test_a_task_reopened_on_the_phone_unticks_the_module(
    svc: PlanService, calendar_url: str
) -> None:
    _set_up(svc, calendar_url)
    key = svc.load(1).items[1].key
    svc.tick(1, key)
    sync_now(svc, 1)
    _edit(Phone(calendar_url), _task_name(svc, key), {"STATUS": "NEEDS-ACTION"})
    outcome = sync_now(svc, 1)
    assert outcome.unticked == [key] and key not in svc.load(1).ledger.done
    assert "reopened there" in outcome.summary()


class RacingClient(CalDAVClient):
    """The real client, while the phone completes a task the sync is about to write."""

    def __init__(self, *args: object, phone: Phone, name: str, **kw: object) -> None:
        super().__init__(*args, **kw)  # type: ignore[arg-type]
        self.phone, self.name, self.raced = phone, name, False

    def put(self, path: str, data: bytes, *, etag: str | None) -> str:
        if not self.raced and path.endswith(self.name):
            self.raced = True
            _edit(self.phone, self.name, {"STATUS": "COMPLETED"})
        return super().put(path, data, etag=etag)


def test_a_task_completed_there_while_the_plan_changed_here_keeps_both_facts(
    svc: PlanService, calendar_url: str
) -> None:
    _set_up(svc, calendar_url)
    key = svc.load(1).items[3].key
    name = _task_name(svc, key)
    svc.rename(1, "Tasks renamed")  # every task's note names the plan: all change here
    phone = Phone(calendar_url)
    client = RacingClient(calendar_url, "alice", "secret", phone=phone, name=name)
    try:
        outcome = sync_plan(svc, 1, calendar_url, "alice", "secret", tasks=True, client=client)
    finally:
        client.close()
    assert client.raced and outcome.conflicts == 1
    assert outcome.ticked == [key] and outcome.kept_done == [key]
    assert key in svc.load(1).ledger.done, "the phone's fact: done"
    todo = _todo(phone, name)
    assert todo["STATUS"] == "COMPLETED", "done wins"
    assert "Tasks renamed" in todo["DESCRIPTION"].replace("\\n", "\n"), "the plan's fact"
    assert sync_now(svc, 1).conflicts == 0


def test_a_dropped_course_removes_its_tasks_and_tasks_off_removes_them_all(
    svc: PlanService, calendar_url: str
) -> None:
    _set_up(svc, calendar_url)
    phone = Phone(calendar_url)
    kept = items(6)  # course 2 (modules 6 to 8) is dropped
    svc.run(ApplySchedule(1, build_schedule(kept, SETTINGS), OpKind.EDIT_SETTINGS, "Edit plan"))
    outcome = sync_now(svc, 1)
    assert outcome.tasks_deleted == 3
    tasks = {n for n in phone.names() if "-t-" in n}
    assert tasks == {_task_name(svc, item.key) for item in kept}
    events = phone.names() - tasks
    off = set_up_sync(svc, 1, calendar_url, "alice", "secret", tasks=False)
    assert off.tasks_deleted == 6 and off.deleted == 0
    assert phone.names() == events, "the events stay, the tasks go"


def test_a_calendar_for_events_only_gets_no_tasks_and_says_so(
    svc: PlanService, calendar_url: str
) -> None:
    set_up_sync(svc, 1, calendar_url, "alice", "secret", create=True)  # made for VEVENT only
    outcome = set_up_sync(svc, 1, calendar_url, "alice", "secret", tasks=True)
    assert outcome.tasks_unsupported and outcome.tasks_new == 0
    assert "this calendar takes events only" in outcome.summary()
    assert not any(re.search(r"-t-", n) for n in Phone(calendar_url).names())


class DroppingClient(CalDAVClient):
    """The real client, while the server goes away after a few tasks were written."""

    def __init__(self, *args: object, server: RadicaleServer, after: int, **kw: object) -> None:
        super().__init__(*args, **kw)  # type: ignore[arg-type]
        self.server, self.left = server, after

    def put(self, path: str, data: bytes, *, etag: str | None) -> str:
        if "-t-" in path:
            if self.left == 0:
                self.server.stop()
            self.left -= 1
        return super().put(path, data, etag=etag)


def test_a_server_that_drops_while_tasks_are_written_resumes_without_duplicates(
    svc: PlanService, server: RadicaleServer, calendar_url: str
) -> None:
    key = svc.load(1).items[0].key
    svc.tick(1, key)
    client = DroppingClient(calendar_url, "alice", "secret", server=server, after=3)
    try:
        with pytest.raises(SyncOffline, match="sync again to finish"):
            sync_plan(
                svc, 1, calendar_url, "alice", "secret", create=True, tasks=True, client=client
            )
    finally:
        client.close()
        server.start()
    phone = Phone(calendar_url)
    events = {n for n in phone.names() if "-t-" not in n}
    assert len({n for n in phone.names() if "-t-" in n}) == 3
    again = sync_plan(svc, 1, calendar_url, "alice", "secret", tasks=True)
    assert (again.sent_new, again.tasks_unchanged, again.tasks_new) == (0, 3, 6)
    tasks = {n for n in phone.names() if "-t-" in n}
    assert tasks == {_task_name(svc, item.key) for item in svc.load(1).items}
    assert phone.names() == events | tasks, "nothing twice"
    assert _todo(phone, _task_name(svc, key))["STATUS"] == "COMPLETED"
