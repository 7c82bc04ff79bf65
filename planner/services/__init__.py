"""Use cases shared by the GUI and the CLI: create a plan, tick, log, re-plan, export."""
