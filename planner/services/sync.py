"""Two-way sync of a plan with a CalDAV calendar (Nextcloud, Radicale, Fastmail, …).

One sync, in this order:

1. **Look.** The calendar must exist (``create=True`` makes it). What changed there
   since the last sync is found the cheapest way the server offers: its sync token
   (RFC 6578), else its CTag (nothing to do when unchanged), else a listing of
   ETags. Only events whose ETag differs from the one we stored are downloaded.
2. **Pull.** A study session that someone marked done on another device ticks
   that session's modules here, through :meth:`PlanService.tick` like a tick in
   the app (so it is in the ledger and can be undone). *Marked done* means: its
   title gained a ``✓`` or the word ``done`` (any case) that we did not write —
   something any phone calendar can do. Other edits made there are not taken
   over: the plan is the source of the schedule, and the next push rewrites them.
3. **Push.** The plan's events (sessions, milestones, exam) are written as one
   resource per event, named after its UID: new ones with ``If-None-Match: *``
   (never a duplicate), changed ones with ``If-Match`` on the stored ETag. An
   event this calendar received and that is no longer in the plan is deleted,
   again only if unchanged since; nothing we did not send is ever touched. An
   event deleted on the server is sent again (the plan still has it).
4. **Tasks** (optional). Each module is a VTODO in the same calendar
   (:mod:`planner.ical.tasks`). A task completed on another device (a status we
   did not write) ticks its module here through :meth:`PlanService.tick`; one
   reopened there unticks it. Then each task is written as the plan has it: ticking
   here completes it there, unticking reopens it; a dropped module's task is deleted.
5. **Remember.** Per event and task: SEQUENCE, content, resource path and ETag (and
   for a task, whether it was sent done); per calendar: the sync token or CTag seen
   in step 1. What was pushed before a dropped connection is remembered too, so the
   next sync resumes.

A conflict — an event or task changed on the server between steps 1 and 3 (``412``)
— keeps both facts: a done mark or a completion there is taken over (ticked here),
then the plan's version is written over it (done wins); the outcome counts it.

The setup (:func:`set_up_sync`, :func:`sync_now`, :func:`stop_sync`,
:func:`sync_setup`) keeps one calendar per plan, proven by a first sync, with the
password in the system keyring (:mod:`planner.services.passwords`). A calendar that
moved on its server (an HTTP redirect) is remembered at its new address.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from planner.errors import PlannerError
from planner.ical.export import ALL_PARTS, CalendarExportError, ExportRecord, session_uid
from planner.ical.tasks import (
    TASK,
    TaskSpec,
    next_sequence,
    read_task,
    task_record,
    task_resource,
    task_specs,
    task_uid,
)
from planner.messages import QT_TRANSLATE_NOOP, Message, english_of, plural, reason_of, translate
from planner.services.caldav import (
    CalDAVAuthError,
    CalDAVClient,
    CalDAVError,
    CalDAVUnreachableError,
    InvalidSyncToken,
    PreconditionFailed,
)
from planner.services.calendar import save_records, target_records
from planner.services.plans import PlanService, PlanSnapshot, ServiceError
from planner.storage.targets import CALDAV, CalendarTargetRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_DONE_MARK = re.compile(r"✓|✔|☑|\bdone\b", re.IGNORECASE)


class SyncError(PlannerError):
    """A sync that could not be done; the message says why and that nothing was lost."""


class PasswordNeeded(SyncError):
    """No password is stored for the calendar and none was given: ask the user for it."""


class SyncOffline(SyncError):
    """The server could not be reached or dropped the connection: nothing is lost, try later."""


class SyncAuthFailed(SyncError):
    """The server refused the user name or password; nothing was changed."""


@dataclass(frozen=True)
class SyncSetup:
    """The calendar a plan syncs with, as :func:`set_up_sync` stored it."""

    url: str
    username: str
    tasks: bool  # modules also go to the server as VTODO tasks
    last_synced_at: datetime | None  # UTC; when the last sync that worked finished
    last_result: str | None  # one-line summary of the last sync, or of its error (English)
    # The error as a message, when the last sync failed with one (None: ``last_result``
    # says it; :func:`shown_result` is what people read).
    result: Message | str | None = None


@dataclass
class SyncOutcome:
    url: str
    created_calendar: bool = False
    ticked: list[str] = field(default_factory=list)  # item keys ticked from the server
    unticked: list[str] = field(default_factory=list)  # tasks reopened there: unticked here
    sent_new: int = 0
    sent_changed: int = 0
    unchanged: int = 0
    deleted: int = 0
    restored: int = 0  # deleted on the server, sent again
    conflicts: int = 0
    downloaded: int = 0  # events fetched because they changed there
    method: str = ""  # "sync token", "ctag", "listing"
    zone_rules: str = ""
    password_stored: bool = False  # set_up_sync put the password in the system keyring
    tasks_new: int = 0  # modules sent as tasks for the first time
    tasks_changed: int = 0
    tasks_unchanged: int = 0
    tasks_deleted: int = 0  # modules gone from the plan (or tasks turned off)
    tasks_unsupported: bool = False  # tasks asked for, but the calendar takes events only
    # Modules whose task was completed there while this sync wrote it: kept done.
    kept_done: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the user: what this sync did."""
        parts = [
            f"{self.sent_new} new",
            f"{self.sent_changed} changed",
            f"{self.unchanged} unchanged",
            f"{self.deleted} deleted",
        ]
        if self.restored:
            parts.append(f"{self.restored} sent again after a deletion there")
        text = "Synced: " + ", ".join(parts)
        tasks = self.tasks_new + self.tasks_changed + self.tasks_unchanged
        if tasks or self.tasks_deleted:
            text += f"; {tasks} tasks ({self.tasks_new} new, {self.tasks_changed} changed"
            text += f", {self.tasks_deleted} deleted)" if self.tasks_deleted else ")"
        if self.tasks_unsupported:
            text += "; no tasks: this calendar takes events only"
        if self.ticked:
            text += f"; {len(self.ticked)} module(s) ticked from the calendar"
        if self.unticked:
            text += f"; {len(self.unticked)} module(s) reopened there, unticked here"
        if self.conflicts:
            text += f"; {self.conflicts} changed on both sides (a done mark there was kept)"
        return text + "."


