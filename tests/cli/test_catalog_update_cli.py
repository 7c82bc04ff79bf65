"""``study-planner catalog update`` and ``rollback`` against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from planner.cli import main
from tests.bundle_server import BundleServer, Route, builtin_texts, make_bundle, zip_of


@pytest.fixture
def server() -> Iterator[BundleServer]:
    with BundleServer() as running:
        yield running


def newer_catalog() -> dict[str, str | None]:
    """The built-in catalog, checked later: PMLE costs more, AI-103 retires, a course grew."""
    texts = builtin_texts()
    certs = texts["certifications.toml"]
    certs = certs.replace("price_usd = 200\n", "price_usd = 220\n", 1)
    ai103 = certs.index('id = "azure-ai-103"')
    domains = certs.index("[[certifications.domains]]", ai103)
    certs = (
        certs[:domains]
        + '[[certifications.timeline]]\ndate = 2027-06-30\nstatus = "retired"\n'
        + 'successor = "azure-ai-300"\n\n'
        + certs[domains:]
    )
    courses = texts["courses.toml"].replace(
        'id = "summary"\ntitle = "Summary"\nhours = 0.5',
        'id = "summary"\ntitle = "Summary"\nhours = 1.5',
    )
    catalog = texts["catalog.toml"].replace('version = "2026.11.29"', 'version = "2026.12.15"')
    catalog = catalog.replace("as_of = 2026-11-29", "as_of = 2026-12-15")
    return {"certifications.toml": certs, "courses.toml": courses, "catalog.toml": catalog}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def catalog_json(capsys: pytest.CaptureFixture[str], data_dir: Path) -> dict[str, object]:
    status, out, _ = run(capsys, "catalog", "--json", "--data-dir", str(data_dir))
    assert status == 0
    data: dict[str, object] = json.loads(out)
    return data


def test_an_update_from_a_local_url_is_installed_and_says_what_changed(
    server: BundleServer, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server.serve("/catalog.zip", Route(make_bundle(newer_catalog())))
    status, out, err = run(capsys, "catalog", "update", url, "--data-dir", str(data_dir))
    assert (status, err) == (0, "")
    assert f"Catalog updated from {url} (version 2026.12.15, facts checked 2026-12-15)." in out
    assert "retired AI-103 (azure-ai-103) (last day 2027-06-30, successor azure-ai-300)" in out
    assert "changed PMLE (gcp-pmle) (price USD 200 → 220)" in out
    assert "Courses: changed Production Machine Learning Systems (hours 11 h → 12 h)" in out
    assert "'study-planner catalog rollback'" in out

    data = catalog_json(capsys, data_dir)
    assert (data["source"], data["checked"], data["version"]) == (url, "2026-12-15", "2026.12.15")
    status, out, _ = run(capsys, "where", "--data-dir", str(data_dir))
    assert f"catalog:     {data_dir / 'catalog-update' / 'current'} (an update from {url})" in out
    certs = {c["id"]: c for c in data["certifications"]}  # type: ignore[attr-defined]
    assert certs["gcp-pmle"]["price_usd"] == 220
    # A plan made now uses the updated catalog, and nothing was fetched again.
    requests = len(server.requests)
    status, out, _ = run(
        capsys,
        *("new", "--path", "ml-practitioner", "--start", "2026-11-30", "--hours-per-week", "8"),
        *("--dry-run", "--data-dir", str(data_dir)),
    )
    assert status == 0 and "Google Cloud Professional Machine Learning Engineer" in out
    assert len(server.requests) == requests


def test_rollback_goes_back_one_update_at_a_time_to_the_builtin_catalog(
    server: BundleServer, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = server.serve("/first.zip", Route(make_bundle(newer_catalog())))
    newest = newer_catalog()
    newest["catalog.toml"] = str(newest["catalog.toml"]).replace("2026.12.15", "2027.01.02")
    second = server.serve("/second.zip", Route(make_bundle(newest)))
    assert main(["catalog", "update", first, "--data-dir", str(data_dir)]) == 0
    assert main(["catalog", "update", second, "--data-dir", str(data_dir)]) == 0
    capsys.readouterr()
    assert catalog_json(capsys, data_dir)["version"] == "2027.01.02"

    status, out, _ = run(capsys, "catalog", "rollback", "--data-dir", str(data_dir))
    assert status == 0 and f"rolled back to the {first} catalog" in out
    assert catalog_json(capsys, data_dir)["source"] == first

    status, out, _ = run(capsys, "catalog", "rollback", "--data-dir", str(data_dir))
    assert status == 0 and "rolled back to the built in catalog" in out
    assert "changed PMLE (gcp-pmle) (price USD 220 → 200)" in out
    assert catalog_json(capsys, data_dir)["source"] == "builtin"

    status, out, err = run(capsys, "catalog", "rollback", "--data-dir", str(data_dir))
    assert status == 1 and out == ""
    assert err == (
        "study-planner: catalog not rolled back: the built-in catalog is in use; "
        "there is nothing to roll back\n"
    )


def broken_catalog() -> dict[str, str | None]:
    paths = builtin_texts()["paths.toml"].replace(
        'ref = "structuring-ml-projects"', 'ref = "ghost-course"', 1
    )
    return {"paths.toml": paths}


def test_a_broken_bundle_is_refused_and_the_working_catalog_stays(
    server: BundleServer, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = server.serve("/good.zip", Route(make_bundle(newer_catalog())))
    bad = server.serve("/bad.zip", Route(make_bundle(broken_catalog())))
    assert main(["catalog", "update", good, "--data-dir", str(data_dir)]) == 0
    root = data_dir / "catalog-update"
    before = {p.relative_to(root): p.read_bytes() for p in root.rglob("*") if p.is_file()}
    capsys.readouterr()

    status, out, err = run(capsys, "catalog", "update", bad, "--data-dir", str(data_dir))
    assert status == 1 and out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith("study-planner: catalog not updated: the bundle has errors")
    assert "path 'software-engineer', field 'steps[1].ref': names 'ghost-course'" in err
    after = {p.relative_to(root): p.read_bytes() for p in root.rglob("*") if p.is_file()}
    assert after == before  # no half-installed files, no staging left behind
    assert catalog_json(capsys, data_dir)["source"] == good


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ({"../../evil.toml": b"[catalog]\n"}, "unsafe path '../../evil.toml'"),
        ({"/etc/evil.toml": b"[catalog]\n"}, "unsafe path '/etc/evil.toml'"),
        ({"catalog/nested/paths.toml": b"[catalog]\n"}, "is in a sub-folder"),
        ({"run.sh": b"echo hi\n"}, "'run.sh' is not a catalog file"),
        ({"certifications.toml": b" " * (30 * 1024 * 1024)}, "unpacks to more than"),
    ],
    ids=["zip-slip", "absolute-path", "nested", "not-catalog", "zip-bomb"],
)
def test_malicious_bundles_are_refused_and_write_nothing(
    server: BundleServer,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    entries: dict[str, bytes],
    message: str,
) -> None:
    url = server.serve("/evil.zip", Route(zip_of(entries)))
    status, out, err = run(capsys, "catalog", "update", url, "--data-dir", str(data_dir))
    assert status == 1 and out == ""
    assert err.startswith("study-planner: catalog not updated: ") and message in err
    assert not (tmp_path / "evil.toml").exists() and not (data_dir / "evil.toml").exists()
    leftovers = list((data_dir / "catalog-update").rglob("*"))
    assert leftovers == []
    assert catalog_json(capsys, data_dir)["source"] == "builtin"


@pytest.mark.parametrize("send_length", [True, False], ids=["announced", "streamed"])
def test_an_oversized_download_is_refused(
    server: BundleServer, data_dir: Path, capsys: pytest.CaptureFixture[str], send_length: bool
) -> None:
    url = server.serve("/big.zip", Route(os.urandom(6 * 1024 * 1024), send_length=send_length))
    status, _, err = run(capsys, "catalog", "update", url, "--data-dir", str(data_dir))
    assert status == 1
    assert f"{url} is larger than a catalog bundle may be (5.0 MB)" in err


def test_plain_http_is_refused_except_to_this_computer(
    server: BundleServer, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(
        capsys, "catalog", "update", "http://example.com/c.zip", "--data-dir", str(data_dir)
    )
    assert status == 1 and "uses plain http; catalog updates need https" in err
    hop = server.serve("/hop.zip", Route(status=302, location="http://example.com/c.zip"))
    status, _, err = run(capsys, "catalog", "update", hop, "--data-dir", str(data_dir))
    assert status == 1 and "http://example.com/c.zip uses plain http" in err
    status, _, err = run(capsys, "catalog", "update", "ftp://x/c.zip", "--data-dir", str(data_dir))
    assert status == 1 and "is not an https:// address or a .zip file" in err
    missing = server.url("/missing.zip")
    status, _, err = run(capsys, "catalog", "update", missing, "--data-dir", str(data_dir))
    assert status == 1 and "the server answered 404" in err


def test_an_update_from_a_zip_file_works_and_a_missing_file_is_one_line(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = tmp_path / "catalog.zip"
    bundle.write_bytes(make_bundle(newer_catalog(), folder="catalog/"))
    status, out, _ = run(capsys, "catalog", "update", str(bundle), "--data-dir", str(data_dir))
    assert status == 0 and f"Catalog updated from {bundle}" in out
    assert catalog_json(capsys, data_dir)["source"] == str(bundle)
    status, out, err = run(
        capsys, "catalog", "update", str(tmp_path / "nope.zip"), "--data-dir", str(data_dir)
    )
    assert (
        status == 1
        and err == f"study-planner: catalog not updated: {tmp_path / 'nope.zip'} does not exist\n"
    )
    text = tmp_path / "notes.zip"
    text.write_text("not a zip", encoding="utf-8")
    status, _, err = run(capsys, "catalog", "update", str(text), "--data-dir", str(data_dir))
    assert status == 1 and "this is not a .zip catalog bundle" in err


def test_an_old_catalog_says_so_and_how_to_update(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = {name: text.replace("2026-11-29", "2020-01-01") for name, text in builtin_texts().items()}
    bundle = tmp_path / "old.zip"
    bundle.write_bytes(make_bundle(dict(old)))
    status, _, err = run(capsys, "catalog", "update", str(bundle), "--data-dir", str(data_dir))
    assert status == 0
    assert err == (
        "study-planner: warning: the installed catalog's facts (checked 2020-01-01) are older "
        "than those it replaced (checked 2026-11-29); 'study-planner catalog rollback' goes back\n"
    )
    status, out, _ = run(capsys, "catalog", "--data-dir", str(data_dir))
    assert status == 0
    assert "Warning: The catalog's facts were last checked on 2020-01-01" in out
    assert "study-planner catalog update" in out
    assert catalog_json(capsys, data_dir)["stale"] is True

    today = date.today().isoformat()
    fresh = {name: text.replace("2026-11-29", today) for name, text in builtin_texts().items()}
    bundle.write_bytes(make_bundle(dict(fresh)))
    assert main(["catalog", "update", str(bundle), "--data-dir", str(data_dir)]) == 0
    capsys.readouterr()
    status, out, _ = run(capsys, "catalog", "--data-dir", str(data_dir))
    assert "Warning" not in out
