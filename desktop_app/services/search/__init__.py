"""Full-text search over the index the database keeps (models.search_index): the query built
from what was typed (query), the lists' filter and ranking (filters), and the ranked search of
`beacon search` (service). Import everything from here."""

from __future__ import annotations

from desktop_app.services.search.filters import matching_ids, ranked, searchable, where_matches
from desktop_app.services.search.query import fts5_match, tsquery, words
from desktop_app.services.search.service import (
    KINDS,
    ContactHit,
    EntryHit,
    Hit,
    ReportHit,
    SearchService,
)

__all__ = [
    "KINDS",
    "ContactHit",
    "EntryHit",
    "Hit",
    "ReportHit",
    "SearchService",
    "fts5_match",
    "matching_ids",
    "ranked",
    "searchable",
    "tsquery",
    "where_matches",
    "words",
]
