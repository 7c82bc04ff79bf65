"""Hypothesis strategies for the hostile suite, shared with ``bench/bench_hostile.py``.

- :func:`calendars`: .ics files built from the iCalendar grammar (components,
  properties, parameters, recurrence rules with impossible and never-advancing parts,
  overrides, duplicate UIDs, odd zones, encodings and line ends);
- :func:`catalogs`: TOML and JSON catalog files from the catalog's own shape with
  hostile values (deep nesting, huge numbers, control characters, wrong types);
- :func:`clock_steps`: backups taken while the clock jumps forward and back;
- :data:`FILE_STATES` and :func:`page_flips`: what can happen to the plans file.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from hypothesis import strategies as st

# --- calendars ---------------------------------------------------------------------------

_ZONES = [
    "Europe/Berlin", "America/New_York", "tzone://Microsoft/Utc", '"tzone://Microsoft/Utc"',
    "W. Europe Standard Time", "Mars/Olympus", "/freeassociation.sourceforge.net/Europe/Berlin",
    "UTC", "Europe", "", "A" * 300, "Pacific/Kiritimati",
]  # fmt: skip
_FREQS = ["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY", "SOMETIMES"]
_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU", "1MO", "-1FR", "53SU", "XX"]


@st.composite
def _stamp(draw: st.DrawFn) -> str:
    year = draw(st.sampled_from([1, 1970, 2020, 2026, 2027, 2028, 9999, 10000]))
    month = draw(st.integers(0, 13))
    day = draw(st.integers(0, 32))
    text = f"{year:04d}{month:02d}{day:02d}"
    if draw(st.booleans()):
        hh, mm = draw(st.integers(0, 25)), draw(st.integers(0, 61))
        text += f"T{hh:02d}{mm:02d}00" + draw(st.sampled_from(["", "Z"]))
    return text


@st.composite
def _rrule(draw: st.DrawFn) -> str:
    parts = [f"FREQ={draw(st.sampled_from(_FREQS))}"]
    if draw(st.booleans()):
        parts.append(f"INTERVAL={draw(st.integers(-1, 400))}")
    if draw(st.booleans()):
        parts.append(f"COUNT={draw(st.integers(0, 10**7))}")
    if draw(st.booleans()):
        parts.append(f"UNTIL={draw(_stamp())}")
    if draw(st.booleans()):
        parts.append("BYDAY=" + ",".join(draw(st.lists(st.sampled_from(_DAYS), max_size=4))))
    if draw(st.booleans()):
        days = draw(st.lists(st.integers(-32, 32), min_size=1, max_size=3))
        parts.append("BYMONTHDAY=" + ",".join(map(str, days)))
    if draw(st.booleans()):
        parts.append(f"BYMONTH={draw(st.integers(0, 13))}")
    if draw(st.booleans()):
        parts.append(f"BYSETPOS={draw(st.integers(-400, 400))}")
    if draw(st.booleans()):
        parts.append(f"BYHOUR={draw(st.integers(0, 25))}")
    if draw(st.booleans()):
        parts.append(f"BYYEARDAY={draw(st.integers(-367, 367))}")
    return ";".join(draw(st.permutations(parts)))


@st.composite
def _moment_line(draw: st.DrawFn, name: str) -> str:
    zone = draw(st.sampled_from(["", *_ZONES]))
    value = draw(_stamp())
    if "T" not in value and draw(st.booleans()):
        return f"{name};VALUE=DATE:{value}"
    return f"{name};TZID={zone}:{value}" if zone else f"{name}:{value}"


_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40).map(
    lambda t: t.replace("\n", " ").replace("\r", " ")
)


@st.composite
def _event(draw: st.DrawFn, uids: list[str]) -> list[str]:
    lines = [f"UID:{draw(st.sampled_from(uids))}", f"SUMMARY:{draw(_TEXT)}"]
    if draw(st.integers(0, 9)):
        lines.append(draw(_moment_line("DTSTART")))
    end = draw(st.sampled_from(["DTEND", "DURATION", "none"]))
    if end == "DTEND":
        lines.append(draw(_moment_line("DTEND")))
    elif end == "DURATION":
        lines.append(
            "DURATION:" + draw(st.sampled_from(["PT1H", "P1D", "-PT1H", "PT0S", "P999999W", "X"]))
        )
    for _ in range(draw(st.integers(0, 2))):
        lines.append(f"RRULE:{draw(_rrule())}")
    for name in ("RDATE", "EXDATE"):
        if draw(st.integers(0, 3)) == 0:
            values = ",".join(draw(st.lists(_stamp(), min_size=1, max_size=4)))
            lines.append(f"{name}:{values}")
    if draw(st.integers(0, 3)) == 0:
        rng = draw(st.sampled_from(["", ";RANGE=THISANDFUTURE", ";RANGE=THISANDPRIOR"]))
        lines.append(
            draw(_moment_line("RECURRENCE-ID")).replace("RECURRENCE-ID", "RECURRENCE-ID" + rng, 1)
        )
    if draw(st.booleans()):
        lines.append(f"SEQUENCE:{draw(st.sampled_from(['0', '1', '7', '-1', 'x', '9' * 30]))}")
    if draw(st.integers(0, 4)) == 0:
        lines.append(f"STATUS:{draw(st.sampled_from(['CANCELLED', 'TENTATIVE', 'CONFIRMED']))}")
    if draw(st.integers(0, 5)) == 0:
        lines.extend(["BEGIN:VALARM", "TRIGGER:-PT15M", "END:VALARM"])
    return draw(st.permutations(lines))


_VTIMEZONE = [
    "BEGIN:VTIMEZONE", "TZID:Office Time", "BEGIN:STANDARD", "DTSTART:19700101T000000",
    "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "END:STANDARD", "END:VTIMEZONE",
]  # fmt: skip


@st.composite
def calendars(draw: st.DrawFn, max_events: int = 12) -> bytes:
    """An .ics file from the grammar, sometimes broken at the edges."""
    uids = draw(st.lists(st.sampled_from(["a", "b", "c", "d@x", ""]), min_size=1, max_size=3))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//hostile//EN"]
    if draw(st.booleans()):
        lines.extend(_VTIMEZONE)
    for _ in range(draw(st.integers(0, max_events))):
        lines.append("BEGIN:VEVENT")
        lines.extend(draw(_event(uids)))
        lines.append("END:VEVENT")
    depth = draw(st.sampled_from([0, 0, 0, 3, 40]))
    lines.extend(["BEGIN:X-NEST"] * depth + ["END:X-NEST"] * depth)
    if draw(st.integers(0, 9)):
        lines.append("END:VCALENDAR")
    ending = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    text = ending.join(lines) + ending
    codec = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "latin-1"]))
    return text.encode(codec, errors="replace")


# --- catalogs ----------------------------------------------------------------------------

_LEAVES = st.one_of(
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    _TEXT,
    st.booleans(),
    st.just("\x1b[31mred\x1b[0m"),
)


def _values(depth: int) -> st.SearchStrategy[object]:
    return st.recursive(
        _LEAVES,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
        max_leaves=depth,
    )


@st.composite
def catalogs(draw: st.DrawFn) -> tuple[str, str]:
    """(file name, text) of a catalog file shaped like ours with hostile values."""
    course = {
        "id": draw(st.sampled_from(["my-course", "bad id!", "", "x" * 300])),
        "title": draw(_TEXT),
        "provider": draw(_TEXT),
        "hours": draw(_LEAVES),
        "modules": draw(st.lists(st.fixed_dictionaries({"title": _TEXT, "hours": _LEAVES}))),
        draw(_TEXT): draw(_values(8)),
    }
    data = {"courses": [course], draw(st.sampled_from(["paths", "exams", "x"])): draw(_values(6))}
    kind = draw(st.sampled_from(["json", "toml", "deep", "digits"]))
    if kind == "json":
        return "hostile.json", json.dumps(data, allow_nan=True)
    if kind == "deep":
        depth = draw(st.sampled_from([100, 1_000, 100_000]))
        return "deep.json", "[" * depth + "]" * depth
    if kind == "digits":
        return (
            "digits.toml",
            f'[[courses]]\nid = "x"\nhours = {"9" * draw(st.integers(10, 6000))}\n',
        )
    lines = ["[[courses]]"]
    for key, value in course.items():
        text = value if isinstance(value, str) else str(value)
        lines.append(f"{json.dumps(str(key))} = {json.dumps(text)}")
    return "hostile.toml", "\n".join(lines) + "\n"


# --- clocks ------------------------------------------------------------------------------

clock_steps = st.lists(
    st.tuples(
        st.integers(-4000, 4000),  # days from the start, forward or back
        st.sampled_from(["daily", "manual", "before-replan", "before-delete", "before-restore"]),
    ),
    min_size=1,
    max_size=25,
)

# --- the plans file ----------------------------------------------------------------------

FILE_STATES = [
    "pipe", "folder", "journal-folder", "empty", "header", "truncated", "zeros", "symlink-loop",
    "dangling-symlink", "user-version", "app-id", "dropped-table", "dropped-index",
]  # fmt: skip


def make_state(folder: Path, state: str) -> None:
    """Put the plans file in ``folder`` into ``state``."""
    db = folder / "planner.db"
    if state == "pipe":
        db.unlink()
        os.mkfifo(db)
    elif state == "folder":
        db.unlink()
        db.mkdir()
    elif state == "journal-folder":
        (folder / "planner.db-journal").mkdir()
    elif state == "empty":
        db.write_bytes(b"")
    elif state == "header":
        raw = bytearray(db.read_bytes())
        raw[0:16] = b"NOT A DATABASE!\x00"
        db.write_bytes(bytes(raw))
    elif state == "truncated":
        raw = db.read_bytes()
        db.write_bytes(raw[: len(raw) // 3])
    elif state == "zeros":
        raw = bytearray(db.read_bytes())
        raw[4096:8192] = bytes(4096)
        db.write_bytes(bytes(raw))
    elif state == "symlink-loop":
        db.unlink()
        db.symlink_to(db)
    elif state == "dangling-symlink":
        db.unlink()
        db.symlink_to(folder / "nowhere" / "planner.db")
    else:
        conn = sqlite3.connect(db)
        sql = {
            "user-version": "PRAGMA user_version=1",
            "app-id": "PRAGMA application_id=7",
            "dropped-table": "DROP TABLE plan_days_off",
            "dropped-index": "DROP INDEX ix_events_plan_id",
        }[state]
        conn.execute(sql)
        conn.commit()
        conn.close()


def table_pages(db: Path) -> dict[str, list[int]]:
    """The pages (1-based) of every table and index, from SQLite's own records."""
    conn = sqlite3.connect(db)
    try:
        try:
            rows = conn.execute("SELECT name, pageno FROM dbstat").fetchall()
        except sqlite3.OperationalError:  # no dbstat: the root pages only
            rows = conn.execute(
                "SELECT name, rootpage FROM sqlite_master WHERE rootpage > 0"
            ).fetchall()
    finally:
        conn.close()
    pages: dict[str, list[int]] = {}
    for name, page in rows:
        pages.setdefault(name, []).append(page)
    return pages


@st.composite
def page_flips(draw: st.DrawFn, pages: dict[str, list[int]]) -> tuple[str, list[tuple[int, int]]]:
    """(table, [(offset, xor mask)]): a few bytes flipped inside one table's pages."""
    table = draw(st.sampled_from(sorted(pages)))
    page = draw(st.sampled_from(pages[table]))
    flips = draw(
        st.lists(st.tuples(st.integers(0, 4095), st.integers(1, 255)), min_size=1, max_size=4)
    )
    return table, [((page - 1) * 4096 + at, mask) for at, mask in flips]


def flip(db: Path, flips: list[tuple[int, int]]) -> None:
    raw = bytearray(db.read_bytes())
    for at, mask in flips:
        if at < len(raw):
            raw[at] ^= mask
    db.write_bytes(bytes(raw))
