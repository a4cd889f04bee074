"""Contact search as you type over the large demo's 50,000 contacts: a name fragment typed without
its accent and a phone fragment typed in the international format (the demo writes most numbers
nationally), each the directory's count and first page. The floor is raw SQL of the same query
on the same copy: a MATCH on the contact index (schema v8's phone tails), the count, the page by
name with its zone and each contact's roles."""

from __future__ import annotations

import sqlite3

from bench.harness import Figure, Pair, Workspace
from bench.sides import beacon_on, raw_on
from desktop_app.services.contact_directory import ContactDirectory, DirectoryFilter
from desktop_app.services.office_settings import load_office_settings
from desktop_app.services.phones import search_forms
from desktop_app.services.search import fts5_match

PAGE = 200
NAME = "dabrow"  # Dąbrowski, typed as people type it
PHONE = "+44 161 496 04"  # Manchester's drama range, mostly stored as 0161 496 04…
FOUND = "id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)"
COUNT = f"SELECT COUNT(*) FROM contact WHERE (merged_into_id + 0) IS NULL AND {FOUND}"
CONTACT_PAGE = f"""
SELECT c.id, c.name, c.name_key, c.kind, c.organisation, c.phone, c.email, c.address, c.consent,
       c.last_contact_at, c.follow_up_on, z.name,
       (SELECT group_concat(role, char(31)) FROM contact_role WHERE contact_id = c.id)
FROM contact c LEFT JOIN zone z ON z.id = c.zone_id
WHERE (c.merged_into_id + 0) IS NULL AND c.{FOUND}
ORDER BY c.name_key, c.id LIMIT {PAGE + 1}"""


def beacon_search(directory: ContactDirectory) -> int:
    total = 0
    for text in (NAME, PHONE):
        flt = DirectoryFilter(text=text)
        total += directory.count(flt)
        directory.page(flt, limit=PAGE)
    return total


def floor_search(raw: sqlite3.Connection, matches: list[str]) -> int:
    total = 0
    for match in matches:
        total += raw.execute(COUNT, (match,)).fetchone()[0]
        raw.execute(CONTACT_PAGE, (match,)).fetchall()
    return int(total)


def prepare_contacts(ws: Workspace) -> Pair:
    path = ws.copy("contacts")
    directory = ContactDirectory(beacon_on(path))
    forms = search_forms(PHONE, load_office_settings().country_code())
    matches = [fts5_match(NAME) or "", "phone : (" + " OR ".join(f'"{f}"*' for f in forms) + ")"]
    raw = raw_on(path)
    contacts = raw.execute("SELECT COUNT(*) FROM contact").fetchone()[0]
    beacon_hits, floor_hits = beacon_search(directory), floor_search(raw, matches)
    return Pair(
        lambda: beacon_search(directory),
        lambda: floor_search(raw, matches),
        note=f"'{NAME}' and '{PHONE}' among {contacts:,} contacts: Beacon finds {beacon_hits}, "
        f"the floor {floor_hits}",
        cleanup=[raw.close],
    )


FIGURES = [
    Figure(
        "contacts-search",
        "contact search as you type, a name and a phone fragment (count + first page)",
        "FTS5 MATCH",
        prepare_contacts,
    )
]
