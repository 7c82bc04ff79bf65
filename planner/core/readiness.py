"""Exam readiness from the learner's own practice results, and hours steered by it.

Pure functions over recorded attempts; "today" is a parameter.

**The rule** (the README's "Exam readiness" explains it to users):

* Each attempt counts with a weight that halves every ``half_life`` days (14 by
  default): an attempt today counts 1, two weeks ago 0.5, four weeks ago 0.25.
* Per exam domain, the **estimate** is the weighted mean of the attempts' scores for
  that domain, and the **spread** the weighted standard deviation around it. An
  attempt that gives only an overall score counts that score for every domain.
* The **target** is the pass mark plus the user's margin (at most 100 %).
* **Overall** readiness is the domains' estimates weighted by the exam's domain weights.
* **Ready to book** when the last two attempts are each at or above the target in every
  domain. Otherwise the sentence names the domain furthest below the target.

**Steering** (:func:`reweight`): the remaining exam-domain hours are moved toward weak
domains in proportion to weight × gap (target − estimate); every domain keeps a floor
(a share of its current hours) and the total is conserved to the 15-minute granule.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from planner.core.build import split_by_weights
from planner.core.messages import Message
from planner.core.plan import ItemKind, PlanItem
from planner.core.scheduler import granules_to_hours, hours_to_granules

HALF_LIFE_DAYS = 14
OVERALL = "Overall"  # the one "domain" of an exam without domains (stored in English)
DEFAULT_PASS_MARK = 70.0  # when the vendor publishes none (Google's exams are pass/fail)
DEFAULT_MARGIN = 5.0
DEFAULT_FLOOR = 0.5  # share of its current hours every domain keeps on a re-weighting


@dataclass(frozen=True, slots=True)
class DomainScore:
    domain: str
    score: float  # percent


@dataclass(frozen=True, slots=True)
class Attempt:
    id: int
    taken_on: date
    score: float | None  # overall, percent
    source: str = ""
    domains: tuple[DomainScore, ...] = ()

    def score_for(self, domain: str) -> float | None:
        """This attempt's score for ``domain``: its own figure, else the overall score."""
        for d in self.domains:
            if d.domain == domain:
                return d.score
        return self.score


@dataclass(frozen=True, slots=True)
class ExamDomain:
    name: str
    weight: float  # percent (the midpoint of the published range)
    key: str = ""  # the plan item that prepares it


_TITLE = re.compile(r"^(?P<name>.*) \((?P<low>\d+(?:\.\d+)?)(?:–(?P<high>\d+(?:\.\d+)?))?%\)$")


RETAKE_PREFIX = "Retake — "


def plan_domains(items: Sequence[PlanItem]) -> tuple[ExamDomain, ...]:
    """The exam domains of a plan, from its exam-domain items (``"Name (12–14%)"``).

    A retake's renewed preparation (``"Retake — Name (13%)"``) prepares the same domain
    again: the domain keeps its place and is prepared by the newest item from then on.
    """
    found: dict[str, ExamDomain] = {}
    for item in items:
        if item.kind is not ItemKind.EXAM_DOMAIN:
            continue
        title = item.title.removeprefix(RETAKE_PREFIX)
        match = _TITLE.match(title)
        if match is None:
            domain = ExamDomain(title, 1.0, item.key)
        else:
            low = float(match["low"])
            high = float(match["high"]) if match["high"] else low
            domain = ExamDomain(match["name"], (low + high) / 2, item.key)
        found[domain.name] = domain
    return tuple(found.values())


def pass_mark_of(passing_score: str | None) -> float | None:
    """``"750/1000"`` → 75.0, ``"70%"`` → 70.0; None when the vendor publishes none."""
    if not passing_score:
        return None
    scaled = re.search(r"(\d+(?:\.\d+)?)\s*/\s*(\d+(?:\.\d+)?)", passing_score)
    if scaled and float(scaled[2]) > 0:
        return round(100 * float(scaled[1]) / float(scaled[2]), 2)
    percent = re.search(r"(\d+(?:\.\d+)?)\s*%", passing_score)
    return float(percent[1]) if percent else None


def match_domain(text: str, domains: Sequence[ExamDomain]) -> ExamDomain | None:
    """The domain ``text`` names: its number (``"3"``), its name, or a unique part of it."""
    text = text.strip()
    if text.isdigit() and 1 <= int(text) <= len(domains):
        return domains[int(text) - 1]
    low = text.lower()
    exact = [d for d in domains if d.name.lower() == low]
    if exact:
        return exact[0]
    partial = [d for d in domains if low and low in d.name.lower()]
    return partial[0] if len(partial) == 1 else None


