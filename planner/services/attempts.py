"""Practice-exam attempts: recording, editing and deleting them (as operations), reading
them back, importing a CSV file, and the plan's readiness.

The operations themselves are requests in :mod:`planner.services.operations`
(``RecordAttempts``, ``EditAttempt``, ``DeleteAttempt``); this module does their work
inside the runner's transaction and takes them back on undo:

* recording hides the new attempts on undo and shows them again on redo;
* deleting hides the attempt (undo shows it again), so nothing is erased;
* editing swaps the attempt's values with the ones before.

Domains are the plan's exam domains (:func:`planner.core.readiness.plan_domains`); a
user may name one by its number, its name or a unique part of it.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.core.plan import PlanItem
from planner.core.readiness import (
    DEFAULT_MARGIN,
    DEFAULT_PASS_MARK,
    Attempt,
    DomainScore,
    ExamDomain,
    Readiness,
    match_domain,
    plan_domains,
    readiness,
)
from planner.messages import Message, reason_of
from planner.services.clock import today_in
from planner.storage.attempts import (
    AttemptDomainRow,
    AttemptRow,
    ExamSittingRow,
    ReadinessTargetRow,
)
from planner.storage.models import PlanItemRow

if TYPE_CHECKING:
    from planner.core.logistics import Sitting
    from planner.core.plan import Schedule
    from planner.services.operations import (
        AttemptEntry,
        BookExam,
        DeleteAttempt,
        EditAttempt,
        OpKind,
        RecordAttempts,
        RecordResult,
        SetReadinessTarget,
    )
    from planner.services.plans import PlanService, PlanSnapshot

MAX_SOURCE = 200
MAX_YEARS_BACK = 3


def _error(message: Message | str) -> Exception:
    from planner.services.plans import ServiceError

    return ServiceError(message)


def domains_of(s: Session, plan_id: int) -> tuple[ExamDomain, ...]:
    """The plan's exam domains, in plan order, from its exam-domain items."""
    from planner.core.plan import ItemKind

    rows = s.execute(
        select(PlanItemRow.key, PlanItemRow.title, PlanItemRow.kind, PlanItemRow.hours)
        .where(PlanItemRow.plan_id == plan_id)
        .order_by(PlanItemRow.position)
    ).all()
    items = [
        PlanItem(r.key, r.title, ItemKind(r.kind), r.hours, "", "")
        for r in rows
        if r.kind == ItemKind.EXAM_DOMAIN.value
    ]
    return plan_domains(items)


def _score(value: float, domain: str | None = None) -> float:
    """``value`` as a percentage; ``domain`` names the domain it scores (None: overall)."""
    if value != value or math.isinf(value) or not 0 <= value <= 100:
        shown = f"{value:g}"
        raise _error(
            Message("error.score_range", {"value": shown})
            if domain is None
            else Message("error.score_range_domain", {"domain": domain, "value": shown})
        )
    return round(float(value), 2)


def _clean(
    svc: PlanService, s: Session, plan_id: int, entry: AttemptEntry
) -> tuple[date, float | None, str, list[tuple[str, float]]]:
    row = svc._row(s, plan_id)
    today = today_in(svc.clock, row.timezone)
    if entry.taken_on > today:
        raise _error(Message("error.attempt_future", {"day": entry.taken_on}))
    if (today - entry.taken_on).days > 366 * MAX_YEARS_BACK:
        raise _error(Message("error.attempt_old", {"day": entry.taken_on, "years": MAX_YEARS_BACK}))
    score = None if entry.score is None else _score(entry.score)
    source = " ".join(entry.source.split())
    if len(source) > MAX_SOURCE:
        raise _error(Message("error.source_long", {"max": MAX_SOURCE}))
    domains: list[tuple[str, float]] = []
    if entry.domains:
        known = domains_of(s, plan_id)
        if not known:
            raise _error(Message("error.no_domains"))
        listing = "; ".join(f"{n}. {d.name}" for n, d in enumerate(known, start=1))
        for name, value in entry.domains:
            found = match_domain(name, known)
            if found is None:
                raise _error(Message("error.no_domain_match", {"name": name, "list": listing}))
            if any(found.name == d for d, _ in domains):
                raise _error(Message("error.domain_twice", {"name": found.name}))
            domains.append((found.name, _score(value, found.name)))
    if score is None and not domains:
        raise _error(Message("error.no_score"))
    return entry.taken_on, score, source, domains


