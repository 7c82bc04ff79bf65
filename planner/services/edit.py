"""Editing a saved plan: new choices in, a preview of what moves, one undoable operation.

A learner changes any of the plan's choices — hours per week, study days, session
time, longest session, days off, exam date or preparation length, time zone, and
the courses (add, drop, reorder). :func:`preview_edit` shows what that does
without saving anything; :func:`apply_edit` stores it as **one**
``ApplySchedule(..., OpKind.EDIT_SETTINGS, "Edit plan")`` operation (a backup
first, undone in one step).

The rules:

* **Done work stays.** The rest is re-planned from today with
  :meth:`PlanService.replan_from` (``planner/core/rebaseline.py``): done items
  keep their days, hours logged on open items count.
* **New courses** make new items with the one plan builder
  (:func:`planner.services.builder.plan_items`); an item the plan already had
  keeps its hours (the learner may have changed them), so does a done one. A
  course with done work cannot be dropped: untick it first.
* **Hours are the learner's.** An edit never raises the hours per week on its own:
  a plan that does not fit before its exam is shown with its diagnosis and every
  fix that works (:func:`planner.core.fixes.fit_fixes`), and not saved.
* **Bad input** (0 h/week, an exam date already past, no study day) is a
  :class:`ServiceError` or the preview's ``error``, with the reason.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, time

from planner.core.catalog import Catalog, Cloud
from planner.core.fixes import Fix, fit_fixes, past_exam_message
from planner.core.messages import Message, english_of
from planner.core.plan import (
    DateRange,
    Diagnosis,
    PlanInputError,
    PlanItem,
    PlanSettings,
    Schedule,
)
from planner.core.progress import ItemMove, ReplanMode, remaining_items
from planner.core.review import (
    MAX_SHARE,
    review_domains,
    with_spaced_review,
    without_review,
)
from planner.core.scheduler import PREP_KINDS, build_schedule
from planner.services.clock import today_in
from planner.services.plans import PlanService, PlanSnapshot, ServiceError

EDIT_LABEL = "Edit plan"


@dataclass(frozen=True)
class EditChoices:
    """A saved plan's choices, as the learner may change them."""

    hours_per_week: float
    study_days: frozenset[int]
    session_start: time
    max_session_hours: float | None
    days_off: tuple[DateRange, ...]
    exam_date: date | None
    prep_weeks: int | None
    timezone: str
    steps: tuple[str, ...]  # the plan's courses and projects, in order
    # Share of the weekly hours for spaced review (0: none); see planner/core/review.py.
    review_share: float = 0.0


@dataclass(frozen=True)
class EditPreview:
    plan_id: int
    before: EditChoices
    choices: EditChoices
    changes: tuple[str, ...]  # "hours per week: 8 → 10", one line per changed choice
    schedule: Schedule | None  # the whole plan afterwards; None when it cannot be saved
    moves: tuple[ItemMove, ...] = ()
    added: tuple[PlanItem, ...] = ()
    dropped: tuple[PlanItem, ...] = ()
    diagnosis: Diagnosis | None = None
    fixes: tuple[Fix, ...] = field(default=())
    error: str = ""  # why the choices cannot make a plan
    error_field: str = ""

    @property
    def change_messages(self) -> tuple[Message, ...]:
        """:attr:`changes` as messages, for the app's language."""
        return describe_change_messages(self.before, self.choices)

    @property
    def can_apply(self) -> bool:
        return self.schedule is not None and bool(self.changes)


def plan_steps(items: tuple[PlanItem, ...]) -> tuple[str, ...]:
    """The courses and projects of a plan's items, in order (exam preparation left out)."""
    steps: list[str] = []
    for item in items:
        if item.kind not in PREP_KINDS and item.group not in steps:
            steps.append(item.group)
    return tuple(steps)


def choices_of(snap: PlanSnapshot) -> EditChoices:
    s = snap.settings
    return EditChoices(
        hours_per_week=s.hours_per_week,
        study_days=s.study_days,
        session_start=s.session_start,
        max_session_hours=s.max_session_hours,
        days_off=s.days_off,
        exam_date=s.exam_date,
        prep_weeks=s.prep_weeks,
        timezone=s.timezone,
        steps=plan_steps(snap.items),
        review_share=s.review_share,
    )


