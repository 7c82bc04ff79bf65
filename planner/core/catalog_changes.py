"""What differs between two catalogs, and what that means for a saved plan.

:func:`catalog_changes` compares an old and a new catalog entry by entry (exams,
courses, paths): added, changed (with the fields that changed), retired (a new
retirement in an exam's timeline) and removed. It is shown after a catalog update.

:func:`catalog_alerts` answers the narrower question a saved plan asks: given the
facts the plan was made from (:class:`PlanFacts`) and the catalog of today, what
changed under it — its exam retires before the exam date, a successor appeared,
the exam's domain weights moved, a course's hours changed.

Both are pure: "today" is a parameter, nothing is read from disk or the clock.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from planner.core.catalog import (
    Catalog,
    Certification,
    Course,
    ExamStatus,
    StudyPath,
    _joined,
    language_message,
    status_on,
)
from planner.core.messages import Message


class ChangeKind(StrEnum):
    ADDED = "added"
    RETIRED = "retired"
    CHANGED = "changed"
    REMOVED = "removed"


@dataclass(frozen=True, slots=True)
class EntryChange:
    """One entry that differs: ``kind`` is "exam", "course" or "path".

    ``details`` are English ("price USD 200 → 220"), ``said`` the same as messages, for
    the user's language (:func:`summarize_change_messages`).
    """

    kind: str
    entry_id: str
    label: str
    change: ChangeKind
    said: tuple[Message, ...] = ()

    @property
    def details(self) -> tuple[str, ...]:
        return tuple(m.english() for m in self.said)

    def __str__(self) -> str:
        more = f" ({'; '.join(self.details)})" if self.details else ""
        return f"{self.kind} {self.label}: {self.change.value}{more}"


_EXAM_FIELDS = {
    "name": "name",
    "exam_code": "exam code",
    "minutes": "length",
    "questions": "questions",
    "price_usd": "price",
    "passing_score": "passing score",
    "validity": "validity",
    "domains": "domain weights",
    "timeline": "status timeline",
    "languages": "languages",
    "successor_id": "successor",
    "prep_hours": "preparation hours",
    "url": "link",
    "disputed": "disputed figures",
}
_COURSE_FIELDS = {
    "title": "title",
    "provider": "provider",
    "platform": "platform",
    "url": "link",
    "rating": "rating",
    "modules": "modules",
}
_PATH_FIELDS = {
    "title": "title",
    "steps": "steps",
    "exams": "exams",
    "default_cloud": "default cloud",
    "reasoning": "reasoning",
}


def _hours(value: float) -> Message:
    return Message("edit.hours", {"hours": float(round(value, 2))})


def _field(label: str) -> Message:
    """A field's name (a value of ``_*_FIELDS``) as a message."""
    return Message(f"change.field.{label}")


def _exam_label(c: Certification) -> str:
    return f"{c.exam_code} ({c.id})"


def _diff_fields(old: object, new: object, fields: Mapping[str, str]) -> list[str]:
    changed = []
    for name, label in fields.items():
        before, after = getattr(old, name), getattr(new, name)
        if isinstance(before, Mapping) and isinstance(after, Mapping):
            before, after = dict(before), dict(after)
        if before != after:
            changed.append(label)
    return changed


def _exam_changes(old: Certification, new: Certification) -> list[EntryChange]:
    label = _exam_label(new)
    out: list[EntryChange] = []
    # A retirement is news when its day, languages or successor are new (not a reworded note).
    known = {(e.day, e.status, e.languages, e.successor_id) for e in old.timeline}
    new_ends = [
        e
        for e in new.timeline
        if e.status is ExamStatus.RETIRED
        and (e.day, e.status, e.languages, e.successor_id) not in known
    ]
    if new_ends:
        details = []
        for e in new_ends:
            langs: Message | str = ""
            if e.languages:
                names = _joined([language_message(x) for x in e.languages])
                langs = Message("change.in_languages", {"languages": names})
            successor: Message | str = ""
            if e.successor_id:
                successor = Message("change.successor", {"id": e.successor_id})
            args = {"day": e.day, "languages": langs, "successor": successor}
            details.append(Message("change.last_day", args))
        out.append(EntryChange("exam", new.id, label, ChangeKind.RETIRED, tuple(details)))
    changed = _diff_fields(old, new, _EXAM_FIELDS)
    if new_ends:
        changed = [c for c in changed if c not in ("status timeline", "successor")]
    if changed:
        said = [_field(c) for c in changed]
        if "price" in changed and old.price_usd is not None and new.price_usd is not None:
            prices = {"old": float(old.price_usd), "new": float(new.price_usd)}
            said[changed.index("price")] = Message("change.price", prices)
        out.append(EntryChange("exam", new.id, label, ChangeKind.CHANGED, tuple(said)))
    return out


