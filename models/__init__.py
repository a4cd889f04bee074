"""Beacon's data layer: peewee models, the database connection and schema migrations (no Qt)."""
