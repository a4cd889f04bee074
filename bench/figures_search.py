"""Report search, a rare word and a common one (count + first page). Beacon's side is the report
list's search; the floor is raw SQL on the same copy: an FTS5 MATCH on Beacon's own search index
(report_fts, schema v6), the same prefix query, then the first page of those reports."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bench.figures_lists import PAGE, REPORT_PAGE, supplement_counts
from bench.harness import Figure, Pair, Workspace
from bench.sides import beacon_on, raw_on
from desktop_app.services.reports import ReportFilter, ReportService

COMMON_HITS = 600  # the common word: the one whose report count is nearest this
VOCAB = "CREATE VIRTUAL TABLE temp.bench_vocab USING fts5vocab(main, report_fts, 'col')"

# Words of the narratives, chosen by how many reports hold them.
WORDS = (
    "SELECT term, doc FROM temp.bench_vocab WHERE col = 'narrative' "
    "AND term GLOB '[a-z][a-z][a-z][a-z]*' AND "
)
RARE_WORD = "quokka"  # the demo's narratives come from phrase lists: no word in them is rare
COMMON = WORDS + "length(term) >= 5 ORDER BY abs(doc - ?), term LIMIT 1"


@dataclass(frozen=True)
class SearchWords:
    rare: tuple[str, int]  # the word, planted in one report's narrative, and its hits
    common: tuple[str, int]


def plant_rare_word(path: Path) -> None:
    """The rare word written into the narrative of the middle report (on a throwaway copy);
    Beacon's triggers put it in the search index."""
    raw = raw_on(path)
    try:
        raw.execute(
            "UPDATE report SET account = account || ' ' || ? WHERE id = "
            "(SELECT id FROM report ORDER BY id LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM report))",
            (RARE_WORD.capitalize() + ".",),
        )
        raw.commit()
    finally:
        raw.close()


def pick_words(raw: sqlite3.Connection) -> SearchWords:
    raw.execute(VOCAB)
    rare = raw.execute(WORDS + "term = ?", (RARE_WORD,)).fetchone()
    common = raw.execute(COMMON, (COMMON_HITS,)).fetchone()
    return SearchWords(rare, common)


def beacon_search(reports: ReportService, word: str) -> int:
    flt = ReportFilter(text=word)
    count = reports.count(flt)
    reports.list(flt, limit=PAGE)
    return count


def floor_search(raw: sqlite3.Connection, word: str) -> int:
    match = f'"{word}"*'  # what Beacon sends for one typed word: a prefix
    count = raw.execute(
        "SELECT COUNT(*) FROM report_fts WHERE report_fts MATCH ?", (match,)
    ).fetchone()[0]
    where = "WHERE r.id IN (SELECT rowid FROM report_fts WHERE report_fts MATCH ?)"
    rows = raw.execute(REPORT_PAGE.format(where=where, limit=PAGE), (match,)).fetchall()
    supplement_counts(raw, rows)
    return int(count)


def prepare_search(ws: Workspace, which: str) -> Pair:
    path = ws.copy("search")
    plant_rare_word(path)
    raw = raw_on(path)
    words = pick_words(raw)
    word, hits = words.rare if which == "rare" else words.common
    reports = ReportService(beacon_on(path))
    beacon_hits = beacon_search(reports, word)
    floor_hits = floor_search(raw, word)
    return Pair(
        lambda: beacon_search(reports, word),
        lambda: floor_search(raw, word),
        note=f"'{word}' in {hits} narratives: Beacon finds {beacon_hits}, the floor {floor_hits}",
        cleanup=[raw.close],
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
