"""User catalog files: validation messages, skipping bad files, override precedence."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from planner.catalog import CatalogProblem, Severity, load_catalog
from planner.core.catalog import ExamStatus, status_on

COURSE = """
[catalog]
as_of = 2026-11-01

[[courses]]
id = "my-course"
title = "My own course"
provider = "Me"
platform = "Books"

[[courses.modules]]
id = "part-1"
title = "Part 1"
hours = 4

[[courses.modules]]
id = "part-2"
title = "Part 2"
hours = 6
hours_is_estimate = false
"""


def user_file(data_dir: Path, name: str, text: str) -> Path:
    folder = data_dir / "catalogs"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def only_error(problems: tuple[CatalogProblem, ...]) -> CatalogProblem:
    errors = [p for p in problems if p.severity is Severity.ERROR]
    assert len(errors) == 1, [str(p) for p in problems]
    return errors[0]


def test_a_custom_course_and_path_load_next_to_the_builtin_catalog(data_dir: Path) -> None:
    path_text = """
[[paths]]
id = "my-path"
title = "My path"
reasoning = "My own course first, then Google's production course and the exam."
as_of = 2026-11-01
[paths.exams]
gcp = "gcp-pmle"
[[paths.steps]]
kind = "course"
ref = "my-course"
[[paths.steps]]
kind = "course"
ref = "production-ml-systems"
[[paths.steps]]
kind = "exam_prep"
ref = "exam-prep"
"""
    user_file(data_dir, "mine.toml", COURSE + path_text)
    result = load_catalog(data_dir)
    assert result.problems == ()
    course = result.catalog.courses["my-course"]
    assert course.hours == 10 and course.custom and course.source_file.endswith("mine.toml")
    assert [m.hours_is_estimate for m in course.modules] == [True, False]
    assert result.catalog.paths["my-path"].steps[1].ref == "production-ml-systems"
    assert "gcp-pmle" in result.catalog.certifications  # the built-in catalog is still there


def _error_for(data_dir: Path, text: str, name: str = "bad.toml") -> CatalogProblem:
    user_file(data_dir, name, text)
    result = load_catalog(data_dir)
    assert result.skipped_files == (str(data_dir / "catalogs" / name),)
    assert "structuring-ml-projects" in result.catalog.courses
    return only_error(result.problems)


@pytest.mark.parametrize(
    ("edit", "entry", "field", "message", "line"),
    [
        (
            ("hours = 4", "hours = 0"),
            "course 'my-course'",
            "modules[1].hours",
            "must be more than 0",
            14,
        ),
        (('title = "My own course"\n', ""), "course 'my-course'", "title", "is missing", None),
        (
            ('platform = "Books"', 'platform = "Books"\nas_of = "2026-02-30"'),
            "course 'my-course'",
            "as_of",
            "'2026-02-30' is not a real date",
            10,
        ),
        (
            ('id = "part-2"', 'id = "part-1"'),
            "course 'my-course'",
            "modules[2].id",
            "'part-1' is used twice",
            17,
        ),
        (
            ('id = "my-course"', 'id = "my course"'),
            "course 'my course'",
            "id",
            "may hold only letters",
            6,
        ),
        (
            ("hours = 6\n", 'hours = "six"\n'),
            "course 'my-course'",
            "modules[2].hours",
            "should be a number",
            19,
        ),
    ],
)
def test_each_kind_of_entry_error_names_file_entry_field_and_line(
    data_dir: Path,
    edit: tuple[str, str],
    entry: str,
    field: str,
    message: str,
    line: int | None,
) -> None:
    text = COURSE.replace(*edit, 1)
    problem = _error_for(data_dir, text)
    assert problem.file.endswith("bad.toml")
    assert problem.entry == entry
    assert problem.field == field
    assert message in problem.message
    if line is not None:
        assert problem.line == line
        assert text.splitlines()[line - 1].lstrip().startswith(field.rsplit(".", 1)[-1])
    shown = str(problem)
    assert "\n" not in shown and "bad.toml" in shown and entry in shown and message in shown


def test_missing_as_of_without_a_file_date_is_an_error(data_dir: Path) -> None:
    problem = _error_for(data_dir, COURSE.replace("[catalog]\nas_of = 2026-11-01\n", ""))
    assert (problem.field, problem.message) == ("as_of", "is missing")


def test_a_path_step_that_names_no_course_is_reported_at_its_line(data_dir: Path) -> None:
    text = """[[paths]]
