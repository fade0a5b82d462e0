"""Persistence: SQLAlchemy tables, the store (engine and sessions), migrations, queries."""
