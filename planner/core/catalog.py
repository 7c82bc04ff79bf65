"""Catalog types: certifications, courses, projects, exam-preparation blocks and paths.

Plain frozen dataclasses, produced by :mod:`planner.catalog` from data files and
consumed by the plan builder and the front ends. Nothing here reads files or
the clock: questions about "now" take the date as a parameter.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from planner.core.messages import TEMPLATES, Message


class Confidence(StrEnum):
    """How sure we are of a figure (see the catalog's facts file)."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    ESTIMATE = "estimate"


class Cloud(StrEnum):
    """The cloud a target employer runs on; it decides the vendor exam."""

    GCP = "gcp"
    AWS = "aws"
    AZURE = "azure"
    DATABRICKS = "databricks"  # runs on each of the three; its exams are cloud-neutral

    @property
    def label(self) -> str:
        return {
            "gcp": "Google Cloud",
            "aws": "AWS",
            "azure": "Microsoft Azure",
            "databricks": "Databricks",
        }[self.value]


class ExamStatus(StrEnum):
    """Where an exam stands on a given day, for a given language."""

    BETA = "beta"  # bookable, but under beta conditions (see the event's note)
    AVAILABLE = "available"  # generally available
    RETIRED = "retired"  # can no longer be sat
    NOT_YET = "not yet offered"  # before the first event of its timeline

    @property
    def bookable(self) -> bool:
        return self in (ExamStatus.BETA, ExamStatus.AVAILABLE)


def same_language(a: str, b: str) -> bool:
    """``"zh-CN"`` and ``"zh-cn"`` are the same; ``"en"`` matches ``"en-US"``."""
    a, b = a.strip().lower(), b.strip().lower()
    return a == b or a.split("-")[0] == b or b.split("-")[0] == a


@dataclass(frozen=True, slots=True)
class StatusEvent:
    """One dated change in an exam's life.

    ``day`` is the first day of the new status, except for ``retired``, where it is
    the last day the exam can be sat (the vendors' "retires on"); it is retired from
    the next day on. ``languages`` limits the event to those exam languages (empty:
    every language). ``note`` holds e.g. the beta conditions.
    """

    day: date
    status: ExamStatus
    languages: tuple[str, ...] = ()
    successor_id: str | None = None
    note: str = ""

    @property
    def effective(self) -> date:
        """The first day the status holds."""
        if self.status is ExamStatus.RETIRED:
            return self.day + timedelta(days=1)
        return self.day

    def covers(self, language: str) -> bool:
        return not self.languages or any(same_language(language, x) for x in self.languages)


@dataclass(frozen=True, slots=True)
class ExamState:
    """The answer of :func:`status_on`: an exam's status on a day, in a language."""

    status: ExamStatus
    since: date | None = None  # first day of this status (None: as far as we know, always)
    until: date | None = None  # first day of the next known status, if any
    next_status: ExamStatus | None = None
    successor_id: str | None = None
    note: str = ""
    offered_in_language: bool = True

    @property
    def bookable(self) -> bool:
        return self.status.bookable


@dataclass(frozen=True, slots=True)
class Disputed:
    """A figure that sources disagree on: which field, and what the sources say."""

    field_name: str
    note: str


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where an entry's facts come from and how current they are."""

    sources: tuple[str, ...] = ()
    confidence: Confidence = Confidence.MEDIUM
    as_of: date | None = None


@dataclass(frozen=True, slots=True)
class Domain:
    """An exam domain with its published weight (a range where the vendor gives one)."""

    name: str
    weight_min: float
    weight_max: float
    # What in the catalog prepares this domain, by topic: course ids (all their modules)
    # or module keys ``course/module`` (and project milestones ``project/milestone``).
    # Spaced review covers only what a domain of the plan's exam lists.
    served_by: tuple[str, ...] = ()

    @property
    def weight(self) -> float:
        """The midpoint of the published range, in percent."""
        return (self.weight_min + self.weight_max) / 2

    @property
    def weight_label(self) -> str:
        if self.weight_min == self.weight_max:
            return f"{self.weight_min:g}%"
        return f"{self.weight_min:g}–{self.weight_max:g}%"


@dataclass(frozen=True, slots=True)
class ExamPolicy:
    """The vendor's rules around sitting an exam, with where they come from.

    ``retake_waits_days``: days to wait after the 1st, 2nd, … failed attempt (the last
    figure holds for every later one). At most ``max_attempts`` sittings in any
    ``attempt_window_days``; ``unlimited_attempts`` says the vendor sets no limit (None
    for ``max_attempts`` alone means only that we do not know one). Cancelling or
    rescheduling is free until so many hours before an onsite or an online exam. A pass
    is valid ``valid_years``; recertifying is possible from ``recertify_days_before`` days
    before it expires.
    """

    retake_waits_days: tuple[int, ...] = ()
    max_attempts: int | None = None
    attempt_window_days: int | None = None
    unlimited_attempts: bool = False
    free_reschedule_hours_onsite: int | None = None
    free_reschedule_hours_online: int | None = None
    valid_years: int | None = None
    recertify_days_before: int | None = None
    provenance: Provenance = field(default_factory=Provenance)


@dataclass(frozen=True, slots=True)
class Certification:
    id: str
    name: str
    vendor: str
    cloud: Cloud
    exam_code: str
    # "active" or "retired" as of the entry's as_of date, in every language; the dated
    # truth is ``timeline`` (see :func:`status_on`).
    status: str
    minutes: int
    questions: str
    price_usd: float | None
    recommended_experience: str
    validity: str
    domains: tuple[Domain, ...]
    url: str
    provenance: Provenance
    description: str = ""
    retired_on: date | None = None
    successor_id: str | None = None
    passing_score: str | None = None
    price_is_estimate: bool = False
    status_note: str = ""
    # Study hours for the exam-preparation block when the user gives an exam date
    # rather than a preparation length. Always our estimate.
    prep_hours: float = 80.0
    prep_hours_is_estimate: bool = True
    exam_guide_url: str = ""
    # How sure we are of the domain weights, and why (e.g. a newer guide not yet verified).
    domains_confidence: Confidence | None = None
    domains_note: str = ""
    # Dated status changes, oldest first; empty means "available, no known end".
    timeline: tuple[StatusEvent, ...] = ()
    # Languages the exam is offered in (empty: not known; then every language is assumed).
    languages: tuple[str, ...] = ()
    # Figures that sources disagree on.
    disputed: tuple[Disputed, ...] = ()
    # Set by the loader: True for entries from a user's catalog file, and that file.
    custom: bool = False
    source_file: str = ""
    # Retake waits, reschedule deadlines and validity, where we have the vendor's rules.
    policy: ExamPolicy | None = None

    def disputed_note(self, field_name: str) -> str:
        return next((d.note for d in self.disputed if d.field_name == field_name), "")

    @property
    def domains_are_estimates(self) -> bool:
        return self.domains_confidence is Confidence.ESTIMATE

    @property
    def is_retired(self) -> bool:
        return self.status == "retired"

    def retired_by(self, day: date) -> bool:
        """True if no exam can be sat on ``day`` (retired on or before it)."""
        return self.retired_on is not None and day > self.retired_on


@dataclass(frozen=True, slots=True)
class Module:
    id: str
    title: str
    hours: float
    hours_is_estimate: bool = True
    note: str = ""
    unsplit: bool = False  # one sitting, never split across days (a lab, a mock exam)


@dataclass(frozen=True, slots=True)
class Course:
    id: str
    title: str
    provider: str
    platform: str
    url: str
    modules: tuple[Module, ...]
    provenance: Provenance
    instructors: tuple[str, ...] = ()
    rating: float | None = None  # the career guide's rating, out of 10
    description: str = ""
    total_hours_note: str = ""
    part_of: str = ""
    disputed: tuple[Disputed, ...] = ()
    custom: bool = False
    source_file: str = ""

    @property
    def hours(self) -> float:
        return sum(m.hours for m in self.modules)

    @property
    def has_estimates(self) -> bool:
        return any(m.hours_is_estimate for m in self.modules)


@dataclass(frozen=True, slots=True)
class Project:
    """A portfolio project with milestones (scope, data, model, deployment, write-up)."""

    id: str
    title: str
    milestones: tuple[Module, ...]
    provenance: Provenance
    description: str = ""
    custom: bool = False
    source_file: str = ""

    @property
    def hours(self) -> float:
        return sum(m.hours for m in self.milestones)


@dataclass(frozen=True, slots=True)
class ExamPrep:
    """The exam-preparation block: domains by weight, practice exams, a review week."""

    id: str
    title: str
    weeks_min: int
    weeks_default: int
    weeks_max: int
    practice_exams: int
    practice_exam_hours: float
    review_hours: float
    provenance: Provenance
    description: str = ""
    custom: bool = False
    source_file: str = ""
    # A short diagnostic practice test that opens the block (0: none).
    diagnostic_hours: float = 0.0


class StepKind(StrEnum):
    COURSE = "course"
    PROJECT = "project"
    EXAM_PREP = "exam_prep"


@dataclass(frozen=True, slots=True)
class PathStep:
    kind: StepKind
    ref: str  # id of a course, project or exam-prep block
    optional: bool = False
    note: str = ""
    # Only for plans toward these clouds' exams (empty: every cloud).
    clouds: tuple[Cloud, ...] = ()

    def applies_to(self, cloud: Cloud | None) -> bool:
        return cloud is None or not self.clouds or cloud in self.clouds


@dataclass(frozen=True, slots=True)
class StudyPath:
    """One route for one starting point, e.g. "software engineer new to ML"."""

    id: str
    title: str
    persona: str
    reasoning: str
    steps: tuple[PathStep, ...]
    provenance: Provenance
    # Exam per target cloud; a path may allow only some clouds.
    exams: Mapping[Cloud, str] = field(default_factory=dict)
    default_cloud: Cloud = Cloud.GCP
    custom: bool = False
    source_file: str = ""


@dataclass(frozen=True, slots=True)
class ExamChoice:
    """The exam a path leads to for a cloud, after following retirements."""

    certification: Certification
    requested: Certification
    note: str = ""  # in English (machine output, plan warnings)
    state: ExamState | None = None  # the chosen exam's status on the day asked about
    language: str = "en"
    said: tuple[Message, ...] = field(default=(), compare=False)  # ``note``, as messages

    @property
    def note_text(self) -> str:
        """:attr:`note` in the front end's language."""
        return " ".join(str(m) for m in self.said) if self.said else self.note

    @property
    def was_redirected(self) -> bool:
        return self.certification.id != self.requested.id


@dataclass(frozen=True, slots=True)
class Catalog:
    certifications: Mapping[str, Certification]
    courses: Mapping[str, Course]
    projects: Mapping[str, Project]
    exam_preps: Mapping[str, ExamPrep]
    paths: Mapping[str, StudyPath]
    as_of: date | None = None  # the newest check of any file: the catalog's "checked" date
    version: str = ""
    # "builtin", or the file or URL an installed catalog update came from.
    source: str = "builtin"

    def days_since_check(self, today: date) -> int | None:
        return (today - self.as_of).days if self.as_of is not None else None

    def is_stale(self, today: date, max_days: int = 120) -> bool:
        """True when the newest check is more than ``max_days`` old (or unknown)."""
        days = self.days_since_check(today)
        return days is None or days > max_days

    def current_exam(self, cert_id: str, on: date, language: str = "en") -> ExamChoice:
        """Follow successors from ``cert_id`` until an exam that can be sat on ``on`` in
        ``language`` (see :func:`status_on`), e.g. MLS-C01 → MLA-C01 → MLA-C02.

        Raises ``KeyError`` for an unknown id. Cycles are rejected by validation;
        the walk stops after as many hops as there are certifications anyway.
        """
        requested = self.certifications[cert_id]
        cert = requested
        state = status_on(cert, on, language)
        retired: list[Message] = []
        for _ in range(len(self.certifications)):
            if state.status is not ExamStatus.RETIRED:
                break
            next_id = state.successor_id or cert.successor_id
            if next_id is None or next_id not in self.certifications:
                break
            ended = state.since - timedelta(days=1) if state.since else None
            when = Message("exam.on_day", {"day": ended}) if ended else Message("exam.already")
            retired.append(
                Message(
                    "exam.retired_when",
                    {
                        "code": cert.exam_code,
                        "scope": _language_scope(cert, on, language),
                        "when": when,
                    },
                )
            )
            cert = self.certifications[next_id]
            state = status_on(cert, on, language)
        notes: list[Message] = []
        if retired:
            notes.append(
                Message(
                    "exam.redirect",
                    {
                        "name": requested.name,
                        "retired": _joined(retired, "list.semicolon"),
                        "successor": cert.name,
                        "code": cert.exam_code,
                    },
                )
            )
        notes.extend(_state_notes(cert, state, on, language))
        return ExamChoice(
            certification=cert,
            requested=requested,
            note=" ".join(m.english() for m in notes),
            state=state,
            language=language,
            said=tuple(notes),
        )

    def exam_for(
        self, path_id: str, cloud: Cloud, on: date, language: str = "en"
    ) -> ExamChoice | None:
        """The exam a path leads to for a target cloud on a given day, if it has one."""
        path = self.paths[path_id]
        cert_id = path.exams.get(cloud)
        if cert_id is None:
            return None
        return self.current_exam(cert_id, on, language)

    def retiring_before(self, on: date) -> list[Certification]:
        """Certifications that are retired, or will be, by ``on``."""
        return [c for c in self.certifications.values() if c.retired_by(on)]

    def estimated_modules(self) -> list[tuple[Course, Module]]:
        """Every course module whose hours are our estimate, not the provider's figure."""
        return [(c, m) for c in self.courses.values() for m in c.modules if m.hours_is_estimate]

    def estimates(self) -> list[Estimate]:
        """Every number in the catalog that is our estimate rather than a published figure."""
        found: list[Estimate] = []
        for cert in self.certifications.values():
            if cert.price_is_estimate and cert.price_usd is not None:
                found.append(Estimate(cert.id, "price_usd", f"{cert.name}: price"))
            if cert.prep_hours_is_estimate:
                found.append(Estimate(cert.id, "prep_hours", f"{cert.name}: preparation hours"))
            if cert.domains_are_estimates:
                found.append(Estimate(cert.id, "domains", f"{cert.name}: domain weights"))
        for course, module in self.estimated_modules():
            found.append(
                Estimate(f"{course.id}/{module.id}", "hours", f"{course.title}: {module.title}")
            )
        for project in self.projects.values():
            for milestone in project.milestones:
                if milestone.hours_is_estimate:
                    found.append(
                        Estimate(
                            f"{project.id}/{milestone.id}",
                            "hours",
                            f"{project.title}: {milestone.title}",
                        )
                    )
        return found

    def stale_entries(self, checked_before: date) -> list[str]:
        """Ids of entries whose facts were last checked before ``checked_before`` (or never)."""
        groups: list[Mapping[str, Certification | Course | Project | ExamPrep | StudyPath]] = [
            self.certifications,
            self.courses,
            self.projects,
            self.exam_preps,
            self.paths,
        ]
        return [
            entry_id
            for group in groups
            for entry_id, entry in group.items()
            if entry.provenance.as_of is None or entry.provenance.as_of < checked_before
        ]


@dataclass(frozen=True, slots=True)
class Estimate:
    """A catalog figure that is our estimate: which entry, which field, and a readable label."""

    entry_id: str
    field_name: str
    label: str


def status_on(exam: Certification, day: date, language: str = "en") -> ExamState:
    """The exam's status on ``day`` for a candidate sitting it in ``language``.

    The latest event of the exam's timeline that covers the language and holds by
    ``day`` decides. Before the first such event the exam is ``not yet offered``,
    unless that first event is its retirement (then it was available until then).
    An exam without a timeline is available. ``offered_in_language`` is false when
    the exam lists its languages and ``language`` is not among them.
    """
    offered = not exam.languages or any(same_language(language, x) for x in exam.languages)
    events = sorted(
        (e for e in exam.timeline if e.covers(language)), key=lambda e: (e.effective, e.status)
    )
    current: StatusEvent | None = None
    upcoming: StatusEvent | None = None
    since: date | None = None
    for event in events:
        if event.effective <= day:
            if current is None or current.status is not event.status:
                since = event.effective
            current = event
        else:
            upcoming = event
            break
    until = upcoming.effective if upcoming else None
    next_status = upcoming.status if upcoming else None
    if current is None:
        if upcoming is None or upcoming.status is ExamStatus.RETIRED:
            return ExamState(
                ExamStatus.AVAILABLE,
                None,
                until,
                next_status,
                exam.successor_id,
                offered_in_language=offered,
            )
        return ExamState(
            ExamStatus.NOT_YET, None, until, next_status, None, offered_in_language=offered
        )
    successor = current.successor_id or exam.successor_id
    return ExamState(
        current.status,
        since,
        until,
        next_status,
        successor,
        current.note,
        offered,
    )


LANGUAGE_NAMES = {
    "en": "English",
    "ja": "Japanese",
    "ko": "Korean",
    "zh-cn": "Simplified Chinese",
    "zh": "Chinese",
    "es": "Spanish",
    "pt-br": "Portuguese (Brazil)",
    "fr": "French",
    "de": "German",
}


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code.strip().lower(), code)


