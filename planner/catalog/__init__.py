"""Loading and validating catalog files into :mod:`planner.core.catalog` types.

``load_catalog(data_dir, extra_files)`` returns the merged :class:`Catalog` and the
problems found; see :mod:`planner.catalog.loader` for the order of precedence.
"""

from __future__ import annotations

from planner.catalog.loader import USER_CATALOG_FOLDER, LoadResult, load_catalog
from planner.catalog.problems import CatalogError, CatalogProblem, Severity

__all__ = [
    "USER_CATALOG_FOLDER",
    "CatalogError",
    "CatalogProblem",
    "LoadResult",
    "Severity",
    "load_catalog",
]
