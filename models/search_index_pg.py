"""The full-text search index on PostgreSQL (schema v6): a (id, tsvector) table per record type
with a GIN index, filled by plpgsql triggers, the same tables and the same events as SQLite's
(models.search_index). Text is folded by beacon_fold(): unaccent() when the extension can be
installed (it is a trusted extension from PostgreSQL 13), otherwise translate() of the common
Latin accents, so search still works, folding less."""

from __future__ import annotations

import logging
import unicodedata

from peewee import Database

from models.pg_triggers import pg_changed, pg_trigger
from models.search_index import (
    CONTACT_FIELDS,
    CONTACT_FTS,
    ENTRY_FIELDS,
    ENTRY_FTS,
    REPORT_FIELDS,
    REPORT_FTS,
    SEARCH_TABLES,
    phone_words,
)

log = logging.getLogger(__name__)

UNACCENT_EXTENSION = "unaccent"


_EXTRA_FOLDS = {"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t"}


def latin_folds() -> tuple[str, str]:
    """(from, to) for translate(): the lower-case Latin letters with accents, and their base
    letters; the fold used when the unaccent extension cannot be installed."""
    pairs = dict(_EXTRA_FOLDS)
    for code in range(0xC0, 0x250):
        ch = chr(code)
        base = unicodedata.normalize("NFKD", ch)[0]
        if ch == ch.lower() and base != ch and base.isascii() and base.isalpha():
            pairs[ch] = base
    return "".join(pairs), "".join(pairs.values())


def _try_unaccent(database: Database) -> str | None:
    """The schema of the unaccent extension, installed now if it can be; None if it cannot."""
    try:
        with database.atomic():  # a savepoint: a refusal must not abort the migration
            database.execute_sql(f'CREATE EXTENSION IF NOT EXISTS "{UNACCENT_EXTENSION}"')
    except Exception as exc:  # no privilege, no contrib package: fold without it
        log.warning("search folds only common accents: unaccent unavailable (%s)", exc)
        return None
    return folding(database)


def folding(database: Database) -> str | None:
    """The schema unaccent is installed in, or None when it is not installed."""
    row = database.execute_sql(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = %s",
        (UNACCENT_EXTENSION,),
    ).fetchone()
    return str(row[0]) if row else None


def _fold_sql(unaccent_schema: str | None) -> str:
    if unaccent_schema:
        qualified = f'"{unaccent_schema}".unaccent'
        return f"SELECT {qualified}('{qualified}'::regdictionary, lower($1))"
    source, target = latin_folds()
    return f"SELECT translate(lower($1), '{source}', '{target}')"


def _doc(*parts: tuple[str, str]) -> str:
    """A weighted tsvector of (SQL text expression, weight A-D) parts."""
    return " || ".join(
        f"setweight(to_tsvector('simple', beacon_words({expr})), '{weight}')"
        for expr, weight in parts
    )


_PG_REPORT_DOC = _doc(
    ("r.number", "A"),
    ("r.account", "B"),
    ("r.action_taken", "C"),
    ("(SELECT name FROM category WHERE id = r.category_id)", "B"),
    ("(SELECT name FROM location WHERE id = r.location_id)", "B"),
    ("(SELECT name FROM contact WHERE id = r.reporter_id)", "B"),
    (
        "(SELECT string_agg(coalesce(c.name, p.name) || ' ' || p.description, ' ') "
        "FROM report_person p LEFT JOIN contact c ON c.id = p.contact_id "
        "WHERE p.report_id = r.id)",
        "B",
    ),
    ("r.police_reference || ' ' || r.void_reason", "C"),
    ("(SELECT string_agg(reason, ' ') FROM report_supplement WHERE report_id = r.id)", "D"),
)
_PG_ENTRY_DOC = _doc(
    ("e.observation", "B"),
    ("e.action_taken", "C"),
    ("(SELECT name FROM location WHERE id = e.location_id)", "B"),
)
_PG_CONTACT_DOC = _doc(
    ("c.name", "A"),
    ("c.organisation", "B"),
    (phone_words("c.phone"), "B"),
    ("c.email", "B"),
    ("c.address", "C"),
    ("c.notes", "D"),
)
# index table -> (record table, alias, tsvector expression, fields whose change matters)
_PG_DOCS = {
    REPORT_FTS: ("report", "r", _PG_REPORT_DOC, REPORT_FIELDS),
    ENTRY_FTS: ("patrol_entry", "e", _PG_ENTRY_DOC, ENTRY_FIELDS),
    CONTACT_FTS: ("contact", "c", _PG_CONTACT_DOC, CONTACT_FIELDS),
}


