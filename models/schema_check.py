"""Beacon's schema as Beacon itself makes it, and what a database file has that differs from it:
unknown tables, views, triggers and indexes, missing guards, changed columns."""

from __future__ import annotations

import re
import sqlite3
from functools import cache

from peewee import Database, PostgresqlDatabase, SqliteDatabase

from models.contact_activity import postgres_activity_trigger_names, sqlite_activity_triggers
from models.guards import (
    GUARD_NAMES_POSTGRES,
    GUARD_TRIGGERS_POSTGRES,
    guard_function_bodies,
    guard_names,
)
from models.migrations import create_current_schema
from models.registry import ALL_MODELS
from models.search_index import ENTRY_SOURCE, SEARCH_TABLES, sqlite_table_names, sqlite_triggers
from models.search_index_pg import postgres_trigger_names

# Tables later versions added; every other table is there from version 1.
TABLE_ADDED_AT = {
    "report_draft": 2,
    "audit_anchor": 4,
    "report_supplement": 5,
    "attachment": 5,
    "attachment_content": 5,
    "contact_membership": 9,
    "contact_key": 10,
    "anonymised_contact": 10,
    "event_series": 11,
    "event_task_template": 11,
    "event_concern": 11,
    "walk_finding": 11,
    "ignored_suggestion": 12,
}
SEARCH_ADDED_AT = 6  # the search index: its tables, the entries' view and its triggers
ACTIVITY_ADDED_AT = 8  # the triggers keeping a contact's last contact and next follow-up
# A column a migration added with a DEFAULT that a new database's column does not carry.
MIGRATION_DEFAULTS = {
    ("contact", "name_key"): "''",
    ("event", "cancel_reason"): "''",
    ("problem", "closing_note"): "''",
}

Shape = tuple[object, ...]
Fingerprint = dict[tuple[str, str], Shape]

# SQLite's own bookkeeping only; a trigger or view named sqlite_* (put there through
# writable_schema) is listed like any other.
_OBJECTS = (
    "SELECT type, name, tbl_name, sql FROM sqlite_master "
    "WHERE NOT (type = 'table' AND (name = 'sqlite_sequence'"
    " OR name LIKE 'sqlite\\_stat%' ESCAPE '\\'))"
    " AND NOT (type = 'index' AND sql IS NULL AND name LIKE 'sqlite\\_autoindex\\_%' ESCAPE '\\')"
    " ORDER BY type, name"
)
# The columns migrations appended to a table's SQL (v2, v8, v9, v11, v12): left out of the text
# comparison (their type, NOT NULL and default are compared column by column).
MIGRATION_COLUMNS = {
    "contact": (
        re.compile(r',"name_key" VARCHAR\(160\)NOT NULL(?: DEFAULT \'\')?'),
        re.compile(r',"last_contact_at" DATETIME'),
        re.compile(r',"follow_up_on" DATE'),
        re.compile(r',"consent_withdrawn_at" DATETIME'),
    ),
    "interaction": (re.compile(r',"follow_up_done_at" DATETIME'),),
    "event": (  # v11 added two of them with their foreign key inline, a new table has it apart
        re.compile(r',"zone_id" INTEGER(?: REFERENCES "zone"\("id"\)ON DELETE SET NULL)?'),
        re.compile(r',FOREIGN KEY\("zone_id"\)REFERENCES "zone"\("id"\)ON DELETE SET NULL'),
        re.compile(r',"cancel_reason" TEXT NOT NULL(?: DEFAULT \'\')?'),
        re.compile(
            r',"series_id" INTEGER(?: REFERENCES "event_series"\("id"\)ON DELETE SET NULL)?'
        ),
        re.compile(
            r',FOREIGN KEY\("series_id"\)REFERENCES "event_series"\("id"\)ON DELETE SET NULL'
        ),
        re.compile(r',"series_start" DATETIME'),
        re.compile(r',"updated_at" DATETIME'),
    ),
    "problem": (
        re.compile(r',"stage_since" DATETIME'),
        re.compile(r',"closing_note" TEXT NOT NULL(?: DEFAULT \'\')?'),
    ),
}


def tables_at(version: int) -> set[str]:
    names = {m._meta.table_name for m in ALL_MODELS}
    return {n for n in names if TABLE_ADDED_AT.get(n, 1) <= version}


