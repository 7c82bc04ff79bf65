"""Study Planner: plan, schedule and track a path to an ML-engineer certification."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Study Planner"
APP_ID = "io.github.studyplanner.StudyPlanner"
ORG_NAME = "StudyPlanner"
LICENSE_NAME = "MIT License"
