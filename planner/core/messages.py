"""Translatable messages for every layer, without Qt (pure: the standard library only).

Domain and service code says *what* happened as a :class:`Message` — an identifier
with its arguments — and leaves the wording to the front end:

* ``str(message)`` is the text in the language the front end chose: the app installs
  Qt's translator (:func:`set_backend` from ``planner.ui.i18n``), the command line a
  catalog read from the same ``.ts`` file (:mod:`planner.translations`). With no
  backend it is English.
* :meth:`Message.english` is always English, and :meth:`Message.to_json` gives the
  identifier and arguments: machine output (``--json``) stays language-neutral.

Every English template lives in :data:`TEMPLATES` (error sentences in
:mod:`planner.core.error_texts`, added with the first of them) under the translation context
``Message``; ``pyside6-lupdate`` collects them (``QT_TRANSLATE_NOOP`` marks them, and
plural templates appear in :func:`_plural_sources` as ``translate(…, n)`` calls so that
the tool gives them numerus forms). A template's ``{name}`` fields are filled after
translation, so a translation may reorder them; ``%n`` is the count of a plural.

:func:`translate` is also what the command line calls for its own sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

# (context, source, disambiguation, n) -> text; "" or the source when there is none.
Backend = Callable[[str, str, "str | None", int], str]

CONTEXT = "Message"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for ``pyside6-lupdate`` under ``context``; returns it unchanged."""
    return text


def _english(context: str, source: str, disambiguation: str | None, n: int) -> str:
    """English without a catalog: ``%n`` filled, "(s)" plurals resolved for ``n``."""
    text = source
    if n >= 0 and "(s)" in text:
        text = text.replace("(s)", "" if n == 1 else "s")
    if n >= 0 and "(es)" in text:
        text = text.replace("(es)", "" if n == 1 else "es")
    if n >= 0 and "(ies)" in text:
        text = text.replace("y(ies)", "y" if n == 1 else "ies")
    return text.replace("%n", str(n)) if n >= 0 else text


_backend: Backend | None = None
_date_format: Callable[[date], str] | None = None
_number_format: Callable[[float], str] | None = None


def set_backend(
    backend: Backend | None,
    date_format: Callable[[date], str] | None = None,
    number_format: Callable[[float], str] | None = None,
) -> None:
    """Translate through ``backend`` from now on (None: English). Dates and numbers in
    messages are written by ``date_format`` and ``number_format`` (None: ISO dates and
    ``8``, ``7.5`` as machine output wants them)."""
    global _backend, _date_format, _number_format
    _backend = backend
    _date_format = date_format
    _number_format = number_format