id = "p"
title = "P"
reasoning = "R"
as_of = 2026-11-01
[[paths.steps]]
kind = "course"
ref = "no-such-course"
"""
    problem = _error_for(data_dir, text)
    assert problem.entry == "path 'p'" and problem.field == "steps[1].ref"
    assert "'no-such-course', which is not a course" in problem.message
    assert problem.line == 8


def test_an_unknown_successor_is_reported(data_dir: Path) -> None:
    builtin = Path(__file__).resolve().parents[2] / "resources" / "catalog" / "certifications.toml"
    text = builtin.read_text(encoding="utf-8")
    start = text.index('[[certifications]]\nid = "azure-ai-103"')
    end = text.index("[[certifications]]", start + 1)
    own = text[start:end].replace('id = "azure-ai-103"', 'id = "my-exam"')
    own = own.replace('exam_code = "AI-103"', 'exam_code = "AI-103"\nsuccessor = "ghost"')
    problem = _error_for(data_dir, "[catalog]\nas_of = 2026-11-01\n" + own)
    assert problem.entry == "certification 'my-exam'" and problem.field == "successor"
    assert "'ghost', which is not a certification" in problem.message
    assert problem.line is not None
    assert own_text_line(data_dir, problem.line).startswith("successor")


def own_text_line(data_dir: Path, line: int) -> str:
    return (data_dir / "catalogs" / "bad.toml").read_text().splitlines()[line - 1]


def test_a_path_exam_for_the_wrong_cloud_is_reported(data_dir: Path) -> None:
    text = """[[paths]]
