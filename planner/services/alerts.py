"""Plans learn what changed: catalog alerts for a saved plan, keeping it as it is, and
switching it to the successor exam.

A plan keeps the facts it was made from (:mod:`planner.storage.plan_facts`): its exam,
the language it is sat in, the exam's domain weights, each course's hours and the
catalog's version. :func:`plan_alerts` compares them with today's catalog
(:func:`planner.core.catalog_changes.catalog_alerts`) and says, for each change, what
changed and how to fix it. Nothing changes silently: the user either switches
(:func:`switch_exam`, one undoable operation that re-plans the exam block with the new
exam's domains and keeps done work) or keeps the plan as it is (:func:`keep_as_is`,
also undoable), which silences exactly the alerts shown.

A plan made before facts were kept has none stored; :func:`facts_for` reads them from
its items (domain weights from the exam items' titles, course hours from the catalog
figures kept with each module) and says so.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from planner.core.catalog import Catalog, Certification
from planner.core.catalog_changes import Alert, AlertKind, PlanFacts, catalog_alerts
from planner.core.messages import TEMPLATES, Message, reason_of
from planner.core.plan import ItemKind, PlanInputError, PlanItem
from planner.services import operations as ops
from planner.services.plans import PlanService, PlanSnapshot, ReplanPreview, ServiceError
from planner.storage.plan_facts import StoredFacts, read_facts

_PREP_KINDS = {ItemKind.EXAM_DOMAIN, ItemKind.PRACTICE_EXAM, ItemKind.REVIEW}
_DOMAIN_TITLE = re.compile(
    r"^(?P<name>.+) \((?P<low>\d+(?:\.\d+)?)(?:–(?P<high>\d+(?:\.\d+)?))?%\)$"
)
DERIVED_NOTE = TEMPLATES["alert.derived_note"]  # in English; the app shows ``note_said``


@dataclass(frozen=True)
class PlanAlert:
    """One change under a plan, with the way out; ``key`` identifies it for "Keep as is"."""

    kind: str  # an AlertKind value: exam-retires, successor, domains-changed, …
    message: str
    fix: str
    key: str
    switch_to: str | None = None  # the exam the fix switches to, if the fix is a switch
    action: str = ""  # the fix's button, e.g. "Switch to MLA-C02…"
    # The same three as messages, for the app's language (the strings above are English).
    said: Message | None = field(default=None, compare=False)
    fix_said: Message | None = field(default=None, compare=False)
    action_said: Message | None = field(default=None, compare=False)

    @property
    def message_text(self) -> str:
        return str(self.said or self.message)

    @property
    def fix_text(self) -> str:
        return str(self.fix_said or self.fix)

    @property
    def action_text(self) -> str:
        return str(self.action_said or self.action)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "message": self.message, "fix": self.fix}


@dataclass(frozen=True)
class AlertReport:
    alerts: tuple[PlanAlert, ...]
    kept: int  # alerts the user chose to keep as they are (not shown)
    derived: bool  # the facts were read from the plan's items
    note: str = ""  # said about derived facts (English)
    note_said: Message | None = field(default=None, compare=False)  # the same, translatable


def alert_key(alert: Alert) -> str:
    """A stable name for one alert: its kind and a digest of what it says."""
    digest = hashlib.sha256(alert.message.encode("utf-8")).hexdigest()[:12]
    return f"{alert.kind.value}:{digest}"


def facts_from_catalog(
    catalog: Catalog,
    certification_id: str,
    course_ids: tuple[str, ...],
    language: str,
    kept: tuple[str, ...] = (),
) -> dict[str, Any]:
    """The facts to store with a plan made (or switched) today from ``catalog``."""
    from planner.core.catalog_changes import plan_facts_from

    facts = plan_facts_from(catalog, certification_id, None, course_ids, language)
    return StoredFacts(facts, catalog.version, catalog.as_of, kept).to_dict()


def course_ids_of(items: tuple[PlanItem, ...] | list[PlanItem]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i.group for i in items if i.kind is ItemKind.MODULE))


def facts_for(svc: PlanService, snap: PlanSnapshot) -> StoredFacts:
    """The plan's stored facts, or (for an older plan) what its items tell of them."""
    with svc.db.transaction() as s:
        stored = read_facts(s, snap.id)
    if stored is not None:
        return stored
    return derive_facts(snap)


