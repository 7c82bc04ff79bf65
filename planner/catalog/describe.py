"""Plain-text descriptions of catalog facts, shared by the CLI overview and the Catalog view."""

from __future__ import annotations

from datetime import date

from planner.core.catalog import (
    Catalog,
    Certification,
    ExamStatus,
    StatusEvent,
    language_name,
    status_on,
)

STALE_AFTER_DAYS = 120
UPDATE_HOW = "update it with 'study-planner catalog update FILE-OR-URL' or File › Update Catalog…"


def _languages(codes: tuple[str, ...]) -> str:
    return ", ".join(language_name(c) for c in codes)


def event_text(event: StatusEvent, catalog: Catalog | None = None) -> str:
    """``"2026-09-28 retired (English) → MLA-C02"``."""
    scope = f" ({_languages(event.languages)})" if event.languages else ""
    if event.status is ExamStatus.RETIRED:
        what = f"last day{scope}"
    elif event.status is ExamStatus.BETA:
        what = f"beta{scope}"
    else:
        what = f"generally available{scope}"
    successor = ""
    if event.successor_id:
        cert = catalog.certifications.get(event.successor_id) if catalog else None
        successor = f" → {cert.exam_code if cert else event.successor_id}"
    return f"{event.day.isoformat()} {what}{successor}"


def timeline_text(cert: Certification, catalog: Catalog | None = None) -> str:
    return " · ".join(event_text(e, catalog) for e in cert.timeline)


def status_text(cert: Certification, today: date, language: str = "en") -> str:
    """The status on ``today`` in words, e.g. "beta until 2027-01-14"."""
    state = status_on(cert, today, language)
    if state.status is ExamStatus.RETIRED:
        text = "retired" + (f", last day {_day_before(state.since)}" if state.since else "")
    elif state.status is ExamStatus.NOT_YET:
        text = "not offered yet" + (f" (from {state.until.isoformat()})" if state.until else "")
    elif state.status is ExamStatus.BETA:
        text = "beta" + (f" until {state.until.isoformat()}" if state.until else "")
    else:
        text = "available"
        if state.until and state.next_status is ExamStatus.RETIRED:
            text += f", last day {_day_before(state.until)}"
    if language != "en" or any(e.languages for e in cert.timeline):
        text += f", in {language_name(language)}"
    return text


def _day_before(day: date) -> str:
    return date.fromordinal(day.toordinal() - 1).isoformat()


def stale_text(catalog: Catalog, today: date) -> str:
    """A warning when the catalog's newest check is more than 120 days old; else ""."""
    if not catalog.is_stale(today, STALE_AFTER_DAYS):
        return ""
    days = catalog.days_since_check(today)
    when = (
        f"were last checked on {catalog.as_of.isoformat()}, {days} days ago"
        if catalog.as_of is not None and days is not None
        else "have no check date"
    )
    return (
        f"The catalog's facts {when}; exam dates, prices and courses may have changed — "
        f"{UPDATE_HOW}."
    )


def source_text(catalog: Catalog) -> str:
    return "built in" if catalog.source == "builtin" else catalog.source
