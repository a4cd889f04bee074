"""The full-text search index (schema v6): what text each report, patrol entry and contact is
found by, kept in step by the database's own triggers so every write path (the services, an
import, a merge, a restore) keeps it current without remembering to.

SQLite: one FTS5 table per record type, rowid = the record's id.
- Patrol entries (a million rows): external content, read through the view
  patrol_entry_fts_source, so the text is not held twice (about 130 MB on the large demo). Its
  triggers give FTS5 the old text of an entry to delete it; that text is the entry's own columns
  and its location's name, which the rename trigger passes as OLD.name: exact by construction.
- Reports and contacts: the index keeps its own copy of the text, deleted by rowid. A report's
  text is put together from six tables (people, supplements in group_concat), and an
  external-content index told slightly different old text (another row order after an index is
  added) is corrupted silently; contentless tables can delete rows only from SQLite 3.43, newer
  than many Pythons ship. The copy costs about 30 MB on the large demo.

PostgreSQL (models.search_index_pg): a (id, tsvector) table per record type with a GIN index,
filled by plpgsql triggers.
"""

from __future__ import annotations

from peewee import Database

REPORT_FTS, ENTRY_FTS, CONTACT_FTS = "report_fts", "patrol_entry_fts", "contact_fts"
SEARCH_TABLES = (REPORT_FTS, ENTRY_FTS, CONTACT_FTS)
ENTRY_SOURCE = "patrol_entry_fts_source"  # the view the entry index reads its text from
FTS5_OPTIONS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"

REPORT_COLUMNS = ("number", "narrative", "action_taken", "category", "location", "people", "notes")
REPORT_DOC = """SELECT r.id, r.number, r.account, r.action_taken,
    IFNULL((SELECT name FROM category WHERE id = r.category_id), ''),
    IFNULL((SELECT name FROM location WHERE id = r.location_id), ''),
    IFNULL((SELECT name FROM contact WHERE id = r.reporter_id), '') || ' ' ||
    IFNULL((SELECT group_concat(IFNULL(c.name, p.name) || ' ' || p.description, ' ')
            FROM report_person p LEFT JOIN contact c ON c.id = p.contact_id
            WHERE p.report_id = r.id), ''),
    r.police_reference || ' ' || r.void_reason || ' ' ||
    IFNULL((SELECT group_concat(reason, ' ') FROM report_supplement WHERE report_id = r.id), '')
  FROM report r"""
CONTACT_COLUMNS = ("name", "organisation", "phone", "email", "address", "notes")
PHONE_MIN_FRAGMENT = 3  # the fewest digits of a phone number that find it
PHONE_MAX_DIGITS = 20  # E.164 has at most 15; an extension or a typo may add a few


def phone_words(phone: str) -> str:
    """SQL for the words a contact's phone number is found by (schema v8): the number as typed,
    and every tail of its digits at least PHONE_MIN_FRAGMENT long. A prefix search over the tails
    finds any run of the digits however the number was grouped: 496 043 finds 0161 496 0431
    and +44 161 496 0431 (the search turns what was typed into the national and international
    digits, desktop_app.services.phones). The same SQL serves SQLite and PostgreSQL."""
    digits = phone
    for mark in " +-().":
        digits = f"replace({digits}, '{mark}', '')"
    tails = " || ' ' || ".join(
        f"CASE WHEN length(d) >= {k + PHONE_MIN_FRAGMENT - 1} THEN substr(d, {k}) ELSE '' END"
        for k in range(1, PHONE_MAX_DIGITS - PHONE_MIN_FRAGMENT + 2)
    )
    return f"{phone} || ' ' || (SELECT {tails} FROM (SELECT {digits} AS d) AS phone_digits)"


CONTACT_DOC = f"""SELECT c.id, c.name, c.organisation, {phone_words("c.phone")}, c.email,
    c.address, c.notes FROM contact c"""
ENTRY_COLUMNS: tuple[str, ...] = ("observation", "action_taken", "location")
ENTRY_VIEW = f"""CREATE VIEW IF NOT EXISTS {ENTRY_SOURCE} AS
  SELECT e.id, e.observation, e.action_taken,
    IFNULL((SELECT name FROM location WHERE id = e.location_id), '') AS location
  FROM patrol_entry e"""

