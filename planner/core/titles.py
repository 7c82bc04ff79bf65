"""Titles the planner makes up, in the front end's language.

The builder, the scheduler and the spaced review name some items, groups and milestones
themselves: "Final review", "Practice exam 2", "<exam> preparation", "Review — <domain>:
<module>", "<course> done", "Exam: <exam>". A plan stores them in English (the
``plan_items`` rows, the baselines' JSON, ``--json`` output and scripts read that), and
the names inside them — courses, modules, exams, domains — come from the catalog and
stay as they are.

The functions here give such a title as a :class:`Message` built from the item's kind,
key and the catalog names inside the stored text, so ``str()`` of it is in the chosen
language. Nothing needs migrating: plans made by any version read the same way. A title
is a message only when the English it renders is exactly the stored text, so a title
the user changed, or one of an unknown shape, is shown as stored.

Pure: the standard library and :mod:`planner.core.messages` only (``planner.core.plan``
imports this module).
"""

from __future__ import annotations

import re
from typing import Protocol

from planner.core.messages import Message

PREP_GROUP_SUFFIX = " preparation"
REVIEW_GROUP = "review"
_PREP_KINDS = frozenset({"exam_domain", "practice_exam", "review"})
_PRACTICE = re.compile(r"prep/practice-(?P<n>\d+)")
_SHARE_TITLE = re.compile(r"Spaced review \((?P<pct>\d+(?:\.\d+)?) % of the weekly hours\)")


class _Item(Protocol):
    @property
    def key(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def group(self) -> str: ...
    @property
    def group_title(self) -> str: ...


class _Milestone(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def title(self) -> str: ...


def _exact(message: Message, stored: str) -> Message | str:
    """``message`` when it reads back as ``stored`` in English, else ``stored``."""
    return message if message.english() == stored else stored


def prep_group_message(exam_name: str) -> Message:
    """The exam preparation block's group title, "<exam> preparation"."""
    return Message("title.prep_group", {"exam": exam_name})


def review_group_message(share: float) -> Message:
    """The spaced review's group title, with the share of the weekly hours it may take."""
    return Message("title.review_group_share", {"percent": share * 100})


def review_title_message(what: str) -> Message:
    """A spaced review item: "Review — <domain>: <module>; <module> — <domain>: …"."""
    return Message("title.review", {"what": what})


def group_text(group: str, group_title: str, kind: str = "") -> Message | str:
    """A group title as a message when the planner made it (see the module docstring)."""
    if group == REVIEW_GROUP:
        if group_title == "Spaced review":
            return Message("title.review_group")
        if m := _SHARE_TITLE.fullmatch(group_title):
            return _exact(review_group_message(float(m["pct"]) / 100), group_title)
        return group_title
    if (not kind or kind in _PREP_KINDS) and group_title.endswith(PREP_GROUP_SUFFIX):
        name = group_title.removesuffix(PREP_GROUP_SUFFIX)
        if name:
            return prep_group_message(name)
    return group_title


def group_title(item: _Item) -> Message | str:
    """``item.group_title`` in the chosen language where the planner made it up."""
    return group_text(item.group, item.group_title, str(item.kind))


def item_title(item: _Item) -> Message | str:
    """``item.title`` in the chosen language where the planner made it up."""
    if item.group == REVIEW_GROUP or str(item.kind) in _PREP_KINDS:
        return key_title(item.key, item.title)
    return item.title


def key_title(key: str, title: str) -> Message | str:
    """A title stored with its item's key (a running timer's, say) as :func:`item_title`
    gives it: the key says which item the planner made."""
    if key.startswith(REVIEW_GROUP + "/") and title.startswith("Review — "):
        return review_title_message(title.removeprefix("Review — "))
    if not key.startswith("prep/"):
        return title
    if key == "prep/review":
        return _exact(Message("title.final_review"), title)
    if key == "prep/diagnostic":
        return _exact(Message("title.diagnostic"), title)
    if m := _PRACTICE.fullmatch(key):
        return _exact(Message("title.practice_exam", {"n": int(m["n"])}), title)
    if key == "prep/1-exam-guide" and title.endswith(": official exam guide"):
        return Message("title.exam_guide", {"exam": title.removesuffix(": official exam guide")})
    return title


def milestone_text(milestone: _Milestone) -> Message | str:
    """A stored milestone's title in the chosen language (made by the scheduler)."""
    kind, title = str(milestone.kind), milestone.title
    if kind == "prep_start" and title.endswith(" starts"):
        group = title.removesuffix(" starts")
        return Message("milestone.starts", {"group": group_text("", group)})
    if kind in ("course_done", "project_done") and title.endswith(" done"):
        return Message("milestone.done", {"group": title.removesuffix(" done")})
    if kind == "exam" and title.startswith("Exam: "):
        name = title.removeprefix("Exam: ")
        exam = Message("milestone.the_certification") if name == "the certification" else name
        return Message("milestone.exam", {"exam": exam})
    return title
