"""Item models for the views (one per view, holding core objects, never database rows)."""
