"""SQLite storage through SQLAlchemy 2: models, engine, migrations, backups."""
