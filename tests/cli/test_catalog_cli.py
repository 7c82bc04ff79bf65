"""``study-planner catalog``: the overview, the JSON shape, and broken user files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import main

# Exam status is resolved for today: `study-planner` is told what day it is (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("cli_now")


def test_overview_shows_paths_courses_and_exam_status(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["catalog", "--data-dir", str(data_dir)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    for path_id in ("software-engineer", "data-scientist", "ml-practitioner", "google-full"):
        assert path_id in out
    assert "Structuring Machine Learning Projects · DeepLearning.AI on Coursera · 6 h*" in out
    assert "rated 9.8/10" in out
    assert "AWS: MLS-C01 → MLA-C02" in out  # an English plan, after 2026-09-28
    assert "retired, last day 2026-06-30" in out  # AI-102
    assert "Timeline: 2026-09-29 beta (English) · 2027-01-14 generally available" in out
    assert "Beta conditions: booked as ME1-C02" in out
    assert "2026-09-28 last day (English) → MLA-C02" in out
    assert "Disputed (minutes): 120 min as Microsoft's page is quoted" in out
    assert "120 min! · questions: 40–60 · USD 165 ·" in out  # published now, disputed length
    assert "source: built in" in out and "facts checked 2026-11-29" in out
    assert "[AWS only]" in out and "Checked 2026-11-29 · confidence" in out


def test_json_has_the_documented_shape(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["catalog", "--json", "--data-dir", str(data_dir)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"certifications", "courses", "paths"} <= set(data)
    assert (data["source"], data["checked"], data["version"]) == (
        "builtin",
        "2026-11-29",
        "2026.11.29",
    )
    certs = {c["id"]: c for c in data["certifications"]}
    assert certs["aws-mls-c01"]["status"] == "retired"
    assert certs["aws-mls-c01"]["retired_on"] == "2026-03-31"
    assert certs["azure-ai-103"]["price_is_estimate"] is False
    assert certs["azure-ai-103"]["disputed"]["minutes"].startswith("120 min")
    assert certs["gcp-pmle"]["domains_confidence"] == "medium"
    assert [d["weight"] for d in certs["gcp-pmle"]["domains"]] == [13, 16, 21, 20, 18, 13]
    assert certs["aws-mla-c01"]["timeline"][1] == {
        "date": "2026-09-28",
        "status": "retired",
        "languages": ["en"],
        "successor_id": "aws-mla-c02",
        "note": "Last day of the English exam.",
    }
    assert certs["aws-mla-c02"]["timeline"][0]["status"] == "beta"
    assert {"azure-ai-300", "aws-aip-c01", "databricks-ml-associate"} <= set(certs)
    assert certs["databricks-ml-professional"]["price_usd"] == 200
    assert certs["azure-ai-102"]["domains"][0] == {
        "name": "Plan and manage an Azure AI solution",
        "weight_min": 20.0,
        "weight_max": 25.0,
        "weight": 22.5,
        "served_by": [],  # AI-102 is retired: nothing is mapped to it
    }
    pmle = certs["gcp-pmle"]
    assert "production-ml-systems/architecting" in pmle["domains"][3]["served_by"]
    assert certs["aws-mla-c02"]["policy"]["unlimited_attempts"] is True
    courses = {c["id"]: c for c in data["courses"]}
    assert courses["structuring-ml-projects"]["rating"] == 9.8
    assert courses["ml-classification"]["modules"][0]["hours_is_estimate"] is False
    paths = {p["id"]: p for p in data["paths"]}
    aws = paths["software-engineer"]["exams"]["aws"]
    assert (aws["listed"], aws["current"]) == ("aws-mls-c01", "aws-mla-c02")
    assert "retired on 2026-03-31" in aws["note"]
    assert paths["data-scientist"]["exams"]["azure"]["current"] == "azure-ai-300"
    steps = paths["software-engineer"]["steps"]
    assert {"ref": "aws-sagemaker-ml-engineering", "clouds": ["aws"]}.items() <= next(
        s for s in steps if s["ref"] == "aws-sagemaker-ml-engineering"
    ).items()
    assert paths["ml-practitioner"]["steps"] == [
        {
            "kind": "exam_prep",
            "ref": "exam-prep",
            "optional": False,
            "note": "Official exam guide and practice tests.",
            "clouds": [],
        }
    ]


def test_a_broken_catalog_file_warns_one_line_per_problem_and_the_command_works(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text(
        """[[courses]]
id = "mine"
title = "Mine"
provider = "Me"
platform = "Web"
as_of = 2026-13-01
[[courses.modules]]
id = "m"
title = "M"
hours = 0
""",
        encoding="utf-8",
    )
    good = tmp_path / "good.json"
    good.write_text(
        json.dumps(
            {
                "courses": [
                    {
                        "id": "good-course",
                        "title": "A good one",
                        "provider": "Me",
                        "platform": "Web",
                        "as_of": "2026-11-01",
                        "modules": [{"id": "m", "title": "M", "hours": 2}],
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    args = ["catalog", "--json", "--data-dir", str(data_dir), "--catalog", str(broken)]
    assert main([*args, "--catalog", str(good)]) == 0
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 2, lines  # the syntax error, then the file is skipped
    assert "broken.toml" in lines[0] and "not valid TOML" in lines[0]
    assert "broken.toml was not loaded" in lines[-1]
    ids = {c["id"] for c in json.loads(captured.out)["courses"]}
    assert "good-course" in ids and "mine" not in ids and "applied-ml-python" in ids


def test_entry_problems_are_one_line_each(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = data_dir / "catalogs"
    folder.mkdir()
    (folder / "mine.toml").write_text(
        """[[courses]]
id = "mine"
title = "Mine"
provider = "Me"
as_of = "2026-02-30"
[[courses.modules]]
id = "m"
title = "M"
hours = 0
""",
        encoding="utf-8",
    )
    assert main(["catalog", "--data-dir", str(data_dir)]) == 0
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert lines == [
        f"study-planner: catalog error: {folder / 'mine.toml'}:1: course 'mine', field "
        "'platform': is missing",
        f"study-planner: catalog error: {folder / 'mine.toml'}:9: course 'mine', field "
        "'modules[1].hours': must be more than 0 (got 0)",
        f"study-planner: catalog error: {folder / 'mine.toml'}:5: course 'mine', field "
        "'as_of': '2026-02-30' is not a real date",
        f"study-planner: warning: {folder / 'mine.toml'} was not loaded (see above); "
        "using the rest of the catalog",
    ]
    assert "PATHS" in out


def test_the_command_runs_as_a_program_without_a_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "missing.toml"
    result = subprocess.run(
        [sys.executable, "-m", "planner", "catalog", "--catalog", str(missing)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**__import__("os").environ, "STUDY_PLANNER_DATA_DIR": str(tmp_path / "d")},
    )
    assert result.returncode == 0
    assert "Traceback" not in result.stderr
    assert f"{missing}: does not exist" in result.stderr
    assert "CERTIFICATIONS" in result.stdout
