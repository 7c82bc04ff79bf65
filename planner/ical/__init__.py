"""Calendar export and busy-day import (.ics): pure functions over core types."""