# index with its own copy -> (columns, the SELECT of their text ending in FROM table alias)
_COPIED: dict[str, tuple[tuple[str, ...], str]] = {
    REPORT_FTS: (REPORT_COLUMNS, REPORT_DOC),
    CONTACT_FTS: (CONTACT_COLUMNS, CONTACT_DOC),
}
_ENTRY_NAMES = ", ".join(("rowid", *ENTRY_COLUMNS))


def _fill(table: str, where: str = "") -> str:
    """INSERT the index rows of table's records that satisfy where (all records without)."""
    if table == ENTRY_FTS:
        select = f"SELECT id, {', '.join(ENTRY_COLUMNS)} FROM {ENTRY_SOURCE}"
        return f"INSERT INTO {table} ({_ENTRY_NAMES}) {select}" + (
            f" WHERE {where}" if where else ""
        )
    columns, doc = _COPIED[table]
    names = ", ".join(("rowid", *columns))
    return f"INSERT INTO {table} ({names}) {doc}" + (f" WHERE {where}" if where else "")


def fill_sql(table: str) -> str:
    """The INSERT that indexes every record of table's kind (into an emptied index)."""
    return _fill(table)


def _refresh(table: str, where: str) -> str:
    """Statements that write again the index rows of the reports or contacts satisfying where
    (on the aliases r, c)."""
    source = _COPIED[table][1].rsplit("FROM", 1)[1]
    alias = source.split()[-1]
    return (
        f"DELETE FROM {table} WHERE rowid IN (SELECT {alias}.id FROM {source} WHERE {where}); "
        f"{_fill(table, where)};"
    )


def _forget_entries(select: str) -> str:
    """Tell the external-content entry index to drop rows, with the exact text they had:
    select gives (id, observation, action_taken, location name)."""
    return f"INSERT INTO {ENTRY_FTS} ({ENTRY_FTS}, {_ENTRY_NAMES}) SELECT 'delete', {select};"


def _changed(*columns: str) -> str:
    return " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)


def _trigger(name: str, event: str, body: str, when: str = "") -> tuple[str, str]:
    condition = f" WHEN {when}" if when else ""
    return name, f"CREATE TRIGGER IF NOT EXISTS {name} {event}{condition} BEGIN {body} END"


REPORT_FIELDS = (
    "number",
    "account",
    "action_taken",
    "category_id",
    "location_id",
    "reporter_id",
    "police_reference",
    "void_reason",
)
PERSON_FIELDS = ("report_id", "contact_id", "name", "description")
ENTRY_FIELDS = ("observation", "action_taken", "location_id")
CONTACT_FIELDS = ("name", "organisation", "phone", "phone_digits", "email", "address", "notes")
_OLD_ENTRY = (
    "OLD.id, OLD.observation, OLD.action_taken, "
    "IFNULL((SELECT name FROM location WHERE id = OLD.location_id), '')"
)


def _report_child_triggers(table: str, fields: tuple[str, ...]) -> list[tuple[str, str]]:
    """A person or supplement added, changed or removed: its report's text again."""
    new, old = (
        _refresh(REPORT_FTS, "r.id = NEW.report_id"),
        _refresh(REPORT_FTS, "r.id = OLD.report_id"),
    )
    return [
        _trigger(f"{REPORT_FTS}_after_{table}_insert", f"AFTER INSERT ON {table}", new),
        _trigger(f"{REPORT_FTS}_after_{table}_update", f"AFTER UPDATE ON {table}",
                 f"{old} {new}", _changed(*fields)),
        _trigger(f"{REPORT_FTS}_after_{table}_delete", f"AFTER DELETE ON {table}", old),
    ]  # fmt: skip


def _own_triggers(table: str, source: str, fields: tuple[str, ...]) -> list[tuple[str, str]]:
    """A report or contact added, changed (in a field its text comes from) or removed."""
    alias = source[0]
    return [
        _trigger(f"{table}_after_insert", f"AFTER INSERT ON {source}",
                 _fill(table, f"{alias}.id = NEW.id") + ";"),
        _trigger(f"{table}_after_update", f"AFTER UPDATE ON {source}",
                 _refresh(table, f"{alias}.id = NEW.id"), _changed(*fields)),
        _trigger(f"{table}_after_delete", f"AFTER DELETE ON {source}",
                 f"DELETE FROM {table} WHERE rowid = OLD.id;"),
    ]  # fmt: skip