def _values(row: AttemptRow) -> dict[str, Any]:
    return {
        "taken_on": row.taken_on.isoformat(),
        "score": row.score,
        "source": row.source,
        "domains": [[d.domain, d.score] for d in row.domains],
    }


def _set(row: AttemptRow, values: dict[str, Any]) -> None:
    row.taken_on = date.fromisoformat(values["taken_on"])
    row.score = values["score"]
    row.source = values["source"]
    row.domains.clear()
    for n, (name, score) in enumerate(values["domains"]):
        row.domains.append(AttemptDomainRow(position=n, domain=name, score=float(score)))


def _add_attempt(
    svc: PlanService,
    s: Session,
    plan_id: int,
    taken_on: date,
    score: float | None,
    source: str,
    domains: list[tuple[str, float]],
) -> int:
    """Store a new attempt of the values ``_clean`` gave; its id."""
    row = AttemptRow(
        plan_id=plan_id,
        taken_on=taken_on,
        score=score,
        source=source,
        active=True,
        created_at=svc.clock.now(),
    )
    for n, (name, value) in enumerate(domains):
        row.domains.append(AttemptDomainRow(position=n, domain=name, score=value))
    s.add(row)
    s.flush()
    return row.id


def _attempt_row(s: Session, plan_id: int, attempt_id: int) -> AttemptRow:
    row = s.get(AttemptRow, attempt_id)
    if row is None or row.plan_id != plan_id or not row.active:
        raise _error(Message("error.no_attempt", {"id": attempt_id}))
    return row


def _label(message_id: str, taken_on: date, score: float | None) -> Message:
    from planner.core.op_labels import attempt_label

    return attempt_label(message_id, taken_on, score)


def forward(
    svc: PlanService,
    s: Session,
    op: RecordAttempts | EditAttempt | DeleteAttempt | BookExam | RecordResult | SetReadinessTarget,
) -> tuple[OpKind, Message, dict[str, Any]]:
    """Do the operation; return its kind, label and what undo and redo need."""
    from planner.services.operations import (
        BookExam,
        DeleteAttempt,
        EditAttempt,
        OpKind,
        RecordResult,
        SetReadinessTarget,
    )

    if isinstance(op, BookExam | RecordResult):
        return _sitting_forward(svc, s, op)
    if isinstance(op, SetReadinessTarget):
        return _target_forward(svc, s, op)
    if isinstance(op, DeleteAttempt):
        row = _attempt_row(s, op.plan_id, op.attempt_id)
        row.active = False
        label = _label("label.attempt_delete", row.taken_on, row.score)
        return OpKind.ATTEMPT_DELETE, label, {"ids": [row.id]}
    if isinstance(op, EditAttempt):
        row = _attempt_row(s, op.plan_id, op.attempt_id)
        taken_on, score, source, domains = _clean(svc, s, op.plan_id, op.entry)
        old = _values(row)
        new = {
            "taken_on": taken_on.isoformat(),
            "score": score,
            "source": source,
            "domains": [[n, v] for n, v in domains],
        }
        if old == new:
            raise _error(Message("error.attempt_same", {"id": row.id}))
        _set(row, new)
        label = _label("label.attempt_edit", taken_on, score)
        return OpKind.ATTEMPT_EDIT, label, {"id": row.id, "old": old, "new": new}
    if not op.entries:
        raise _error(Message("error.no_attempt_to_record"))
    ids: list[int] = []
    from planner.services.plans import ServiceError

    for n, entry in enumerate(op.entries, start=1):
        try:
            taken_on, score, source, domains = _clean(svc, s, op.plan_id, entry)
        except ServiceError as exc:
            if len(op.entries) == 1:
                raise
            raise _error(
                Message(
                    "error.attempt_n",
                    {"n": n, "day": entry.taken_on, "reason": reason_of(exc)},
                )
            ) from None
        ids.append(_add_attempt(svc, s, op.plan_id, taken_on, score, source, domains))
    if len(op.entries) == 1:
        first = op.entries[0]
        label = _label("label.attempt_add", first.taken_on, first.score)
    else:
        label = Message("label.attempt_import", {"n": len(op.entries)})
    return OpKind.ATTEMPT_ADD, label, {"ids": ids}


