"""The central views of the main window."""