_COUNTS = re.compile(
    r"^(\d+) new, (\d+) changed, (\d+) unchanged, (\d+) deleted"
    r"(?:, (\d+) sent again after a deletion there)?$"
)
_TASKS = re.compile(r"^(\d+) tasks \((\d+) new, (\d+) changed(?:, (\d+) deleted)?\)$")
_TICKED = re.compile(r"^(\d+) module\(s\) ticked from the calendar$")
_UNTICKED = re.compile(r"^(\d+) module\(s\) reopened there, unticked here$")
_CONFLICTS = re.compile(r"^(\d+) changed on both sides \(a done mark there was kept\)$")


# Plural sources, counted at run time; lupdate reads them from the calls with a count
# written out in planner.ui.sync_status._plural_sources.
_TASKS_TEXT = "%n task(s) ({0} new, {1} changed)"
_TASKS_DELETED_TEXT = "%n task(s) ({0} new, {1} changed, {2} deleted)"
_TICKED_TEXT = "%n module(s) ticked from the calendar"
_UNTICKED_TEXT = "%n module(s) reopened there, unticked here"


def result_text(stored: str) -> str:
    """A setup's ``last_result`` in the user's language: the English one-line summary a
    sync stored (:meth:`SyncOutcome.summary`, kept English in the database for scripts
    and older versions) is said again part by part; any other text (an error, stored in
    the words it was shown in) is returned as it is."""
    if not (stored.startswith("Synced: ") and stored.endswith(".")):
        return stored
    parts = []
    for part in stored[len("Synced: ") : -1].split("; "):
        if m := _COUNTS.match(part):
            text = translate("SyncSummary", "{0} new, {1} changed, {2} unchanged, {3} deleted")
            text = text.format(*m.group(1, 2, 3, 4))
            if m.group(5):
                again = translate("SyncSummary", ", {0} sent again after a deletion there")
                text += again.format(m.group(5))
        elif m := _TASKS.match(part):
            source = _TASKS_DELETED_TEXT if m.group(4) else _TASKS_TEXT
            text = plural("SyncSummary", source, int(m.group(1)))
            text = text.format(*m.group(2, 3, 4))
        elif part == "no tasks: this calendar takes events only":
            text = translate("SyncSummary", "no tasks: this calendar takes events only")
        elif m := _TICKED.match(part):
            text = plural("SyncSummary", _TICKED_TEXT, int(m.group(1)))
        elif m := _UNTICKED.match(part):
            text = plural("SyncSummary", _UNTICKED_TEXT, int(m.group(1)))
        elif m := _CONFLICTS.match(part):
            text = translate(
                "SyncSummary", "{0} changed on both sides (a done mark there was kept)"
            ).format(m.group(1))
        else:
            return stored
        parts.append(text)
    return translate("SyncSummary", "Synced: {0}.").format("; ".join(parts))