def _normal_sql(sql: str | None) -> str:
    text = re.sub(r"\s+", " ", sql or "").strip()
    return re.sub(r"(?i)^CREATE (TRIGGER|VIEW) IF NOT EXISTS ", r"CREATE \1 ", text)


def _table_sql(table: str, sql: str | None) -> str:
    """The table's SQL as written, whitespace-normalised: CHECK, COLLATE, ON CONFLICT and the
    like, which no pragma lists."""
    text = re.sub(r"\s*([(),])\s*", r"\1", re.sub(r"\s+", " ", sql or "").strip())
    for pattern in MIGRATION_COLUMNS.get(table, ()):
        text = pattern.sub("", text, count=1)
    return text


def _table_shape(con: sqlite3.Connection, table: str, sql: str | None = None) -> Shape:
    columns = []
    for _cid, name, kind, notnull, default, pk, hidden in con.execute(
        "SELECT * FROM pragma_table_xinfo(?)", (table,)
    ):
        if MIGRATION_DEFAULTS.get((table, name)) == default:
            default = None
        columns.append((name, str(kind).upper(), notnull, default, pk, hidden))
    keys = sorted(
        tuple(r[2:]) for r in con.execute("SELECT * FROM pragma_foreign_key_list(?)", (table,))
    )
    return (tuple(sorted(columns)), tuple(keys), _table_sql(table, sql))


def _index_shape(con: sqlite3.Connection, index: str, table: str) -> Shape:
    info = [r for r in con.execute("SELECT * FROM pragma_index_list(?)", (table,)) if r[1] == index]
    unique, origin, partial = info[0][2:5] if info else (None, None, None)
    columns = tuple(  # by name, not column number: a migration appends its column last
        (seqno, name, desc, coll)
        for seqno, _cid, name, desc, coll, key in con.execute(
            "SELECT * FROM pragma_index_xinfo(?)", (index,)
        )
        if key
    )
    return (table, unique, origin, partial, columns)


def fingerprint(con: sqlite3.Connection) -> Fingerprint:
    """Every named object of the schema, by (type, name), in a form that compares structure:
    columns, keys and index columns for tables and indexes, the text for triggers and views."""
    out: Fingerprint = {}
    for kind, name, table, sql in con.execute(_OBJECTS).fetchall():
        if kind == "table":
            out[(kind, name)] = _table_shape(con, name, sql)
        elif kind == "index":
            out[(kind, name)] = _index_shape(con, name, table)
        else:
            out[(kind, name)] = (table, _normal_sql(sql))
    return out


@cache
def reference_fingerprint() -> Fingerprint:
    """The schema a new database of this version gets, built in memory once per process."""
    reference = SqliteDatabase(":memory:")
    try:
        create_current_schema(reference)
        return fingerprint(reference.connection())
    finally:
        reference.close()


def _label(kind: str, name: str) -> str:
    return f"guard {name}" if kind == "trigger" else f"{kind} {name}"


def compare(found: Fingerprint, expected: Fingerprint) -> list[str]:
    problems = [f"unknown {_label(*key)}" for key in sorted(found.keys() - expected.keys())]
    problems = [p.replace("unknown guard", "unknown trigger") for p in problems]
    problems += [f"missing {_label(*key)}" for key in sorted(expected.keys() - found.keys())]
    problems += [
        f"changed {_label(*key)}"
        for key in sorted(found.keys() & expected.keys())
        if found[key] != expected[key]
    ]
    return problems


def sqlite_drift(con: sqlite3.Connection) -> list[str]:
    """How this database's schema differs from the current version's; empty when it does not."""
    return compare(fingerprint(con), reference_fingerprint())


def names_drift(con: sqlite3.Connection, version: int) -> list[str]:
    """The cheap check for a file at an older version, before it is migrated: the tables and
    triggers that version had, no views, nothing else."""
    found: dict[str, set[str]] = {"table": set(), "trigger": set(), "view": set()}
    for kind, name, _table, _sql in con.execute(_OBJECTS).fetchall():
        if kind in found:
            found[kind].add(name)
    search = version >= SEARCH_ADDED_AT
    expected = {
        "table": tables_at(version) | (sqlite_table_names() if search else set()),
        "trigger": guard_names(version)
        | (set(sqlite_triggers()) if search else set())
        | (set(sqlite_activity_triggers()) if version >= ACTIVITY_ADDED_AT else set()),
        "view": {ENTRY_SOURCE} if search else set(),
    }
    problems = []
    for kind in ("table", "view", "trigger"):
        problems += [f"unknown {kind} {n}" for n in sorted(found[kind] - expected[kind])]
        label = "guard" if kind == "trigger" else kind
        problems += [f"missing {label} {n}" for n in sorted(expected[kind] - found[kind])]
    return problems