def _entry_triggers() -> list[tuple[str, str]]:
    at_location = "IN (SELECT id FROM patrol_entry WHERE location_id = NEW.id)"
    return [
        _trigger(f"{ENTRY_FTS}_after_insert", "AFTER INSERT ON patrol_entry",
                 _fill(ENTRY_FTS, "id = NEW.id") + ";"),
        _trigger(f"{ENTRY_FTS}_after_update", "AFTER UPDATE ON patrol_entry",
                 _forget_entries(_OLD_ENTRY) + " " + _fill(ENTRY_FTS, "id = NEW.id") + ";",
                 _changed(*ENTRY_FIELDS)),
        _trigger(f"{ENTRY_FTS}_after_delete", "AFTER DELETE ON patrol_entry",
                 _forget_entries(_OLD_ENTRY)),
        _trigger(f"{ENTRY_FTS}_after_location_rename", "AFTER UPDATE ON location",
                 _forget_entries("e.id, e.observation, e.action_taken, IFNULL(OLD.name, '') "
                                 "FROM patrol_entry e WHERE e.location_id = NEW.id")
                 + " " + _fill(ENTRY_FTS, f"id {at_location}") + ";",
                 "NEW.name IS NOT OLD.name"),
    ]  # fmt: skip


def sqlite_triggers() -> dict[str, str]:
    """Every trigger that keeps the SQLite index in step, by name."""
    renamed = "NEW.name IS NOT OLD.name"
    by_contact = (
        "r.reporter_id = NEW.id OR r.id IN "
        "(SELECT report_id FROM report_person WHERE contact_id = NEW.id)"
    )
    triggers = [
        *_own_triggers(REPORT_FTS, "report", REPORT_FIELDS),
        *_report_child_triggers("report_person", PERSON_FIELDS),
        *_report_child_triggers("report_supplement", ("report_id", "reason")),
        *_own_triggers(CONTACT_FTS, "contact", CONTACT_FIELDS),
        *_entry_triggers(),
        _trigger(f"{REPORT_FTS}_after_category_rename", "AFTER UPDATE ON category",
                 _refresh(REPORT_FTS, "r.category_id = NEW.id"), renamed),
        _trigger(f"{REPORT_FTS}_after_location_rename", "AFTER UPDATE ON location",
                 _refresh(REPORT_FTS, "r.location_id = NEW.id"), renamed),
        _trigger(f"{REPORT_FTS}_after_contact_rename", "AFTER UPDATE ON contact",
                 _refresh(REPORT_FTS, by_contact), renamed),
    ]  # fmt: skip
    return dict(triggers)


def sqlite_table_names() -> set[str]:
    """The index tables and the shadow tables FTS5 keeps beside each (no copy of the entries)."""
    shadows = {"data", "idx", "docsize", "config"}
    return {
        *SEARCH_TABLES,
        *(f"{t}_{s}" for t in SEARCH_TABLES for s in shadows),
        *(f"{t}_content" for t in _COPIED),
    }


def install_search_triggers(database: Database) -> None:
    """The SQLite triggers that keep the index in step (again, after a restore of a file, whose
    own triggers are dropped unread)."""
    for statement in sqlite_triggers().values():
        database.execute_sql(statement)


def install_sqlite_search(database: Database, fill: bool = True) -> None:
    """Create the SQLite index, fill it from the rows there are (fill=False for a new, empty
    database), and install the triggers that keep it in step."""
    database.execute_sql(ENTRY_VIEW)
    for table in SEARCH_TABLES:
        if table == ENTRY_FTS:
            columns, content = ENTRY_COLUMNS, f", content = '{ENTRY_SOURCE}', content_rowid = 'id'"
        else:
            columns, content = _COPIED[table][0], ""
        database.execute_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5"
            f"({', '.join(columns)}{content}, {FTS5_OPTIONS})"
        )
        if fill:  # one INSERT … SELECT per index: a million entries without a Python loop
            database.execute_sql(_fill(table))
    install_search_triggers(database)