def _result_to_store(error: SyncError) -> str:
    """What a failed sync keeps as its last result: the error's message as JSON (id and
    arguments, so that it is said in the language of whoever reads it), or its text."""
    from planner.core.op_labels import label_to_json

    reason = reason_of(error)
    if isinstance(reason, Message):
        try:
            return label_to_json(reason)
        except TypeError:  # an argument JSON cannot hold: keep the words
            pass
    return " ".join(str(error).split())


def _stored_result(stored: str) -> Message | str | None:
    """A stored last result: the message of a failure stored as JSON, else the text (a
    sync's English summary, or a failure stored as text by earlier versions)."""
    if not stored:
        return None
    if stored.startswith("{"):
        import json

        from planner.core.op_labels import _message_from_json

        try:
            return _message_from_json(json.loads(stored))
        except (ValueError, KeyError, TypeError, AttributeError):
            pass  # a message of a newer version, or damaged: show it as it is
    return stored


def shown_result(setup: SyncSetup) -> str:
    """The setup's last result in the user's language, on one line."""
    if isinstance(setup.result, Message):
        return " ".join(str(setup.result).split())
    return result_text(setup.last_result or "")


# How a sync found what changed on the server (``SyncOutcome.method``), for people.
METHOD_WORDS = {
    "sync token": QT_TRANSLATE_NOOP("SyncSummary", "sync token"),
    "ctag": QT_TRANSLATE_NOOP("SyncSummary", "ctag"),
    "listing": QT_TRANSLATE_NOOP("SyncSummary", "listing"),
}


def method_text(method: str) -> str:
    """``SyncOutcome.method`` in the user's language."""
    return translate("SyncSummary", METHOD_WORDS[method]) if method in METHOD_WORDS else method


def done_marks(summary: str) -> int:
    return len(_DONE_MARK.findall(summary))


def marked_done(remote_summary: str, sent_summary: str) -> bool:
    """True if the title on the server has more done marks than the one we sent."""
    return done_marks(remote_summary) > done_marks(sent_summary)


def _summary(data: bytes) -> tuple[str, str]:
    """(UID, SUMMARY) of the first VEVENT in ``data``; ("", "") if unreadable."""
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(data)
    except Exception:  # a server may hold anything; an unreadable event is not ours to judge
        return "", ""
    for event in calendar.walk("VEVENT"):
        return str(event.get("UID", "")), str(event.get("SUMMARY", ""))
    return "", ""


def sync_plan(
    svc: PlanService,
    plan_id: int,
    url: str,
    username: str,
    password: str,
    *,
    create: bool = False,
    tasks: bool = False,
    use_sync_token: bool = True,
    client: CalDAVClient | None = None,
) -> SyncOutcome:
    """Sync plan ``plan_id`` with the CalDAV calendar at ``url`` (see the module doc);
    with ``tasks``, each module is a VTODO there too (and without, any sent before go)."""
    own_client = client is None
    dav = client or CalDAVClient(url, username, password)
    location = dav.url
    outcome = SyncOutcome(url=location)
    try:
        return _sync(svc, plan_id, dav, location, username, create, tasks, use_sync_token, outcome)
    except CalDAVAuthError as exc:
        raise SyncAuthFailed(
            Message("error.then", {"first": reason_of(exc), "then": _kept(outcome)})
        ) from exc
    except CalDAVUnreachableError as exc:
        raise SyncOffline(
            Message("error.sync_offline", {"reason": reason_of(exc), "kept": _kept(outcome)})
        ) from exc
    except CalDAVError as exc:
        raise SyncError(
            Message("error.then", {"first": reason_of(exc), "then": _kept(outcome)})
        ) from exc
    finally:
        if own_client:
            dav.close()


def _kept(outcome: SyncOutcome) -> Message:
    sent = outcome.sent_new + outcome.sent_changed + outcome.deleted + outcome.restored
    if not sent and not outcome.ticked:
        return Message("error.sync_unchanged")
    if outcome.ticked:
        return Message("error.sync_kept_ticked", count=len(outcome.ticked))
    return Message("error.sync_kept")


