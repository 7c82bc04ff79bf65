"""``python -m planner``: the same entry point as the ``study-planner`` command."""

from __future__ import annotations

import sys

from planner.cli import main

if __name__ == "__main__":
    sys.exit(main())