def _joined(parts: list[Message | str], join: str = "list.comma") -> Message | str:
    out: Message | str = parts[-1] if parts else Message("edit.none")
    for part in reversed(parts[:-1]):
        out = Message(join, {"first": part, "rest": out})
    return out


def _days(days: frozenset[int]) -> Message | str:
    return _joined([Message(f"edit.day.{d}") for d in sorted(days)])


def _hours(value: float | None) -> Message:
    if value is None:
        return Message("edit.no_limit")
    return Message("edit.hours", {"hours": float(value)})


def _off(ranges: tuple[DateRange, ...]) -> Message | str:
    return _joined(
        [str(r.first) if r.first == r.last else f"{r.first}..{r.last}" for r in ranges],
        "list.join",
    )


def _share(value: float) -> Message:
    return (
        Message("edit.none")
        if value <= 0
        else Message("edit.share", {"percent": float(value * 100)})
    )


def _or_none(value: object) -> Message | str | date:
    """A date stays a date (the app writes it in the user's locale, scripts in ISO)."""
    if isinstance(value, date):
        return value
    return str(value) if value else Message("edit.none")


def _plain(value: Message | str | date) -> str:
    return value.isoformat() if isinstance(value, date) else english_of(value)


def describe_change_messages(before: EditChoices, after: EditChoices) -> tuple[Message, ...]:
    """What an edit changes, one message per changed choice ("hours per week: 8 h → 10 h")."""
    lines: list[Message] = []

    def say(what: str, old: Message | str | date, new: Message | str | date) -> None:
        if _plain(old) != _plain(new):
            lines.append(
                Message("edit.change", {"what": Message(f"edit.{what}"), "old": old, "new": new})
            )

    say("hours_per_week", _hours(before.hours_per_week), _hours(after.hours_per_week))
    say("study_days", _days(before.study_days), _days(after.study_days))
    say("session_start", f"{before.session_start:%H:%M}", f"{after.session_start:%H:%M}")
    say("longest_session", _hours(before.max_session_hours), _hours(after.max_session_hours))
    say("days_off", _off(before.days_off), _off(after.days_off))
    say("exam_date", _or_none(before.exam_date), _or_none(after.exam_date))
    say(
        "prep_weeks",
        _or_none(before.prep_weeks) if before.exam_date is None else Message("edit.none"),
        _or_none(after.prep_weeks) if after.exam_date is None else Message("edit.none"),
    )
    say("time_zone", before.timezone, after.timezone)
    say("spaced_review", _share(before.review_share), _share(after.review_share))
    if before.steps != after.steps:
        if set(before.steps) == set(after.steps):
            lines.append(Message("edit.courses_order", {"steps": ", ".join(after.steps)}))
        else:
            added = [s for s in after.steps if s not in before.steps]
            dropped = [s for s in before.steps if s not in after.steps]
            if added:
                lines.append(Message("edit.courses_added", {"steps": ", ".join(added)}))
            if dropped:
                lines.append(Message("edit.courses_dropped", {"steps": ", ".join(dropped)}))
    return tuple(lines)


def describe_changes(before: EditChoices, after: EditChoices) -> tuple[str, ...]:
    """:func:`describe_change_messages` in English (the command line and --json)."""
    return tuple(m.english() for m in describe_change_messages(before, after))


def _check(choices: EditChoices) -> None:
    h = choices.hours_per_week
    if h != h or h <= 0:
        raise PlanInputError(Message("error.zero_hours", {"hours": float(h)}), "hours_per_week")
    if not choices.study_days:
        raise PlanInputError(Message("error.no_study_days"), "study_days")
    if not choices.steps:
        raise PlanInputError(Message("error.no_steps"), "steps")
    if len(set(choices.steps)) != len(choices.steps):
        raise PlanInputError(Message("error.step_twice"), "steps")
    if not 0 <= choices.review_share <= MAX_SHARE + 1e-9:
        raise PlanInputError(
            Message("error.review_share", {"percent": round(MAX_SHARE * 100)}), "review_share"
        )