def _target(svc: PlanService, plan_id: int, location: str) -> CalendarTargetRow | None:
    from sqlalchemy import select

    with svc.db.transaction() as s:
        row = s.scalars(
            select(CalendarTargetRow).filter_by(plan_id=plan_id, kind=CALDAV, location=location)
        ).first()
        if row is not None:
            _ = list(row.events)  # load them while the session is open
        return row


def _sync(
    svc: PlanService,
    plan_id: int,
    dav: CalDAVClient,
    location: str,
    username: str,
    create: bool,
    tasks: bool,
    use_sync_token: bool,
    outcome: SyncOutcome,
) -> SyncOutcome:
    snap = svc.load(plan_id)
    info = dav.info()
    # A calendar that moved on its server (a redirect) is remembered at its new address.
    location = outcome.url = dav.url
    if not info.exists:
        if not create:
            raise SyncError(Message("error.sync_no_calendar", {"where": location}))
        dav.make_calendar(snap.name, ("VEVENT", "VTODO") if tasks else ("VEVENT",))
        outcome.created_calendar = True
        info = dav.info()
    elif not info.is_calendar:
        raise SyncError(Message("error.sync_not_calendar", {"where": location}))

    stored = _target(svc, plan_id, location)
    everything = target_records(stored)
    records = {uid: r for uid, r in everything.items() if r.kind != TASK}
    task_records = {uid: r for uid, r in everything.items() if r.kind == TASK}
    item_of = {task_uid(snap.uid, item.key): item.key for item in snap.items}
    paths = {e.uid: e.href for e in stored.events} if stored else {}
    etags = {e.uid: e.etag for e in stored.events} if stored else {}
    by_path = {path: uid for uid, path in paths.items() if path}

    # 1. Look: what changed on the server since last time.
    changed: dict[str, str] = {}  # path -> etag, for our events whose ETag differs
    gone: set[str] = set()  # our paths no longer on the server
    token, ctag = info.sync_token, info.ctag
    listing: dict[str, str] | None = None
    if stored is not None and use_sync_token and info.sync_token and stored.sync_token:
        outcome.method = "sync token"
        try:
            delta = dav.changes_since(stored.sync_token)
        except InvalidSyncToken:
            listing = dav.list_etags()
        else:
            token = delta.sync_token or token
            changed = {p: t for p, t in delta.etags.items() if p in by_path}
            gone = {p for p in delta.deleted if p in by_path}
    elif stored is not None and info.ctag and stored.ctag == info.ctag:
        outcome.method = "ctag"  # nothing changed there since our last sync
    else:
        outcome.method = "listing"
        listing = dav.list_etags()
    if listing is not None:
        changed = {p: t for p, t in listing.items() if p in by_path}
        gone = {p for p in by_path if p not in listing}
    changed = {p: t for p, t in changed.items() if etags.get(by_path[p]) != t}

    # 2. Pull: done marks made on another device.
    had_etag = {uid for uid, etag in etags.items() if etag}
    fetched = dav.fetch(sorted(changed))
    outcome.downloaded = len(fetched)
    current_etags = {by_path[p]: etag for p, (etag, _) in fetched.items()}
    for path, (_etag, data) in sorted(fetched.items()):
        if by_path[path] in task_records:
            _pull_task(svc, snap, by_path[path], data, task_records, item_of, outcome)
        else:
            _pull(svc, snap, by_path[path], data, records, outcome)
    for path in gone:
        uid = by_path[path]
        etags.pop(uid, None)
        paths.pop(uid, None)
    for uid, etag in current_etags.items():
        etags[uid] = etag
    if outcome.ticked or outcome.unticked:
        snap = svc.load(plan_id)

    # 3. Push the plan.
    from planner.ical.export import build_calendar
    from planner.services.attempts import with_logistics

    gone_uids = {by_path[p] for p in gone}
    previous = {uid: r for uid, r in records.items() if uid not in gone_uids and not r.cancelled}
    adopted: dict[str, str] = {}
    for uid, etag in current_etags.items():
        if uid not in previous:
            continue
        if uid in had_etag:  # edited there: the plan's version goes back, one SEQUENCE up
            previous[uid] = replace(previous[uid], content_hash="changed-on-the-server")
        else:  # the server gave no ETag when we wrote it: take the one it has now
            adopted[uid] = etag
    try:
        result = build_calendar(
            replace(with_logistics(svc, snap), items=snap.items),
            plan_uid=snap.uid,
            plan_name=snap.name,
            dtstamp=svc.clock.now(),
            include=ALL_PARTS,
            alarms=True,
            done_items=snap.ledger.done,
            previous=previous,
            per_event=True,
        )
    except CalendarExportError as exc:
        raise ServiceError(reason_of(exc)) from exc
    outcome.zone_rules = result.zone_rules

    written: dict[str, ExportRecord] = {uid: previous[uid] for uid in adopted}
    where = {uid: (paths.get(uid, ""), etag) for uid, etag in adopted.items()}
    forget: list[str] = list(gone_uids)
    try:
        for uid, record in result.records.items():
            path = paths.get(uid) or dav.path_of(f"{uid}.ics")
            if record.cancelled:
                _delete(dav, path, etags.get(uid), outcome)
                outcome.deleted += 1
                forget.append(uid)
                continue
            before = previous.get(uid)
            if before is not None and before.content_hash == record.content_hash:
                outcome.unchanged += 1
                continue
            known = (etags.get(uid) or None) if before is not None else None
            new_etag = _put(
                svc, snap, dav, uid, path, result.resources[uid], known, records, outcome
            )
            if before is None:
                if uid in gone_uids:
                    outcome.restored += 1
                else:
                    outcome.sent_new += 1
            else:
                outcome.sent_changed += 1
            written[uid] = record
            where[uid] = (path, new_etag)
        # 4. The modules as tasks.
        if tasks and not info.takes("VTODO"):
            outcome.tasks_unsupported = True
        wanted = tasks and info.takes("VTODO")
        task_previous = {u: r for u, r in task_records.items() if u not in gone_uids}
        for uid, etag in current_etags.items():
            if uid in task_previous and uid not in had_etag:
                adopted[uid] = etag
                written[uid] = task_previous[uid]
                where[uid] = (paths.get(uid, ""), etag)
        edited_there = {u for u in current_etags if u in task_previous and u in had_etag}
        specs = (
            task_specs(
                snap.baseline,
                snap.items,
                plan_uid=snap.uid,
                plan_name=snap.name,
                done_items=snap.ledger.done,
            )
            if wanted
            else {}
        )
        for uid, spec in specs.items():
            path = paths.get(uid) or dav.path_of(f"{uid}.ics")
            before = task_previous.get(uid)
            if (
                before is not None
                and before.content_hash == spec.content_hash()
                and uid not in edited_there
            ):
                outcome.tasks_unchanged += 1
                continue
            known = (etags.get(uid) or None) if before is not None else None
            sequence = next_sequence(spec, before)
            if uid in edited_there and before is not None:
                sequence = before.sequence + 1
            sent_spec, new_etag = _put_task(
                svc, snap, dav, path, spec, sequence, known, task_records, item_of, outcome
            )
            if before is None:
                outcome.tasks_new += 1
            else:
                outcome.tasks_changed += 1
            written[uid] = task_record(sent_spec, sequence, svc.clock.now())
            where[uid] = (path, new_etag)
        for uid in sorted(set(task_previous) - set(specs)):
            _delete(dav, paths.get(uid) or dav.path_of(f"{uid}.ics"), etags.get(uid), outcome)
            outcome.tasks_deleted += 1
            forget.append(uid)
    finally:
        _remember(svc, plan_id, location, username, written, where, forget, token, ctag)
    return outcome


