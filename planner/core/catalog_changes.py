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
from enum import StrEnum

from planner.core.catalog import (
    Catalog,
    Certification,
    Course,
    ExamStatus,
    StudyPath,
    language_name,
)


class ChangeKind(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    RETIRED = "retired"
    REMOVED = "removed"


@dataclass(frozen=True, slots=True)
class EntryChange:
    """One entry that differs: ``kind`` is "exam", "course" or "path"."""

    kind: str
    entry_id: str
    label: str
    change: ChangeKind
    details: tuple[str, ...] = ()

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


def _hours(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") + " h"


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
    new_ends = [e for e in new.timeline if e.status is ExamStatus.RETIRED and e not in old.timeline]
    if new_ends:
        details = []
        for e in new_ends:
            langs = " in " + ", ".join(language_name(x) for x in e.languages) if e.languages else ""
            successor = f", successor {e.successor_id}" if e.successor_id else ""
            details.append(f"last day {e.day.isoformat()}{langs}{successor}")
        out.append(EntryChange("exam", new.id, label, ChangeKind.RETIRED, tuple(details)))
    changed = _diff_fields(old, new, _EXAM_FIELDS)
    if new_ends:
        changed = [c for c in changed if c not in ("status timeline", "successor")]
    if changed:
        details = list(changed)
        if "price" in details and old.price_usd is not None and new.price_usd is not None:
            details[details.index("price")] = f"price USD {old.price_usd:g} → {new.price_usd:g}"
        out.append(EntryChange("exam", new.id, label, ChangeKind.CHANGED, tuple(details)))
    return out


def _course_changes(old: Course, new: Course) -> list[EntryChange]:
    changed = _diff_fields(old, new, _COURSE_FIELDS)
    if not changed:
        return []
    details = [c for c in changed if c != "modules"]
    if "modules" in changed:
        if old.hours != new.hours:
            details.append(f"hours {_hours(old.hours)} → {_hours(new.hours)}")
        else:
            details.append("modules")
    return [EntryChange("course", new.id, new.title, ChangeKind.CHANGED, tuple(details))]


def _path_changes(old: StudyPath, new: StudyPath) -> list[EntryChange]:
    changed = _diff_fields(old, new, _PATH_FIELDS)
    if not changed:
        return []
    return [EntryChange("path", new.id, new.title, ChangeKind.CHANGED, tuple(changed))]


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
                    "course", course_id, course.title, ChangeKind.ADDED, (_hours(course.hours),)
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
    """One line per kind of entry, e.g. "Exams: added MLA-C02 (aws-mla-c02); …"."""
    lines = []
    for kind, title in (("exam", "Exams"), ("course", "Courses"), ("path", "Paths")):
        parts = [
            f"{c.change.value} {c.label}" + (f" ({'; '.join(c.details)})" if c.details else "")
            for c in changes
            if c.kind == kind
        ]
        if parts:
            lines.append(f"{title}: " + "; ".join(parts))
    return lines or ["No exams, courses or paths changed."]
