"""Calendar export and busy-day import (.ics): pure functions over core types.

- :mod:`planner.ical.export`: ``build_calendar`` (a Schedule to .ics bytes plus the
  records to store for stable UIDs and sequences next time);
- :mod:`planner.ical.vtimezone`: VTIMEZONEs that clients read exactly as zoneinfo;
- :mod:`planner.ical.zones`: zone rules from the newer of the system database and the
  ``tzdata`` package (every local time becomes an instant through it);
- :mod:`planner.ical.busy`: ``read_busy`` and ``capacity_windows`` for imported
  commitments;
- :mod:`planner.ical.atomic`: ``write_atomically`` for the file itself.

icalendar is imported inside the functions that need it, so importing this package
stays cheap.
"""