def _pull(
    svc: PlanService,
    snap: PlanSnapshot,
    uid: str,
    data: bytes,
    records: dict[str, ExportRecord],
    outcome: SyncOutcome,
) -> None:
    """Tick the modules of session ``uid`` if its title on the server was marked done."""
    remote_uid, summary = _summary(data)
    sent = records.get(uid)
    if sent is None or remote_uid != uid or not marked_done(summary, sent.summary):
        return
    done = svc.load(snap.id).ledger.done
    for key in _session_keys(snap, uid):
        if key not in done:
            svc.tick(snap.id, key)
            outcome.ticked.append(key)


def _pull_task(
    svc: PlanService,
    snap: PlanSnapshot,
    uid: str,
    data: bytes,
    task_records: dict[str, ExportRecord],
    item_of: dict[str, str],
    outcome: SyncOutcome,
) -> bool | None:
    """Take over a task completed (or reopened) on another device: tick (or untick) its
    module here, through the same operations as in the app. Returns the task's done
    state on the server (None if it is not one of ours)."""
    remote = read_task(data)
    sent = task_records.get(uid)
    key = item_of.get(uid)
    if remote is None or sent is None or key is None or remote.uid != uid:
        return None
    if remote.done == sent.done:
        return remote.done  # its status did not change there
    done_here = key in svc.load(snap.id).ledger.done
    if remote.done and not done_here:
        svc.tick(snap.id, key)
        outcome.ticked.append(key)
    elif not remote.done and done_here:
        svc.untick(snap.id, key)
        outcome.unticked.append(key)
    return remote.done


