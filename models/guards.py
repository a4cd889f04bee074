"""The database's own guards on the audit trail: entries are append-only (v3), and the anchor that
remembers the trail's end moves only in step with a new entry (v4)."""

from __future__ import annotations

from peewee import Database, PostgresqlDatabase

GENESIS = "0" * 64  # the prev_hash of the first entry, and the anchor's hash of an empty trail

ENTRY_GUARDS_SQLITE = {
    "audit_entry_no_update": """CREATE TRIGGER IF NOT EXISTS audit_entry_no_update
       BEFORE UPDATE ON audit_entry
       BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END""",
    "audit_entry_no_delete": """CREATE TRIGGER IF NOT EXISTS audit_entry_no_delete
       BEFORE DELETE ON audit_entry
       BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END""",
}
ANCHOR_GUARDS_SQLITE = {
    "audit_anchor_in_step": """CREATE TRIGGER IF NOT EXISTS audit_anchor_in_step
       BEFORE UPDATE ON audit_anchor
       WHEN NOT (NEW.id = OLD.id AND NEW.entries = OLD.entries + 1
                 AND NEW.last_id > OLD.last_id
                 AND NEW.last_id = (SELECT MAX(id) FROM audit_entry)
                 AND NEW.last_hash IS (SELECT hash FROM audit_entry WHERE id = NEW.last_id))
       BEGIN SELECT RAISE(ABORT, 'the audit anchor moves only with a new audit entry'); END""",
    "audit_anchor_no_delete": """CREATE TRIGGER IF NOT EXISTS audit_anchor_no_delete
       BEFORE DELETE ON audit_anchor
       BEGIN SELECT RAISE(ABORT, 'the audit anchor cannot be removed'); END""",
    "audit_anchor_one_row": """CREATE TRIGGER IF NOT EXISTS audit_anchor_one_row
       BEFORE INSERT ON audit_anchor WHEN EXISTS (SELECT 1 FROM audit_anchor)
       BEGIN SELECT RAISE(ABORT, 'the audit anchor exists already'); END""",
}

ENTRY_GUARDS_POSTGRES = (
    """CREATE OR REPLACE FUNCTION beacon_audit_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'the audit trail cannot be changed'; END $$ LANGUAGE plpgsql""",
    "DROP TRIGGER IF EXISTS audit_entry_append_only ON audit_entry",
    """CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
       FOR EACH ROW EXECUTE FUNCTION beacon_audit_append_only()""",
)
ANCHOR_GUARDS_POSTGRES = (
    """CREATE OR REPLACE FUNCTION beacon_audit_anchor_guard() RETURNS trigger AS $$
       BEGIN
         IF TG_OP = 'DELETE' THEN
           RAISE EXCEPTION 'the audit anchor cannot be removed';
         END IF;
         IF TG_OP = 'INSERT' THEN
           IF EXISTS (SELECT 1 FROM audit_anchor) THEN
             RAISE EXCEPTION 'the audit anchor exists already';
           END IF;
           RETURN NEW;
         END IF;
         IF NOT (NEW.id = OLD.id AND NEW.entries = OLD.entries + 1
                 AND NEW.last_id > OLD.last_id
                 AND NEW.last_id = (SELECT MAX(id) FROM audit_entry)
                 AND NEW.last_hash IS NOT DISTINCT FROM
                     (SELECT hash FROM audit_entry WHERE id = NEW.last_id)) THEN
           RAISE EXCEPTION 'the audit anchor moves only with a new audit entry';
         END IF;
         RETURN NEW;
       END $$ LANGUAGE plpgsql""",
    "DROP TRIGGER IF EXISTS audit_anchor_guard ON audit_anchor",
    """CREATE TRIGGER audit_anchor_guard BEFORE INSERT OR UPDATE OR DELETE ON audit_anchor
       FOR EACH ROW EXECUTE FUNCTION beacon_audit_anchor_guard()""",
)
# Trigger names as PostgreSQL lists them, for `beacon check`.
GUARD_NAMES_POSTGRES = frozenset({"audit_entry_append_only", "audit_anchor_guard"})
# What `beacon check` expects of each guard on PostgreSQL: its table, its tgtype bits (ROW 1,
# BEFORE 2, INSERT 4, DELETE 8, UPDATE 16) and the function it runs.
GUARD_TRIGGERS_POSTGRES = {
    "audit_entry_append_only": ("audit_entry", 1 | 2 | 8 | 16, "beacon_audit_append_only"),
    "audit_anchor_guard": ("audit_anchor", 1 | 2 | 4 | 8 | 16, "beacon_audit_anchor_guard"),
}


def guard_function_bodies() -> dict[str, str]:
    """The body of each guard function as Beacon writes it, by function name."""
    bodies = {}
    for statement in (*ENTRY_GUARDS_POSTGRES, *ANCHOR_GUARDS_POSTGRES):
        if statement.startswith("CREATE OR REPLACE FUNCTION"):
            name = statement.split()[4].split("(")[0]
            bodies[name] = statement.split("$$")[1]
    return bodies


def guard_names(version: int) -> set[str]:
    """The SQLite triggers a database at this schema version has: Beacon's guards, nothing else."""
    names = set(ENTRY_GUARDS_SQLITE) if version >= 3 else set()
    return names | (set(ANCHOR_GUARDS_SQLITE) if version >= 4 else set())


def _run(database: Database, sqlite: dict[str, str], postgres: tuple[str, ...]) -> None:
    statements = postgres if isinstance(database, PostgresqlDatabase) else tuple(sqlite.values())
    for statement in statements:
        database.execute_sql(statement)


def install_audit_guards(database: Database) -> None:
    """The audit table accepts INSERT only: UPDATE and DELETE are refused by the database."""
    _run(database, ENTRY_GUARDS_SQLITE, ENTRY_GUARDS_POSTGRES)


def install_anchor_guards(database: Database) -> None:
    """The anchor row cannot be removed, duplicated, or moved except one step onto a new entry."""
    _run(database, ANCHOR_GUARDS_SQLITE, ANCHOR_GUARDS_POSTGRES)


def fill_anchor(database: Database) -> None:
    """Write the anchor row from the trail's current end (a new database: 0 entries)."""
    p = database.param
    row = database.execute_sql('SELECT COUNT(*), MAX(id) FROM "audit_entry"').fetchone()
    count, last_id = int(row[0] or 0), int(row[1] or 0)
    last = database.execute_sql(
        f'SELECT hash FROM "audit_entry" WHERE id = {p}', (last_id,)
    ).fetchone()
    database.execute_sql(
        f'INSERT INTO "audit_anchor" (id, entries, last_id, last_hash) VALUES ({p}, {p}, {p}, {p})',
        (1, count, last_id, last[0] if last else GENESIS),
    )
