"""Turns one parsed catalog file (plain dicts and lists) into core catalog types.

Each entry is read through a :class:`_Entry`, which checks every field's type and
range, remembers which fields it was asked for so that the rest can be reported as
unknown, and records each problem with the file, entry, field and line. Nothing in
a file is executed: files are parsed with ``tomllib`` or ``json`` and only read.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from planner.catalog.lines import LineFinder, Where
from planner.catalog.problems import CatalogProblem, Severity
from planner.core.catalog import (
    Certification,
    Cloud,
    Confidence,
    Course,
    Disputed,
    Domain,
    ExamPolicy,
    ExamPrep,
    ExamStatus,
    Module,
    PathStep,
    Project,
    Provenance,
    StatusEvent,
    StepKind,
    StudyPath,
)
from planner.messages import Message

EVENT_STATUSES = (ExamStatus.BETA, ExamStatus.AVAILABLE, ExamStatus.RETIRED)
LANGUAGE_PATTERN = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
KINDS = ("certifications", "courses", "projects", "exam_preps", "paths")
SINGULAR = {
    "certifications": "certification",
    "courses": "course",
    "projects": "project",
    "exam_preps": "exam prep",
    "paths": "path",
}
E = TypeVar("E", bound=StrEnum)
_MISSING = object()


class _Invalid(Exception):
    """A field was wrong; the problem is already recorded."""


@dataclass
class FileContents:
    """What one file holds once read: entries by kind, in file order, with their place."""

    certifications: list[tuple[Certification, Where]] = field(default_factory=list)
    courses: list[tuple[Course, Where]] = field(default_factory=list)
    projects: list[tuple[Project, Where]] = field(default_factory=list)
    exam_preps: list[tuple[ExamPrep, Where]] = field(default_factory=list)
    paths: list[tuple[StudyPath, Where]] = field(default_factory=list)
    as_of: date | None = None
    version: str = ""


class _Entry:
    """Typed access to one entry's fields, recording problems instead of raising."""

    def __init__(self, ctx: FileReader, raw: Mapping[str, Any], where: Where, label: str) -> None:
        self.ctx = ctx
        self.raw = raw
        self.where = where
        self.label = label
        self.used: set[str] = set()
        self.ok = True

    def problem(
        self, key: str, message: Message | str, severity: Severity = Severity.ERROR
    ) -> None:
        if severity is Severity.ERROR:
            self.ok = False
        self.ctx.add(message, self.label, self._field_name(key), self.where, key, severity)

    def _field_name(self, key: str) -> str:
        if self.where.sub:
            return f"{self.where.sub}[{self.where.sub_index + 1}].{key}" if key else ""
        return key

    def _get(self, key: str, required: bool) -> Any:
        self.used.add(key)
        value = self.raw.get(key, _MISSING)
        if value is _MISSING and required:
            self.problem(key, Message("error.cat_missing"))
        return value

    def text(self, key: str, required: bool = True, default: str = "") -> str:
        value = self._get(key, required)
        if value is _MISSING:
            return default
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.problem(key, Message("error.cat_text", {"kind": _kind(value)}))
            return default
        text = str(value).strip()
        if required and not text:
            self.problem(key, Message("error.cat_empty"))
        return text

    def ident(self, key: str = "id") -> str:
        value = self.text(key)
        if value and not ID_PATTERN.match(value):
            self.problem(key, Message("error.cat_ident", {"value": value}))
        return value

    def number(
        self,
        key: str,
        *,
        required: bool = True,
        minimum: float | None = None,
        above: float | None = None,
        maximum: float | None = None,
        integer: bool = False,
    ) -> float | None:
        value = self._get(key, required)
        if value is _MISSING:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(key, Message("error.cat_number", {"kind": _kind(value)}))
            return None
        if isinstance(value, int) and abs(value) > 10**15:
            self.problem(key, Message("error.cat_huge"))
            return None
        if not math.isfinite(value):
            self.problem(key, Message("error.cat_finite", {"value": str(value)}))
            return None
        if integer and not float(value).is_integer():
            self.problem(key, Message("error.cat_whole", {"value": f"{value:g}"}))
            return None
        shown = f"{value:g}"
        if above is not None and not value > above:
            self.problem(key, Message("error.cat_above", {"limit": f"{above:g}", "value": shown}))
            return None
        if minimum is not None and value < minimum:
            self.problem(key, Message("error.cat_min", {"limit": f"{minimum:g}", "value": shown}))
            return None
        if maximum is not None and value > maximum:
            self.problem(key, Message("error.cat_max", {"limit": f"{maximum:g}", "value": shown}))
            return None
        return float(value)

    def flag(self, key: str, default: bool) -> bool:
        value = self._get(key, False)
        if value is _MISSING:
            return default
        if not isinstance(value, bool):
            self.problem(key, Message("error.cat_flag", {"kind": _kind(value)}))
            return default
        return value

    def day(self, key: str, required: bool, default: date | None = None) -> date | None:
        value = self._get(key, required)
        if value is _MISSING:
            return default
        if isinstance(value, datetime):
            self.problem(key, Message("error.cat_date_time"))
            return None
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
                self.problem(key, Message("error.cat_date_form", {"value": value}))
                return None
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                self.problem(key, Message("error.cat_date_real", {"value": value}))
                return None
        self.problem(key, Message("error.cat_date", {"kind": _kind(value)}))
        return None

    def texts(self, key: str) -> tuple[str, ...]:
        value = self._get(key, False)
        if value is _MISSING:
            return ()
        if isinstance(value, str):
            return (value,)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(key, Message("error.cat_texts"))
            return ()
        return tuple(v.strip() for v in value)

    def choice(self, key: str, enum: type[E], required: bool, default: E | None = None) -> E | None:
        value = self._get(key, required)
        if value is _MISSING:
            return default
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(m.value for m in enum)
            self.problem(key, Message("error.cat_choice", {"value": value, "allowed": allowed}))
            return default

    def table_list(self, key: str, required: bool) -> list[Mapping[str, Any]]:
        value = self._get(key, required)
        if value is _MISSING:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(key, Message("error.cat_tables"))
            return []
        if required and not value:
            self.problem(key, Message("error.cat_empty"))
        return value

    def mapping(self, key: str) -> Mapping[str, Any]:
        value = self._get(key, False)
        if value is _MISSING:
            return {}
        if not isinstance(value, dict):
            self.problem(key, Message("error.cat_table"))
            return {}
        return value

    def provenance(self) -> Provenance:
        required = self.ctx.as_of is None and not self.ctx.as_of_given
        as_of = self.day("as_of", required=required, default=self.ctx.as_of)
        confidence = self.choice("confidence", Confidence, False, Confidence.MEDIUM)
        return Provenance(
            sources=self.texts("sources"),
            confidence=confidence or Confidence.MEDIUM,
            as_of=as_of,
        )

    def finish(self) -> None:
        for key in self.raw:
            if key not in self.used:
                self.problem(key, Message("error.cat_unknown_field"), Severity.WARNING)

    def sub(self, key: str, index: int, raw: Mapping[str, Any]) -> _Entry:
        sub_id = raw.get("id") if isinstance(raw.get("id"), str) else ""
        where = Where(
            self.where.kind,
            self.where.index,
            self.where.entry_id,
            key,
            index,
            str(sub_id or ""),
        )
        child = _Entry(self.ctx, raw, where, self.label)
        return child