def _arg(value: object, english: bool) -> object:
    if isinstance(value, Message):
        return value.english() if english else str(value)
    if isinstance(value, date):
        return value.isoformat() if english or _date_format is None else _date_format(value)
    if isinstance(value, float):
        return f"{value:g}" if english or _number_format is None else _number_format(value)
    return value


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the chosen language; ``n`` >= 0 picks the plural form and fills ``%n``."""
    if _backend is not None:
        text = _backend(context, source, disambiguation, n)
        if text and text != source:
            return text.replace("%n", str(n)) if n >= 0 and "%n" in text else text
    return _english(context, source, disambiguation, n)


def plural(context: str, source: str, n: int) -> str:
    """``translate(context, source, None, n)`` for a count known only at run time. Its
    source must also appear in a ``translate`` call with a number written out (such as
    :func:`_plural_sources`): only then does lupdate give it plural forms."""
    return translate(context, source, None, n)


class Message:
    """What to tell the user, as an identifier and arguments; the words come later.

    ``count`` chooses the plural form (``%n`` in the template). Arguments that are
    themselves messages are rendered in the same language. Immutable and compared by
    value; a plain class, not a dataclass, so the app's first paint does not load
    ``dataclasses``.
    """

    __slots__ = ("args", "count", "id")
    id: str
    args: Mapping[str, Any]
    count: int

    def __init__(self, id: str, args: Mapping[str, Any] | None = None, count: int = -1) -> None:
        _template(id)  # a KeyError for an id without a template
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "args", dict(args or {}))
        object.__setattr__(self, "count", count)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Message cannot be changed ({name})")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.id, self.args, self.count) == (other.id, other.args, other.count)

    __hash__ = None  # type: ignore[assignment]  # its arguments are a dict

    def __repr__(self) -> str:
        count = f", count={self.count}" if self.count >= 0 else ""
        return f"Message({self.id!r}, {self.args!r}{count})"

    def render(self, *, english: bool = False) -> str:
        template = _template(self.id)
        if english:
            text = _english(CONTEXT, template, None, self.count)
        else:
            text = translate(CONTEXT, template, None, self.count)
        return text.format(**{k: _arg(v, english) for k, v in self.args.items()})

    def english(self) -> str:
        return self.render(english=True)

    def to_json(self) -> dict[str, Any]:
        """Language-neutral: the identifier, the arguments and the English text."""
        args = {
            k: v.to_json()
            if isinstance(v, Message)
            else (v.isoformat() if isinstance(v, date) else v)
            for k, v in sorted(self.args.items())
        }
        out: dict[str, Any] = {"id": self.id, "args": args, "text": self.english()}
        if self.count >= 0:
            out["count"] = self.count
        return out

    def __str__(self) -> str:
        return self.render()


def reason_of(exc: BaseException) -> Message | str:
    """What ``exc`` says, as a message when it was raised with one (to nest in another
    message, so that both translate), else its text."""
    said = getattr(exc, "message", None)
    if isinstance(said, Message):
        return said
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        return exc.args[0]
    return str(exc)


def english_of(value: Message | str) -> str:
    """English for machine output, whatever the chosen language."""
    return value.english() if isinstance(value, Message) else value


# Every message template, by identifier. Fields in braces are filled after translation.
TEMPLATES: dict[str, str] = {
    # Plan status (planner/services/status.py): the status bar and This week's summary.
    "status.on_track": QT_TRANSLATE_NOOP("Message", "on track"),
    "status.ahead": QT_TRANSLATE_NOOP("Message", "ahead by {hours} h"),
    "status.behind": QT_TRANSLATE_NOOP("Message", "behind by {hours} h"),
    "status.all_done": QT_TRANSLATE_NOOP("Message", "all done"),
    # Ways out of a plan that does not fit (planner/core/fixes.py).
    "fix.hours": QT_TRANSLATE_NOOP("Message", "study {hours} h/week (+{extra} h)"),
    "fix.exam": "move the exam to {date} (%n day(s) later)",
    "fix.study_day": QT_TRANSLATE_NOOP(
        "Message", "also study on {day}, sessions as long as now ({hours} h/week)"
    ),
    "fix.drop_one": QT_TRANSLATE_NOOP("Message", "drop the optional {course} (−{hours} h)"),
    "fix.drop_all": QT_TRANSLATE_NOOP("Message", "drop the optional courses (−{hours} h)"),
    # Why a plan does not fit before its exam (planner/core/scheduler.py).
    "fit.needs_hours": QT_TRANSLATE_NOOP(
        "Message",
        "{hours} h of study do not fit before the exam on {exam}: needs {needed} h/week "
        "(you have {have}), or move the exam to {earliest}",
    ),
    "fit.no_hours": QT_TRANSLATE_NOOP(
        "Message",
        "{hours} h of study do not fit before the exam on {exam}: not even the longest "
        "study days would do; move the exam to {earliest}",
    ),
    # Warnings about a schedule (planner/core/scheduler.py, planner/core/progress.py).
    "warn.exam_retired": QT_TRANSLATE_NOOP(
        "Message", "the exam is planned for {date}, after {exam} retires on {retired}"
    ),
    "warn.short_prep": "exam preparation spans %n full week(s); 8 to 12 weeks are recommended",
    "warn.long_prep_hours": QT_TRANSLATE_NOOP(
        "Message",
        "exam preparation spans {weeks} weeks; more than 12 weeks tends to lose momentum — "
        "more hours per week would shorten it",
    ),
    "warn.long_prep": QT_TRANSLATE_NOOP(
        "Message",
        "exam preparation spans {weeks} weeks; more than 12 weeks tends to lose momentum — "
        "consider fewer preparation weeks",
    ),
    "warn.idle_weeks": QT_TRANSLATE_NOOP(
        "Message",
        "{weeks} weeks stay free between your coursework and the exam preparation; an "
        "earlier exam date would use them",
    ),
    "warn.estimates": QT_TRANSLATE_NOOP(
        "Message",
        "{estimated} of {items} items have estimated hours; log your hours so the forecast "
        "learns your pace",
    ),
    "warn.over_sustainable": QT_TRANSLATE_NOOP(
        "Message",
        "keeping the exam on {date} needs {needed} h/week, more than the {have} h/week you "
        "said you can sustain",
    ),
    # Exam readiness (planner/core/readiness.py); percents come written ("75 %").
    "readiness.no_attempts": QT_TRANSLATE_NOOP(
        "Message", "Not yet: no attempts recorded; sit a practice test and record its score"
    ),
    "readiness.ready": QT_TRANSLATE_NOOP(
        "Message", "Ready to book: last two attempts at or above {target} in every domain"
    ),
    "readiness.below": QT_TRANSLATE_NOOP(
        "Message", "Not yet: {domain} at {score} against {target}"
    ),
    "readiness.one_attempt": QT_TRANSLATE_NOOP(
        "Message",
        "Not yet: one attempt at or above {target}; the rule asks for the last two in every domain",
    ),
    "readiness.below_on": QT_TRANSLATE_NOOP(
        "Message", "Not yet: {domain} at {score} against {target} on {date}"
    ),
    "readiness.overall": QT_TRANSLATE_NOOP("Message", "Overall"),
    "shift.score": QT_TRANSLATE_NOOP("Message", "{score} against {target}"),
    "shift.no_score": QT_TRANSLATE_NOOP("Message", "no score yet"),
    "shift.keeps": QT_TRANSLATE_NOOP("Message", "{domain} keeps {hours} h: {score}"),
    "shift.more": QT_TRANSLATE_NOOP("Message", "{domain} gets {hours} h more: {score}"),
    "shift.less": QT_TRANSLATE_NOOP("Message", "{domain} gets {hours} h less: {score}"),
    # Exam logistics (planner/core/logistics.py): sittings, retakes, renewal.
    "logistics.sitting": QT_TRANSLATE_NOOP(
        "Message", "Exam #{id}: {day}{time}, {how}{confirmation}{outcome}"
    ),
    "logistics.online": QT_TRANSLATE_NOOP("Message", "online"),
    "logistics.test_centre": QT_TRANSLATE_NOOP("Message", "at a test centre"),
    "logistics.confirmation": QT_TRANSLATE_NOOP("Message", " (confirmation {code})"),
    "logistics.result": QT_TRANSLATE_NOOP("Message", " — {result}"),
    "result.pass": QT_TRANSLATE_NOOP("Message", "pass"),
    "result.fail": QT_TRANSLATE_NOOP("Message", "fail"),
    "logistics.free_until": QT_TRANSLATE_NOOP(
        "Message", " · free to reschedule or cancel until {day} {time}"
    ),
    "logistics.certified": QT_TRANSLATE_NOOP("Message", "Certified until {day}{recertify}"),
    "logistics.recertify": QT_TRANSLATE_NOOP("Message", " · recertify from {day}"),
    "logistics.rules_as_of": QT_TRANSLATE_NOOP("Message", "(vendor rules as of {day})"),
    "retake.limit": QT_TRANSLATE_NOOP(
        "Message",
        "No retake is allowed now: {sittings} sittings in {span} is the most the vendor "
        "allows; the next attempt is possible from {day}",
    ),
    "retake.span_12_months": QT_TRANSLATE_NOOP("Message", "12 months"),
    "retake.span_years": QT_TRANSLATE_NOOP("Message", "{years} years"),
    "retake.span_days": QT_TRANSLATE_NOOP("Message", "{days} days"),
    "retake.earliest": QT_TRANSLATE_NOOP("Message", "Earliest retake: {day} ({wait}){limit}"),
    "retake.wait_24h": QT_TRANSLATE_NOOP("Message", "24 hours after {nth}"),
    "retake.wait_days": QT_TRANSLATE_NOOP("Message", "{days} days after {nth}"),
    "retake.the_failure": QT_TRANSLATE_NOOP("Message", "the failure"),
    "retake.failure_n": QT_TRANSLATE_NOOP("Message", "failure number {n}"),
    "retake.no_limit": QT_TRANSLATE_NOOP("Message", "; no limit on attempts"),
    "retake.attempt_of": QT_TRANSLATE_NOOP(
        "Message", "; attempt {n} of at most {max} in {days} days"
    ),
    # The retake re-plan's preview and refusals (planner/services/retake.py).
    "retake.earliest_lc": QT_TRANSLATE_NOOP("Message", "earliest retake: {day} ({wait}){limit}"),
    "retake.limit_lc": QT_TRANSLATE_NOOP(
        "Message",
        "no retake is allowed now: {sittings} sittings in {span} is the most the vendor "
        "allows; the next attempt is possible from {day}",
    ),
    "retake.sentence": QT_TRANSLATE_NOOP("Message", "{sentence}."),
    "retake.exam_date": QT_TRANSLATE_NOOP("Message", "Exam date: {old} → {new}."),
    "retake.renewed": "Renewed preparation: {hours} h over %n domain(s) before the retake.",
    "retake.no_study_day": QT_TRANSLATE_NOOP(
        "Message", "No study day is left before the retake: only the exam date moves."
    ),
    "retake.weighted": QT_TRANSLATE_NOOP(
        "Message", "Weighted by your score report and practice attempts:"
    ),
    "retake.shift": QT_TRANSLATE_NOOP("Message", "  {reason}"),
    "retake.by_weights": QT_TRANSLATE_NOOP(
        "Message",
        "Hours follow the exam's domain weights: no score shows a domain below its target "
        "(record the score report's domains as an attempt to steer them).",
    ),
    "retake.no_failed": QT_TRANSLATE_NOOP(
        "Message",
        "There is no failed sitting to retake: record the exam's result first "
        "('study-planner exam result fail').",
    ),
    "retake.no_rules": QT_TRANSLATE_NOOP(
        "Message",
        "The catalog has no retake rules for this exam; give the retake day yourself (--date).",
    ),
    "retake.too_early": QT_TRANSLATE_NOOP("Message", "{day} is too early: {reason}."),
    "retake.after_today": QT_TRANSLATE_NOOP(
        "Message", "The retake day {day} has to be after today."
    ),
    "retake.no_fit": QT_TRANSLATE_NOOP(
        "Message",
        "Re-planned for the retake, the plan does not fit: {reason}. Nothing was changed; "
        "choose a later day.",
    ),
    # Re-planning toward weak domains (planner/services/steer.py).
    "steer.nothing_left": QT_TRANSLATE_NOOP(
        "Message", "No exam domain is left to study; there is nothing to re-weight."
    ),
    "steer.no_change": QT_TRANSLATE_NOOP(
        "Message",
        "{sentence}; re-weighting would move no hours (it needs an attempt that shows a "
        "domain below its target).",
    ),
    # Catalog facts in words (planner/catalog/describe.py).
    "catalog.retired": QT_TRANSLATE_NOOP("Message", "retired"),
    "catalog.retired_last_day": QT_TRANSLATE_NOOP("Message", "retired, last day {day}"),
    "catalog.not_yet": QT_TRANSLATE_NOOP("Message", "not offered yet"),
    "catalog.not_yet_from": QT_TRANSLATE_NOOP("Message", "not offered yet (from {day})"),
    "catalog.beta": QT_TRANSLATE_NOOP("Message", "beta"),
    "catalog.beta_until": QT_TRANSLATE_NOOP("Message", "beta until {day}"),
    "catalog.available": QT_TRANSLATE_NOOP("Message", "available"),
    "catalog.available_last_day": QT_TRANSLATE_NOOP("Message", "available, last day {day}"),
    "catalog.in_language": QT_TRANSLATE_NOOP("Message", "{status}, in {language}"),
    "catalog.event": QT_TRANSLATE_NOOP("Message", "{day} {what}{successor}"),
    "catalog.event_last_day": QT_TRANSLATE_NOOP("Message", "last day{scope}"),
    "catalog.event_beta": QT_TRANSLATE_NOOP("Message", "beta{scope}"),
    "catalog.event_available": QT_TRANSLATE_NOOP("Message", "generally available{scope}"),
    "catalog.scope": QT_TRANSLATE_NOOP("Message", " ({languages})"),
    "catalog.builtin": QT_TRANSLATE_NOOP("Message", "built in"),
    "catalog.stale": QT_TRANSLATE_NOOP(
        "Message",
        "The catalog's facts were last checked on {day}, {days} days ago; exam dates, prices "
        "and courses may have changed — update it with 'study-planner catalog update "
        "FILE-OR-URL' or File › Update Catalog….",
    ),
    "catalog.stale_no_date": QT_TRANSLATE_NOOP(
        "Message",
        "The catalog's facts have no check date; exam dates, prices and courses may have "
        "changed — update it with 'study-planner catalog update FILE-OR-URL' or File › "
        "Update Catalog….",
    ),
    "confidence.high": QT_TRANSLATE_NOOP("Message", "high"),
    "confidence.medium": QT_TRANSLATE_NOOP("Message", "medium"),
    "confidence.low": QT_TRANSLATE_NOOP("Message", "low"),
    "confidence.estimate": QT_TRANSLATE_NOOP("Message", "estimate"),
    "list.join": QT_TRANSLATE_NOOP("Message", "{first}, {rest}"),
    "language.en": QT_TRANSLATE_NOOP("Message", "English"),
    "language.ja": QT_TRANSLATE_NOOP("Message", "Japanese"),
    "language.ko": QT_TRANSLATE_NOOP("Message", "Korean"),
    "language.zh-cn": QT_TRANSLATE_NOOP("Message", "Simplified Chinese"),
    "language.zh": QT_TRANSLATE_NOOP("Message", "Chinese"),
    "language.es": QT_TRANSLATE_NOOP("Message", "Spanish"),
    "language.pt-br": QT_TRANSLATE_NOOP("Message", "Portuguese (Brazil)"),
    "language.fr": QT_TRANSLATE_NOOP("Message", "French"),
    "language.de": QT_TRANSLATE_NOOP("Message", "German"),
    # What changed in the catalog under a plan (planner/core/catalog_changes.py) and the
    # ways out (planner/services/alerts.py).
    "alert.exam_removed": QT_TRANSLATE_NOOP(
        "Message", "The catalog no longer lists the exam {exam}."
    ),
    "alert.exam_retires": QT_TRANSLATE_NOOP(
        "Message", "{name} ({code}) cannot be sat in {language} {on}{last}.{successor}"
    ),
    "alert.on_exam_date": QT_TRANSLATE_NOOP("Message", "on the exam date {date}"),
    "alert.today": QT_TRANSLATE_NOOP("Message", "today"),
    "alert.last_day": QT_TRANSLATE_NOOP("Message", " (last day {day})"),
    "alert.its_successor": QT_TRANSLATE_NOOP("Message", " Its successor is {name} ({code})."),
    "alert.successor": QT_TRANSLATE_NOOP(
        "Message", "{code} now has a successor, {name} ({successor})."
    ),
    "alert.domains_changed": QT_TRANSLATE_NOOP(
        "Message", "The domain weights of {code} changed: {what}."
    ),
    "alert.domain_list": QT_TRANSLATE_NOOP("Message", "the list of domains changed"),
    "alert.derived_note": QT_TRANSLATE_NOOP(
        "Message",
        "This plan was made before Study Planner kept what a plan is made from; what it "
        "was made from was read from its items (exam sat in {language} assumed).",
    ),
    "alert.course_hours": QT_TRANSLATE_NOOP(
        "Message", "{course} now takes {hours} h (planned with {planned} h)."
    ),
    "alert.weight_moved": QT_TRANSLATE_NOOP("Message", "{name} {old}% → {new}%"),
    "alertfix.switch": QT_TRANSLATE_NOOP(
        "Message",
        "Switch to {name} ({code}): re-plans the exam block with its domains and keeps done "
        "work ('study-planner switch-exam --to {id}'); or keep as is "
        "('study-planner keep-as-is').",
    ),
    "alertfix.switch_action": QT_TRANSLATE_NOOP("Message", "Switch to {code}…"),
    "alertfix.weights": QT_TRANSLATE_NOOP(
        "Message",
        "Re-plan the exam block with the new weights, keeping done work "
        "('study-planner switch-exam --to {id}'); or keep as is ('study-planner keep-as-is').",
    ),
    "alertfix.weights_action": QT_TRANSLATE_NOOP("Message", "Re-plan with the new weights…"),
    "alertfix.course_hours": QT_TRANSLATE_NOOP(
        "Message",
        "Set the course's modules to the new hours ('study-planner estimate KEY HOURS', "
        "then 'study-planner rebalance'); or keep as is ('study-planner keep-as-is').",
    ),
    "alertfix.other_exam": QT_TRANSLATE_NOOP(
        "Message",
        "Switch the plan to another exam ('study-planner switch-exam --to ID'; "
        "'study-planner catalog' lists them), or keep as is ('study-planner keep-as-is').",
    ),
    # What an edit of a plan changes (planner/services/edit.py); days off stay ISO.
    "edit.change": QT_TRANSLATE_NOOP("Message", "{what}: {old} → {new}"),
    "edit.hours_per_week": QT_TRANSLATE_NOOP("Message", "hours per week"),
    "edit.study_days": QT_TRANSLATE_NOOP("Message", "study days"),
    "edit.session_start": QT_TRANSLATE_NOOP("Message", "session start"),
    "edit.longest_session": QT_TRANSLATE_NOOP("Message", "longest session"),
    "edit.days_off": QT_TRANSLATE_NOOP("Message", "days off"),
    "edit.exam_date": QT_TRANSLATE_NOOP("Message", "exam date"),
    "edit.prep_weeks": QT_TRANSLATE_NOOP("Message", "preparation weeks"),
    "edit.time_zone": QT_TRANSLATE_NOOP("Message", "time zone"),
    "edit.spaced_review": QT_TRANSLATE_NOOP("Message", "spaced review"),
    "edit.none": QT_TRANSLATE_NOOP("Message", "none"),
    "edit.no_limit": QT_TRANSLATE_NOOP("Message", "no limit"),
    "edit.hours": QT_TRANSLATE_NOOP("Message", "{hours} h"),
    "edit.share": QT_TRANSLATE_NOOP("Message", "{percent} % of the weekly hours"),
    "edit.courses_order": QT_TRANSLATE_NOOP("Message", "courses: new order {steps}"),
    "edit.courses_added": QT_TRANSLATE_NOOP("Message", "courses added: {steps}"),
    "edit.courses_dropped": QT_TRANSLATE_NOOP("Message", "courses dropped: {steps}"),
    "edit.day.0": QT_TRANSLATE_NOOP("Message", "mon"),
    "edit.day.1": QT_TRANSLATE_NOOP("Message", "tue"),
    "edit.day.2": QT_TRANSLATE_NOOP("Message", "wed"),
    "edit.day.3": QT_TRANSLATE_NOOP("Message", "thu"),
    "edit.day.4": QT_TRANSLATE_NOOP("Message", "fri"),
    "edit.day.5": QT_TRANSLATE_NOOP("Message", "sat"),
    "edit.day.6": QT_TRANSLATE_NOOP("Message", "sun"),
    "list.comma": QT_TRANSLATE_NOOP("Message", "{first},{rest}"),
    # Undo/redo labels of operations (planner/core/op_labels.py reads stored ones back).
    "label.tick": QT_TRANSLATE_NOOP("Message", "Tick “{title}”"),
    "label.untick": QT_TRANSLATE_NOOP("Message", "Untick “{title}”"),
    "label.log": QT_TRANSLATE_NOOP("Message", "Log {hours} h on “{title}”"),
    "label.estimate": QT_TRANSLATE_NOOP("Message", "Set “{title}” to {hours} h"),
    "label.move": QT_TRANSLATE_NOOP("Message", "Move “{title}”"),
    "label.resize": QT_TRANSLATE_NOOP("Message", "Resize “{title}”"),
    "label.rename": QT_TRANSLATE_NOOP("Message", "Rename “{title}”"),
    "label.archive": QT_TRANSLATE_NOOP("Message", "Archive “{title}”"),
    "label.unarchive": QT_TRANSLATE_NOOP("Message", "Unarchive “{title}”"),
    "label.duplicate": QT_TRANSLATE_NOOP("Message", "Duplicate “{title}”"),
    "label.delete": QT_TRANSLATE_NOOP("Message", "Delete “{title}”"),
    "label.keep": QT_TRANSLATE_NOOP("Message", "Keep “{title}” as it is"),
    "label.import_busy": QT_TRANSLATE_NOOP("Message", "Import busy days"),
    "label.create": QT_TRANSLATE_NOOP("Message", "Create “{title}”"),
    "label.replan": QT_TRANSLATE_NOOP("Message", "Re-plan"),
    "label.replan_exam": QT_TRANSLATE_NOOP("Message", "Re-plan keeping the exam"),
    "label.replan_hours": QT_TRANSLATE_NOOP("Message", "Re-plan keeping the hours"),
    "label.steer": QT_TRANSLATE_NOOP("Message", "Re-plan toward weak domains"),
    "label.retake": QT_TRANSLATE_NOOP("Message", "Re-plan for the retake on {day}"),
    "label.edit": QT_TRANSLATE_NOOP("Message", "Edit plan"),
    "label.days_off": QT_TRANSLATE_NOOP("Message", "Change days off"),
    "label.switch_exam": QT_TRANSLATE_NOOP("Message", "Switch “{title}” to {code}"),
    "label.update_domains": QT_TRANSLATE_NOOP(
        "Message", "Update “{title}” to the new {code} domains"
    ),
    "label.attempt_add": QT_TRANSLATE_NOOP("Message", "Record attempt of {day}{score}"),
    "label.attempt_edit": QT_TRANSLATE_NOOP("Message", "Edit attempt of {day}{score}"),
    "label.attempt_delete": QT_TRANSLATE_NOOP("Message", "Delete attempt of {day}{score}"),
    "label.attempt_score": QT_TRANSLATE_NOOP("Message", " ({score} %)"),
    "label.attempt_import": QT_TRANSLATE_NOOP("Message", "Import {n} attempts"),
    "label.target": QT_TRANSLATE_NOOP("Message", "Set the readiness target"),
    "label.target_margin": QT_TRANSLATE_NOOP(
        "Message", "Set the readiness target: margin {margin} points"
    ),
    "label.target_mark": QT_TRANSLATE_NOOP(
        "Message", "Set the readiness target: pass mark {mark} %"
    ),
    "label.target_both": QT_TRANSLATE_NOOP(
        "Message", "Set the readiness target: margin {margin} points, pass mark {mark} %"
    ),
    "label.exam_book": QT_TRANSLATE_NOOP("Message", "Book the exam on {day}"),
    "label.exam_result": QT_TRANSLATE_NOOP("Message", "Record the exam result: {result}"),
    "label.exam_result_report": QT_TRANSLATE_NOOP(
        "Message", "Record the exam result: {result} and its score report"
    ),
    # Titles the planner makes up for items, groups and milestones (planner/core/titles.py);
    # the names inside them come from the catalog.
    "title.prep_group": QT_TRANSLATE_NOOP("Message", "{exam} preparation"),
    "title.final_review": QT_TRANSLATE_NOOP("Message", "Final review"),
    "title.diagnostic": QT_TRANSLATE_NOOP("Message", "Diagnostic practice test"),
    "title.practice_exam": QT_TRANSLATE_NOOP("Message", "Practice exam {n}"),
    "title.exam_guide": QT_TRANSLATE_NOOP("Message", "{exam}: official exam guide"),
    "title.review": QT_TRANSLATE_NOOP("Message", "Review — {what}"),
    "title.review_group": QT_TRANSLATE_NOOP("Message", "Spaced review"),
    "title.review_group_share": QT_TRANSLATE_NOOP(
        "Message", "Spaced review ({percent} % of the weekly hours)"
    ),
    "milestone.starts": QT_TRANSLATE_NOOP("Message", "{group} starts"),
    "milestone.done": QT_TRANSLATE_NOOP("Message", "{group} done"),
    "milestone.exam": QT_TRANSLATE_NOOP("Message", "Exam: {exam}"),
    "milestone.the_certification": QT_TRANSLATE_NOOP("Message", "the certification"),
    "milestone.exam_only": QT_TRANSLATE_NOOP("Message", "Exam"),
    "milestone.booked": QT_TRANSLATE_NOOP("Message", "Exam booked: {exam}, {how}{outcome}"),
    "milestone.retake": QT_TRANSLATE_NOOP("Message", "Earliest retake: {exam}"),
    "milestone.renewal": QT_TRANSLATE_NOOP("Message", "Recertification window opens: {exam}"),
    "milestone.expires": QT_TRANSLATE_NOOP("Message", "{exam} expires"),
    # The note on the exam a path leads to (planner/core/catalog.py).
    "exam.retired_when": QT_TRANSLATE_NOOP("Message", "{code}{scope} was retired {when}"),
    "exam.in_language": QT_TRANSLATE_NOOP("Message", " in {language}"),
    "exam.on_day": QT_TRANSLATE_NOOP("Message", "on {day}"),
    "exam.already": QT_TRANSLATE_NOOP("Message", "already"),
    "exam.redirect": QT_TRANSLATE_NOOP(
        "Message", "{name}: {retired}; planning for its successor {successor} ({code})."
    ),
    "exam.beta": QT_TRANSLATE_NOOP("Message", "{code} is in beta{until}.{conditions}"),
    "exam.beta_until": QT_TRANSLATE_NOOP("Message", " until {day}{then}"),
    "exam.ga_then": QT_TRANSLATE_NOOP("Message", " (generally available from then)"),
    "exam.beta_conditions": QT_TRANSLATE_NOOP("Message", " Beta conditions: {note}"),
    "exam.not_yet": QT_TRANSLATE_NOOP("Message", "{code} cannot be booked in {language}{when}."),
    "exam.before": QT_TRANSLATE_NOOP("Message", " before {day}"),
    "exam.yet": QT_TRANSLATE_NOOP("Message", " yet"),
    "exam.no_successor": QT_TRANSLATE_NOOP(
        "Message", "{code} is retired and has no successor in the catalog."
    ),
    "exam.book_by": QT_TRANSLATE_NOOP(
        "Message", "{code} can be sat in {language} until {day}; book it by then."
    ),
    "exam.not_offered": QT_TRANSLATE_NOOP(
        "Message", "{code} is not offered in {language} (offered in: {offered})."
    ),
    "list.semicolon": QT_TRANSLATE_NOOP("Message", "{first}; {rest}"),
    "word.the_exam": QT_TRANSLATE_NOOP("Message", "the exam"),
    # What a catalog update changed (planner/core/catalog_changes.py); the field names
    # are "change.field.<name>", registered from there.
    "change.section.exam": QT_TRANSLATE_NOOP("Message", "Exams: {parts}"),
    "change.section.course": QT_TRANSLATE_NOOP("Message", "Courses: {parts}"),
    "change.section.path": QT_TRANSLATE_NOOP("Message", "Paths: {parts}"),
    "change.added": QT_TRANSLATE_NOOP("Message", "added {label}"),
    "change.retired": QT_TRANSLATE_NOOP("Message", "retired {label}"),
    "change.changed": QT_TRANSLATE_NOOP("Message", "changed {label}"),
    "change.removed": QT_TRANSLATE_NOOP("Message", "removed {label}"),
    "change.with_details": QT_TRANSLATE_NOOP("Message", "{entry} ({details})"),
    "change.none": QT_TRANSLATE_NOOP("Message", "No exams, courses or paths changed."),
    "change.price": QT_TRANSLATE_NOOP("Message", "price USD {old} → {new}"),
    "change.hours": QT_TRANSLATE_NOOP("Message", "hours {old} → {new}"),
    "change.last_day": QT_TRANSLATE_NOOP("Message", "last day {day}{languages}{successor}"),
    "change.in_languages": QT_TRANSLATE_NOOP("Message", " in {languages}"),
    "change.successor": QT_TRANSLATE_NOOP("Message", ", successor {id}"),
    "change.field.name": QT_TRANSLATE_NOOP("Message", "name"),
    "change.field.exam code": QT_TRANSLATE_NOOP("Message", "exam code"),
    "change.field.length": QT_TRANSLATE_NOOP("Message", "length"),
    "change.field.questions": QT_TRANSLATE_NOOP("Message", "questions"),
    "change.field.price": QT_TRANSLATE_NOOP("Message", "price"),
    "change.field.passing score": QT_TRANSLATE_NOOP("Message", "passing score"),
    "change.field.validity": QT_TRANSLATE_NOOP("Message", "validity"),
    "change.field.domain weights": QT_TRANSLATE_NOOP("Message", "domain weights"),
    "change.field.status timeline": QT_TRANSLATE_NOOP("Message", "status timeline"),
    "change.field.languages": QT_TRANSLATE_NOOP("Message", "languages"),
    "change.field.successor": QT_TRANSLATE_NOOP("Message", "successor"),
    "change.field.preparation hours": QT_TRANSLATE_NOOP("Message", "preparation hours"),
    "change.field.link": QT_TRANSLATE_NOOP("Message", "link"),
    "change.field.disputed figures": QT_TRANSLATE_NOOP("Message", "disputed figures"),
    "change.field.title": QT_TRANSLATE_NOOP("Message", "title"),
    "change.field.provider": QT_TRANSLATE_NOOP("Message", "provider"),
    "change.field.platform": QT_TRANSLATE_NOOP("Message", "platform"),
    "change.field.rating": QT_TRANSLATE_NOOP("Message", "rating"),
    "change.field.modules": QT_TRANSLATE_NOOP("Message", "modules"),
    "change.field.steps": QT_TRANSLATE_NOOP("Message", "steps"),
    "change.field.exams": QT_TRANSLATE_NOOP("Message", "exams"),
    "change.field.default cloud": QT_TRANSLATE_NOOP("Message", "default cloud"),
    "change.field.reasoning": QT_TRANSLATE_NOOP("Message", "reasoning"),
    # Where the time zone rules come from (planner/ical/zones.py).
    "zones.rules": QT_TRANSLATE_NOOP("Message", "IANA {version} ({where})"),
    "zones.system": QT_TRANSLATE_NOOP("Message", "the system's zone database"),
    "zones.package": QT_TRANSLATE_NOOP("Message", "the tzdata package"),
    "zones.unknown_version": QT_TRANSLATE_NOOP("Message", "unknown version"),
    # What 'study-planner check' finds (planner/storage/db.py); SQLite's words stay.
    "check.missing": QT_TRANSLATE_NOOP("Message", "There is no plans file at {path} yet."),
    "check.damaged": QT_TRANSLATE_NOOP("Message", "{path} is damaged: {detail}."),
    "check.busy": QT_TRANSLATE_NOOP(
        "Message", "{path} is busy (another program holds it); try again in a moment."
    ),
    "check.newer": QT_TRANSLATE_NOOP(
        "Message", "{path} was written by a newer Study Planner (schema {version})."
    ),
    "check.cannot": QT_TRANSLATE_NOOP("Message", "{path} cannot be checked: {detail}."),
    "check.integrity": QT_TRANSLATE_NOOP("Message", "integrity: {what}"),
    "check.foreign_key": QT_TRANSLATE_NOOP(
        "Message", "foreign key: {table} row {row} points to a missing {parent} row"
    ),
    "check.schema": QT_TRANSLATE_NOOP("Message", "schema: {what}"),
    "check.no_table": QT_TRANSLATE_NOOP("Message", "the table {table} is missing"),
    "check.no_column": QT_TRANSLATE_NOOP("Message", "the column {column} is missing"),
    "check.later_column": QT_TRANSLATE_NOOP(
        "Message", "the column {column} is there although the file says schema {version}"
    ),
    "check.no_index": QT_TRANSLATE_NOOP("Message", "the index {index} is missing"),
    "check.value": QT_TRANSLATE_NOOP("Message", "{table} row {row}: {column} {why}"),
    "check.why_empty": QT_TRANSLATE_NOOP("Message", "is empty"),
    "check.why_bool": QT_TRANSLATE_NOOP("Message", "is not yes or no"),
    "check.why_integer": QT_TRANSLATE_NOOP("Message", "is not a whole number"),
    "check.why_number": QT_TRANSLATE_NOOP("Message", "is not a number"),
    "check.why_not_text": QT_TRANSLATE_NOOP("Message", "is not text"),
    "check.why_bad_text": QT_TRANSLATE_NOOP("Message", "is not valid text"),
    "check.why_kind": QT_TRANSLATE_NOOP("Message", "holds an unknown kind"),
    "check.why_zone": QT_TRANSLATE_NOOP("Message", "is not a time zone this computer knows"),
    "check.why_weekday": QT_TRANSLATE_NOOP("Message", "holds an unknown weekday"),
    "check.why_unreadable": QT_TRANSLATE_NOOP("Message", "cannot be read"),
    # What the calendar export writes besides titles (planner/ical/export.py, tasks.py).
    "ics.study_session": QT_TRANSLATE_NOOP("Message", "Study session"),
    "ics.more": QT_TRANSLATE_NOOP("Message", "{first} + {n} more"),
    "ics.hours": QT_TRANSLATE_NOOP("Message", "{hours} h"),
    "ics.all_done": QT_TRANSLATE_NOOP(
        "Message", "Done: every module of this session is ticked off."
    ),
    "ics.line_done": QT_TRANSLATE_NOOP("Message", "{mark} {label} · {hours} (done)"),
    "ics.course_page": QT_TRANSLATE_NOOP("Message", "Course page: {url}"),
    "ics.plan": QT_TRANSLATE_NOOP("Message", "Plan: {name}"),
    "ics.exam": QT_TRANSLATE_NOOP("Message", "The exam your plan leads to."),
    "ics.milestone": QT_TRANSLATE_NOOP("Message", "A milestone of your plan."),
    "ics.removed": QT_TRANSLATE_NOOP("Message", "Removed from the study plan."),
    "ics.in_one_week": QT_TRANSLATE_NOOP("Message", "{title} in one week"),
    "ics.tomorrow": QT_TRANSLATE_NOOP("Message", "{title} tomorrow"),
    "ics.task": QT_TRANSLATE_NOOP("Message", "{title} · about {hours} h of study."),
    "ics.task_plan": QT_TRANSLATE_NOOP(
        "Message", "Plan: {name}. Ticking it off here ticks it off in Study Planner."
    ),
    # Weekday names inside messages, Monday = 0.
    "weekday.0": QT_TRANSLATE_NOOP("Message", "Mon"),
    "weekday.1": QT_TRANSLATE_NOOP("Message", "Tue"),
    "weekday.2": QT_TRANSLATE_NOOP("Message", "Wed"),
    "weekday.3": QT_TRANSLATE_NOOP("Message", "Thu"),
    "weekday.4": QT_TRANSLATE_NOOP("Message", "Fri"),
    "weekday.5": QT_TRANSLATE_NOOP("Message", "Sat"),
    "weekday.6": QT_TRANSLATE_NOOP("Message", "Sun"),
}

# Error sentences (planner/errors.py and every layer's PlannerError) live in their own
# module, read with the first of them: a start that goes well never needs them.
_ERROR_PREFIXES = ("error.", "skip.", "backup.")


def _template(id: str) -> str:
    """The English template of ``id`` (a KeyError for an unknown one)."""
    template = TEMPLATES.get(id)
    if template is None and id.startswith(_ERROR_PREFIXES):
        from planner.core.error_texts import ERROR_TEMPLATES

        TEMPLATES.update(ERROR_TEMPLATES)
        template = TEMPLATES.get(id)
    if template is None:
        raise KeyError(f"no message template {id!r}")
    return template


# Templates with a count: their English source carries %n and "(s)".
PLURAL_TEMPLATES: frozenset[str] = frozenset({"fix.exam", "warn.short_prep", "retake.renewed"})


def _plural_sources() -> None:  # pragma: no cover - read by pyside6-lupdate, never run
    """The plural templates as ``translate`` calls with a count, so lupdate gives them
    numerus forms (``QT_TRANSLATE_NOOP`` cannot say that a message has a plural, and
    lupdate takes a count only as a number written out)."""
    translate("Message", "move the exam to {date} (%n day(s) later)", None, 2)
    translate(
        "Message",
        "exam preparation spans %n full week(s); 8 to 12 weeks are recommended",
        None,
        2,
    )
    translate(
        "Message",
        "Renewed preparation: {hours} h over %n domain(s) before the retake.",
        None,
        2,
    )
