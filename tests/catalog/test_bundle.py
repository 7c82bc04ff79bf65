"""Catalog bundles: the time limit, links and other hostile archives, the swap on disk."""

from __future__ import annotations

import io
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.catalog import load_catalog
from planner.catalog.bundle import (
    CatalogUpdateError,
    Limits,
    installed_catalog,
    previous_catalog,
    update_catalog,
)
from tests.bundle_server import BundleServer, Route, make_bundle


@pytest.fixture
def server() -> Iterator[BundleServer]:
    with BundleServer() as running:
        yield running


def test_a_download_slower_than_the_time_limit_is_abandoned(
    server: BundleServer, data_dir: Path
) -> None:
    # 10 s of trickle; the limit gives up after a fraction of that.
    url = server.serve("/slow.zip", Route(make_bundle()[:200], delay_per_byte=0.05))
    with pytest.raises(CatalogUpdateError, match=r"took longer than 0\.5 s to download"):
        update_catalog(url, data_dir, limits=Limits(seconds=0.5))
    assert installed_catalog(data_dir) is None
    assert load_catalog(data_dir).catalog.source == "builtin"


def test_a_cancelled_download_changes_nothing(server: BundleServer, data_dir: Path) -> None:
    url = server.serve("/c.zip", Route(make_bundle()))
    with pytest.raises(CatalogUpdateError, match="cancelled"):
        update_catalog(url, data_dir, cancelled=lambda: True)
    assert installed_catalog(data_dir) is None


def test_a_redirect_within_this_computer_is_followed(server: BundleServer, data_dir: Path) -> None:
    target = server.serve("/real.zip", Route(make_bundle()))
    hop = server.serve("/hop.zip", Route(status=302, location=target))
    result = update_catalog(hop, data_dir)
    assert result.catalog.source == hop
    assert server.requests == ["/hop.zip", "/real.zip"]


def _zip_with_link() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo("paths.toml")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")
    return buffer.getvalue()


def test_links_and_archives_with_too_many_files_are_refused(tmp_path: Path, data_dir: Path) -> None:
    link = tmp_path / "link.zip"
    link.write_bytes(_zip_with_link())
    with pytest.raises(CatalogUpdateError, match=r"holds a link 'paths\.toml'"):
        update_catalog(str(link), data_dir)
    many = tmp_path / "many.zip"
    with zipfile.ZipFile(many, "w") as archive:
        for n in range(12):
            archive.writestr(f"f{n}.toml", "[catalog]\n")
    with pytest.raises(CatalogUpdateError, match="holds 12 entries; a catalog bundle may hold 10"):
        update_catalog(str(many), data_dir, limits=Limits(max_files=10))
    assert not list((data_dir / "catalog-update").iterdir())


def test_the_previous_catalog_is_kept_beside_the_new_one(tmp_path: Path, data_dir: Path) -> None:
    first, second = tmp_path / "first.zip", tmp_path / "second.zip"
    first.write_bytes(make_bundle())
    second.write_bytes(make_bundle(folder="catalog/"))
    update_catalog(str(first), data_dir)
    update_catalog(str(second), data_dir)
    current, previous = installed_catalog(data_dir), previous_catalog(data_dir)
    assert current is not None and previous is not None
    assert (current.source, previous.source) == (str(second), str(first))
    assert {p.name for p in current.files} == {p.name for p in previous.files}
    assert sorted(p.name for p in (data_dir / "catalog-update").iterdir()) == [
        "current",
        "previous",
    ]


def test_a_server_that_sends_nothing_is_given_up_on(server: BundleServer, data_dir: Path) -> None:
    # One byte, then silence for seconds.
    url = server.serve("/stall.zip", Route(make_bundle()[:10], delay_per_byte=3.0))
    with pytest.raises(CatalogUpdateError, match=r"sent nothing for 0\.5 s"):
        update_catalog(url, data_dir, limits=Limits(stall_seconds=0.5))
    assert installed_catalog(data_dir) is None


def test_an_installed_catalog_that_no_longer_loads_falls_back_to_the_builtin_one(
    tmp_path: Path, data_dir: Path
) -> None:
    bundle = tmp_path / "c.zip"
    bundle.write_bytes(make_bundle())
    update_catalog(str(bundle), data_dir)
    damaged = data_dir / "catalog-update" / "current" / "paths.toml"
    damaged.write_text("[[paths]\nbroken", encoding="utf-8")
    result = load_catalog(data_dir)
    assert result.catalog.source == "builtin"
    assert "software-engineer" in result.catalog.paths
    assert any(
        "the installed catalog update has errors; using the built-in catalog" in str(p)
        for p in result.problems
    )
