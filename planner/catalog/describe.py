"""Plain-text descriptions of catalog facts, shared by the CLI overview and the Catalog view."""

from __future__ import annotations

from datetime import date

from planner.core.catalog import (
    Catalog,
    Certification,
    Confidence,
    ExamStatus,
    StatusEvent,
    language_message,
    status_on,
)
from planner.core.messages import Message, english_of

STALE_AFTER_DAYS = 120


def _languages(codes: tuple[str, ...]) -> Message | str:
    """``"English, Japanese"`` as nested messages."""
    names = [language_message(c) for c in codes]
    joined: Message | str = names[-1] if names else ""
    for name in reversed(names[:-1]):
        joined = Message("list.join", {"first": name, "rest": joined})
    return joined


def event_message(event: StatusEvent, catalog: Catalog | None = None) -> Message:
    """``"2026-09-28 last day (English) → MLA-C02"`` as a message."""
    scope: Message | str = (
        Message("catalog.scope", {"languages": _languages(event.languages)})
        if event.languages
        else ""
    )
    if event.status is ExamStatus.RETIRED:
        what = Message("catalog.event_last_day", {"scope": scope})
    elif event.status is ExamStatus.BETA:
        what = Message("catalog.event_beta", {"scope": scope})
    else:
        what = Message("catalog.event_available", {"scope": scope})
    successor = ""
    if event.successor_id:
        cert = catalog.certifications.get(event.successor_id) if catalog else None
        successor = f" → {cert.exam_code if cert else event.successor_id}"
    return Message("catalog.event", {"day": event.day, "what": what, "successor": successor})


def event_text(event: StatusEvent, catalog: Catalog | None = None) -> str:
    """``"2026-09-28 last day (English) → MLA-C02"``."""
    return event_message(event, catalog).english()


def timeline_text(cert: Certification, catalog: Catalog | None = None) -> str:
    return " · ".join(event_text(e, catalog) for e in cert.timeline)


def status_message(
    cert: Certification, today: date, language: str = "en", say_language: bool = True
) -> Message:
    """The status on ``today`` in words, e.g. "beta until 2027-01-14" (ISO in English
    text; the app writes the day in the user's locale). ``say_language``: add ", in
    English" where it matters."""
    state = status_on(cert, today, language)
    if state.status is ExamStatus.RETIRED:
        status = (
            Message("catalog.retired_last_day", {"day": _day_before(state.since)})
            if state.since
            else Message("catalog.retired")
        )
    elif state.status is ExamStatus.NOT_YET:
        status = (
            Message("catalog.not_yet_from", {"day": state.until})
            if state.until
            else Message("catalog.not_yet")
        )
    elif state.status is ExamStatus.BETA:
        status = (
            Message("catalog.beta_until", {"day": state.until})
            if state.until
            else Message("catalog.beta")
        )
    elif state.until and state.next_status is ExamStatus.RETIRED:
        status = Message("catalog.available_last_day", {"day": _day_before(state.until)})
    else:
        status = Message("catalog.available")
    if say_language and (language != "en" or any(e.languages for e in cert.timeline)):
        return Message(
            "catalog.in_language", {"status": status, "language": language_message(language)}
        )
    return status


def status_text(cert: Certification, today: date, language: str = "en") -> str:
    """The status on ``today`` in words, e.g. "beta until 2027-01-14"."""
    return status_message(cert, today, language).english()


def _day_before(day: date) -> date:
    return date.fromordinal(day.toordinal() - 1)


def stale_message(catalog: Catalog, today: date) -> Message | None:
    """A warning when the catalog's newest check is more than 120 days old; else None."""
    if not catalog.is_stale(today, STALE_AFTER_DAYS):
        return None
    days = catalog.days_since_check(today)
    if catalog.as_of is not None and days is not None:
        return Message("catalog.stale", {"day": catalog.as_of, "days": days})
    return Message("catalog.stale_no_date")


def stale_text(catalog: Catalog, today: date) -> str:
    """:func:`stale_message` in English (machine output); "" when the catalog is fresh."""
    message = stale_message(catalog, today)
    return message.english() if message is not None else ""


def source_message(catalog: Catalog) -> Message | str:
    """Where the catalog came from: "built in", or its file or address."""
    return Message("catalog.builtin") if catalog.source == "builtin" else catalog.source


def source_text(catalog: Catalog) -> str:
    return english_of(source_message(catalog))


def confidence_message(confidence: Confidence) -> Message:
    """How sure the catalog is of a fact: "high", "medium", "low", "estimate"."""
    return Message(f"confidence.{confidence.value}")
