"""Report search, a rare word and a common one (count + first page). Beacon's side is the report
list's search; the floor is an FTS5 MATCH on an index it builds once in its own copy (Beacon's
copy never sees that table: it would count as a schema change made outside Beacon)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bench.figures_lists import PAGE, REPORT_PAGE, supplement_counts
from bench.harness import Figure, Pair, Workspace
from bench.sides import beacon_on, raw_on
from desktop_app.services.reports import ReportFilter, ReportService

COMMON_HITS = 600  # the common word: the one whose report count is nearest this

BUILD_FTS = [
    """CREATE VIRTUAL TABLE bench_report_fts USING fts5(
        number, account, action_taken, category, location, reporter, police_reference,
        content='', tokenize='unicode61 remove_diacritics 2')""",
    """INSERT INTO bench_report_fts (rowid, number, account, action_taken, category, location,
        reporter, police_reference)
    SELECT r.id, r.number, r.account, r.action_taken, coalesce(c.name, ''), coalesce(l.name, ''),
        coalesce(p.name, ''), r.police_reference
    FROM report r LEFT JOIN category c ON c.id = r.category_id
    LEFT JOIN location l ON l.id = r.location_id LEFT JOIN contact p ON p.id = r.reporter_id""",
    "CREATE VIRTUAL TABLE temp.bench_vocab USING fts5vocab(main, bench_report_fts, 'col')",
]

# Words of the narratives (the column both searches read), chosen by how many reports hold them.
WORDS = (
    "SELECT term, doc FROM temp.bench_vocab WHERE col = 'account' "
    "AND term GLOB '[a-z][a-z][a-z][a-z]*' AND "
)
RARE_WORD = "quokka"  # the demo's narratives come from phrase lists: no word in them is rare
COMMON = WORDS + "length(term) >= 5 ORDER BY abs(doc - ?), term LIMIT 1"


@dataclass(frozen=True)
class SearchFloor:
    raw: sqlite3.Connection
    rare: tuple[str, int]  # the word, planted in one report's narrative, and its hits
    common: tuple[str, int]


def plant_rare_word(path: Path) -> None:
    """The rare word written into the narrative of the middle report (on a throwaway copy)."""
    raw = raw_on(path)
    try:
        raw.execute(
            "UPDATE report SET account = account || ' ' || ? WHERE id = "
            "(SELECT id FROM report ORDER BY id LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM report))",
            (RARE_WORD.capitalize() + ".",),
        )
    finally:
        raw.close()


def build_floor(ws: Workspace) -> SearchFloor:
    """The floor's copy with its FTS5 index (built once per figure, untimed)."""
    path = ws.copy("search-floor")
    plant_rare_word(path)
    raw = raw_on(path)
    for statement in BUILD_FTS:
        raw.execute(statement)
    rare = raw.execute(WORDS + "term = ?", (RARE_WORD,)).fetchone()
    common = raw.execute(COMMON, (COMMON_HITS,)).fetchone()
    return SearchFloor(raw, rare, common)


def beacon_search(reports: ReportService, word: str) -> int:
    flt = ReportFilter(text=word)
    count = reports.count(flt)
    reports.list(flt, limit=PAGE)
    return count


def floor_search(raw: sqlite3.Connection, word: str) -> int:
    match = f'"{word}"'
    count = raw.execute(
        "SELECT COUNT(*) FROM bench_report_fts WHERE bench_report_fts MATCH ?", (match,)
    ).fetchone()[0]
    where = "WHERE r.id IN (SELECT rowid FROM bench_report_fts WHERE bench_report_fts MATCH ?)"
    rows = raw.execute(REPORT_PAGE.format(where=where, limit=PAGE), (match,)).fetchall()
    supplement_counts(raw, rows)
    return int(count)


def prepare_search(ws: Workspace, which: str) -> Pair:
    floor = build_floor(ws)
    word, hits = floor.rare if which == "rare" else floor.common
    path = ws.copy("search-beacon")
    plant_rare_word(path)
    reports = ReportService(beacon_on(path))
    beacon_hits = beacon_search(reports, word)
    return Pair(
        lambda: beacon_search(reports, word),
        lambda: floor_search(floor.raw, word),
        note=f"'{word}': FTS5 finds {hits}, Beacon's search {beacon_hits}",
        cleanup=[floor.raw.close],
    )


def _figure(which: str, title: str) -> Figure:
    return Figure(
        f"search-{which}",
        title,
        "FTS5 MATCH",
        lambda ws: prepare_search(ws, which),
    )


FIGURES = [
    _figure("rare", "report search, a rare word (count + first page)"),
    _figure("common", "report search, a common word (count + first page)"),
]