def _put_task(
    svc: PlanService,
    snap: PlanSnapshot,
    dav: CalDAVClient,
    path: str,
    spec: TaskSpec,
    sequence: int,
    etag: str | None,
    task_records: dict[str, ExportRecord],
    item_of: dict[str, str],
    outcome: SyncOutcome,
) -> tuple[TaskSpec, str]:
    """Write one task; on a conflict take over a completion made there (done wins)."""
    now = svc.clock.now()
    try:
        return spec, dav.put(path, task_resource(spec, sequence, now), etag=etag)
    except PreconditionFailed:
        pass
    current = dav.fetch([path]).get(path)
    if current is None:
        return spec, dav.put(path, task_resource(spec, sequence, now), etag=None)
    if etag is not None:
        # Changed there since we looked: its completion (or reopening) is taken over
        # first, then the plan's version goes over it, done if the module is done now.
        outcome.conflicts += 1
        remote_done = _pull_task(svc, snap, spec.uid, current[1], task_records, item_of, outcome)
        done_now = spec.item_key in svc.load(snap.id).ledger.done
        if done_now != spec.done:
            spec = spec.with_done(done_now)
        if remote_done and done_now:
            outcome.kept_done.append(spec.item_key)
    data = task_resource(spec, sequence, now)
    return spec, dav.put(path, data, etag=current[0] or None)


def _session_keys(snap: PlanSnapshot, uid: str) -> list[str]:
    for session in snap.baseline.sessions:
        if session_uid(snap.uid, session.day) == uid:
            return list(dict.fromkeys(a.item_key for a in session.allocations))
    return []


def _put(
    svc: PlanService,
    snap: PlanSnapshot,
    dav: CalDAVClient,
    uid: str,
    path: str,
    data: bytes,
    etag: str | None,
    records: dict[str, ExportRecord],
    outcome: SyncOutcome,
) -> str:
    try:
        return dav.put(path, data, etag=etag)
    except PreconditionFailed:
        pass
    # Changed there since we looked (or there already, from a sync that was cut off):
    # take over a done mark, then write the plan's version over the one we now know.
    current = dav.fetch([path]).get(path)
    if current is None:
        return dav.put(path, data, etag=None)
    if etag is not None:
        outcome.conflicts += 1
        _pull(svc, snap, uid, current[1], records, outcome)
    return dav.put(path, data, etag=current[0] or None)


def _delete(dav: CalDAVClient, path: str, etag: str | None, outcome: SyncOutcome) -> None:
    try:
        dav.delete(path, etag=etag)
    except PreconditionFailed:
        # Changed there since: still ours, and gone from the plan.
        outcome.conflicts += 1
        dav.delete(path, etag=None)


def _remember(
    svc: PlanService,
    plan_id: int,
    location: str,
    username: str,
    written: dict[str, ExportRecord],
    where: dict[str, tuple[str, str]],
    forget: list[str],
    token: str,
    ctag: str,
) -> None:
    from sqlalchemy import select

    now = svc.clock.now()
    with svc.db.transaction() as s:
        row = s.scalars(
            select(CalendarTargetRow).filter_by(plan_id=plan_id, kind=CALDAV, location=location)
        ).first()
        if row is None:
            row = CalendarTargetRow(plan_id=plan_id, kind=CALDAV, location=location, created_at=now)
            s.add(row)
        row.username = username
        row.sync_token = token
        # Our own writes change the CTag: keep the one we looked at only if we wrote nothing.
        row.ctag = ctag if not written and not forget else ""
        save_records(s, row, written, now, etags=where, forget=forget)


@dataclass(frozen=True)
class TargetInfo:
    kind: str  # "file" or "caldav"
    location: str  # path or calendar URL ("" for a file recorded before paths were kept)
    username: str
    events: int  # events it holds from this plan (cancelled ones not counted)
    written_at: datetime | None
    tasks: int = 0  # modules it holds as tasks


