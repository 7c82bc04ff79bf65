"""What every benchmark shares: sampling, one result row, and the table."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class Row:
    """One figure: our median (and spread) against a baseline measured in the same run."""

    figure: str
    unit: str  # "ms" or "MiB"
    median: float
    low: float
    high: float
    baseline: str
    baseline_median: float
    target: str = ""

    @property
    def ratio(self) -> float:
        return self.median / self.baseline_median if self.baseline_median else float("inf")

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "ratio": round(self.ratio, 3)}


def samples(job: Callable[[], object], repeat: int, warmup: int = 1) -> list[float]:
    """Wall-clock seconds of ``repeat`` runs of ``job`` after ``warmup`` unmeasured ones."""
    for _ in range(warmup):
        job()
    out = []
    for _ in range(repeat):
        began = time.perf_counter()
        job()
        out.append(time.perf_counter() - began)
    return out


def timed_row(
    figure: str,
    ours: Sequence[float],
    baseline: str,
    base: Sequence[float],
    target: str = "",
) -> Row:
    """A row in milliseconds from two lists of seconds."""
    return Row(
        figure=figure,
        unit="ms",
        median=statistics.median(ours) * 1000,
        low=min(ours) * 1000,
        high=max(ours) * 1000,
        baseline=baseline,
        baseline_median=statistics.median(base) * 1000,
        target=target,
    )


def table(rows: Sequence[Row]) -> str:
    head = ("figure", "median", "min–max", "baseline", "baseline median", "ratio", "target")
    body = [
        (
            r.figure,
            f"{r.median:.2f} {r.unit}",
            f"{r.low:.2f}–{r.high:.2f}",
            r.baseline,
            f"{r.baseline_median:.2f} {r.unit}",
            f"{r.ratio:.2f}x",
            r.target,
        )
        for r in rows
    ]
    widths = [max(len(str(x)) for x in col) for col in zip(head, *body, strict=True)]
    lines = [
        "  ".join(str(x).ljust(w) for x, w in zip(line, widths, strict=True)).rstrip()
        for line in (head, *body)
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
