"""PostgreSQL row triggers as Beacon writes them: a plpgsql function named like its trigger,
run after the row changed (the search index and the contacts' activity columns use them)."""

from __future__ import annotations


def pg_changed(fields: tuple[str, ...]) -> str:
    """A WHEN condition: any of fields changed in the update."""
    return " OR ".join(f"NEW.{f} IS DISTINCT FROM OLD.{f}" for f in fields)


def pg_trigger(name: str, event: str, table: str, body: str, when: str = "") -> list[str]:
    """The statements making trigger name (function beacon_name) run body after event on table,
    for each row, when `when` holds (if given)."""
    condition = f" WHEN ({when})" if when else ""
    return [
        f"""CREATE OR REPLACE FUNCTION beacon_{name}() RETURNS trigger AS $$
           BEGIN {body} RETURN NULL; END $$ LANGUAGE plpgsql""",
        f"DROP TRIGGER IF EXISTS {name} ON {table}",
        f"CREATE TRIGGER {name} AFTER {event} ON {table} FOR EACH ROW{condition} "
        f"EXECUTE FUNCTION beacon_{name}()",
    ]
