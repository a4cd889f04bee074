"""The index as the lists use it: a filter (the ids whose text matches, as a subquery the list's
own query, its count and its sort keep) and a ranked search (best first)."""

from __future__ import annotations

from typing import Any

from peewee import SQL, Table

from desktop_app.services.search.query import fts5_match, tsquery, words
from models.database import db, is_sqlite

# SQLite bm25() weights, by the index's columns (models.search_index): a word in a report's
# number or a contact's name counts for more than one in the notes.
WEIGHTS = {
    "report_fts": (10.0, 1.0, 0.5, 2.0, 2.0, 2.0, 0.5),
    "patrol_entry_fts": (1.0, 0.5, 2.0),
    "contact_fts": (10.0, 5.0, 2.0, 2.0, 1.0, 0.5),
}
# More matches than this and a list in its own index's order (the patrol log by time) is read
# along that index, each row tested against the matches, instead of from the matches sorted.
MANY = 2000


def searchable(text: str) -> bool:
    """True when text holds a word to search for (letters or digits)."""
    return bool(words(text))


def matching_ids(table: str, text: str) -> Any:
    """A subquery of the ids of the records whose text matches text, for `id IN (...)`; None
    when text holds no word."""
    if is_sqlite():
        match = fts5_match(text)
        if match is None:
            return None
        return SQL(f"(SELECT rowid FROM {table} WHERE {table} MATCH ?)", (match,))
    query = tsquery(text)
    if query is None:
        return None
    expression, params = query
    return SQL(f"(SELECT id FROM {table} WHERE doc @@ {expression})", params)


def where_matches(
    query: Any, id_column: Any, table: str, text: str, index_order: bool = False
) -> Any:
    """query narrowed to the records whose indexed text matches every word of text; text with
    no word in it (blank, punctuation) is no filter.

    index_order: the list pages along an index of its own (newest first), and its rows are
    joined to names. SQLite then starts from the matches, joins and sorts them all, which for a
    word in 300,000 patrol entries takes seconds; when there are more than MANY matches, the
    test is written so SQLite cannot start from it (id + 0) and walks the list's index instead,
    stopping at the page's end."""
    ids = matching_ids(table, text)
    if ids is None:
        return query
    if index_order and is_sqlite() and _more_than(table, text, MANY):
        return query.where((id_column + 0).in_(ids))
    return query.where(id_column.in_(ids))


def _more_than(table: str, text: str, many: int) -> bool:
    """True when more than many records match (read no further than that in the index)."""
    found = db.execute_sql(
        f"SELECT COUNT(*) FROM (SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT ?)",
        (fts5_match(text), many + 1),
    )
    return int(found.fetchone()[0]) > many


def ranked(query: Any, id_column: Any, table: str, text: str, first: Any = None) -> Any:
    """query joined to the matches of text, best first (then newest), as a query to limit; None
    when text holds no word. first: an ordering that comes before the rank."""
    if is_sqlite():
        match = fts5_match(text)
        if match is None:
            return None
        weights = ", ".join(str(w) for w in WEIGHTS[table])
        hit = (
            Table(table)
            .select(SQL("rowid").alias("id"), SQL(f"bm25({table}, {weights})").alias("score"))
            .where(SQL(f"{table} MATCH ?", (match,)))
            .alias("hit")
        )
        order = hit.c.score.asc()  # bm25: lower is better
    else:
        built = tsquery(text)
        if built is None:
            return None
        expression, params = built
        hit = (
            Table(table)
            .select(SQL("id"), SQL(f"ts_rank(doc, {expression})", params).alias("score"))
            .where(SQL(f"doc @@ {expression}", params))
            .alias("hit")
        )
        order = hit.c.score.desc()
    orders = (order, id_column.desc()) if first is None else (first, order, id_column.desc())
    return query.join(hit, on=(hit.c.id == id_column)).order_by(*orders)
