"""The catalog as plain JSON-ready data, for ``study-planner catalog --json`` and scripts."""

from __future__ import annotations

from datetime import date
from typing import Any

from planner.core.catalog import (
    Catalog,
    Certification,
    Course,
    Disputed,
    ExamPolicy,
    ExamPrep,
    ExamState,
    Module,
    Project,
    Provenance,
    StatusEvent,
    StudyPath,
    status_on,
)


def _provenance(p: Provenance) -> dict[str, Any]:
    return {
        "sources": list(p.sources),
        "confidence": p.confidence.value,
        "as_of": p.as_of.isoformat() if p.as_of else None,
    }


def _origin(custom: bool, source_file: str) -> dict[str, Any]:
    return {"custom": custom, "source_file": source_file}


def _module(m: Module) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": m.id,
        "title": m.title,
        "hours": m.hours,
        "hours_is_estimate": m.hours_is_estimate,
        "note": m.note,
    }
    if m.unsplit:
        data["unsplit"] = True
    return data


def _disputed(items: tuple[Disputed, ...]) -> dict[str, str]:
    return {d.field_name: d.note for d in items}


def _event(e: StatusEvent) -> dict[str, Any]:
    return {
        "date": e.day.isoformat(),
        "status": e.status.value,
        "languages": list(e.languages),
        "successor_id": e.successor_id,
        "note": e.note,
    }


def _state(s: ExamState) -> dict[str, Any]:
    return {
        "status": s.status.value,
        "since": s.since.isoformat() if s.since else None,
        "until": s.until.isoformat() if s.until else None,
        "next_status": s.next_status.value if s.next_status else None,
        "successor_id": s.successor_id,
        "note": s.note,
        "offered_in_language": s.offered_in_language,
    }


def certification_to_json(c: Certification, on: date) -> dict[str, Any]:
    return {
        "id": c.id,
        "name": c.name,
        "vendor": c.vendor,
        "cloud": c.cloud.value,
        "exam_code": c.exam_code,
        "status": c.status,
        "retired_on": c.retired_on.isoformat() if c.retired_on else None,
        "retired_by_today": c.retired_by(on) or (c.is_retired and c.retired_on is None),
        "successor_id": c.successor_id,
        "status_on_day": _state(status_on(c, on, "en")),
        "timeline": [_event(e) for e in c.timeline],
        "languages": list(c.languages),
        "status_note": c.status_note,
        "minutes": c.minutes,
        "questions": c.questions,
        "price_usd": c.price_usd,
        "price_is_estimate": c.price_is_estimate,
        "passing_score": c.passing_score,
        "recommended_experience": c.recommended_experience,
        "validity": c.validity,
        "domains": [
            {
                "name": d.name,
                "weight_min": d.weight_min,
                "weight_max": d.weight_max,
                "weight": d.weight,
                "served_by": list(d.served_by),
            }
            for d in c.domains
        ],
        "domains_confidence": c.domains_confidence.value if c.domains_confidence else None,
        "domains_note": c.domains_note,
        "prep_hours": c.prep_hours,
        "prep_hours_is_estimate": c.prep_hours_is_estimate,
        "url": c.url,
        "exam_guide_url": c.exam_guide_url,
        "description": c.description,
        "disputed": _disputed(c.disputed),
        **_provenance(c.provenance),
        **_origin(c.custom, c.source_file),
        **({"policy": _policy(c.policy)} if c.policy is not None else {}),
    }


def _policy(p: ExamPolicy) -> dict[str, Any]:
    return {
        "retake_waits_days": list(p.retake_waits_days),
        "max_attempts": p.max_attempts,
        "attempt_window_days": p.attempt_window_days,
        "unlimited_attempts": p.unlimited_attempts,
        "free_reschedule_hours_onsite": p.free_reschedule_hours_onsite,
        "free_reschedule_hours_online": p.free_reschedule_hours_online,
        "valid_years": p.valid_years,
        "recertify_days_before": p.recertify_days_before,
        **_provenance(p.provenance),
    }