def _show(s: Session, ids: list[int], active: bool) -> None:
    for attempt_id in ids:
        row = s.get(AttemptRow, attempt_id)
        if row is not None:
            row.active = active


def _swap(s: Session, kind: OpKind, data: dict[str, Any], undo: bool) -> None:
    """Take the operation back (``undo``) or do it again from what ``forward`` kept."""
    from planner.services.operations import OpKind

    values = "old" if undo else "new"
    if kind is OpKind.READINESS_TARGET:
        _target_set(s, int(data["plan"]), data[values])
    elif kind in (OpKind.EXAM_BOOK, OpKind.EXAM_RESULT):
        _sitting_swap(s, kind, data, undo=undo)
    elif kind is OpKind.ATTEMPT_EDIT:
        row = s.get(AttemptRow, int(data["id"]))
        if row is not None:
            _set(row, data[values])
    else:
        shown = OpKind.ATTEMPT_DELETE if undo else OpKind.ATTEMPT_ADD
        _show(s, data["ids"], active=kind is shown)


def backward(s: Session, kind: OpKind, data: dict[str, Any]) -> None:
    _swap(s, kind, data, undo=True)


def again(s: Session, kind: OpKind, data: dict[str, Any]) -> None:
    _swap(s, kind, data, undo=False)


# --- reading -----------------------------------------------------------------------


_Row = TypeVar("_Row", AttemptRow, ExamSittingRow)


def _active(s: Session, kind: type[_Row], plan_id: int, day: Any) -> Sequence[_Row]:
    """The plan's rows of ``kind`` not taken back, by ``day`` and then as recorded."""
    return s.scalars(
        select(kind).where(kind.plan_id == plan_id, kind.active.is_(True)).order_by(day, kind.id)
    ).all()


def list_attempts(svc: PlanService, plan_id: int) -> list[Attempt]:
    """The plan's attempts, oldest first (by date, then by when they were recorded)."""
    with svc.db.transaction() as s:
        svc._row(s, plan_id)
        rows = _active(s, AttemptRow, plan_id, AttemptRow.taken_on)
        return [
            Attempt(
                id=r.id,
                taken_on=r.taken_on,
                score=r.score,
                source=r.source,
                domains=tuple(DomainScore(d.domain, d.score) for d in r.domains),
            )
            for r in rows
        ]


def _check_target(margin: float | None, pass_mark: float | None) -> None:
    if margin is not None and not 0 <= margin <= 50:
        raise _error(Message("error.margin", {"value": f"{margin:g}"}))
    if pass_mark is not None and not 0 < pass_mark <= 100:
        raise _error(Message("error.pass_mark", {"value": f"{pass_mark:g}"}))


def saved_target(svc: PlanService, plan_id: int) -> tuple[float | None, float | None]:
    """The margin and pass mark the learner set for the plan (None: not set)."""
    with svc.db.transaction() as s:
        svc._row(s, plan_id)
        row = s.get(ReadinessTargetRow, plan_id)
        return (None, None) if row is None else (row.margin, row.pass_mark)


def plan_readiness(
    svc: PlanService,
    plan_id: int,
    pass_mark: float | None = None,
    margin: float | None = None,
    catalog_mark: float | None = None,
) -> tuple[Readiness, tuple[ExamDomain, ...]]:
    """The plan's readiness today (in its time zone) and its exam domains.

    The margin is ``margin``, else the plan's saved one, else 5 points; the pass mark is
    ``pass_mark``, else the plan's saved one, else ``catalog_mark``, else 70 %.
    """
    _check_target(margin, pass_mark)
    saved_margin, saved_mark = saved_target(svc, plan_id)
    attempts = list_attempts(svc, plan_id)
    with svc.db.transaction() as s:
        row = svc._row(s, plan_id)
        domains = domains_of(s, plan_id)
        today = today_in(svc.clock, row.timezone)
    mark = next(
        (m for m in (pass_mark, saved_mark, catalog_mark) if m is not None), DEFAULT_PASS_MARK
    )
    aim = next((m for m in (margin, saved_margin) if m is not None), DEFAULT_MARGIN)
    return readiness(attempts, domains, today, mark, aim), domains


