"""What each plan was made from, so it can tell what changed in the catalog under it.

One row per plan (``plan_facts``, keyed by the plan's id): the exam as planned (its id,
the language it is sat in, its successor then, its domain weights), each course's hours
then, and the catalog's version and newest check date. ``kept`` lists the alerts the
user chose to keep as they are ("Keep as is"), so they stop showing.

A plan made before these facts were kept has no row; the services then read what they
can from its stored items and say so (:func:`planner.services.alerts.facts_for`).

:func:`migrate_plan_facts` creates the table in an existing file and may run any
number of times.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, Date, ForeignKey, String, Text, inspect
from sqlalchemy.orm import Mapped, Session, mapped_column

from planner.core.catalog_changes import PlanFacts
from planner.storage.models import Base


class PlanFactsRow(Base):
    __tablename__ = "plan_facts"

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plans.id", ondelete="CASCADE"), primary_key=True
    )
    certification_id: Mapped[str] = mapped_column(String(100), default="")
    language: Mapped[str] = mapped_column(String(20), default="en")
    successor_id: Mapped[str] = mapped_column(String(100), default="")
    domains_json: Mapped[str] = mapped_column(Text, default="[]")  # [[name, weight], …]
    course_hours_json: Mapped[str] = mapped_column(Text, default="{}")  # {course id: hours}
    catalog_version: Mapped[str] = mapped_column(String(100), default="")
    catalog_checked: Mapped[date | None] = mapped_column(Date, nullable=True)
    kept_json: Mapped[str] = mapped_column(Text, default="[]")  # alert keys kept as they are


@dataclass(frozen=True)
class StoredFacts:
    """A plan's facts as stored (``exam_date`` is left out: the plan's settings hold it)."""

    facts: PlanFacts
    catalog_version: str = ""
    catalog_checked: date | None = None
    kept: tuple[str, ...] = ()
    derived: bool = False  # read from the plan's items: the plan predates stored facts
    notes: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        f = self.facts
        return {
            "certification_id": f.certification_id,
            "language": f.language,
            "successor_id": f.successor_id or "",
            "domains": [[name, weight] for name, weight in f.domains],
            "course_hours": dict(f.course_hours or {}),
            "catalog_version": self.catalog_version,
            "catalog_checked": self.catalog_checked.isoformat() if self.catalog_checked else None,
            "kept": list(self.kept),
        }

    @staticmethod
    def from_dict(data: dict[str, Any]) -> StoredFacts:
        checked = data.get("catalog_checked")
        return StoredFacts(
            facts=PlanFacts(
                certification_id=str(data["certification_id"]),
                exam_date=None,
                language=str(data.get("language") or "en"),
                successor_id=data.get("successor_id") or None,
                domains=tuple((str(n), float(w)) for n, w in data.get("domains", [])),
                course_hours={str(k): float(v) for k, v in data.get("course_hours", {}).items()},
            ),
            catalog_version=str(data.get("catalog_version") or ""),
            catalog_checked=date.fromisoformat(checked) if checked else None,
            kept=tuple(str(k) for k in data.get("kept", [])),
        )


def read_facts(s: Session, plan_id: int) -> StoredFacts | None:
    row = s.get(PlanFactsRow, plan_id)
    if row is None:
        return None
    return StoredFacts.from_dict(
        {
            "certification_id": row.certification_id,
            "language": row.language,
            "successor_id": row.successor_id,
            "domains": json.loads(row.domains_json or "[]"),
            "course_hours": json.loads(row.course_hours_json or "{}"),
            "catalog_version": row.catalog_version,
            "catalog_checked": row.catalog_checked.isoformat() if row.catalog_checked else None,
            "kept": json.loads(row.kept_json or "[]"),
        }
    )


def write_facts(s: Session, plan_id: int, data: dict[str, Any] | None) -> None:
    """Store ``data`` (:meth:`StoredFacts.to_dict`) as the plan's facts; None removes them."""
    row = s.get(PlanFactsRow, plan_id)
    if data is None:
        if row is not None:
            s.delete(row)
            s.flush()
        return
    if row is None:
        row = PlanFactsRow(plan_id=plan_id)
        s.add(row)
    checked = data.get("catalog_checked")
    row.certification_id = data["certification_id"]
    row.language = data.get("language") or "en"
    row.successor_id = data.get("successor_id") or ""
    row.domains_json = json.dumps(data.get("domains", []), ensure_ascii=False)
    row.course_hours_json = json.dumps(data.get("course_hours", {}), ensure_ascii=False)
    row.catalog_version = data.get("catalog_version") or ""
    row.catalog_checked = date.fromisoformat(checked) if checked else None
    row.kept_json = json.dumps(data.get("kept", []), ensure_ascii=False)
    s.flush()


def migrate_plan_facts(connection: Connection) -> None:
    """Create the ``plan_facts`` table in an existing file (idempotent)."""
    if not inspect(connection).has_table(PlanFactsRow.__tablename__):
        PlanFactsRow.__table__.create(connection)  # type: ignore[attr-defined]
