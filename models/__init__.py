"""Beacon's data layer: peewee models, the database connection and schema migrations (no Qt)."""

# The name of Beacon's user folders (data, logs, state): here, where reading it loads no ORM (the
# log is set up before any command runs, `beacon --version` included).
APP_NAME = "Beacon"