def _target_forward(
    svc: PlanService, s: Session, op: SetReadinessTarget
) -> tuple[OpKind, Message, dict[str, Any]]:
    from planner.services.operations import OpKind

    svc._row(s, op.plan_id)
    _check_target(op.margin, op.pass_mark)
    row = s.get(ReadinessTargetRow, op.plan_id)
    old: dict[str, float | None] = {"margin": None, "pass_mark": None}
    if row is not None:
        old = {"margin": row.margin, "pass_mark": row.pass_mark}
    new = {"margin": op.margin, "pass_mark": op.pass_mark}
    if old == new:
        raise _error(Message("error.target_same"))
    _target_set(s, op.plan_id, new)
    args = {"margin": op.margin, "mark": op.pass_mark}
    which = {(True, True): "both", (True, False): "margin", (False, True): "mark"}
    chosen = which.get((op.margin is not None, op.pass_mark is not None))
    label = Message(
        f"label.target_{chosen}" if chosen else "label.target",
        {k: float(v) for k, v in args.items() if v is not None},
    )
    return OpKind.READINESS_TARGET, label, {"plan": op.plan_id, "old": old, "new": new}


def _target_set(s: Session, plan_id: int, values: dict[str, Any]) -> None:
    row = s.get(ReadinessTargetRow, plan_id)
    if row is None:
        row = ReadinessTargetRow(plan_id=plan_id)
        s.add(row)
    row.margin = values["margin"]
    row.pass_mark = values["pass_mark"]


# --- CSV ---------------------------------------------------------------------------


def parse_csv(text: str) -> tuple[AttemptEntry, ...]:
    """Attempts from CSV text: ``date,score,source`` then one column per domain.

    Domain columns are headed by the domain's number, name or a unique part of it;
    an empty cell means "not given". Raises ``ServiceError`` naming the line.
    """
    from planner.services.operations import AttemptEntry

    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    rows = [r for r in reader if any(cell.strip() for cell in r)]
    if not rows:
        raise _error(Message("error.csv_empty"))
    header = [h.strip() for h in rows[0]]
    lowered = [h.lower() for h in header]
    if "date" not in lowered:
        raise _error(Message("error.csv_header"))
    at = {name: lowered.index(name) for name in ("date", "score", "source") if name in lowered}
    domain_columns = [(i, h) for i, h in enumerate(header) if i not in at.values() and h]
    entries: list[AttemptEntry] = []
    for line, row in enumerate(rows[1:], start=2):
        cells = row + [""] * (len(header) - len(row))

        def number(cell: str, what: Message, line: int = line) -> float:
            try:
                return float(cell.strip().rstrip("%").strip())
            except ValueError:
                raise _error(
                    Message("error.csv_number", {"line": line, "what": what, "cell": cell.strip()})
                ) from None

        try:
            taken_on = date.fromisoformat(cells[at["date"]].strip())
        except ValueError:
            raise _error(
                Message("error.csv_date", {"line": line, "cell": cells[at["date"]].strip()})
            ) from None
        score_cell = cells[at["score"]].strip() if "score" in at else ""
        score = number(score_cell, Message("error.csv_the_score")) if score_cell else None
        source = cells[at["source"]].strip() if "source" in at else ""
        domains = tuple(
            (name, number(cells[i], Message("error.csv_the_score_for", {"name": name})))
            for i, name in domain_columns
            if cells[i].strip()
        )
        entries.append(AttemptEntry(taken_on, score, domains, source))
    if not entries:
        raise _error(Message("error.csv_no_rows"))
    return tuple(entries)


# --- the real exam: booked sittings and results -------------------------------------------

DELIVERIES = ("online", "test-centre")


