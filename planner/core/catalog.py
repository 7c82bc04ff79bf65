"""Catalog types: certifications, courses, projects, exam-preparation blocks and paths.

Plain frozen dataclasses, produced by :mod:`planner.catalog` from data files and
consumed by the plan builder and the front ends. Nothing here reads files or
the clock: questions about "now" take the date as a parameter.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


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

    @property
    def label(self) -> str:
        return {"gcp": "Google Cloud", "aws": "AWS", "azure": "Microsoft Azure"}[self.value]


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
class Certification:
    id: str
    name: str
    vendor: str
    cloud: Cloud
    exam_code: str
    status: str  # "active" or "retired"
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


@dataclass(frozen=True, slots=True)
class ExamChoice:
    """The exam a path leads to for a cloud, after following retirements."""

    certification: Certification
    requested: Certification
    note: str = ""

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
    as_of: date | None = None

    def iter_certifications(self) -> Iterator[Certification]:
        return iter(self.certifications.values())

    def current_exam(self, cert_id: str, on: date) -> ExamChoice:
        """Follow successors from ``cert_id`` until an exam that can be sat on ``on``.

        Raises ``KeyError`` for an unknown id. Cycles are rejected by validation;
        the walk stops after as many hops as there are certifications anyway.
        """
        requested = self.certifications[cert_id]
        cert = requested
        for _ in range(len(self.certifications)):
            if not cert.retired_by(on) and not (cert.is_retired and cert.retired_on is None):
                break
            if cert.successor_id is None or cert.successor_id not in self.certifications:
                break
            cert = self.certifications[cert.successor_id]
        note = ""
        if cert.id != requested.id:
            retired = requested.retired_on.isoformat() if requested.retired_on else "already"
            note = (
                f"{requested.name} ({requested.exam_code}) was retired on {retired}; "
                f"planning for its successor {cert.name} ({cert.exam_code})."
            )
        return ExamChoice(certification=cert, requested=requested, note=note)

    def exam_for(self, path_id: str, cloud: Cloud, on: date) -> ExamChoice | None:
        """The exam a path leads to for a target cloud on a given day, if it has one."""
        path = self.paths[path_id]
        cert_id = path.exams.get(cloud)
        if cert_id is None:
            return None
        return self.current_exam(cert_id, on)

    def retiring_before(self, on: date) -> list[Certification]:
        """Certifications that are retired, or will be, by ``on``."""
        return [c for c in self.certifications.values() if c.retired_by(on)]

    def estimated_modules(self) -> list[tuple[Course, Module]]:
        """Every course module whose hours are our estimate, not the provider's figure."""
        return [(c, m) for c in self.courses.values() for m in c.modules if m.hours_is_estimate]