def list_targets(svc: PlanService, plan_id: int) -> list[TargetInfo]:
    """Every file and calendar this plan has been written to."""
    from sqlalchemy import select

    with svc.db.transaction() as s:
        rows = s.scalars(
            select(CalendarTargetRow)
            .filter_by(plan_id=plan_id)
            .order_by(CalendarTargetRow.kind, CalendarTargetRow.location)
        ).all()
        infos = []
        for row in rows:
            kinds = [r.kind for r in target_records(row).values() if not r.cancelled]
            infos.append(
                TargetInfo(
                    row.kind,
                    row.location,
                    row.username,
                    sum(1 for k in kinds if k != TASK),
                    row.written_at,
                    tasks=sum(1 for k in kinds if k == TASK),
                )
            )
        return infos


def remembered_calendar(svc: PlanService, plan_id: int) -> TargetInfo:
    """The one CalDAV calendar this plan syncs with, for a sync without an address."""
    calendars = [t for t in list_targets(svc, plan_id) if t.kind == CALDAV]
    if not calendars:
        raise SyncError(Message("error.sync_never"))
    if len(calendars) > 1:
        raise SyncError(
            Message("error.sync_several", {"where": ", ".join(t.location for t in calendars)})
        )
    return calendars[0]


def forget_calendar(svc: PlanService, plan_id: int, url: str) -> int:
    """Stop syncing with ``url``: forget what it received (its events stay there).

    Returns how many event records were forgotten.
    """
    from sqlalchemy import select

    location = url if url.endswith("/") else url + "/"
    with svc.db.transaction() as s:
        row = s.scalars(
            select(CalendarTargetRow).filter_by(plan_id=plan_id, kind=CALDAV, location=location)
        ).first()
        if row is None:
            raise SyncError(Message("error.sync_not_with", {"where": location}))
        count = len(row.events)
        s.delete(row)
        return count


def read_password_file(path: str) -> str:
    """The first line of ``path`` (a file only the user can read), without the newline."""
    from pathlib import Path

    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise SyncError(
            Message("error.password_file", {"path": str(path), "reason": exc.strerror or str(exc)})
        ) from exc
    line = text.splitlines()[0] if text else ""
    if not line:
        raise SyncError(Message("error.password_file_empty", {"path": str(path)}))
    return line


def session_day(uid: str) -> date | None:
    """The day of a session UID, for messages."""
    match = re.search(r"-s-(\d{4}-\d{2}-\d{2})@", uid)
    return date.fromisoformat(match.group(1)) if match else None


# -- the sync setup: one calendar per plan, its password in the system keyring -------------


def _caldav_rows(s: Session, plan_id: int) -> list[CalendarTargetRow]:
    from sqlalchemy import select

    return list(
        s.scalars(
            select(CalendarTargetRow)
            .filter_by(plan_id=plan_id, kind=CALDAV)
            .order_by(CalendarTargetRow.id)
        ).all()
    )


def _set_up(rows: list[CalendarTargetRow]) -> CalendarTargetRow | None:
    """The calendar set up for sync: of those a sync has proved, the latest synced."""
    proven = [r for r in rows if r.last_synced_at is not None]
    return max(proven, key=lambda r: (r.last_synced_at, r.id)) if proven else None


def sync_setup(svc: PlanService, plan_id: int) -> SyncSetup | None:
    """The calendar plan ``plan_id`` syncs with, or None when it is not set up."""
    with svc.db.transaction() as s:
        row = _set_up(_caldav_rows(s, plan_id))
        if row is None:
            return None
        result = _stored_result(row.last_result)
        return SyncSetup(
            url=row.location,
            username=row.username,
            tasks=bool(row.tasks),
            last_synced_at=row.last_synced_at,
            last_result=english_of(result) if result is not None else None,
            result=result,
        )


def _finish(
    svc: PlanService, plan_id: int, outcome: SyncOutcome, tasks: bool, *, replace: bool = True
) -> list[tuple[str, str]]:
    """Store a sync that worked as the plan's setup; with ``replace``, forget any other
    calendar of the plan.

    Returns the (URL, user name) of the calendars forgotten, whose passwords may go too.
    """
    dropped: list[tuple[str, str]] = []
    with svc.db.transaction() as s:
        for row in _caldav_rows(s, plan_id):
            if row.location == outcome.url:
                row.tasks = tasks
                row.last_synced_at = svc.clock.now()
                row.last_result = outcome.summary()
            elif replace:
                dropped.append((row.location, row.username))
                s.delete(row)
    return dropped