def postgres_drift(database: Database) -> list[str]:
    """On PostgreSQL, by name: Beacon's tables and guards, no views or other triggers."""
    tables = set(database.get_tables())
    views = {v.name for v in database.get_views()}
    triggers = {
        r[0]
        for r in database.execute_sql(
            "SELECT tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE NOT t.tgisinternal AND n.nspname = current_schema()"
        ).fetchall()
    }
    expected = tables_at(10**6) | set(SEARCH_TABLES)
    beacons = postgres_trigger_names() | postgres_activity_trigger_names()
    known_triggers = GUARD_NAMES_POSTGRES | beacons
    problems = [f"unknown table {n}" for n in sorted(tables - expected)]
    problems += [f"unknown view {n}" for n in sorted(views)]
    problems += [f"unknown trigger {n}" for n in sorted(triggers - known_triggers)]
    problems += [f"missing table {n}" for n in sorted(expected - tables)]
    problems += [f"missing guard {n}" for n in sorted(GUARD_NAMES_POSTGRES - triggers)]
    problems += [f"missing trigger {n}" for n in sorted(beacons - triggers)]
    return problems + _postgres_guards(database) + _postgres_columns(database)


_PG_TRIGGERS = (
    "SELECT t.tgname, c.relname, t.tgtype, p.proname, t.tgenabled, t.tgnargs, t.tgqual IS NULL "
    "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
    "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_proc p ON p.oid = t.tgfoid "
    "WHERE NOT t.tgisinternal AND n.nspname = current_schema()"
)
_PG_FUNCTIONS = (
    "SELECT p.proname, p.prosrc, l.lanname, p.prosecdef, p.proconfig IS NULL "
    "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
    "JOIN pg_language l ON l.oid = p.prolang WHERE n.nspname = current_schema()"
)


def _postgres_guards(database: Database) -> list[str]:
    """Each guard switched on ('O'), on its table and events, running Beacon's own function."""
    problems = []
    for name, table, kind, function, enabled, nargs, no_when in database.execute_sql(
        _PG_TRIGGERS
    ).fetchall():
        if name not in GUARD_TRIGGERS_POSTGRES:
            continue
        if enabled != "O":
            problems.append(f"disabled guard {name}")
        elif (table, kind, function, nargs, no_when) != (*GUARD_TRIGGERS_POSTGRES[name], 0, True):
            problems.append(f"changed guard {name}")
    bodies = guard_function_bodies()
    found = {
        name: (_normal_sql(source), language, definer, plain)
        for name, source, language, definer, plain in database.execute_sql(_PG_FUNCTIONS).fetchall()
        if name in bodies
    }
    for name, body in sorted(bodies.items()):
        if name not in found:
            problems.append(f"missing guard function {name}")
        elif found[name] != (_normal_sql(body), "plpgsql", False, True):
            problems.append(f"changed guard function {name}")
    return problems


def _postgres_columns(database: Database) -> list[str]:
    """Beacon's columns, each with its NOT NULL, and no others, from information_schema."""
    expected = {
        (m._meta.table_name, f.column_name): "YES" if f.null else "NO"
        for m in ALL_MODELS
        for f in m._meta.sorted_fields
    }
    tables = {table for table, _column in expected}
    found = {
        (table, column): nullable
        for table, column, nullable in database.execute_sql(
            "SELECT table_name, column_name, is_nullable FROM information_schema.columns "
            "WHERE table_schema = current_schema()"
        ).fetchall()
        if table in tables
    }
    problems = [f"unknown column {t}.{c}" for t, c in sorted(found.keys() - expected.keys())]
    problems += [f"missing column {t}.{c}" for t, c in sorted(expected.keys() - found.keys())]
    problems += [
        f"changed column {t}.{c}"
        for t, c in sorted(found.keys() & expected.keys())
        if found[(t, c)] != expected[(t, c)]
    ]
    return problems


def schema_drift(database: Database) -> list[str]:
    if isinstance(database, PostgresqlDatabase):
        return postgres_drift(database)
    return sqlite_drift(database.connection())
