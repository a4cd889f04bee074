"""Schema versions: create a new database at the current version, or migrate an older one forward
in one transaction after taking a backup."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peewee import Database, Model, PostgresqlDatabase, SchemaManager

from models.audit import AuditAnchor
from models.audit_reseal import reseal_trail
from models.backup import sqlite_backup
from models.base import name_key, utcnow
from models.contact_activity import install_contact_activity
from models.contacts import Contact, ContactMembership
from models.corrections import Attachment, AttachmentContent, ReportSupplement
from models.event_defaults import fill_default_task_templates
from models.event_records import EventConcern, WalkFinding
from models.events import Event, EventSeries, EventTaskTemplate
from models.guards import fill_anchor, install_anchor_guards, install_audit_guards
from models.interactions import Interaction
from models.privacy import AnonymisedContact, ContactKey
from models.problems import IgnoredSuggestion
from models.registry import ALL_MODELS
from models.reports import Report, ReportDraft
from models.search_index import CONTACT_FTS, fill_sql, install_sqlite_search, sqlite_triggers
from models.search_index_pg import install_postgres_search, pg_fill_sql

log = logging.getLogger(__name__)

SCHEMA_VERSION = 12


class SchemaError(RuntimeError):
    """The database is not one Beacon can use (newer than this program, or not Beacon's)."""


@dataclass(frozen=True)
class MigrationResult:
    from_version: int  # 0 for a database created just now
    to_version: int
    backup: Path | None


def _to_v2(database: Database) -> None:
    """v2: Contact.name_key for case-insensitive search (backfilled), and ReportDraft."""
    # A plain ADD COLUMN with a default: peewee's migrator would rebuild the table on SQLite,
    # which breaks the foreign keys that point at it.
    database.execute_sql(
        'ALTER TABLE "contact" ADD COLUMN "name_key" VARCHAR(160) NOT NULL DEFAULT \'\''
    )
    database.execute_sql('CREATE INDEX "contact_name_key" ON "contact" ("name_key")')
    rows = database.execute_sql('SELECT id, name FROM "contact"').fetchall()
    for contact_id, name in rows:
        database.execute_sql(
            f'UPDATE "contact" SET name_key = {database.param} WHERE id = {database.param}',
            (name_key(name or ""), contact_id),
        )
    create_models(database, [ReportDraft])


def create_models(database: Database, models: list[type[Model]]) -> None:
    """Create the models' tables and indexes in database itself, whatever the models are bound
    to: a restore builds and migrates a copy while the models point at the live database.
    models come in creation order (ALL_MODELS is)."""
    for model in models:
        SchemaManager(model, database).create_all(safe=True)


def _to_v3(database: Database) -> None:
    """v3: the audit trail becomes append-only in the database itself."""
    install_audit_guards(database)


def _to_v4(database: Database) -> None:
    """v4: the audit anchor, filled from the trail's end as it is now, and its guards."""
    create_models(database, [AuditAnchor])
    fill_anchor(database)
    install_anchor_guards(database)


def _to_v5(database: Database) -> None:
    """v5: supplements correcting saved reports, and attachments with their bytes."""
    create_models(database, [ReportSupplement, Attachment, AttachmentContent])


def _install_search(database: Database, fill: bool) -> None:
    if isinstance(database, PostgresqlDatabase):
        install_postgres_search(database, fill)
    else:
        install_sqlite_search(database, fill)


def _to_v6(database: Database) -> None:
    """v6: the full-text search index, filled from every record there is, and its triggers."""
    _install_search(database, fill=True)


def _to_v7(database: Database) -> None:
    """v7: the indexes the monthly figures search by (reports by status with when closed, and
    with when they happened) and the report list's keyset pages by severity and by number;
    create_models adds a model's missing indexes (IF NOT EXISTS)."""
    create_models(database, [Report])


def _to_v8(database: Database) -> None:
    """v8, the contact directory: each contact's last contact and next follow-up, kept by
    triggers and filled now; the indexes its filters page along; the search index's phone
    words (every tail of the digits), the contacts indexed again with them."""
    postgres = isinstance(database, PostgresqlDatabase)
    have = {c.name for c in database.get_columns("contact")}
    for column, kind in (("last_contact_at", "TIMESTAMP" if postgres else "DATETIME"),
                         ("follow_up_on", "DATE")):  # fmt: skip
        if column not in have:
            database.execute_sql(f'ALTER TABLE "contact" ADD COLUMN "{column}" {kind}')
    create_models(database, [Contact])
    install_contact_activity(database, fill=True)
    for name in [] if postgres else sqlite_triggers():  # their text changed: made again below
        if name.startswith(f"{CONTACT_FTS}_"):
            database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    database.execute_sql(f"DELETE FROM {CONTACT_FTS}")
    _install_search(database, fill=False)  # the triggers again (PostgreSQL: its functions)
    database.execute_sql(pg_fill_sql(CONTACT_FTS) if postgres else fill_sql(CONTACT_FTS))


def _to_v9(database: Database) -> None:
    """v9: the contact card: when consent was withdrawn, follow-ups marked done (and an officer's
    follow-ups by day), and the people of an organisation, linked from each person's
    organisation text where it names an organisation the office has as a contact."""
    stamp = "TIMESTAMP" if isinstance(database, PostgresqlDatabase) else "DATETIME"
    for table, column in (
        ("contact", "consent_withdrawn_at"),
        ("interaction", "follow_up_done_at"),
    ):
        if column not in {c.name for c in database.get_columns(table)}:
            database.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {stamp}')
    create_models(database, [ContactMembership, Interaction])
    _link_members(database)


def _link_members(database: Database) -> None:
    """A person whose organisation text is an organisation's name becomes one of its people."""
    organisations: dict[str, int] = {}
    for contact_id, name in database.execute_sql(
        "SELECT id, name FROM \"contact\" WHERE kind <> 'resident' AND merged_into_id IS NULL "
        "ORDER BY id"
    ).fetchall():
        organisations.setdefault(name_key(name or ""), contact_id)
    p = database.param
    rows = database.execute_sql(
        "SELECT id, organisation FROM \"contact\" WHERE organisation <> '' ORDER BY id"
    ).fetchall()
    for person_id, organisation in rows:
        organisation_id = organisations.get(name_key(organisation))
        if organisation_id is None or organisation_id == person_id:
            continue
        database.execute_sql(
            f'INSERT INTO "contact_membership" (person_id, organisation_id, created_at) '
            f"VALUES ({p}, {p}, {p})",
            (person_id, organisation_id, utcnow()),
        )


def _to_v10(database: Database) -> None:
    """v10: each contact's audit key and the record of anonymised contacts; the personal values
    older entries hold in the clear are sealed once, the chain re-hashed (models.audit_reseal)."""
    create_models(database, [ContactKey, AnonymisedContact])
    reseal_trail(database)


def _to_v11(database: Database) -> None:
    """v11, the events desk: an event's zone, why it was cancelled, its series (recurring events)
    and when it last changed; checklist templates per kind, concerns raised and walk findings."""
    postgres = isinstance(database, PostgresqlDatabase)
    stamp = "TIMESTAMP" if postgres else "DATETIME"
    create_models(database, [EventSeries, EventTaskTemplate])
    have = {c.name for c in database.get_columns("event")}
    for column, kind in (
        ("zone_id", 'INTEGER REFERENCES "zone" ("id") ON DELETE SET NULL'),
        ("cancel_reason", "TEXT NOT NULL DEFAULT ''"),
        ("series_id", 'INTEGER REFERENCES "event_series" ("id") ON DELETE SET NULL'),
        ("series_start", stamp),
        ("updated_at", stamp),
    ):
        if column not in have:
            database.execute_sql(f'ALTER TABLE "event" ADD COLUMN "{column}" {kind}')
    create_models(database, [Event, EventConcern, WalkFinding])
    fill_default_task_templates(database)  # the checklists an office starts with


def _to_v12(database: Database) -> None:
    """v12, problem solving: when each problem reached its stage (its identification day for
    the problems there are), the note it was closed with, and the suggested problems a manager
    set aside."""
    have = {c.name for c in database.get_columns("problem")}
    stamp = "TIMESTAMP" if isinstance(database, PostgresqlDatabase) else "DATETIME"
    for column, kind in (("stage_since", stamp), ("closing_note", "TEXT NOT NULL DEFAULT ''")):
        if column not in have:
            database.execute_sql(f'ALTER TABLE "problem" ADD COLUMN "{column}" {kind}')
    database.execute_sql(
        'UPDATE "problem" SET stage_since = COALESCE(closed_on, identified_on) '
        "WHERE stage_since IS NULL"
    )
    create_models(database, [IgnoredSuggestion])


def create_current_schema(database: Database) -> None:
    """Every table, index and guard of this version, and the anchor of an empty trail."""
    create_models(database, ALL_MODELS)
    fill_default_task_templates(database)
    fill_anchor(database)
    install_audit_guards(database)
    install_anchor_guards(database)
    _install_search(database, fill=False)
    install_contact_activity(database, fill=False)


# version -> the step that brings a database from version-1 to version
STEPS: dict[int, Callable[[Database], None]] = {
    2: _to_v2,
    3: _to_v3,
    4: _to_v4,
    5: _to_v5,
    6: _to_v6,
    7: _to_v7,
    8: _to_v8,
    9: _to_v9,
    10: _to_v10,
    11: _to_v11,
    12: _to_v12,
}


def schema_version(database: Database) -> int:
    """The database's schema version; 0 for an empty database."""
    tables = set(database.get_tables())
    if "schema_version" not in tables:
        if tables - {"sqlite_sequence"}:
            raise SchemaError("this database was not made by Beacon (it has no schema version)")
        return 0
    row = database.execute_sql('SELECT MAX(version) FROM "schema_version"').fetchone()
    return int(row[0] or 0)


def _record_version(database: Database, version: int, note: str) -> None:
    p = database.param
    database.execute_sql(
        f'INSERT INTO "schema_version" (version, applied_at, note) VALUES ({p}, {p}, {p})',
        (version, utcnow(), note),
    )


def ensure_schema(database: Database, sqlite_path: str | None = None) -> MigrationResult:
    """Create or migrate the schema. A SQLite database is backed up before any migration."""
    found = schema_version(database)
    if found > SCHEMA_VERSION:
        raise SchemaError(
            f"this database is at schema version {found}, newer than this Beacon "
            f"(version {SCHEMA_VERSION}); update Beacon before opening it"
        )
    if found == SCHEMA_VERSION:
        return MigrationResult(found, found, None)
    if found == 0:
        with database.atomic():
            create_current_schema(database)
            _record_version(database, SCHEMA_VERSION, "created")
        log.info("created a new database at schema version %s", SCHEMA_VERSION)
        return MigrationResult(0, SCHEMA_VERSION, None)

    backup = None
    if sqlite_path:
        stamp = utcnow().strftime("%Y%m%d-%H%M%S")
        backup = sqlite_backup(sqlite_path, f"{sqlite_path}.v{found}-{stamp}.bak")
        log.info("backed up the database to %s before migrating", backup)
    with database.atomic():
        for version in range(found + 1, SCHEMA_VERSION + 1):
            STEPS[version](database)
            _record_version(database, version, f"migrated from {version - 1}")
    log.info("migrated the database from schema version %s to %s", found, SCHEMA_VERSION)
    return MigrationResult(found, SCHEMA_VERSION, backup)