def derive_facts(snap: PlanSnapshot, kept: tuple[str, ...] = ()) -> StoredFacts:
    """Facts read from a plan's stored items: its exam domains' titles ("Name (20–30%)")
    and the catalog hours kept with each course module."""
    domains: list[tuple[str, float]] = []
    hours: dict[str, float] = {}
    for item in snap.items:
        if item.kind is ItemKind.EXAM_DOMAIN:
            found = _DOMAIN_TITLE.match(item.title)
            if found:
                low = float(found["low"])
                high = float(found["high"] or low)
                domains.append((found["name"], (low + high) / 2))
        elif item.kind is ItemKind.MODULE:
            hours[item.group] = hours.get(item.group, 0.0) + snap.catalog_hours.get(
                item.key, item.hours
            )
    facts = PlanFacts(
        certification_id=snap.certification_id,
        exam_date=None,
        language="en",
        successor_id=None,
        domains=tuple(domains),
        course_hours=hours,
    )
    return StoredFacts(facts, kept=kept, derived=True)


def _fix(
    alert: Alert, catalog: Catalog, current: Certification | None
) -> tuple[Message, str | None, Message | None]:
    if alert.successor_id and alert.kind in (AlertKind.EXAM_RETIRES, AlertKind.SUCCESSOR):
        to = catalog.certifications[alert.successor_id]
        return (
            Message("alertfix.switch", {"name": to.name, "code": to.exam_code, "id": to.id}),
            to.id,
            Message("alertfix.switch_action", {"code": to.exam_code}),
        )
    if alert.kind is AlertKind.DOMAINS_CHANGED and current is not None:
        return (
            Message("alertfix.weights", {"id": current.id}),
            current.id,
            Message("alertfix.weights_action"),
        )
    if alert.kind is AlertKind.COURSE_HOURS:
        return Message("alertfix.course_hours"), None, None
    return Message("alertfix.other_exam"), None, None


def plan_alerts(svc: PlanService, snap: PlanSnapshot, catalog: Catalog, today: date) -> AlertReport:
    """What changed in ``catalog`` under the plan, with fixes; kept alerts left out."""
    stored = facts_for(svc, snap)
    return alerts_from(stored, snap, catalog, today)


def alerts_from(
    stored: StoredFacts, snap: PlanSnapshot, catalog: Catalog, today: date
) -> AlertReport:
    if not stored.facts.certification_id:
        return AlertReport((), 0, stored.derived)
    facts = replace(stored.facts, exam_date=snap.baseline.exam_date)
    if stored.derived:
        # The successor the plan was made with is not known: today's is assumed known.
        cert = catalog.certifications.get(facts.certification_id)
        facts = replace(facts, successor_id=cert.successor_id if cert else None)
    shown: list[PlanAlert] = []
    kept = 0
    current = catalog.certifications.get(facts.certification_id)
    for alert in catalog_alerts(facts, catalog, today):
        key = alert_key(alert)
        if key in stored.kept:
            kept += 1
            continue
        fix, to, action = _fix(alert, catalog, current)
        shown.append(
            PlanAlert(
                alert.kind.value,
                alert.message,
                fix.english(),
                key,
                to,
                action.english() if action else "",
                said=alert.said,
                fix_said=fix,
                action_said=action,
            )
        )
    note: Message | None = None
    if stored.derived:
        from planner.core.catalog import language_message

        note = Message("alert.derived_note", {"language": language_message(stored.facts.language)})
    english = note.english() if note else ""
    return AlertReport(tuple(shown), kept, stored.derived, english, note)


def keep_as_is(svc: PlanService, snap: PlanSnapshot, report: AlertReport) -> ops.Changes:
    """Keep the plan as it is: the alerts in ``report`` stop showing (undoable)."""
    if not report.alerts:
        raise ServiceError(Message("error.keep_nothing"))
    stored = facts_for(svc, snap)
    keys = tuple(a.key for a in report.alerts)
    return svc.run(ops.KeepAsIs(snap.id, keys, stored.to_dict()))


# --- switching exams ------------------------------------------------------------------


@dataclass(frozen=True)
class SwitchPreview:
    """What switching the plan's exam does: the exam block's items out and in, and what
    moves in the re-planned rest."""

    old_exam: str
    new_exam: Certification
    removed: tuple[PlanItem, ...]  # the old exam's items not done, dropped
    added: tuple[PlanItem, ...]  # the new exam's items
    kept_done: tuple[PlanItem, ...]  # done items of the old exam block, kept as done work
    replan: ReplanPreview
    facts: dict[str, Any]
    label: str
    applied: bool = False


