"""Schema 5: undo labels as messages, and the spaced review's share as a plan setting.

* ``operations.label_json``: each operation's label as a message identifier and its
  arguments (:mod:`planner.core.op_labels`), so the Edit menu and the command line say
  it in the user's language; the English ``label`` stays for scripts. Rows from before
  are left with "" and read back from their English by shape.
* ``plans.review_share``: the share of the weekly hours for spaced review, which plans
  before kept only in the review group's title ("Spaced review (10 % of the weekly
  hours)") or, made before reviews named their exam domain, nowhere. Each stored
  baseline gets the share its own schedule was made with (so undo and redo of an edit
  restore it), and the plan the share of the baseline in force.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, inspect

from planner.core.review import stored_review_share


def migrate_to_v5(connection: Connection) -> None:
    # A file migrated from schema 2 in the same run already has it: the step to schema 3
    # creates the operations table from the current model.
    if "label_json" not in {c["name"] for c in inspect(connection).get_columns("operations")}:
        connection.exec_driver_sql(
            "ALTER TABLE operations ADD COLUMN label_json TEXT NOT NULL DEFAULT ''"
        )
    connection.exec_driver_sql("ALTER TABLE plans ADD COLUMN review_share FLOAT NOT NULL DEFAULT 0")
    rows = connection.exec_driver_sql(
        "SELECT b.id, b.schedule_json FROM baselines AS b WHERE b.schedule_json LIKE '%\"review/%'"
    ).all()
    for baseline_id, text in rows:
        # A damaged or hand-edited baseline is left as it is ('study-planner check' names
        # it): one bad plan must not keep the whole file from opening.
        try:
            schedule = json.loads(text)
            share = stored_review_share(schedule)
        except (ValueError, KeyError, TypeError, AttributeError):
            continue
        if share <= 0 or not isinstance(schedule.get("settings"), dict):
            continue
        schedule["settings"]["review_share"] = share
        connection.exec_driver_sql(
            "UPDATE baselines SET schedule_json = ? WHERE id = ?",
            (json.dumps(schedule, separators=(",", ":")), baseline_id),
        )
    # The plan's share is that of the baseline in force: the one it points at, else
    # its newest.
    plans = connection.exec_driver_sql(
        """
        SELECT p.id, b.schedule_json FROM plans AS p JOIN baselines AS b ON b.id = COALESCE(
            p.baseline_id, (SELECT MAX(x.id) FROM baselines AS x WHERE x.plan_id = p.id))
        WHERE b.schedule_json LIKE '%"review_share"%'
        """
    ).all()
    for plan_id, text in plans:
        try:
            share = float(json.loads(text)["settings"]["review_share"])
        except (ValueError, KeyError, TypeError, AttributeError):
            continue
        connection.exec_driver_sql(
            "UPDATE plans SET review_share = ? WHERE id = ?", (share, plan_id)
        )
