"""The undo/redo label of an operation in the front end's language.

Labels are stored in English in the ``operations`` table ("Tick “Week 1”"), the way the
command line and scripts read them. The app reads a stored label back into a
:class:`Message` by its known shapes, so old rows are translated too and no row changes;
a label of another shape is shown as it is.
"""

from __future__ import annotations

import re

from planner.core.messages import Message

_HOURS = r"(?P<hours>\d+(?:\.\d+)?)"
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
        (r"Import busy days", "label.import_busy"),
    )
)


def label_message(label: str) -> Message | str:
    """``label`` as a message when it has a known shape; else the label itself."""
    for pattern, message_id in _SHAPES:
        match = pattern.fullmatch(label)
        if match is None:
            continue
        args: dict[str, object] = dict(match.groupdict())
        if "hours" in args:
            args["hours"] = float(str(args["hours"]))
        message = Message(message_id, args)
        if message.english() == label:  # the shape reads back exactly
            return message
    return label