def default_target(report: AlertReport) -> str | None:
    return next((a.switch_to for a in report.alerts if a.switch_to), None)


def switch_exam(
    svc: PlanService,
    plan_id: int,
    catalog: Catalog,
    to: str | None = None,
    *,
    apply: bool,
) -> SwitchPreview:
    """Re-plan the exam block of a plan for exam ``to`` (default: the successor the
    alerts name) with that exam's domains, keeping done work; with ``apply``, one
    undoable operation that also updates the plan's stored exam facts."""
    from planner.core.build import prep_items
    from planner.core.progress import ReplanMode
    from planner.core.scheduler import weekly_capacity
    from planner.services.builder import exam_name
    from planner.services.clock import today_in

    snap = svc.load(plan_id)
    today = today_in(svc.clock, snap.settings.timezone)
    stored = facts_for(svc, snap)
    if to is None:
        to = default_target(alerts_from(stored, snap, catalog, today))
        if to is None:
            raise ServiceError(Message("error.switch_no_target"))
    target = catalog.certifications.get(to)
    if target is None:
        raise ServiceError(Message("error.switch_unknown", {"exam": to}))
    now = tuple((d.name, d.weight) for d in target.domains)
    if target.id == snap.certification_id and stored.facts.domains == now:
        raise ServiceError(Message("error.switch_same", {"code": target.exam_code}))
    prep_group = next((i.group for i in snap.items if i.kind in _PREP_KINDS), None)
    prep = catalog.exam_preps.get(prep_group or "")
    if prep is None:
        raise ServiceError(Message("error.switch_no_block"))
    settings = snap.settings
    hours = weekly_capacity(settings) or settings.hours_per_week
    try:
        new_block = prep_items(prep, target, hours, settings.prep_weeks)
    except PlanInputError as exc:  # the new exam's block leaves no room for its domains
        raise ServiceError(
            Message("error.switch_plan", {"code": target.exam_code, "reason": reason_of(exc)})
        ) from exc
    done = snap.ledger.done
    new_keys = {i.key for i in new_block}
    old_block = [i for i in snap.items if i.group == prep.id]
    kept_done = tuple(i for i in old_block if i.key in done and i.key not in new_keys)
    removed = tuple(i for i in old_block if i.key not in done and i.key not in new_keys)
    before = [i for i in snap.items if i.group != prep.id]
    items = (*before, *kept_done, *new_block)
    new_settings = replace(settings, exam_name=exam_name(target), exam_retired_on=target.retired_on)
    current = replace(snap.baseline, items=items, settings=new_settings)
    same = target.id == snap.certification_id
    label = (
        f"Update “{snap.name}” to the new {target.exam_code} domains"
        if same
        else f"Switch “{snap.name}” to {target.exam_code}"
    )
    mode = ReplanMode.KEEP_EXAM if current.exam_date is not None else ReplanMode.KEEP_HOURS
    preview = svc.replan_from(snap, current, mode, apply=False)
    # The re-plan joins the history to the rest; the plan's items are the new ones.
    preview = replace(preview, schedule=replace(preview.schedule, items=items))
    # Only the exam is learned: the courses' hours as planned stay, so a change in them
    # is still news (and a course change kept as it is stays kept).
    facts = {
        **facts_from_catalog(catalog, target.id, (), stored.facts.language, stored.kept),
        "course_hours": dict(stored.facts.course_hours or {}),
    }
    result = SwitchPreview(
        old_exam=settings.exam_name or snap.certification_id,
        new_exam=target,
        removed=removed,
        added=tuple(i for i in new_block if i.key not in {o.key for o in old_block}),
        kept_done=kept_done,
        replan=preview,
        facts=facts,
        label=label,
    )
    if not apply:
        return result
    if preview.schedule.diagnosis is not None:
        raise ServiceError(
            Message(
                "error.switch_no_fit",
                {
                    "code": target.exam_code,
                    "reason": preview.schedule.diagnosis.text or preview.schedule.diagnosis.message,
                },
            )
        )
    svc.run(ops.ApplySchedule(plan_id, preview.schedule, ops.OpKind.SWITCH_EXAM, label, facts))
    return replace(result, applied=True)