def _settings(snap: PlanSnapshot, c: EditChoices) -> PlanSettings:
    return dataclasses.replace(
        snap.settings,
        hours_per_week=c.hours_per_week,
        study_days=c.study_days,
        session_start=c.session_start,
        max_session_hours=c.max_session_hours,
        days_off=c.days_off,
        exam_date=c.exam_date,
        prep_weeks=None if c.exam_date is not None else c.prep_weeks,
        timezone=c.timezone,
        review_share=c.review_share,
    )


def _items(
    snap: PlanSnapshot, before: EditChoices, c: EditChoices, catalog: Catalog | None
) -> tuple[PlanItem, ...]:
    """The plan's items after the edit: rebuilt by the plan builder when the courses or the
    preparation's length change, else the plan's own."""
    prep_changed = (before.exam_date is None) != (c.exam_date is None) or (
        c.exam_date is None and before.prep_weeks != c.prep_weeks
    )
    if c.steps == before.steps and not prep_changed:
        return snap.items
    done = snap.ledger.done
    for group in before.steps:
        if group not in c.steps and any(i.group == group and i.key in done for i in snap.items):
            title = next(i.group_title for i in snap.items if i.group == group)
            raise PlanInputError(Message("error.drop_done", {"title": title}), "steps")
    if c.steps == before.steps:
        resized = _prep_items(snap, c, catalog)
        return tuple(i for i in snap.items if i.kind not in PREP_KINDS or i.key in done) + tuple(
            i for i in resized if i.key not in done
        )
    if catalog is None or not snap.path_id or snap.path_id not in catalog.paths:
        raise PlanInputError(Message("error.not_from_path"), "steps")
    new = _build(snap, c, catalog)
    old = {i.key: i for i in snap.items}
    keep_prep = not prep_changed
    return tuple(
        old[i.key]
        if i.key in old and (i.kind not in PREP_KINDS or keep_prep or i.key in done)
        else i
        for i in new
    )


def _build(snap: PlanSnapshot, c: EditChoices, catalog: Catalog) -> tuple[PlanItem, ...]:
    from planner.services.builder import PlanChoices, plan_items

    path = catalog.paths[snap.path_id]
    cloud = Cloud(snap.cloud) if snap.cloud in {x.value for x in Cloud} else path.default_cloud
    choices = PlanChoices(
        path_id=snap.path_id,
        certification_id=snap.certification_id,
        start=snap.settings.start,
        hours_per_week=c.hours_per_week,
        steps=c.steps,
        cloud=cloud,
        exam_date=c.exam_date,
        prep_weeks=c.prep_weeks,
        study_days=c.study_days,
        session_start=c.session_start,
        max_session_hours=c.max_session_hours,
        days_off=c.days_off,
        timezone=c.timezone,
        week_start=snap.settings.week_start,
    )
    return plan_items(catalog, choices)


def _prep_items(
    snap: PlanSnapshot, c: EditChoices, catalog: Catalog | None
) -> tuple[PlanItem, ...]:
    if catalog is None or snap.path_id not in catalog.paths:
        return tuple(i for i in snap.items if i.kind in PREP_KINDS)
    return tuple(i for i in _build(snap, c, catalog) if i.kind in PREP_KINDS)


def _reviewed(
    snap: PlanSnapshot,
    items: tuple[PlanItem, ...],
    c: EditChoices,
    schedule: Schedule,
    catalog: Catalog | None,
    today: date,
) -> tuple[PlanItem, ...]:
    """``items`` with the spaced review the choices ask for: the reviews not yet done go,
    and new ones come for the modules that serve the exam's domains, from today on."""
    done = snap.ledger.done
    kept = without_review(items, done)
    if c.review_share <= 0:
        return kept
    cert = catalog.certifications.get(snap.certification_id) if catalog is not None else None
    if cert is None:
        raise PlanInputError(Message("error.review_needs_exam"), "review_share")
    placed = dataclasses.replace(schedule, items=kept)
    served = review_domains(cert.domains, kept)
    return with_spaced_review(
        kept, placed, c.review_share, c.hours_per_week, served, not_before=today
    )


def optional_groups(snap: PlanSnapshot, catalog: Catalog | None) -> dict[str, str]:
    """The plan's courses and projects its path marks optional, with their titles."""
    if catalog is None or snap.path_id not in catalog.paths:
        return {}
    optional = {st.ref for st in catalog.paths[snap.path_id].steps if st.optional}
    done = snap.ledger.done
    return {
        i.group: i.group_title
        for i in snap.items
        if i.group in optional and i.kind not in PREP_KINDS and i.key not in done
    }