id = "p"
title = "P"
reasoning = "R"
as_of = 2026-11-01
[paths.exams]
gcp = "aws-mla-c01"
[[paths.steps]]
kind = "exam_prep"
ref = "exam-prep"
"""
    problem = _error_for(data_dir, text)
    assert (problem.field, problem.line) == ("exams.gcp", 7)
    assert "'aws-mla-c01' is an exam for AWS, not for Google Cloud" in problem.message


def test_successors_that_loop_are_rejected(data_dir: Path) -> None:
    text = (
        Path(__file__).resolve().parents[2] / "resources/catalog/certifications.toml"
    ).read_text(encoding="utf-8")
    start = text.index('[[certifications]]\nid = "aws-mla-c01"')
    end = text.index('[[certifications]]\nid = "azure-ai-102"')
    loop = text[start:end].replace('successor = "aws-mla-c02"', 'successor = "aws-mls-c01"')
    errors = [p for p in load_catalog(None, [_write(data_dir, "loop.toml", loop)]).errors]
    assert any("go round in a circle" in p.message for p in errors), [str(p) for p in errors]


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_weights_far_from_100_are_reported(data_dir: Path) -> None:
    text = (
        Path(__file__).resolve().parents[2] / "resources/catalog/certifications.toml"
    ).read_text(encoding="utf-8")
    start = text.index('[[certifications]]\nid = "aws-mla-c01"')
    end = text.index('[[certifications]]\nid = "azure-ai-102"')
    own = text[start:end].replace("weight = 28", "weight = 2")
    problem = _error_for(data_dir, own)
    assert problem.field == "domains" and "add up to 74%" in problem.message


def test_unknown_fields_are_warnings_and_the_entry_still_loads(data_dir: Path) -> None:
    user_file(
        data_dir, "typo.toml", COURSE.replace('platform = "Books"', 'platform = "Books"\nratng = 9')
    )
    result = load_catalog(data_dir)
    assert "my-course" in result.catalog.courses
    assert [(p.severity, p.field, p.line) for p in result.problems] == [
        (Severity.WARNING, "ratng", 10)
    ]
    assert "not a known field" in str(result.problems[0])


def test_syntax_errors_give_the_line(data_dir: Path) -> None:
    toml_problem = _error_for(data_dir, COURSE.replace('title = "Part 1"', "title = Part 1"))
    assert toml_problem.line == 13 and "not valid TOML" in toml_problem.message
    json_text = '{\n  "courses": [\n    {"id": "x",, }\n  ]\n}\n'
    bad_json = _write(data_dir, "bad2.json", json_text)
    json_problem = only_error(load_catalog(None, [bad_json]).problems)
    assert json_problem.line == 3 and "not valid JSON" in json_problem.message


def test_json_files_are_read_like_toml_ones(data_dir: Path) -> None:
    data = {
        "catalog": {"as_of": "2026-11-01"},
        "courses": [
            {
                "id": "json-course",
                "title": "From JSON",
                "provider": "Me",
                "platform": "Web",
                "modules": [{"id": "m", "title": "M", "hours": 0}],
            }
        ],
    }
    path = user_file(data_dir, "c.json", json.dumps(data, indent=2))
    problem = only_error(load_catalog(data_dir).problems)
    assert (problem.file, problem.field) == (str(path), "modules[1].hours")
    assert path.read_text().splitlines()[problem.line - 1].strip().startswith('"hours"')  # type: ignore[operator]


def test_one_bad_file_is_skipped_and_the_others_still_load(data_dir: Path) -> None:
    user_file(data_dir, "a-good.toml", COURSE)
    user_file(
        data_dir,
        "b-bad.toml",
        COURSE.replace("my-course", "other").replace("hours = 4", "hours = -1"),
    )
    result = load_catalog(data_dir)
    assert "my-course" in result.catalog.courses and "other" not in result.catalog.courses
    assert [Path(f).name for f in result.skipped_files] == ["b-bad.toml"]
    assert [Path(f).name for f in result.loaded_files] == ["a-good.toml"]


def test_missing_and_non_catalog_files_are_reported_never_run(
    data_dir: Path, tmp_path: Path
) -> None:
    marker = tmp_path / "ran"
    script = user_file(data_dir, "evil.py", f"open({str(marker)!r}, 'w').write('x')\n")
    result = load_catalog(data_dir, [tmp_path / "nope.toml", script])
    messages = [str(p) for p in result.problems]
    assert any("nope.toml: does not exist" in m for m in messages)
    assert any("evil.py: is not a .toml or .json catalog file" in m for m in messages)
    assert len(messages) == 2  # the .py in catalogs/ is not picked up by the folder scan
    assert not marker.exists()


def test_later_files_override_earlier_ones_and_the_builtin_catalog(
    data_dir: Path, tmp_path: Path
) -> None:
    override = """
[[courses]]
id = "structuring-ml-projects"
title = "Structuring ML Projects (my notes)"
provider = "DeepLearning.AI"
platform = "Coursera"
as_of = 2026-11-20
[[courses.modules]]
id = "all"
title = "Both weeks"
hours = 9
"""
    user_file(data_dir, "override.toml", override)
    explicit = _write(tmp_path, "explicit.toml", override.replace("hours = 9", "hours = 12"))
    from_dir = load_catalog(data_dir).catalog.courses["structuring-ml-projects"]
    assert (from_dir.hours, from_dir.custom) == (9, True)
    both = load_catalog(data_dir, [explicit]).catalog.courses["structuring-ml-projects"]
    assert both.hours == 12 and both.source_file == str(explicit)
    builtin = load_catalog(None).catalog.courses["structuring-ml-projects"]
    assert builtin.hours == 6 and not builtin.custom


def test_duplicate_ids_within_one_file_are_an_error(data_dir: Path) -> None:
    body = COURSE.split("[[courses]]", 1)[1]
    problem = _error_for(data_dir, COURSE + "\n[[courses]]" + body)
    assert problem.field == "id" and "already used" in problem.message
    assert problem.line is not None
    assert own_text_line(data_dir, problem.line) == 'id = "my-course"'
    assert problem.line > COURSE.count("\n")  # the second entry, not the first


def test_the_readme_example_loads_without_problems(tmp_path: Path) -> None:
    import re

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    match = re.search(r"## The catalog.*?```toml\n(.*?)```", readme, re.S)
    assert match, "the catalog section of the README has a TOML example"
    example = _write(tmp_path, "example.toml", match.group(1))
    result = load_catalog(None, [example])
    assert result.problems == ()
    assert result.catalog.courses["fastai-part-1"].hours == 24
    assert result.catalog.paths["my-path"].steps[1].ref == "production-ml-systems"


OLD_SHAPE_EXAM = """[catalog]
as_of = 2026-10-01