@dataclass(frozen=True, slots=True)
class DomainReadiness:
    name: str
    weight: float
    target: float
    estimate: float | None  # None: no attempt scores it
    spread: float | None
    trend: tuple[tuple[date, float], ...]  # (day, score) per attempt, oldest first
    key: str = ""

    @property
    def label(self) -> Message | str:
        """The name to show: "Overall" (in the user's language) when the exam has no
        domains, else the domain's catalog name."""
        return Message("readiness.overall") if self.name == OVERALL and not self.key else self.name

    @property
    def gap(self) -> float:
        """How far the estimate lies below the target (0 when at or above)."""
        return 0.0 if self.estimate is None else max(self.target - self.estimate, 0.0)


@dataclass(frozen=True, slots=True)
class Readiness:
    domains: tuple[DomainReadiness, ...]
    overall: float | None
    target: float
    pass_mark: float
    margin: float
    attempts: int
    ready: bool
    message: Message  # "Not yet: …" / "Ready to book: …"

    @property
    def sentence(self) -> str:
        """The readiness sentence in English (machine output; the app shows ``message``)."""
        return self.message.english()


def _pct(value: float) -> str:
    """Whole percents: estimates are rough, and "58 %" reads at a glance."""
    return f"{value:.0f} %"


def weight_of(taken_on: date, today: date, half_life: float = HALF_LIFE_DAYS) -> float:
    """An attempt's weight: 1 today, halving every ``half_life`` days."""
    age = max((today - taken_on).days, 0)
    return float(0.5 ** (age / half_life))


def readiness(
    attempts: Sequence[Attempt],
    domains: Sequence[ExamDomain],
    today: date,
    pass_mark: float = DEFAULT_PASS_MARK,
    margin: float = DEFAULT_MARGIN,
    half_life: float = HALF_LIFE_DAYS,
) -> Readiness:
    """Readiness on ``today`` from ``attempts`` (see the module docstring for the rule)."""
    target = min(pass_mark + margin, 100.0)
    ordered = sorted(attempts, key=lambda a: (a.taken_on, a.id))
    names = [d.name for d in domains] or [OVERALL]
    weights = [d.weight for d in domains] or [1.0]
    keys = [d.key for d in domains] or [""]
    result: list[DomainReadiness] = []
    for name, weight, key in zip(names, weights, keys, strict=True):
        points = [
            (a.taken_on, s)
            for a in ordered
            if (s := (a.score if not domains else a.score_for(name))) is not None
        ]
        estimate = spread = None
        if points:
            w = [weight_of(day, today, half_life) for day, _ in points]
            total = sum(w)
            estimate = sum(wi * s for wi, (_, s) in zip(w, points, strict=True)) / total
            var = sum(wi * (s - estimate) ** 2 for wi, (_, s) in zip(w, points, strict=True))
            spread = math.sqrt(var / total)
        result.append(DomainReadiness(name, weight, target, estimate, spread, tuple(points), key))
    known = [d for d in result if d.estimate is not None]
    overall = None
    if known and len(known) == len(result):
        weight_sum = sum(d.weight for d in known) or 1.0
        overall = sum(d.weight * (d.estimate or 0.0) for d in known) / weight_sum

    def at_target(a: Attempt) -> bool:
        if not domains:
            return a.score is not None and a.score >= target
        return all((s := a.score_for(n)) is not None and s >= target for n in names)

    last_two = ordered[-2:]
    ready = len(last_two) == 2 and all(at_target(a) for a in last_two)
    if not ordered:
        sentence = Message("readiness.no_attempts")
    elif ready:
        sentence = Message("readiness.ready", {"target": _pct(target)})
    else:
        below = [d for d in result if d.estimate is not None and d.estimate < target]
        if below:
            worst = max(below, key=lambda d: (d.target - (d.estimate or 0.0), -result.index(d)))
            assert worst.estimate is not None
            sentence = Message(
                "readiness.below",
                {"domain": worst.label, "score": _pct(worst.estimate), "target": _pct(target)},
            )
        elif len(ordered) < 2:
            sentence = Message("readiness.one_attempt", {"target": _pct(target)})
        else:
            attempt = next(a for a in reversed(last_two) if not at_target(a))
            name = next((n for n in names if (attempt.score_for(n) or 0.0) < target), names[0])
            score = attempt.score_for(name) if domains else attempt.score
            sentence = Message(
                "readiness.below_on",
                {
                    "domain": name if domains else Message("readiness.overall"),
                    "score": _pct(score or 0.0),
                    "target": _pct(target),
                    "date": attempt.taken_on,
                },
            )
    return Readiness(
        domains=tuple(result),
        overall=overall,
        target=target,
        pass_mark=pass_mark,
        margin=margin,
        attempts=len(ordered),
        ready=ready,
        message=sentence,
    )


# --- steering the remaining preparation ----------------------------------------------