def _sitting_forward(
    svc: PlanService, s: Session, op: BookExam | RecordResult
) -> tuple[OpKind, Message, dict[str, Any]]:
    import re

    from planner.services.operations import BookExam, OpKind

    row = svc._row(s, op.plan_id)
    today = today_in(svc.clock, row.timezone)
    if isinstance(op, BookExam):
        if op.delivery not in DELIVERIES:
            raise _error(Message("error.delivery", {"value": op.delivery}))
        if op.start_time and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", op.start_time):
            raise _error(Message("error.start_time", {"value": op.start_time}))
        if (today - op.exam_on).days > 366 * MAX_YEARS_BACK:
            raise _error(Message("error.exam_years_ago", {"day": op.exam_on}))
        confirmation = " ".join(op.confirmation.split())
        if len(confirmation) > MAX_SOURCE:
            raise _error(Message("error.confirmation_long", {"max": MAX_SOURCE}))
        sitting = ExamSittingRow(
            plan_id=op.plan_id,
            exam_on=op.exam_on,
            start_time=op.start_time,
            delivery=op.delivery,
            confirmation=confirmation,
            result="",
            active=True,
            created_at=svc.clock.now(),
        )
        s.add(sitting)
        s.flush()
        label = Message("label.exam_book", {"day": op.exam_on})
        return OpKind.EXAM_BOOK, label, {"id": sitting.id}
    sitting_row = s.get(ExamSittingRow, op.sitting_id)
    if sitting_row is None or sitting_row.plan_id != op.plan_id or not sitting_row.active:
        raise _error(Message("error.no_sitting", {"id": op.sitting_id}))
    if op.result not in ("pass", "fail"):
        raise _error(Message("error.result", {"value": op.result}))
    on = op.on or sitting_row.exam_on
    if on < sitting_row.exam_on or on > today:
        raise _error(
            Message("error.result_day", {"day": on, "exam": sitting_row.exam_on, "today": today})
        )
    old = {"result": sitting_row.result, "on": _iso(sitting_row.result_on)}
    new = {"result": op.result, "on": on.isoformat()}
    sitting_row.result, sitting_row.result_on = op.result, on
    result = Message(f"result.{op.result}")
    label = Message("label.exam_result", {"result": result})
    data: dict[str, Any] = {"id": sitting_row.id, "old": old, "new": new}
    if op.report is not None:
        from dataclasses import replace

        source = f"Score report of the exam on {sitting_row.exam_on.isoformat()}"
        entry = replace(op.report, taken_on=sitting_row.exam_on, source=op.report.source or source)
        taken_on, score, source, domains = _clean(svc, s, op.plan_id, entry)
        data["attempts"] = [_add_attempt(svc, s, op.plan_id, taken_on, score, source, domains)]
        label = Message("label.exam_result_report", {"result": result})
    return OpKind.EXAM_RESULT, label, data


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _sitting_swap(s: Session, kind: OpKind, data: dict[str, Any], *, undo: bool) -> None:
    from planner.services.operations import OpKind

    row = s.get(ExamSittingRow, int(data["id"]))
    if row is None:
        return
    if kind is OpKind.EXAM_BOOK:
        row.active = not undo
        return
    values = data["old"] if undo else data["new"]
    _show(s, data.get("attempts", []), active=not undo)
    row.result = values["result"]
    row.result_on = date.fromisoformat(values["on"]) if values["on"] else None


def list_sittings(svc: PlanService, plan_id: int) -> list[Sitting]:
    """The plan's booked sittings of the real exam, oldest first."""
    from datetime import datetime, time

    from planner.core.logistics import Delivery, Result, Sitting

    with svc.db.transaction() as s:
        svc._row(s, plan_id)
        rows = _active(s, ExamSittingRow, plan_id, ExamSittingRow.exam_on)
        return [
            Sitting(
                id=r.id,
                day=r.exam_on,
                delivery=Delivery(r.delivery),
                start=(
                    datetime.combine(r.exam_on, time.fromisoformat(r.start_time))
                    if r.start_time
                    else None
                ),
                confirmation=r.confirmation,
                result=Result(r.result) if r.result else None,
                result_on=r.result_on,
            )
            for r in rows
        ]


def with_logistics(svc: PlanService, snap: PlanSnapshot) -> Schedule:
    """The plan's schedule with its booked sittings, the earliest retake and the renewal
    window as milestones (for the calendar). The vendor's rules come from the catalog."""
    from dataclasses import replace

    from planner.core.logistics import logistics_milestones

    sittings = list_sittings(svc, snap.id)
    if not sittings:
        return snap.baseline
    from planner.catalog import CatalogError, load_catalog

    try:
        cert = load_catalog(svc.data_dir).catalog.certifications.get(snap.certification_id)
    except (CatalogError, OSError):  # an unreadable user catalog: the sittings still go
        cert = None
    policy = cert.policy if cert is not None else None
    name = snap.baseline.settings.exam_name or "the exam"
    extra = logistics_milestones(policy, sittings, name)
    return replace(snap.baseline, milestones=snap.baseline.milestones + extra)
