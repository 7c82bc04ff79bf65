"""The undo/redo label of an operation in the front end's language.

Every operation has a label ("Tick “Week 1”", "Book the exam on 2027-03-18"). Since
schema 5 the ``operations`` table keeps it twice: in English (``label``, what scripts
and older versions read) and as a message (``label_json``: identifier and arguments,
:func:`label_to_json`), which the Edit menu and the command line say in the user's
language (:func:`stored_label`). A title inside a label is itself a message where the
planner made it up ("Final review"), so it is translated too.

Rows from before schema 5 have no message: :func:`label_message` reads their English
back by its known shapes, and a label of another shape is shown as it is. The service
layer uses the same shapes to turn a label a caller gave in English (a re-plan, an
edit) into its message before it is stored.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from planner.core.messages import Message

_HOURS = r"(?P<hours>\d+(?:\.\d+)?)"
_DAY = r"(?P<day>\d{4}-\d\d-\d\d)"
_SCORE = r"(?: \((?P<score>\d+(?:\.\d+)?) %\))?"
_SHAPES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), message_id)
    for pattern, message_id in (
        (r"Tick “(?P<title>.*)”", "label.tick"),
        (r"Untick “(?P<title>.*)”", "label.untick"),
        (rf"Log {_HOURS} h on “(?P<title>.*)”", "label.log"),
        (rf"Set “(?P<title>.*)” to {_HOURS} h", "label.estimate"),
        (r"Move “(?P<title>.*)”", "label.move"),
        (r"Resize “(?P<title>.*)”", "label.resize"),
        (r"Rename “(?P<title>.*)”", "label.rename"),
        (r"Archive “(?P<title>.*)”", "label.archive"),
        (r"Unarchive “(?P<title>.*)”", "label.unarchive"),
        (r"Duplicate “(?P<title>.*)”", "label.duplicate"),
        (r"Delete “(?P<title>.*)”", "label.delete"),
        (r"Keep “(?P<title>.*)” as it is", "label.keep"),
        (r"Create “(?P<title>.*)”", "label.create"),
        (r"Import busy days", "label.import_busy"),
        (r"Re-plan", "label.replan"),
        (r"Re-plan keeping the exam", "label.replan_exam"),
        (r"Re-plan keeping the hours", "label.replan_hours"),
        (r"Re-plan toward weak domains", "label.steer"),
        (rf"Re-plan for the retake on {_DAY}", "label.retake"),
        (r"Edit plan", "label.edit"),
        (r"Change days off", "label.days_off"),
        (r"Switch “(?P<title>.*)” to (?P<code>\S+)", "label.switch_exam"),
        (r"Update “(?P<title>.*)” to the new (?P<code>\S+) domains", "label.update_domains"),
        (rf"Record attempt of {_DAY}{_SCORE}", "label.attempt_add"),
        (rf"Edit attempt of {_DAY}{_SCORE}", "label.attempt_edit"),
        (rf"Delete attempt of {_DAY}{_SCORE}", "label.attempt_delete"),
        (r"Import (?P<n>\d+) attempts", "label.attempt_import"),
        (r"Set the readiness target", "label.target"),
        (r"Set the readiness target: margin (?P<margin>[\d.]+) points", "label.target_margin"),
        (r"Set the readiness target: pass mark (?P<mark>[\d.]+) %", "label.target_mark"),
        (
            r"Set the readiness target: margin (?P<margin>[\d.]+) points, "
            r"pass mark (?P<mark>[\d.]+) %",
            "label.target_both",
        ),
        (rf"Book the exam on {_DAY}", "label.exam_book"),
        (r"Record the exam result: (?P<result>pass|fail)", "label.exam_result"),
        (
            r"Record the exam result: (?P<result>pass|fail) and its score report",
            "label.exam_result_report",
        ),
    )
)
_NUMBERS = ("hours", "margin", "mark")


def attempt_label(message_id: str, taken_on: date, score: float | None) -> Message:
    """ "Record attempt of 2027-01-09 (72 %)" and its kin (``label.attempt_*``)."""
    said: Message | str = ""
    if score is not None:
        said = Message("label.attempt_score", {"score": float(score)})
    return Message(message_id, {"day": taken_on, "score": said})


def label_message(label: str) -> Message | str:
    """``label`` as a message when it has a known shape; else the label itself."""
    for pattern, message_id in _SHAPES:
        match = pattern.fullmatch(label)
        if match is None:
            continue
        args: dict[str, object] = dict(match.groupdict())
        for name in _NUMBERS:
            if name in args:
                args[name] = float(str(args[name]))
        if "n" in args:
            args["n"] = int(str(args["n"]))
        if "result" in args:
            args["result"] = Message(f"result.{args['result']}")
        message: Message
        if "score" in args:  # the attempts' labels
            score = args["score"]
            day = date.fromisoformat(str(args["day"]))
            message = attempt_label(message_id, day, None if score is None else float(str(score)))
        else:
            if "day" in args:
                args["day"] = date.fromisoformat(str(args["day"]))
            message = Message(message_id, args)
        if message.english() == label:  # the shape reads back exactly
            return message
    return label


# --- stored form -------------------------------------------------------------------


def _arg_to_json(value: object) -> object:
    if isinstance(value, Message):
        out: dict[str, Any] = {"id": value.id, "args": _args_to_json(value.args)}
        if value.count >= 0:
            out["count"] = value.count
        return {"message": out}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"a label argument cannot be stored: {value!r}")


def _args_to_json(args: Any) -> dict[str, object]:
    return {str(k): _arg_to_json(v) for k, v in sorted(args.items())}


def _arg_from_json(value: object) -> object:
    if isinstance(value, dict):
        if "message" in value:
            return _message_from_json(value["message"])
        if "date" in value:
            return date.fromisoformat(str(value["date"]))
        raise ValueError(f"not a label argument: {value!r}")
    return value


def _message_from_json(data: Any) -> Message:
    args = {str(k): _arg_from_json(v) for k, v in dict(data.get("args", {})).items()}
    return Message(str(data["id"]), args, int(data.get("count", -1)))


def label_to_json(message: Message) -> str:
    """The stored form of a label: ``{"id": …, "args": {…}}``; an argument that is a
    message is ``{"message": {…}}``, a date ``{"date": "2027-03-18"}``."""
    return json.dumps(_arg_to_json(message)["message"], ensure_ascii=False, separators=(",", ":"))  # type: ignore[index]


def stored_label(label: str, label_json: str = "") -> Message | str:
    """An operation's label as the front end shows it: the stored message, or for a row
    from before schema 5 (or a message this version does not know) the English read
    back by its shape."""
    if label_json:
        try:
            message = _message_from_json(json.loads(label_json))
            message.english()  # every field its template needs is there
            return message
        except (ValueError, KeyError, IndexError, TypeError, AttributeError):
            pass  # a message of a newer version, or damaged: the English still says it
    return label_message(label)