def _course_changes(old: Course, new: Course) -> list[EntryChange]:
    changed = _diff_fields(old, new, _COURSE_FIELDS)
    if not changed:
        return []
    details = [_field(c) for c in changed if c != "modules"]
    if "modules" in changed:
        if old.hours != new.hours:
            hours = {"old": _hours(old.hours), "new": _hours(new.hours)}
            details.append(Message("change.hours", hours))
        else:
            details.append(_field("modules"))
    return [EntryChange("course", new.id, new.title, ChangeKind.CHANGED, tuple(details))]


def _path_changes(old: StudyPath, new: StudyPath) -> list[EntryChange]:
    changed = _diff_fields(old, new, _PATH_FIELDS)
    if not changed:
        return []
    said = tuple(_field(c) for c in changed)
    return [EntryChange("path", new.id, new.title, ChangeKind.CHANGED, said)]


def catalog_changes(old: Catalog, new: Catalog) -> tuple[EntryChange, ...]:
    """Exams, courses and paths added, changed, retired or removed from ``old`` to ``new``."""
    out: list[EntryChange] = []
    for cid, cert in new.certifications.items():
        if cid not in old.certifications:
            out.append(EntryChange("exam", cid, _exam_label(cert), ChangeKind.ADDED))
        else:
            out.extend(_exam_changes(old.certifications[cid], cert))
    for course_id, course in new.courses.items():
        if course_id not in old.courses:
            out.append(
                EntryChange(
                    "course",
                    course_id,
                    course.title,
                    ChangeKind.ADDED,
                    (_hours(course.hours),),
                )
            )
        else:
            out.extend(_course_changes(old.courses[course_id], course))
    for path_id, path in new.paths.items():
        if path_id not in old.paths:
            out.append(EntryChange("path", path_id, path.title, ChangeKind.ADDED))
        else:
            out.extend(_path_changes(old.paths[path_id], path))
    for kind, before, after in (
        ("exam", old.certifications, new.certifications),
        ("course", old.courses, new.courses),
        ("path", old.paths, new.paths),
    ):
        for entry_id in before:
            if entry_id not in after:
                out.append(EntryChange(kind, entry_id, entry_id, ChangeKind.REMOVED))
    return tuple(out)


def summarize_changes(changes: Sequence[EntryChange]) -> list[str]:
    """One line per kind of entry — added, retired, changed, removed — e.g.
    "Exams: added MLA-C02 (aws-mla-c02); …" (English; :func:`summarize_change_messages`
    says it in the user's language)."""
    return [m.english() for m in summarize_change_messages(changes)]


def summarize_change_messages(changes: Sequence[EntryChange]) -> list[Message]:
    """:func:`summarize_changes` as messages."""
    lines = []
    order = list(ChangeKind)
    ranked = sorted(changes, key=lambda c: order.index(c.change))
    for kind in ("exam", "course", "path"):
        parts: list[Message | str] = []
        for c in ranked:
            if c.kind != kind:
                continue
            entry = Message(f"change.{c.change.value}", {"label": c.label})
            if c.said:
                details = _joined(list(c.said), "list.semicolon")
                entry = Message("change.with_details", {"entry": entry, "details": details})
            parts.append(entry)
        if parts:
            joined = _joined(parts, "list.semicolon")
            lines.append(Message(f"change.section.{kind}", {"parts": joined}))
    return lines or [Message("change.none")]


# --- alerts for a saved plan ------------------------------------------------------------


class AlertKind(StrEnum):
    EXAM_RETIRES = "exam-retires"  # the plan's exam cannot be sat on the exam date
    SUCCESSOR = "successor"  # the plan's exam now has a successor
    DOMAINS_CHANGED = "domains-changed"  # the exam's domain weights changed
    COURSE_HOURS = "course-hours"  # a course's hours changed
    EXAM_REMOVED = "exam-removed"  # the catalog no longer knows the exam


