"""Loading and validating catalog files into :mod:`planner.core.catalog` types."""
