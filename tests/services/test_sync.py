"""Two-way sync with a real CalDAV server (Radicale on 127.0.0.1)."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import quote

import pytest
from icalendar import Calendar
from radicale_server import Phone, RadicaleServer

from planner.cli import main
from planner.ical.export import milestone_uid, session_uid
from planner.services.caldav import CalDAVClient
from planner.services.calendar import import_busy
from planner.services.clock import FixedClock
from planner.services.plans import PlanService
from planner.services.sync import SyncError, SyncOutcome, sync_plan
from planner.storage.db import DB_FILENAME
from tests.plan_factory import calendar_plan

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)  # a Monday morning


@pytest.fixture
def svc(data_dir: Path) -> Iterator[PlanService]:
    service = PlanService(data_dir, clock=FixedClock(NOW))
    calendar_plan(service, "Sync me", 9)
    yield service
    service.close()


def sync(svc: PlanService, url: str, **options: object) -> SyncOutcome:
    return sync_plan(svc, 1, url, "alice", "secret", **options)  # type: ignore[arg-type]


def plan_events(svc: PlanService) -> set[str]:
    snap = svc.load(1)
    sessions = {f"{session_uid(snap.uid, s.day)}.ics" for s in snap.baseline.sessions}
    keys = {m.key for m in snap.baseline.milestones} | {"exam"}
    return sessions | {f"{milestone_uid(snap.uid, key)}.ics" for key in keys}


def test_first_sync_creates_the_calendar_and_a_second_one_sends_nothing(
    svc: PlanService, calendar_url: str
) -> None:
    first = sync(svc, calendar_url, create=True)
    phone = Phone(calendar_url)
    names = phone.names()
    assert first.created_calendar
    assert first.sent_new == len(names) > 10
    assert plan_events(svc) <= names
    second = sync(svc, calendar_url)
    assert (second.sent_new, second.sent_changed, second.deleted) == (0, 0, 0)
    assert second.unchanged == len(names)
    assert second.method == "sync token" and second.downloaded == 0
    assert phone.names() == names, "no duplicates"


def test_a_changed_plan_updates_and_deletes_only_what_it_sent(
    svc: PlanService, calendar_url: str
) -> None:
    sync(svc, calendar_url, create=True)
    phone = Phone(calendar_url)
    # The user's own event in the same calendar: never touched.
    own = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//phone//EN\r\nBEGIN:VEVENT\r\n"
        "UID:dentist@phone\r\nDTSTAMP:20261130T080000Z\r\nDTSTART:20261202T090000Z\r\n"
        "DTEND:20261202T100000Z\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert phone.put("dentist.ics", own) == 201
    before = phone.names()
    # A busy Wednesday: its session moves, so its event goes and others change.
    busy = (
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\nBEGIN:VEVENT\nUID:trip@t\n"
        b"SUMMARY:Trip\nDTSTART;VALUE=DATE:20261202\nDTEND;VALUE=DATE:20261203\n"
        b"END:VEVENT\nEND:VCALENDAR\n"
    )
    import_busy(svc, 1, busy)
    outcome = sync(svc, calendar_url)
    after = phone.names()
    dropped = f"{session_uid(svc.load(1).uid, date(2026, 12, 2))}.ics"
    assert dropped in before and dropped not in after
    assert outcome.deleted >= 1 and outcome.sent_changed + outcome.sent_new >= 1
    assert "dentist.ics" in after
    assert after - {"dentist.ics"} == plan_events(svc)


def test_a_session_marked_done_on_the_phone_ticks_its_modules(
    svc: PlanService, calendar_url: str
) -> None:
    sync(svc, calendar_url, create=True)
    snap = svc.load(1)
    first = snap.baseline.sessions[0]
    keys = {a.item_key for a in first.allocations}
    name = f"{session_uid(snap.uid, first.day)}.ics"
    Phone(calendar_url).mark_done(name)
    outcome = sync(svc, calendar_url)
    assert set(outcome.ticked) == keys
    assert keys <= svc.load(1).ledger.done
    # The plan's version (now with its own ✓ and a higher SEQUENCE) went back.
    _, text = Phone(calendar_url).get(name)
    assert "SUMMARY:✓ " in text and "SEQUENCE:1" in text
    # And the tick is a tick like any other: it can be undone here.
    assert sync(svc, calendar_url).ticked == []


def test_the_word_done_in_the_title_counts_too(svc: PlanService, calendar_url: str) -> None:
    sync(svc, calendar_url, create=True)
    snap = svc.load(1)
    second = snap.baseline.sessions[1]
    Phone(calendar_url).mark_done(f"{session_uid(snap.uid, second.day)}.ics", mark="Done: ")
    assert sync(svc, calendar_url).ticked


class RacingClient(CalDAVClient):
    """The real client, while another device edits the first event it is about to write."""

    def __init__(self, *args: object, phone: Phone, name: str, **kw: object) -> None:
        super().__init__(*args, **kw)  # type: ignore[arg-type]
        self.phone, self.name, self.raced = phone, name, False

    def put(self, path: str, data: bytes, *, etag: str | None) -> str:
        if not self.raced and path.endswith(self.name):
            self.raced = True
            self.phone.mark_done(self.name)
        return super().put(path, data, etag=etag)


def test_a_conflict_keeps_both_facts(svc: PlanService, calendar_url: str) -> None:
    sync(svc, calendar_url, create=True)
    snap = svc.load(1)
    second = snap.baseline.sessions[1]
    name = f"{session_uid(snap.uid, second.day)}.ics"
    # Renamed here (the plan's name is in every event, so each one changes) ...
    svc.rename(1, "Sync me renamed")
    phone = Phone(calendar_url)
    # ... and marked done on the phone at the moment the sync writes that event.
    client = RacingClient(calendar_url, "alice", "secret", phone=phone, name=name)
    try:
        outcome = sync_plan(svc, 1, calendar_url, "alice", "secret", client=client)
    finally:
        client.close()
    assert client.raced and outcome.conflicts == 1
    keys = {a.item_key for a in second.allocations}
    assert keys and keys <= svc.load(1).ledger.done, "the phone's fact"
    assert "Sync me renamed" in phone.get(name)[1].replace("\r\n ", ""), "the plan's fact"
    assert phone.names() == plan_events(svc)
    # The next sync sends the session as done, and nothing is in conflict any more.
    again = sync(svc, calendar_url)
    assert again.conflicts == 0 and "SUMMARY:✓ " in phone.get(name)[1]


class DroppingClient(CalDAVClient):
    """The real client, while the server goes away after a few writes."""

    def __init__(self, *args: object, server: RadicaleServer, after: int, **kw: object) -> None:
        super().__init__(*args, **kw)  # type: ignore[arg-type]
        self.server, self.left = server, after

    def put(self, path: str, data: bytes, *, etag: str | None) -> str:
        if self.left == 0:
            self.server.stop()
        self.left -= 1
        return super().put(path, data, etag=etag)


def test_a_server_that_drops_mid_sync_is_one_error_and_the_next_sync_resumes(
    svc: PlanService, server: RadicaleServer, calendar_url: str
) -> None:
    client = DroppingClient(calendar_url, "alice", "secret", server=server, after=5)
    try:
        with pytest.raises(SyncError, match="Cannot reach the calendar server") as info:
            sync_plan(svc, 1, calendar_url, "alice", "secret", create=True, client=client)
    finally:
        client.close()
        server.start()
    assert "\n" not in str(info.value) and "sync again to finish" in str(info.value)
    phone = Phone(calendar_url)
    assert len(phone.names()) == 5
    outcome = sync(svc, calendar_url)
    assert outcome.unchanged == 5
    assert phone.names() == plan_events(svc), "resumed without duplicates"


def test_a_server_without_sync_tokens_is_read_by_listing_and_ctag(
    svc: PlanService, calendar_url: str
) -> None:
    first = sync(svc, calendar_url, create=True, use_sync_token=False)
    second = sync(svc, calendar_url, use_sync_token=False)
    third = sync(svc, calendar_url, use_sync_token=False)
    assert (first.method, second.method, third.method) == ("listing", "listing", "ctag")
    assert second.sent_new == third.sent_new == 0
    snap = svc.load(1)
    session = snap.baseline.sessions[0]
    Phone(calendar_url).mark_done(f"{session_uid(snap.uid, session.day)}.ics")
    fourth = sync(svc, calendar_url, use_sync_token=False)
    assert fourth.method == "listing" and fourth.downloaded == 1 and fourth.ticked


def _db_hash(folder: Path) -> str:
    return hashlib.sha256((folder / DB_FILENAME).read_bytes()).hexdigest()


@pytest.fixture
def cli_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    data = tmp_path / "cli-data"
    args = ["new", "--path", "data-scientist", "--start", "2026-11-30", "--hours-per-week", "8"]
    assert main(["--data-dir", str(data), *args, "--tz", "Europe/Berlin", "--name", "P"]) == 0
    capsys.readouterr()
    return data


def test_sync_from_the_command_line(
    cli_plan: Path, tmp_path: Path, calendar_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "password"
    secret.write_text("secret\n")
    argv = ["--data-dir", str(cli_plan), "sync", "--caldav", calendar_url, "--user", "alice"]
    argv += ["--password-file", str(secret)]
    assert main([*argv, "--create"]) == 0
    out = capsys.readouterr().out
    assert f"Created the calendar {calendar_url}." in out
    assert "0 deleted" in out and "zone rules of IANA" in out
    assert main(argv) == 0
    assert " 0 new, 0 changed," in capsys.readouterr().out


@pytest.mark.parametrize(
    ("change", "message", "status"),
    [
        ("wrong-password", "refused the user name or password", 77),
        ("no-server", "Cannot reach the calendar server", 75),
        ("no-calendar", "There is no calendar at", 1),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(
    cli_plan: Path,
    tmp_path: Path,
    calendar_url: str,
    capsys: pytest.CaptureFixture[str],
    change: str,
    message: str,
    status: int,
) -> None:
    secret = tmp_path / "password"
    secret.write_text("other\n" if change == "wrong-password" else "secret\n")
    url = calendar_url
    if change == "no-server":
        url = f"http://127.0.0.1:{_closed_port()}/alice/study/"
    argv = ["--data-dir", str(cli_plan), "sync", "--caldav", url, "--user", "alice"]
    argv += ["--password-file", str(secret)]
    if change != "no-calendar":
        argv.append("--create")
    before = _db_hash(cli_plan)
    assert main(argv) == status
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0], err
    assert _db_hash(cli_plan) == before


def _closed_port() -> int:
    from radicale_server import free_port

    return free_port()


class NoEtagClient(CalDAVClient):
    """The real client, as a server that answers a write without an ETag sees it."""

    def put(self, path: str, data: bytes, *, etag: str | None) -> str:
        super().put(path, data, etag=etag)
        return ""


def test_a_server_that_gives_no_etag_on_writes_settles_after_one_sync(
    svc: PlanService, calendar_url: str
) -> None:
    outcomes = []
    for _ in range(3):
        client = NoEtagClient(calendar_url, "alice", "secret")
        try:
            outcomes.append(
                sync_plan(svc, 1, calendar_url, "alice", "secret", create=True, client=client)
            )
        finally:
            client.close()
    first, second, third = outcomes
    assert first.sent_new > 10
    # The second sync learns the ETags instead of rewriting every event ...
    assert second.downloaded == first.sent_new and second.sent_changed == 0
    # ... and the third has nothing to do.
    assert third.downloaded == 0 and third.sent_changed == third.sent_new == 0
    assert Phone(calendar_url).names() == plan_events(svc)


def test_the_command_line_remembers_the_calendar_shows_it_and_forgets_it(
    cli_plan: Path, tmp_path: Path, calendar_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "password"
    secret.write_text("secret\n")
    base = ["--data-dir", str(cli_plan), "sync"]
    password = ["--password-file", str(secret)]
    assert main([*base, "--caldav", calendar_url, "--user", "alice", *password, "--create"]) == 0
    ics = tmp_path / "plan.ics"
    assert (
        main(["--data-dir", str(cli_plan), "export", "--ics", str(ics), "--what", "milestones"])
        == 0
    )
    capsys.readouterr()
    # Later syncs need only the password: the address and the user are remembered.
    assert main([*base, *password]) == 0
    assert f"Synced with {calendar_url}: 0 new, 0 changed" in capsys.readouterr().out
    assert main([*base, "--status"]) == 0
    status = [line.strip() for line in capsys.readouterr().out.splitlines()]
    assert any(line.startswith(f"calendar {calendar_url} as alice: ") for line in status)
    milestones = len(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert milestones and any(
        line.startswith(f"file {ics.resolve()}: {milestones} events") for line in status
    )
    assert main([*base, "--off"]) == 0
    assert "they stay in that calendar" in capsys.readouterr().out
    assert len(Phone(calendar_url).names()) > 10, "nothing deleted on the server"
    assert main([*base, *password]) == 1
    assert "does not sync with a calendar yet" in capsys.readouterr().err


def test_a_calendar_address_with_spaces_and_accents_works(
    svc: PlanService, server: RadicaleServer
) -> None:
    url = f"{server.url}/alice/{quote('Études du soir ' + uuid.uuid4().hex[:6])}/"
    first = sync(svc, url, create=True)
    snap = svc.load(1)
    Phone(url).mark_done(f"{session_uid(snap.uid, snap.baseline.sessions[0].day)}.ics")
    second = sync(svc, url)
    assert first.sent_new > 10 and second.sent_new == 0
    assert second.downloaded == 1 and second.ticked
    assert Phone(url).names() == plan_events(svc)