@dataclass(frozen=True, slots=True)
class PlanFacts:
    """What a saved plan was made from: enough to tell what changed under it.

    ``domains`` are (name, weight midpoint) pairs of the exam as planned;
    ``course_hours`` maps each of the plan's course ids to its total hours then.
    """

    certification_id: str
    exam_date: date | None
    language: str = "en"
    successor_id: str | None = None
    domains: tuple[tuple[str, float], ...] = ()
    course_hours: Mapping[str, float] | None = None


@dataclass(frozen=True, slots=True)
class Alert:
    kind: AlertKind
    said: Message  # what changed, in the front end's language (``message``: English)
    # The exam to switch to, when the alert offers that fix.
    successor_id: str | None = None
    course_id: str | None = None

    @property
    def message(self) -> str:
        """What changed, in English: machine output, and what "Keep as is" remembers."""
        return self.said.english()


def plan_facts_from(
    catalog: Catalog,
    certification_id: str,
    exam_date: date | None,
    course_ids: Sequence[str] = (),
    language: str = "en",
) -> PlanFacts:
    """The facts to keep with a plan made today from ``catalog``."""
    cert = catalog.certifications.get(certification_id)
    return PlanFacts(
        certification_id=certification_id,
        exam_date=exam_date,
        language=language,
        successor_id=cert.successor_id if cert else None,
        domains=tuple((d.name, d.weight) for d in cert.domains) if cert else (),
        course_hours={c: catalog.courses[c].hours for c in course_ids if c in catalog.courses},
    )


def catalog_alerts(facts: PlanFacts, catalog: Catalog, today: date) -> list[Alert]:
    """What changed in ``catalog`` under a plan made from ``facts``; empty if nothing did."""
    alerts: list[Alert] = []
    cert = catalog.certifications.get(facts.certification_id)
    if cert is None:
        return [
            Alert(
                AlertKind.EXAM_REMOVED,
                Message("alert.exam_removed", {"exam": facts.certification_id}),
            )
        ]
    day = facts.exam_date or today
    state = status_on(cert, day, facts.language)
    successor_id = state.successor_id or cert.successor_id
    successor = catalog.certifications.get(successor_id or "")
    if state.status is ExamStatus.RETIRED:
        last: Message | str = (
            Message("alert.last_day", {"day": state.since - timedelta(days=1)})
            if state.since
            else ""
        )
        on = (
            Message("alert.on_exam_date", {"date": facts.exam_date})
            if facts.exam_date
            else Message("alert.today")
        )
        then: Message | str = (
            Message("alert.its_successor", {"name": successor.name, "code": successor.exam_code})
            if successor is not None
            else ""
        )
        text = Message(
            "alert.exam_retires",
            {
                "name": cert.name,
                "code": cert.exam_code,
                "language": language_message(facts.language),
                "on": on,
                "last": last,
                "successor": then,
            },
        )
        alerts.append(Alert(AlertKind.EXAM_RETIRES, text, successor.id if successor else None))
    elif successor is not None and successor.id != facts.successor_id:
        alerts.append(
            Alert(
                AlertKind.SUCCESSOR,
                Message(
                    "alert.successor",
                    {
                        "code": cert.exam_code,
                        "name": successor.name,
                        "successor": successor.exam_code,
                    },
                ),
                successor.id,
            )
        )
    if facts.domains:
        now = tuple((d.name, d.weight) for d in cert.domains)
        if now != facts.domains:
            moved: list[Message] = [
                Message(
                    "alert.weight_moved",
                    {"name": name, "old": float(old), "new": float(dict(now)[name])},
                )
                for name, old in facts.domains
                if name in dict(now) and dict(now)[name] != old
            ]
            what: Message | str = moved[-1] if moved else Message("alert.domain_list")
            for part in reversed(moved[:-1]):
                what = Message("list.semicolon", {"first": part, "rest": what})
            alerts.append(
                Alert(
                    AlertKind.DOMAINS_CHANGED,
                    Message("alert.domains_changed", {"code": cert.exam_code, "what": what}),
                )
            )
    for course_id, hours in (facts.course_hours or {}).items():
        course = catalog.courses.get(course_id)
        if course is not None and abs(course.hours - hours) > 1e-9:
            alerts.append(
                Alert(
                    AlertKind.COURSE_HOURS,
                    Message(
                        "alert.course_hours",
                        {
                            "course": course.title,
                            "hours": round(float(course.hours), 2),
                            "planned": round(float(hours), 2),
                        },
                    ),
                    course_id=course_id,
                )
            )
    return alerts