def course_to_json(c: Course) -> dict[str, Any]:
    return {
        "id": c.id,
        "title": c.title,
        "provider": c.provider,
        "platform": c.platform,
        "instructors": list(c.instructors),
        "url": c.url,
        "rating": c.rating,
        "hours": c.hours,
        "has_estimates": c.has_estimates,
        "total_hours_note": c.total_hours_note,
        "part_of": c.part_of,
        "description": c.description,
        "modules": [_module(m) for m in c.modules],
        "disputed": _disputed(c.disputed),
        **_provenance(c.provenance),
        **_origin(c.custom, c.source_file),
    }


def project_to_json(p: Project) -> dict[str, Any]:
    return {
        "id": p.id,
        "title": p.title,
        "hours": p.hours,
        "description": p.description,
        "milestones": [_module(m) for m in p.milestones],
        **_provenance(p.provenance),
        **_origin(p.custom, p.source_file),
    }


def exam_prep_to_json(e: ExamPrep) -> dict[str, Any]:
    return {
        "id": e.id,
        "title": e.title,
        "weeks_min": e.weeks_min,
        "weeks_default": e.weeks_default,
        "weeks_max": e.weeks_max,
        "practice_exams": e.practice_exams,
        "practice_exam_hours": e.practice_exam_hours,
        "review_hours": e.review_hours,
        "diagnostic_hours": e.diagnostic_hours,
        "description": e.description,
        **_provenance(e.provenance),
        **_origin(e.custom, e.source_file),
    }


def path_to_json(catalog: Catalog, p: StudyPath, on: date) -> dict[str, Any]:
    exams: dict[str, Any] = {}
    for cloud, cert_id in p.exams.items():
        entry: dict[str, Any] = {"listed": cert_id, "current": cert_id, "note": ""}
        if cert_id in catalog.certifications:
            choice = catalog.current_exam(cert_id, on)  # for an English exam
            entry = {
                "listed": cert_id,
                "current": choice.certification.id,
                "status": choice.state.status.value if choice.state else None,
                "note": choice.note,
            }
        exams[cloud.value] = entry
    return {
        "id": p.id,
        "title": p.title,
        "persona": p.persona,
        "reasoning": p.reasoning,
        "default_cloud": p.default_cloud.value,
        "exams": exams,
        "steps": [
            {
                "kind": s.kind.value,
                "ref": s.ref,
                "optional": s.optional,
                "note": s.note,
                "clouds": [c.value for c in s.clouds],
            }
            for s in p.steps
        ],
        **_provenance(p.provenance),
        **_origin(p.custom, p.source_file),
    }


def catalog_to_json(catalog: Catalog, on: date) -> dict[str, Any]:
    """Everything in the catalog; exam resolutions ("current") are as of ``on``.

    ``source`` is "builtin" or the file or URL of the installed catalog update;
    ``checked`` is the newest as-of date of its files; ``version`` its version.
    """
    checked = catalog.as_of.isoformat() if catalog.as_of else None
    return {
        "source": catalog.source,
        "checked": checked,
        "version": catalog.version,
        "stale": catalog.is_stale(on),
        "as_of": checked,
        "resolved_on": on.isoformat(),
        "certifications": [certification_to_json(c, on) for c in catalog.certifications.values()],
        "courses": [course_to_json(c) for c in catalog.courses.values()],
        "projects": [project_to_json(p) for p in catalog.projects.values()],
        "exam_preps": [exam_prep_to_json(e) for e in catalog.exam_preps.values()],
        "paths": [path_to_json(catalog, p, on) for p in catalog.paths.values()],
        "estimates": [
            {"entry": e.entry_id, "field": e.field_name, "label": e.label}
            for e in catalog.estimates()
        ],
    }
