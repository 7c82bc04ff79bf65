"""Checks that need the whole catalog: references between entries resolve.

Paths must name existing courses, projects, exam-preparation blocks and
certifications; successors must exist and must not loop; what an exam domain lists as
``served_by`` must be a course, a course module or a project milestone.
"""

from __future__ import annotations

from collections.abc import Callable

from planner.catalog.problems import CatalogProblem
from planner.core.catalog import Catalog, StepKind
from planner.messages import Message

# Finds (file, line) for an entry's field: (kind, entry id, field, sub index) -> place.
Locate = Callable[[str, str, str, int], tuple[str, int | None]]


def check_references(catalog: Catalog, locate: Locate) -> list[CatalogProblem]:
    problems: list[CatalogProblem] = []

    def add(
        kind: str, label: str, entry_id: str, field: str, message: Message, sub: int = -1
    ) -> None:
        file, line = locate(kind, entry_id, field, sub)
        problems.append(CatalogProblem.of(file, message, f"{label} '{entry_id}'", field, line))

    for cert in catalog.certifications.values():
        for index, event in enumerate(cert.timeline):
            if event.successor_id is not None and event.successor_id not in catalog.certifications:
                add(
                    "certifications",
                    "certification",
                    cert.id,
                    f"timeline[{index + 1}].successor",
                    Message("error.cat_names_cert", {"ref": event.successor_id}),
                    index,
                )
        if cert.successor_id is None:
            continue
        if cert.successor_id not in catalog.certifications:
            add(
                "certifications",
                "certification",
                cert.id,
                "successor",
                Message("error.cat_names_cert", {"ref": cert.successor_id}),
            )
            continue
        seen = {cert.id}
        nxt = catalog.certifications.get(cert.successor_id)
        while nxt is not None and nxt.successor_id is not None:
            if nxt.id in seen:
                add(
                    "certifications",
                    "certification",
                    cert.id,
                    "successor",
                    Message("error.cat_circle", {"ids": " → ".join(sorted(seen))}),
                )
                break
            seen.add(nxt.id)
            nxt = catalog.certifications.get(nxt.successor_id)

    for cert in catalog.certifications.values():
        for index, domain in enumerate(cert.domains):
            for ref in domain.served_by:
                if not _serves(catalog, ref):
                    add(
                        "certifications",
                        "certification",
                        cert.id,
                        f"domains[{index + 1}].served_by",
                        Message("error.cat_names_served", {"ref": ref}),
                        index,
                    )

    targets = {
        StepKind.COURSE: (catalog.courses, "error.cat_names_course"),
        StepKind.PROJECT: (catalog.projects, "error.cat_names_project"),
        StepKind.EXAM_PREP: (catalog.exam_preps, "error.cat_names_prep"),
    }
    for path in catalog.paths.values():
        for index, step in enumerate(path.steps):
            entries, what = targets[step.kind]
            if step.ref not in entries:
                add(
                    "paths",
                    "path",
                    path.id,
                    f"steps[{index + 1}].ref",
                    Message(what, {"ref": step.ref}),
                    index,
                )
        for cloud, cert_id in path.exams.items():
            if cert_id not in catalog.certifications:
                add(
                    "paths",
                    "path",
                    path.id,
                    f"exams.{cloud.value}",
                    Message("error.cat_names_cert", {"ref": cert_id}),
                )
            elif catalog.certifications[cert_id].cloud is not cloud:
                actual = catalog.certifications[cert_id].cloud.label
                add(
                    "paths",
                    "path",
                    path.id,
                    f"exams.{cloud.value}",
                    Message(
                        "error.cat_exam_cloud",
                        {"ref": cert_id, "actual": actual, "cloud": cloud.label},
                    ),
                )
    return problems


def _serves(catalog: Catalog, ref: str) -> bool:
    """``ref`` names a course, a course's module (``course/module``) or a project's
    milestone (``project/milestone``)."""
    owner, _, part = ref.partition("/")
    if not part:
        return owner in catalog.courses or owner in catalog.projects
    if owner in catalog.courses:
        return any(m.id == part for m in catalog.courses[owner].modules)
    if owner in catalog.projects:
        return any(m.id == part for m in catalog.projects[owner].milestones)
    return False