def language_message(code: str) -> Message | str:
    """A language's name as a message (the app's language); an unknown code as it is."""
    key = f"language.{code.strip().lower()}"
    return Message(key) if key in TEMPLATES else language_name(code)


def _joined(parts: Sequence[Message | str], join: str = "list.join") -> Message | str:
    out: Message | str = parts[-1] if parts else ""
    for part in reversed(parts[:-1]):
        out = Message(join, {"first": part, "rest": out})
    return out


def _language_scope(exam: Certification, day: date, language: str) -> Message | str:
    """ " in English" when the retirement that applies is limited to some languages."""
    for event in exam.timeline:
        if (
            event.status is ExamStatus.RETIRED
            and event.languages
            and event.covers(language)
            and event.effective <= day
        ):
            return Message("exam.in_language", {"language": language_message(language)})
    return ""


def _state_notes(exam: Certification, state: ExamState, day: date, language: str) -> list[Message]:
    notes: list[Message] = []
    code = exam.exam_code
    lang = language_message(language)
    if state.status is ExamStatus.BETA:
        then: Message | str = (
            Message("exam.ga_then") if state.next_status is ExamStatus.AVAILABLE else ""
        )
        until: Message | str = (
            Message("exam.beta_until", {"day": state.until, "then": then}) if state.until else ""
        )
        conditions: Message | str = (
            Message("exam.beta_conditions", {"note": state.note}) if state.note else ""
        )
        notes.append(Message("exam.beta", {"code": code, "until": until, "conditions": conditions}))
    elif state.status is ExamStatus.NOT_YET:
        when = Message("exam.before", {"day": state.until}) if state.until else Message("exam.yet")
        notes.append(Message("exam.not_yet", {"code": code, "language": lang, "when": when}))
    elif state.status is ExamStatus.RETIRED:
        notes.append(Message("exam.no_successor", {"code": code}))
    if state.bookable and state.next_status is ExamStatus.RETIRED and state.until:
        last = state.until - timedelta(days=1)
        notes.append(Message("exam.book_by", {"code": code, "language": lang, "day": last}))
    if not state.offered_in_language:
        offered = _joined([language_message(x) for x in exam.languages])
        notes.append(
            Message("exam.not_offered", {"code": code, "language": lang, "offered": offered})
        )
    return notes