def sync_calendar(
    svc: PlanService,
    plan_id: int,
    url: str,
    username: str,
    password: str,
    *,
    create: bool = False,
) -> SyncOutcome:
    """Sync with the calendar at ``url`` and record it as set up, keeping any other
    calendar of the plan (the first form of the command, ``sync --caldav URL``)."""
    location = url if url.endswith("/") else url + "/"
    with svc.db.transaction() as s:
        tasks = any(r.tasks for r in _caldav_rows(s, plan_id) if r.location == location)
    try:
        outcome = sync_plan(svc, plan_id, url, username, password, create=create, tasks=tasks)
    except SyncError as exc:
        _record_failure(svc, plan_id, location, exc)
        raise
    _finish(svc, plan_id, outcome, tasks, replace=False)
    return outcome


def _record_failure(svc: PlanService, plan_id: int, url: str, error: SyncError) -> None:
    with svc.db.transaction() as s:
        for row in _caldav_rows(s, plan_id):
            if row.location == url:
                row.last_result = _result_to_store(error)


def _forget_passwords(svc: PlanService, accounts: list[tuple[str, str]]) -> None:
    """Remove the stored passwords of ``accounts`` that no plan's calendar uses any more."""
    from sqlalchemy import select

    from planner.services.passwords import forget_password

    with svc.db.transaction() as s:
        used = set(
            s.execute(
                select(CalendarTargetRow.location, CalendarTargetRow.username).filter_by(
                    kind=CALDAV
                )
            ).all()
        )
    for url, username in accounts:
        if (url, username) not in used:
            forget_password(url, username)


def set_up_sync(
    svc: PlanService,
    plan_id: int,
    url: str,
    username: str,
    password: str,
    *,
    create: bool = False,
    tasks: bool = False,
    remember: bool = True,
) -> SyncOutcome:
    """Sync plan ``plan_id`` with the calendar at ``url`` from now on.

    A first sync proves that the address, user name and password work; only then is
    the setup stored (replacing any other calendar the plan synced with, whose events
    stay there) and, with ``remember``, the password put in the system keyring when
    there is one (``outcome.password_stored`` says whether it was). A failure raises
    :class:`SyncAuthFailed`, :class:`SyncOffline` or :class:`SyncError`, and stores no
    setup.
    """
    from planner.services.passwords import save_password

    if not username.strip():
        raise SyncError(Message("error.sync_user"))
    outcome = sync_plan(svc, plan_id, url, username, password, create=create, tasks=tasks)
    dropped = _finish(svc, plan_id, outcome, tasks)
    _forget_passwords(svc, dropped)
    if remember:
        outcome.password_stored = save_password(outcome.url, username, password)
    return outcome


def sync_now(svc: PlanService, plan_id: int, password: str | None = None) -> SyncOutcome:
    """Sync plan ``plan_id`` with the calendar it was set up with.

    The password is ``password`` or, when None, the one in the system keyring;
    :class:`PasswordNeeded` when there is neither. The result (or the error) is stored
    as the setup's ``last_result``.
    """
    from planner.services.passwords import keyring_available, load_password

    setup = sync_setup(svc, plan_id)
    if setup is None:
        raise SyncError(Message("error.sync_not_set_up"))
    if password is None:
        password = load_password(setup.url, setup.username)
    if password is None:
        where = "" if keyring_available() else Message("error.no_keyring")
        raise PasswordNeeded(
            Message(
                "error.password_needed", {"user": setup.username, "url": setup.url, "where": where}
            )
        )
    try:
        outcome = sync_plan(svc, plan_id, setup.url, setup.username, password, tasks=setup.tasks)
    except SyncError as exc:
        _record_failure(svc, plan_id, setup.url, exc)
        raise
    dropped = _finish(svc, plan_id, outcome, setup.tasks)
    _forget_passwords(svc, dropped)
    return outcome


def stop_sync(svc: PlanService, plan_id: int) -> int:
    """Stop syncing plan ``plan_id``: forget what its calendar received and the stored
    password (unless another plan syncs with the same account). The events stay in
    that calendar; a later setup starts anew. Returns how many records were forgotten."""
    accounts: list[tuple[str, str]] = []
    count = 0
    with svc.db.transaction() as s:
        rows = _caldav_rows(s, plan_id)
        if not rows:
            raise SyncError(Message("error.sync_none"))
        for row in rows:
            accounts.append((row.location, row.username))
            count += len(row.events)
            s.delete(row)
    _forget_passwords(svc, accounts)
    return count
