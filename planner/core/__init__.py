"""The pure domain: catalog types, plans, the scheduler, progress and forecasts.

No Qt, no SQLAlchemy, no I/O, no clock: "today" is always a parameter.
"""
