"""Catalog rules around sitting an exam, and the map of what prepares each exam domain."""

from __future__ import annotations

from pathlib import Path

from planner.catalog import Severity, load_catalog

EXAM = """
[catalog]
as_of = 2026-11-30

[[certifications]]
id = "my-exam"
name = "My exam"
vendor = "Me"
cloud = "aws"
exam_code = "ME-1"
status = "active"
minutes = 60
questions = "40"
price_usd = 100
recommended_experience = "Some"
validity = "2 years"
url = "https://example.org/exam"
confidence = "medium"
as_of = 2026-11-30
sources = ["https://example.org/exam"]

[certifications.policy]
retake_waits_days = [7]
{policy}
as_of = 2026-11-30
sources = ["https://example.org/policy"]

[[certifications.domains]]
name = "Everything"
weight = 100
served_by = [{served}]
"""


def exam_file(data_dir: Path, policy: str, served: str) -> None:
    folder = data_dir / "catalogs"
    folder.mkdir(exist_ok=True)
    text = EXAM.replace("{policy}", policy).replace("{served}", served)
    (folder / "exam.toml").write_text(text, encoding="utf-8")


def errors(data_dir: Path) -> list[str]:
    found = load_catalog(data_dir).problems
    return [str(p) for p in found if p.severity is Severity.ERROR]


def test_no_limit_on_attempts_loads_and_a_served_module_resolves(data_dir: Path) -> None:
    exam_file(
        data_dir, "unlimited_attempts = true", '"applied-ml-python", "ml-classification/boosting"'
    )
    assert errors(data_dir) == []
    cert = load_catalog(data_dir).catalog.certifications["my-exam"]
    assert cert.policy is not None and cert.policy.unlimited_attempts
    assert cert.domains[0].served_by == ("applied-ml-python", "ml-classification/boosting")


def test_no_limit_next_to_a_limit_is_refused_with_the_field_named(data_dir: Path) -> None:
    exam_file(
        data_dir, "unlimited_attempts = true\nmax_attempts = 3\nattempt_window_days = 365", ""
    )
    (problem,) = errors(data_dir)
    assert "unlimited_attempts" in problem and "leave out max_attempts" in problem


def test_a_limit_needs_its_window(data_dir: Path) -> None:
    exam_file(data_dir, "max_attempts = 3", "")
    (problem,) = errors(data_dir)
    assert "max_attempts and attempt_window_days go together" in problem


def test_a_domain_served_by_something_unknown_is_named(data_dir: Path) -> None:
    exam_file(data_dir, "", '"applied-ml-python/no-such-module"')
    (problem,) = errors(data_dir)
    assert "'applied-ml-python/no-such-module'" in problem
    assert "served_by" in problem and "my-exam" in problem


def test_every_builtin_ml_exam_domain_is_served_and_every_reference_resolves() -> None:
    result = load_catalog(None)
    assert [p for p in result.problems if p.severity is Severity.ERROR] == []
    certs = result.catalog.certifications
    for cert_id in ("gcp-pmle", "aws-mla-c01", "aws-mla-c02", "azure-ai-300"):
        assert all(d.served_by for d in certs[cert_id].domains), cert_id