def preview_edit(
    svc: PlanService, plan_id: int, choices: EditChoices, catalog: Catalog | None = None
) -> EditPreview:
    """What the edit would do (nothing is stored)."""
    snap = svc.load(plan_id)
    before = choices_of(snap)
    changes = describe_changes(before, choices)
    blank = EditPreview(plan_id, before, choices, changes, None)
    try:
        _check(choices)
        today = today_in(svc.clock, choices.timezone)
        settings = _settings(snap, choices)
        items = _items(snap, before, choices, catalog)
        old_keys = {i.key for i in snap.items}
        new_keys = {i.key for i in items}
        added = tuple(i for i in items if i.key not in old_keys)
        dropped = tuple(i for i in snap.items if i.key not in new_keys)
        edited = dataclasses.replace(snap, items=items, settings=settings)
        current = dataclasses.replace(snap.baseline, items=items, settings=settings)
        from planner.services.status import to_progress

        left = remaining_items(items, to_progress(snap.ledger))
        if not left:  # all done: only the settings change
            build_schedule(items, dataclasses.replace(settings, exam_date=None, prep_weeks=None))
            return dataclasses.replace(blank, schedule=current, added=added, dropped=dropped)
        past = past_exam_message(settings.exam_date, today)
        if past:
            raise PlanInputError(past, "exam_date")
        rest_settings = dataclasses.replace(settings, start=max(today, settings.start))
        trial = build_schedule(left, rest_settings)
        if trial.diagnosis is not None:
            fixes = fit_fixes(left, rest_settings, optional_groups(edited, catalog))
            return dataclasses.replace(
                blank, diagnosis=trial.diagnosis, fixes=fixes, added=added, dropped=dropped
            )
        mode = ReplanMode.KEEP_EXAM if settings.exam_date is not None else ReplanMode.KEEP_HOURS
        preview = svc.replan_from(edited, current, mode, apply=False)
        if choices.review_share != before.review_share:
            reviewed = _reviewed(snap, items, choices, preview.schedule, catalog, today)
            if reviewed != items:
                # The reviews are real study time: the plan is placed again with them, and
                # a plan that was just full may no longer fit (the diagnosis says so).
                items = reviewed
                added = tuple(i for i in items if i.key not in old_keys)
                dropped = tuple(i for i in snap.items if i.key not in {i.key for i in items})
                edited = dataclasses.replace(snap, items=items, settings=settings)
                current = dataclasses.replace(snap.baseline, items=items, settings=settings)
                left = remaining_items(items, to_progress(snap.ledger))
                trial = build_schedule(left, rest_settings)
                if trial.diagnosis is not None:  # never more hours a week on its own
                    fixes = fit_fixes(left, rest_settings, optional_groups(edited, catalog))
                    return dataclasses.replace(
                        blank, diagnosis=trial.diagnosis, fixes=fixes, added=added, dropped=dropped
                    )
                preview = svc.replan_from(edited, current, mode, apply=False)
    except PlanInputError as exc:
        return dataclasses.replace(blank, error=str(exc), error_field=exc.field_name)
    return dataclasses.replace(
        blank,
        schedule=preview.schedule,
        moves=preview.result.moves,
        added=added,
        dropped=dropped,
        diagnosis=preview.schedule.diagnosis,
    )


def apply_edit(
    svc: PlanService, plan_id: int, choices: EditChoices, catalog: Catalog | None = None
) -> EditPreview:
    """Store the edit as one undoable operation; ServiceError when it cannot be saved."""
    from planner.services.operations import ApplySchedule, OpKind

    preview = preview_edit(svc, plan_id, choices, catalog)
    if not preview.changes:
        raise ServiceError(Message("error.edit_nothing"))
    if preview.error:
        raise ServiceError(Message("error.edit", {"reason": preview.error}))
    if preview.schedule is None:
        assert preview.diagnosis is not None
        raise ServiceError(
            Message(
                "error.edit_no_fit", {"reason": preview.diagnosis.text or preview.diagnosis.message}
            )
        )
    svc.run(ApplySchedule(plan_id, preview.schedule, OpKind.EDIT_SETTINGS, EDIT_LABEL))
    return preview