@dataclass(frozen=True, slots=True)
class Shift:
    """One domain's hours before and after a re-weighting, and why."""

    key: str
    name: str
    before: float
    after: float
    estimate: float | None
    target: float

    @property
    def change(self) -> float:
        return self.after - self.before

    @property
    def reason(self) -> str:
        """``"Deployment gets 6 h more: 58 % against 72 %"`` in English (machine output)."""
        return self.reason_message.english()

    @property
    def reason_message(self) -> Message:
        """Why this domain's hours change, for the app (:attr:`reason` in its language)."""
        score = (
            Message("shift.score", {"score": _pct(self.estimate), "target": _pct(self.target)})
            if self.estimate is not None
            else Message("shift.no_score")
        )
        args = {"domain": self.name, "score": score}
        if abs(self.change) < 1e-9:
            return Message("shift.keeps", {**args, "hours": self.before})
        kind = "shift.more" if self.change > 0 else "shift.less"
        return Message(kind, {**args, "hours": abs(self.change)})


def reweight(
    remaining: Mapping[str, float],
    state: Readiness,
    floor: float = DEFAULT_FLOOR,
) -> tuple[Shift, ...]:
    """Move the ``remaining`` exam-domain hours (item key → hours) toward weak domains.

    Each domain keeps ``floor`` × its current hours (rounded down to a granule); the
    rest is shared by weight × gap. Domains without a score keep their hours. Hours
    are conserved exactly; with no gap anywhere nothing moves.
    """
    if not 0 <= floor <= 1:
        raise ValueError("the floor must lie between 0 and 1")
    by_key = {d.key: d for d in state.domains if d.key}
    keys = [k for k in remaining if k in by_key]
    scored = [k for k in keys if by_key[k].estimate is not None]
    granules = {k: hours_to_granules(remaining[k]) for k in keys}
    after = dict(granules)
    needs = [by_key[k].weight * by_key[k].gap for k in scored]
    if scored and sum(needs) > 0:
        floors = {k: math.floor(granules[k] * floor) for k in scored}
        pool = sum(granules[k] - floors[k] for k in scored)
        extra = split_by_weights(pool, needs)
        for k, g in zip(scored, extra, strict=True):
            after[k] = floors[k] + g
    return tuple(
        Shift(
            key=k,
            name=by_key[k].name,
            before=granules_to_hours(granules[k]),
            after=granules_to_hours(after[k]),
            estimate=by_key[k].estimate,
            target=by_key[k].target,
        )
        for k in keys
    )


# --- preparing a retake ----------------------------------------------------------------

RETAKE_GROUP = "retake"


def retake_preparation(
    domains: Sequence[ExamDomain],
    state: Readiness,
    hours: float,
    round_no: int,
    floor: float = DEFAULT_FLOOR,
) -> tuple[tuple[Shift, ...], tuple[PlanItem, ...]]:
    """Renewed preparation for a retake: ``hours`` over the exam's domains, steered by the
    score report and the practice attempts.

    The hours are first split by the domains' exam weights (each shift's ``before``), then
    moved toward the weak domains exactly as :func:`reweight` moves the remaining
    preparation (its ``after``): weight × gap, a floor per domain, hours conserved to the
    granule. The items are exam-domain items, one per domain with hours left, keyed
    ``retake-<n>/<i>`` and titled "Retake — <domain> (<weight>%)", in the domains' order;
    :func:`plan_domains` reads them as the same domains.
    """
    if not domains:
        return (), ()
    granules = hours_to_granules(hours) if hours > 0 else 0
    split = split_by_weights(granules, [d.weight for d in domains])
    keyed = [(f"{RETAKE_GROUP}-{round_no}/{n}", d) for n, d in enumerate(domains, start=1)]
    by_name = {d.name: d for d in state.domains}
    steered = Readiness(
        domains=tuple(
            DomainReadiness(
                d.name,
                d.weight,
                state.target,
                by_name[d.name].estimate if d.name in by_name else None,
                by_name[d.name].spread if d.name in by_name else None,
                by_name[d.name].trend if d.name in by_name else (),
                key,
            )
            for key, d in keyed
        ),
        overall=state.overall,
        target=state.target,
        pass_mark=state.pass_mark,
        margin=state.margin,
        attempts=state.attempts,
        ready=state.ready,
        message=state.message,
    )
    remaining = {key: granules_to_hours(g) for (key, _), g in zip(keyed, split, strict=True)}
    shifts = reweight(remaining, steered, floor)
    group_title = f"Retake preparation ({_ordinal(round_no)} retake)"
    weights = {key: d.weight for key, d in keyed}
    items = tuple(
        PlanItem(
            key=s.key,
            title=f"{RETAKE_PREFIX}{s.name} ({weights[s.key]:g}%)",
            kind=ItemKind.EXAM_DOMAIN,
            hours=s.after,
            group=f"{RETAKE_GROUP}-{round_no}",
            group_title=group_title,
            hours_is_estimate=True,
        )
        for s in shifts
        if s.after > 0
    )
    return shifts, items


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
