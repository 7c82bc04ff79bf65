"""Catalog types: certifications, courses, projects, exam-preparation blocks and paths.

Plain frozen dataclasses, produced by :mod:`planner.catalog` from data files and
consumed by the plan builder and the front ends. Nothing here reads files or
the clock: questions about "now" take the date as a parameter.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    prep_hours_is_estimate: bool = True
    exam_guide_url: str = ""
    # How sure we are of the domain weights, and why (e.g. a newer guide not yet verified).
    domains_confidence: Confidence | None = None
    domains_note: str = ""
    # Set by the loader: True for entries from a user's catalog file, and that file.
    custom: bool = False
    source_file: str = ""

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
    custom: bool = False
    source_file: str = ""


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