def _pg_fill(table: str) -> str:
    source, alias, doc, _fields = _PG_DOCS[table]
    return f"INSERT INTO {table} (id, doc) SELECT {alias}.id, {doc} FROM {source} {alias}"


def pg_fill_sql(table: str) -> str:
    """The INSERT that indexes every record of table's kind (into an emptied index)."""
    return _pg_fill(table)


def _pg_refresh_function(table: str) -> str:
    alias = _PG_DOCS[table][1]
    return f"""CREATE OR REPLACE FUNCTION beacon_{table}_refresh(ids integer[]) RETURNS void AS $$
       {_pg_fill(table)} WHERE {alias}.id = ANY(ids)
       ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc $$ LANGUAGE sql"""


def _pg_triggers() -> list[str]:
    statements: list[str] = []
    for table, (source, _alias, _doc, fields) in _PG_DOCS.items():
        refresh = f"PERFORM beacon_{table}_refresh(ARRAY[NEW.id]);"
        statements += pg_trigger(f"{table}_after_insert", "INSERT", source, refresh)
        statements += pg_trigger(
            f"{table}_after_update", "UPDATE", source, refresh, pg_changed(fields)
        )
    both = (
        "IF TG_OP <> 'INSERT' THEN PERFORM beacon_report_fts_refresh(ARRAY[OLD.report_id]); "
        "END IF; IF TG_OP <> 'DELETE' THEN "
        "PERFORM beacon_report_fts_refresh(ARRAY[NEW.report_id]); END IF;"
    )
    for child in ("report_person", "report_supplement"):
        statements += pg_trigger(
            f"{REPORT_FTS}_after_{child}", "INSERT OR UPDATE OR DELETE", child, both
        )
    renamed = "NEW.name IS DISTINCT FROM OLD.name"
    by = "PERFORM beacon_{0}_refresh(ARRAY(SELECT id FROM {1} WHERE {2}));"
    statements += pg_trigger(
        f"{REPORT_FTS}_after_category_rename",
        "UPDATE",
        "category",
        by.format(REPORT_FTS, "report", "category_id = NEW.id"),
        renamed,
    )
    statements += pg_trigger(
        "search_after_location_rename",
        "UPDATE",
        "location",
        by.format(REPORT_FTS, "report", "location_id = NEW.id")
        + by.format(ENTRY_FTS, "patrol_entry", "location_id = NEW.id"),
        renamed,
    )
    statements += pg_trigger(
        f"{REPORT_FTS}_after_contact_rename",
        "UPDATE",
        "contact",
        by.format(
            REPORT_FTS,
            "report",
            "reporter_id = NEW.id OR id IN "
            "(SELECT report_id FROM report_person WHERE contact_id = NEW.id)",
        ),
        renamed,
    )
    return statements


def postgres_statements(unaccent_schema: str | None) -> list[str]:
    """The functions and triggers of the PostgreSQL index, folding with unaccent when its schema
    is given."""
    return [
        f"CREATE OR REPLACE FUNCTION beacon_fold(text) RETURNS text AS $$ "
        f"{_fold_sql(unaccent_schema)} $$ LANGUAGE sql STABLE",
        # Punctuation splits words as SQLite's tokenizer does: WR-2026-00523 is wr 2026 00523.
        "CREATE OR REPLACE FUNCTION beacon_words(text) RETURNS text AS $$ "
        "SELECT regexp_replace(beacon_fold(coalesce($1, '')), '[[:punct:]]+', ' ', 'g') "
        "$$ LANGUAGE sql STABLE",
        *(_pg_refresh_function(table) for table in SEARCH_TABLES),
        *_pg_triggers(),
    ]


def postgres_trigger_names() -> set[str]:
    return {s.split()[2] for s in _pg_triggers() if s.startswith("CREATE TRIGGER")}


def install_postgres_search(database: Database, fill: bool = True) -> None:
    """Create the PostgreSQL index, fill it from the rows there are, install its triggers."""
    for table, (source, _alias, _doc, _fields) in _PG_DOCS.items():
        database.execute_sql(
            f"CREATE TABLE IF NOT EXISTS {table} (id INTEGER PRIMARY KEY "
            f"REFERENCES {source} (id) ON DELETE CASCADE, doc tsvector NOT NULL)"
        )
        database.execute_sql(f"CREATE INDEX IF NOT EXISTS {table}_doc ON {table} USING GIN (doc)")
    for statement in postgres_statements(_try_unaccent(database)):
        database.execute_sql(statement)
    if fill:  # one INSERT … SELECT per index
        for table in SEARCH_TABLES:
            database.execute_sql(_pg_fill(table))
