"""Zone rules: the newer of the system database and the tzdata package, and said so."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from importlib import resources
from pathlib import Path

import icalendar
import pytest
from ical_schedules import daily_schedule

from planner.ical import zones
from planner.ical.export import ZONE_RULES_PROPERTY, build_calendar, session_uid

STAMP = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.fixture
def fake_system(tmp_path: Path) -> Iterator[Path]:
    """A system zone folder whose "America/Vancouver" holds Tokyo's rules (UTC+9).

    Which database a Vancouver session is read with then shows in its instant.
    """
    folder = tmp_path / "zoneinfo"
    (folder / "America").mkdir(parents=True)
    tokyo = resources.files("tzdata.zoneinfo").joinpath("Asia", "Tokyo")
    with tokyo.open("rb") as src, (folder / "America" / "Vancouver").open("wb") as dst:
        shutil.copyfileobj(src, dst)
    yield folder
    zones.reset()


def _vancouver_start() -> datetime:
    day = date(2027, 1, 11)
    schedule = daily_schedule(tz="America/Vancouver", dates=[day], session_start=time(19, 0))
    result = build_calendar(schedule, plan_uid="p", plan_name="P", dtstamp=STAMP)
    record = result.records[session_uid("p", day)]
    assert isinstance(record.start, datetime)
    calendar = icalendar.Calendar.from_ical(result.ics)
    assert calendar[ZONE_RULES_PROPERTY] == zones.zone_rules().describe()
    return record.start.astimezone(UTC)


def test_a_newer_system_database_is_used(fake_system: Path) -> None:
    (fake_system / "tzdata.zi").write_text("# version 2999a\n# zone data\n")
    rules = zones.reset([str(fake_system)])
    assert (rules.source, rules.version) == (zones.SYSTEM, "2999a")
    assert _vancouver_start() == datetime(2027, 1, 11, 10, 0, tzinfo=UTC)  # 19:00 at +09:00
    assert rules.describe() == "IANA 2999a (the system's zone database)"


def test_a_newer_tzdata_package_wins_over_an_old_system_database(fake_system: Path) -> None:
    (fake_system / "tzdata.zi").write_text("# version 2020a\n")
    rules = zones.reset([str(fake_system)])
    assert rules.source == zones.PACKAGE
    import tzdata

    assert rules.version == tzdata.IANA_VERSION
    assert rules.describe() == f"IANA {tzdata.IANA_VERSION} (the tzdata package)"
    # Vancouver's own rules, whatever they are in this release: not Tokyo's.
    assert _vancouver_start().hour != 10


def test_release_names_sort_as_releases() -> None:
    names = ["2026aa", "2025b", "2026a", "2025c", "2026f"]
    assert sorted(names, key=zones.version_key) == ["2025b", "2025c", "2026a", "2026f", "2026aa"]
    assert zones.choose_rules("2025b", Path("/x"), "2026f").source == zones.PACKAGE
    assert zones.choose_rules("2026f", Path("/x"), "2026f").source == zones.SYSTEM
    assert zones.choose_rules("", None, "2026f").source == zones.PACKAGE
    assert zones.choose_rules("2025b", Path("/x"), "").source == zones.SYSTEM


def test_an_unknown_or_odd_zone_name_is_refused() -> None:
    for name in ["Mars/Olympus_Mons", "../etc/passwd", "", "Europe/../Europe/Berlin"]:
        with pytest.raises(zones.UnknownTimezoneError):
            zones.load_zone(name)


def test_a_zone_the_chosen_database_lacks_comes_from_the_other(fake_system: Path) -> None:
    # The fake system database is "newer" but has only America/Vancouver, like a Debian
    # system without its package of old names ("US/Pacific").
    (fake_system / "tzdata.zi").write_text("# version 2999a\n")
    zones.reset([str(fake_system)])
    assert zones.load_zone("US/Pacific").key == "US/Pacific"
