"""``status_on``: an exam's status on a day, in a language, from its dated timeline."""

from __future__ import annotations

from datetime import date

from planner.core.catalog import (
    Certification,
    Cloud,
    ExamStatus,
    Provenance,
    StatusEvent,
    status_on,
)


def exam(*events: StatusEvent, languages: tuple[str, ...] = ()) -> Certification:
    return Certification(
        id="x",
        name="X",
        vendor="V",
        cloud=Cloud.AWS,
        exam_code="X-01",
        status="active",
        minutes=60,
        questions="50",
        price_usd=100,
        recommended_experience="",
        validity="",
        domains=(),
        url="",
        provenance=Provenance(),
        timeline=events,
        languages=languages,
        successor_id="y",
    )


C01 = exam(
    StatusEvent(date(2024, 10, 8), ExamStatus.AVAILABLE),
    StatusEvent(date(2026, 9, 28), ExamStatus.RETIRED, ("en",), "y"),
    StatusEvent(date(2027, 1, 13), ExamStatus.RETIRED, (), "y"),
    languages=("en", "ja", "ko", "zh-CN"),
)
C02 = exam(
    StatusEvent(date(2026, 9, 29), ExamStatus.BETA, ("en",), note="one attempt"),
    StatusEvent(date(2027, 1, 14), ExamStatus.AVAILABLE),
)


def test_a_retirement_for_one_language_leaves_the_others_bookable() -> None:
    assert status_on(C01, date(2026, 9, 28), "en").status is ExamStatus.AVAILABLE
    english = status_on(C01, date(2026, 9, 29), "en")
    assert (english.status, english.since, english.successor_id) == (
        ExamStatus.RETIRED,
        date(2026, 9, 29),
        "y",
    )
    japanese = status_on(C01, date(2026, 12, 1), "ja")
    assert japanese.status is ExamStatus.AVAILABLE and japanese.until == date(2027, 1, 14)
    assert status_on(C01, date(2026, 12, 1), "zh-cn").status is ExamStatus.AVAILABLE
    assert status_on(C01, date(2027, 1, 14), "ja").status is ExamStatus.RETIRED
    # English stays retired from its own (earlier) date on.
    assert status_on(C01, date(2027, 2, 1), "en").since == date(2026, 9, 29)


def test_a_beta_carries_its_conditions_and_ends_at_general_availability() -> None:
    beta = status_on(C02, date(2026, 11, 30), "en")
    assert beta.status is ExamStatus.BETA and beta.bookable
    assert (beta.note, beta.until, beta.next_status) == (
        "one attempt",
        date(2027, 1, 14),
        ExamStatus.AVAILABLE,
    )
    assert status_on(C02, date(2026, 11, 30), "ja").status is ExamStatus.NOT_YET
    assert status_on(C02, date(2027, 1, 14), "ja").status is ExamStatus.AVAILABLE


def test_languages_the_exam_is_not_offered_in_are_flagged() -> None:
    assert not status_on(C01, date(2025, 1, 1), "de").offered_in_language
    assert status_on(C01, date(2025, 1, 1), "ja").offered_in_language
    assert status_on(exam(), date(2025, 1, 1), "de").status is ExamStatus.AVAILABLE