def _kind(value: object) -> Message | str:
    if isinstance(value, bool):
        return Message("error.cat_kind_flag")
    if isinstance(value, int | float):
        return Message("error.cat_kind_number")
    if isinstance(value, str):
        return Message("error.cat_kind_text")
    if isinstance(value, list):
        return Message("error.cat_kind_list")
    if isinstance(value, dict):
        return Message("error.cat_kind_table")
    return type(value).__name__


class FileReader:
    """Reads the entries of one parsed file into core types, collecting problems."""

    def __init__(self, name: str, finder: LineFinder, *, custom: bool) -> None:
        self.name = name
        self.finder = finder
        self.custom = custom
        self.problems: list[CatalogProblem] = []
        self.as_of: date | None = None
        self.as_of_given = False  # a file-level as_of was written (even if it was invalid)
        self.version = ""  # the catalog's version, from a file's [catalog] table

    def add(
        self,
        message: Message | str,
        entry: str = "",
        field_name: str = "",
        where: Where | None = None,
        key: str = "",
        severity: Severity = Severity.ERROR,
    ) -> None:
        line = self.finder.line(where, key) if where is not None else None
        self.problems.append(
            CatalogProblem.of(self.name, message, entry, field_name, line, severity)
        )

    def read(self, data: Mapping[str, Any]) -> FileContents:
        contents = FileContents()
        header = data.get("catalog", {})
        if not isinstance(header, dict):
            self.add(Message("error.cat_header"), field_name="catalog")
            header = {}
        top = _Entry(self, header, Where("catalog", 0), "catalog")
        self.as_of_given = "as_of" in header
        self.as_of = top.day("as_of", required=False)
        top.text("description", required=False)
        self.version = top.text("version", required=False)
        top.finish()
        contents.as_of = self.as_of
        contents.version = self.version
        for key in data:
            if key != "catalog" and key not in KINDS:
                known = ", ".join(KINDS)
                self.add(
                    Message("error.cat_section", {"key": key, "known": known}),
                    severity=Severity.WARNING,
                )
        readers: dict[str, Callable[[_Entry], Any]] = {
            "certifications": self._certification,
            "courses": self._course,
            "projects": self._project,
            "exam_preps": self._exam_prep,
            "paths": self._path,
        }
        for kind, read_one in readers.items():
            raw_list = data.get(kind, [])
            if not isinstance(raw_list, list):
                self.add(Message("error.cat_entries", {"kind": kind}), field_name=kind)
                continue
            for index, raw in enumerate(raw_list):
                entry_id = raw.get("id") if isinstance(raw, dict) else None
                shown = entry_id if isinstance(entry_id, str) and entry_id else f"#{index + 1}"
                where = Where(kind, index, entry_id if isinstance(entry_id, str) else "")
                label = f"{SINGULAR[kind]} '{shown}'"
                if not isinstance(raw, dict):
                    self.add(Message("error.cat_table"), label, where=where)
                    continue
                entry = _Entry(self, raw, where, label)
                value = read_one(entry)
                entry.finish()
                if entry.ok and value is not None:
                    getattr(contents, kind).append((value, where))
        return contents

    # --- entries -------------------------------------------------------------

    def _timeline(self, e: _Entry, cid: str) -> tuple[StatusEvent, ...]:
        events: list[StatusEvent] = []
        for i, raw in enumerate(e.table_list("timeline", required=True)):
            sub = e.sub("timeline", i, raw)
            day = sub.day("date", required=True)
            value = sub.text("status")
            status = next((s for s in EVENT_STATUSES if s.value == value), None)
            if value and status is None:
                allowed = ", ".join(s.value for s in EVENT_STATUSES)
                sub.problem(
                    "status", Message("error.cat_choice", {"value": value, "allowed": allowed})
                )
            languages = self._languages(sub)
            successor = sub.text("successor", required=False) or None
            if successor is not None and successor == cid:
                sub.problem("successor", Message("error.cat_self_successor"))
            note = sub.text("note", required=False)
            sub.finish()
            if sub.ok and day is not None and status is not None:
                events.append(StatusEvent(day, status, languages, successor, note))
            else:
                e.ok = False
        return tuple(sorted(events, key=lambda ev: ev.effective))

    def _languages(self, e: _Entry) -> tuple[str, ...]:
        languages = e.texts("languages")
        for code in languages:
            if not LANGUAGE_PATTERN.match(code):
                e.problem("languages", Message("error.cat_language", {"value": code}))
        return languages

    def _disputed(self, e: _Entry) -> tuple[Disputed, ...]:
        found: list[Disputed] = []
        for name, note in e.mapping("disputed").items():
            if not isinstance(note, str) or not note.strip():
                e.problem("disputed", Message("error.cat_disputed", {"name": name}))
                continue
            found.append(Disputed(str(name), note.strip()))
        return tuple(found)

    def _certification(self, e: _Entry) -> Certification | None:
        cid = e.ident()
        # Either a dated timeline or, in older files, one status (active or retired).
        timeline: tuple[StatusEvent, ...] = ()
        if "timeline" in e.raw:
            timeline = self._timeline(e, cid)
            if "status" in e.raw:
                e.used.add("status")
                e.problem("status", Message("error.cat_status_both"))
            if "retired_on" in e.raw:
                e.used.add("retired_on")
                e.problem("retired_on", Message("error.cat_retired_on"))
            status = ""
            retired_on = None
        else:
            status = e.text("status")
            if status and status not in ("active", "retired"):
                e.problem(
                    "status",
                    Message("error.cat_choice", {"value": status, "allowed": "active, retired"}),
                )
            retired_on = e.day("retired_on", required=False)
            if status == "retired" and retired_on is None and "retired_on" not in e.raw:
                e.problem("retired_on", Message("error.cat_retired_missing"))
        successor = e.text("successor", required=False) or None
        if successor is not None and successor == cid:
            e.problem("successor", Message("error.cat_self_successor"))
        if timeline:
            ends = [ev for ev in timeline if ev.status is ExamStatus.RETIRED and not ev.languages]
            retired_on = ends[-1].day if ends else None
            if successor is None:
                successor = next(
                    (ev.successor_id for ev in reversed(timeline) if ev.successor_id), None
                )
        elif retired_on is not None:
            timeline = (StatusEvent(retired_on, ExamStatus.RETIRED, (), successor),)
        domains = []
        # Domains may be missing where the vendor's outline is not known to us; the exam
        # preparation then follows the official exam guide as a whole.
        for i, raw in enumerate(e.table_list("domains", required=False)):
            domains.append(self._domain(e.sub("domains", i, raw)))
        if any(d is None for d in domains):
            e.ok = False
        elif domains:
            total = sum(d.weight for d in domains if d is not None)
            if abs(total - 100) > 10:
                e.problem(
                    "domains",
                    Message("error.cat_weights", {"total": f"{total:g}"}),
                )
        domains_confidence = e.choice("domains_confidence", Confidence, False)
        provenance = e.provenance()
        if not status:
            checked = provenance.as_of
            gone = retired_on is not None and checked is not None and retired_on < checked
            status = "retired" if gone else "active"
        cert = Certification(
            id=cid,
            name=e.text("name"),
            vendor=e.text("vendor"),
            cloud=e.choice("cloud", Cloud, True) or Cloud.GCP,
            exam_code=e.text("exam_code"),
            status=status,
            minutes=int(e.number("minutes", above=0, integer=True) or 0),
            questions=e.text("questions"),
            price_usd=e.number("price_usd", required=False, minimum=0),
            recommended_experience=e.text("recommended_experience"),
            validity=e.text("validity"),
            domains=tuple(d for d in domains if d is not None),
            url=e.text("url"),
            provenance=provenance,
            description=e.text("description", required=False),
            retired_on=retired_on,
            successor_id=successor,
            passing_score=e.text("passing_score", required=False) or None,
            price_is_estimate=e.flag("price_is_estimate", False),
            status_note=e.text("status_note", required=False),
            prep_hours=e.number("prep_hours", required=False, above=0) or 80.0,
            prep_hours_is_estimate=e.flag("prep_hours_is_estimate", True),
            exam_guide_url=e.text("exam_guide_url", required=False),
            domains_confidence=domains_confidence,
            domains_note=e.text("domains_note", required=False),
            timeline=timeline,
            languages=self._languages(e),
            disputed=self._disputed(e),
            custom=self.custom,
            source_file=self.name,
            policy=self._policy(e),
        )
        return cert

    def _policy(self, e: _Entry) -> ExamPolicy | None:
        raw = e.mapping("policy")
        if not raw:
            return None
        p = e.sub("policy", 0, raw)

        def whole(key: str) -> int | None:
            value = p.number(key, required=False, minimum=0, integer=True)
            return None if value is None else int(value)

        waits: list[int] = []
        value = p._get("retake_waits_days", False)
        if value is not _MISSING:
            if not isinstance(value, list) or not all(
                isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value
            ):
                p.problem("retake_waits_days", Message("error.cat_waits"))
            else:
                waits = [int(v) for v in value]
        unlimited = p.flag("unlimited_attempts", False)
        max_attempts = whole("max_attempts")
        window = whole("attempt_window_days")
        if unlimited and (max_attempts is not None or window is not None):
            p.problem(
                "unlimited_attempts",
                Message("error.cat_unlimited"),
            )
        if (max_attempts is None) != (window is None):
            p.problem(
                "max_attempts" if max_attempts is None else "attempt_window_days",
                Message("error.cat_attempts_pair"),
            )
        policy = ExamPolicy(
            retake_waits_days=tuple(waits),
            max_attempts=max_attempts,
            attempt_window_days=window,
            unlimited_attempts=unlimited,
            free_reschedule_hours_onsite=whole("free_reschedule_hours_onsite"),
            free_reschedule_hours_online=whole("free_reschedule_hours_online"),
            valid_years=whole("valid_years"),
            recertify_days_before=whole("recertify_days_before"),
            provenance=p.provenance(),
        )
        p.finish()
        if not p.ok:
            e.ok = False
        return policy

    def _domain(self, e: _Entry) -> Domain | None:
        name = e.text("name")
        if "weight" in e.raw:
            low = high = e.number("weight", minimum=0, maximum=100)
            for key in ("weight_min", "weight_max"):
                if key in e.raw:
                    e.used.add(key)
                    e.problem(key, Message("error.cat_weight_both"))
        else:
            low = e.number("weight_min", minimum=0, maximum=100)
            high = e.number("weight_max", minimum=0, maximum=100)
            if low is not None and high is not None and low > high:
                e.problem(
                    "weight_max",
                    Message("error.cat_weight_order", {"high": f"{high:g}", "low": f"{low:g}"}),
                )
                return None
        served_by = e.texts("served_by")
        e.finish()
        if low is None or high is None or not e.ok:
            return None
        return Domain(name=name, weight_min=low, weight_max=high, served_by=served_by)

    def _modules(self, e: _Entry, key: str) -> tuple[Module, ...]:
        modules: list[Module] = []
        seen: set[str] = set()
        for i, raw in enumerate(e.table_list(key, required=True)):
            sub = e.sub(key, i, raw)
            mid = sub.ident()
            if mid and mid in seen:
                sub.problem("id", Message("error.cat_id_twice", {"value": mid}))
            seen.add(mid)
            module = Module(
                id=mid,
                title=sub.text("title"),
                hours=sub.number("hours", above=0) or 0.0,
                hours_is_estimate=sub.flag("hours_is_estimate", True),
                note=sub.text("note", required=False),
                unsplit=sub.flag("unsplit", False),
            )
            sub.finish()
            if sub.ok:
                modules.append(module)
            else:
                e.ok = False
        return tuple(modules)

    def _course(self, e: _Entry) -> Course:
        return Course(
            id=e.ident(),
            title=e.text("title"),
            provider=e.text("provider"),
            platform=e.text("platform"),
            url=e.text("url", required=False),
            modules=self._modules(e, "modules"),
            provenance=e.provenance(),
            instructors=e.texts("instructors"),
            rating=e.number("rating", required=False, minimum=0, maximum=10),
            description=e.text("description", required=False),
            total_hours_note=e.text("total_hours_note", required=False),
            part_of=e.text("part_of", required=False),
            disputed=self._disputed(e),
            custom=self.custom,
            source_file=self.name,
        )

    def _project(self, e: _Entry) -> Project:
        return Project(
            id=e.ident(),
            title=e.text("title"),
            milestones=self._modules(e, "milestones"),
            provenance=e.provenance(),
            description=e.text("description", required=False),
            custom=self.custom,
            source_file=self.name,
        )

    def _exam_prep(self, e: _Entry) -> ExamPrep:
        low = int(e.number("weeks_min", above=0, integer=True) or 0)
        default = int(e.number("weeks_default", above=0, integer=True) or 0)
        high = int(e.number("weeks_max", above=0, integer=True) or 0)
        if low and default and high and not low <= default <= high:
            e.problem("weeks_default", Message("error.cat_weeks", {"low": low, "high": high}))
        return ExamPrep(
            id=e.ident(),
            title=e.text("title"),
            weeks_min=low,
            weeks_default=default,
            weeks_max=high,
            practice_exams=int(e.number("practice_exams", minimum=0, integer=True) or 0),
            practice_exam_hours=e.number("practice_exam_hours", above=0) or 0.0,
            review_hours=e.number("review_hours", above=0) or 0.0,
            diagnostic_hours=e.number("diagnostic_hours", required=False, minimum=0) or 0.0,
            provenance=e.provenance(),
            description=e.text("description", required=False),
            custom=self.custom,
            source_file=self.name,
        )

    def _path(self, e: _Entry) -> StudyPath:
        steps: list[PathStep] = []
        for i, raw in enumerate(e.table_list("steps", required=True)):
            sub = e.sub("steps", i, raw)
            kind = sub.choice("kind", StepKind, True)
            clouds: list[Cloud] = []
            for name in sub.texts("clouds"):
                try:
                    clouds.append(Cloud(name))
                except ValueError:
                    allowed = ", ".join(c.value for c in Cloud)
                    sub.problem(
                        "clouds", Message("error.cat_cloud", {"value": name, "allowed": allowed})
                    )
            step = PathStep(
                kind=kind or StepKind.COURSE,
                ref=sub.text("ref"),
                optional=sub.flag("optional", False),
                note=sub.text("note", required=False),
                clouds=tuple(clouds),
            )
            sub.finish()
            if sub.ok:
                steps.append(step)
            else:
                e.ok = False
        exams: dict[Cloud, str] = {}
        for cloud_name, cert_id in e.mapping("exams").items():
            try:
                cloud = Cloud(cloud_name)
            except ValueError:
                allowed = ", ".join(c.value for c in Cloud)
                e.problem(
                    "exams", Message("error.cat_cloud", {"value": cloud_name, "allowed": allowed})
                )
                continue
            if not isinstance(cert_id, str) or not cert_id:
                e.problem("exams", Message("error.cat_exam_id", {"cloud": cloud_name}))
                continue
            exams[cloud] = cert_id
        default_cloud = e.choice("default_cloud", Cloud, False)
        if default_cloud is None:
            default_cloud = next(iter(exams), Cloud.GCP)
        if exams and default_cloud not in exams:
            e.problem("default_cloud", Message("error.cat_default_cloud", {"value": default_cloud}))
        return StudyPath(
            id=e.ident(),
            title=e.text("title"),
            persona=e.text("persona", required=False),
            reasoning=e.text("reasoning"),
            steps=tuple(steps),
            provenance=e.provenance(),
            exams=exams,
            default_cloud=default_cloud,
            custom=self.custom,
            source_file=self.name,
        )