[[certifications]]
id = "aws-mla-c01"
name = "AWS Certified Machine Learning Engineer – Associate"
vendor = "Amazon Web Services"
cloud = "aws"
exam_code = "MLA-C01"
status = "active"
minutes = 130
questions = "65"
price_usd = 150
recommended_experience = "A year of SageMaker"
validity = "3 years"
url = "https://aws.amazon.com/certification/"
sources = ["my notes"]

[[certifications.domains]]
name = "Everything"
weight = 100

[[certifications]]
id = "my-old-exam"
name = "An exam I keep for reference"
vendor = "Amazon Web Services"
cloud = "aws"
exam_code = "OLD-1"
status = "retired"
retired_on = 2025-12-31
successor = "aws-mla-c01"
minutes = 100
questions = "50"
recommended_experience = "none"
validity = "gone"
url = "https://example.org/"

[[certifications.domains]]
name = "Everything"
weight = 100
"""


def test_a_file_in_the_old_single_status_shape_still_loads_and_plans(data_dir: Path) -> None:
    user_file(data_dir, "mine.toml", OLD_SHAPE_EXAM)
    result = load_catalog(data_dir)
    assert result.errors == (), [str(p) for p in result.problems]
    catalog = result.catalog
    old = catalog.certifications["my-old-exam"]
    assert old.is_retired and old.retired_on == date(2025, 12, 31)
    assert status_on(old, date(2025, 12, 31)).status is ExamStatus.AVAILABLE
    assert status_on(old, date(2026, 1, 1)).status is ExamStatus.RETIRED
    # The user's own MLA-C01 says "active" without dates: it stays the exam for English too.
    choice = catalog.current_exam("my-old-exam", date(2026, 11, 30), "en")
    assert choice.certification.id == "aws-mla-c01"
    assert "OLD-1 was retired on 2025-12-31" in choice.note


def test_a_timeline_with_an_unknown_status_is_reported_on_its_line(data_dir: Path) -> None:
    text = (
        OLD_SHAPE_EXAM.split('[[certifications]]\nid = "my-old-exam"')[0]
        .replace('status = "active"\n', "")
        .replace(
            "[[certifications.domains]]",
            '[[certifications.timeline]]\ndate = 2026-01-01\nstatus = "ga"\n\n'
            "[[certifications.domains]]",
        )
    )
    path = _write(data_dir, "t.toml", text)
    problem = only_error(load_catalog(data_dir, [path]).problems)
    assert problem.entry == "certification 'aws-mla-c01'"
    assert problem.field == "timeline[1].status"
    assert "'ga' is not one of: beta, available, retired" in problem.message
    assert problem.line is not None
    assert text.splitlines()[problem.line - 1] == 'status = "ga"'


def test_a_timeline_and_a_single_status_together_are_refused(data_dir: Path) -> None:
    text = OLD_SHAPE_EXAM.split('[[certifications]]\nid = "my-old-exam"')[0].replace(
        "[[certifications.domains]]",
        '[[certifications.timeline]]\ndate = 2026-01-01\nstatus = "available"\n\n'
        "[[certifications.domains]]",
    )
    problem = only_error(load_catalog(data_dir, [_write(data_dir, "t.toml", text)]).problems)
    assert problem.field == "status"
    assert "either a timeline or a single status" in problem.message
