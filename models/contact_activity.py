"""A contact's last contact and next follow-up (schema v8), kept on the contact row by the
database's own triggers on interaction and interaction_contact, so that every write path (the
services, an import, the demo, a merge moving links) keeps them current and the directory can
filter and sort by them along an index instead of reading every interaction.

- last_contact_at: when the latest interaction with the contact happened.
- follow_up_on: the earliest follow-up date, among the contact's interactions, that is later
  than the day of the last contact. A follow-up is overtaken when someone is in touch with the
  contact on or after its day: logging that interaction clears it, as users of contact tools
  expect ("reminders that reset when an interaction is logged").

The day of the last contact is its UTC day; near midnight that may be the office's day before
or after, which moves a follow-up by at most that day.
"""

from __future__ import annotations

from peewee import Database, PostgresqlDatabase

from models.pg_triggers import pg_changed, pg_trigger

_LINKS = "interaction_contact l JOIN interaction i ON i.id = l.interaction_id"
_LAST = f"(SELECT MAX(i.occurred_at) FROM {_LINKS} WHERE l.contact_id = contact.id)"


def _recompute(where: str, day_of: str) -> str:
    """UPDATE the two columns of the contacts satisfying where (day_of: SQL turning a timestamp
    expression {0} into its day)."""
    follow = (
        f"(SELECT MIN(i.follow_up_on) FROM {_LINKS} WHERE l.contact_id = contact.id "
        f"AND i.follow_up_on > {day_of.format(_LAST)})"
    )
    return f"UPDATE contact SET last_contact_at = {_LAST}, follow_up_on = {follow} WHERE {where};"


_SQLITE_DAY = "date({0})"
_PG_DAY = "({0})::date"
_BY_LINK = "id = {0}.contact_id"
_BY_INTERACTION = "id IN (SELECT contact_id FROM interaction_contact WHERE interaction_id = {0}.id)"
INTERACTION_FIELDS = ("occurred_at", "follow_up_on")


def _sqlite_trigger(name: str, event: str, body: str, when: str = "") -> tuple[str, str]:
    condition = f" WHEN {when}" if when else ""
    return name, f"CREATE TRIGGER IF NOT EXISTS {name} {event}{condition} BEGIN {body} END"


def sqlite_activity_triggers() -> dict[str, str]:
    """Every trigger keeping the two columns in step on SQLite, by name."""
    moved = "NEW.contact_id IS NOT OLD.contact_id OR NEW.interaction_id IS NOT OLD.interaction_id"
    changed = " OR ".join(f"NEW.{f} IS NOT OLD.{f}" for f in INTERACTION_FIELDS)
    link_new, link_old = _BY_LINK.format("NEW"), _BY_LINK.format("OLD")
    return dict(
        [
            _sqlite_trigger(
                "contact_activity_after_link_insert",
                "AFTER INSERT ON interaction_contact",
                _recompute(link_new, _SQLITE_DAY),
            ),
            _sqlite_trigger(
                "contact_activity_after_link_update",
                "AFTER UPDATE ON interaction_contact",
                _recompute(link_old, _SQLITE_DAY) + " " + _recompute(link_new, _SQLITE_DAY),
                moved,
            ),
            _sqlite_trigger(
                "contact_activity_after_link_delete",
                "AFTER DELETE ON interaction_contact",
                _recompute(link_old, _SQLITE_DAY),
            ),
            _sqlite_trigger(
                "contact_activity_after_interaction_update",
                "AFTER UPDATE ON interaction",
                _recompute(_BY_INTERACTION.format("NEW"), _SQLITE_DAY),
                changed,
            ),
        ]
    )


def postgres_activity_statements() -> list[str]:
    """The functions and triggers keeping the two columns in step on PostgreSQL."""
    links = (
        f"IF TG_OP <> 'INSERT' THEN {_recompute(_BY_LINK.format('OLD'), _PG_DAY)} END IF; "
        f"IF TG_OP <> 'DELETE' THEN {_recompute(_BY_LINK.format('NEW'), _PG_DAY)} END IF;"
    )
    changed = pg_changed(INTERACTION_FIELDS)
    return [
        *pg_trigger(
            "contact_activity_after_link",
            "INSERT OR UPDATE OR DELETE",
            "interaction_contact",
            links,
        ),
        *pg_trigger(
            "contact_activity_after_interaction_update",
            "UPDATE",
            "interaction",
            _recompute(_BY_INTERACTION.format("NEW"), _PG_DAY),
            changed,
        ),
    ]


def postgres_activity_trigger_names() -> set[str]:
    return {s.split()[2] for s in postgres_activity_statements() if s.startswith("CREATE TRIGGER")}


def install_contact_activity(database: Database, fill: bool = True) -> None:
    """The triggers, and (fill) both columns computed for every contact there is."""
    if isinstance(database, PostgresqlDatabase):
        for statement in postgres_activity_statements():
            database.execute_sql(statement)
        day = _PG_DAY
    else:
        for statement in sqlite_activity_triggers().values():
            database.execute_sql(statement)
        day = _SQLITE_DAY
    if fill:
        database.execute_sql(_recompute("id IN (SELECT contact_id FROM interaction_contact)", day))
