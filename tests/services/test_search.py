"""Full-text search, on SQLite and PostgreSQL: a word of one report's account is found with or
without its accent, as a prefix, after every kind of change; hostile input never fails."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.services.contacts import ContactService
from desktop_app.services.importer import import_reports
from desktop_app.services.patrol import EntryFilter, PatrolService
from desktop_app.services.picklists import PicklistService
from desktop_app.services.reports import PersonInput, ReportFilter, ReportInput, ReportService
from desktop_app.services.reports.supplements import SupplementService
from desktop_app.services.search import SearchService
from models.connection import close, connect
from models.database import DatabaseTarget, resolve_target

WHEN = datetime(2026, 3, 14, 21, 30)  # office time
HOSTILE = ['"', "AND", "*", "NEAR(", "o'brien", "-", "a OR b", "NOT", '"unclosed', "^x", ":", "()"]
HOSTILE += ["\u02bbOkina", "\u02bc\u02b9", "narrative:x", "\x00", "x" * 10_000]  # folds to a quote
# Words the index splits or folds its own way: each must find the text it was written in.
WRITTEN = ["İstanbul", "ΣΊΣΥΦΟΣ", "q\u0301uick", "שָׁלוֹם", "x²y", "ﬁnance", "\u02bbOkina"]


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, db_path: Path) -> Iterator[DatabaseTarget]:
    """The office of each test on SQLite, then on the throwaway PostgreSQL server."""
    if request.param == "sqlite":
        target = DatabaseTarget("sqlite", str(db_path))
    else:
        target = resolve_target(request.getfixturevalue("pg_url"), {})
    connect(target)
    yield target
    close()


def take(office, account: str, **changes) -> int:
    data = {
        "occurred_at": WHEN,
        "category": "Theft",
        "location": "Elm Street car park",
        "account": account,
        "severity": "medium",
        "reporter_id": office.reporter_id,
        "received_at": WHEN + timedelta(minutes=30),
        **changes,
    }
    return ReportService(office.manager).create(ReportInput(**data)).row.id


def found(office, text: str) -> list[int]:
    """The ids the report list shows for text, checked against its count."""
    reports = ReportService(office.manager)
    ids = [r.id for r in reports.list(ReportFilter(text=text))[0]]
    assert reports.count(ReportFilter(text=text)) == len(ids)
    return ids


def test_a_word_of_one_account_is_found_with_or_without_its_accent_and_as_a_prefix(office):
    cafe = take(office, "Window of the Café Rouge smashed overnight.")
    take(office, "Bicycle taken from the rack; lock cut.")
    for typed in ("cafe", "café", "CAFÉ", "caf", "rouge caf", "  Café   rouge  "):
        assert found(office, typed) == [cafe], typed
    assert found(office, "cafeteria") == []
    assert found(office, "café bicycle") == []  # every word must match


def test_a_report_number_typed_whole_or_in_part_finds_it(office):
    first = take(office, "Bicycle taken from the rack.")
    second = take(office, "Wallet taken at the market.")
    number = ReportService(office.manager).get(second).row.number
    assert number.endswith("-00002")
    assert found(office, number) == [second]
    assert found(office, number.lower()) == [second]
    assert found(office, "00002") == [second]
    assert set(found(office, number[:-1])) == {first, second}  # WR-YYYY-0000: both start so


def test_the_index_follows_a_corrected_account_a_supplement_and_a_void(office):
    report_id = take(office, "Bicycle taken from the rack; lock cut.")
    assert found(office, "bicycle") == [report_id]
    SupplementService(office.manager).correct(
        report_id, {"account": "Scooter taken from the rack."}, "Owner rang: a scooter, not a bike"
    )
    assert found(office, "bicycle") == []
    assert found(office, "scooter") == [report_id]
    assert found(office, "owner rang") == [report_id]  # the supplement's reason
    ReportService(office.manager).set_action_taken(report_id, "Checked the CCTV footage.")
    assert found(office, "cctv") == [report_id]
    ReportService(office.manager).void(report_id, "Duplicate of another report")
    assert found(office, "duplicate") == [report_id]


def test_people_places_and_categories_are_found_and_follow_a_rename(office):
    report_id = take(
        office,
        "Bicycle taken from the rack.",
        people=(PersonInput("witness", None, "Siobhán O'Brien", "saw two men"),),
    )
    assert found(office, "o'brien") == [report_id]
    assert found(office, "siobhan") == [report_id]
    assert found(office, "adeyemi") == [report_id]  # the reporting person
    assert found(office, "theft elm") == [report_id]
    picklists = PicklistService(office.manager)
    elm = picklists.find("location", "Elm Street car park")
    picklists.rename("location", elm.id, "Rowan Yard")
    assert found(office, "rowan") == [report_id]
    assert found(office, "elm street") == []
    contacts = ContactService(office.manager)
    assert [c.name for c in contacts.search("zoe")] == ["Zoë Adeyemi"]


def test_patrol_entries_are_found_by_observation_and_place(office):
    patrol = PatrolService(office.officer)
    shift = patrol.start_shift(office.zones["North"], "foot")
    patrol.add_entry(shift.id, "routine_check", "Market Square", "Gates of the crèche locked.")
    patrol.add_entry(shift.id, "routine_check", "Elm Street car park", "Lights out on level 2.")
    [entry], _ = patrol.entries(EntryFilter(text="creche"))
    assert entry.observation == "Gates of the crèche locked."
    assert [e.location for e in patrol.entries(EntryFilter(text="market sq"))[0]] == [
        "Market Square"
    ]
    picklists = PicklistService(office.manager)
    market = picklists.find("location", "Market Square")
    picklists.rename("location", market.id, "Corn Exchange")
    assert patrol.entries(EntryFilter(text="market"))[0] == []
    assert len(patrol.entries(EntryFilter(text="corn exchange"))[0]) == 1
    [hit] = SearchService(office.officer).entries("crèche")
    assert (hit.location, hit.officer) == ("Corn Exchange", "Asha Khan")


def test_imported_reports_are_found(office, tmp_path):
    path = tmp_path / "reports.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["occurred_at", "category", "location", "narrative", "reporter_name"])
        out.writerow(["2026-03-01 10:00", "Theft", "Market Square", "Pêches stolen", "Ann Kerr"])
        out.writerow(["2026-03-02 10:00", "Theft", "Market Square", "Bags stolen", "Bo Lund"])
    assert import_reports(office.manager, path).rows == 2
    [row], _ = ReportService(office.manager).list(ReportFilter(text="peches"))
    assert row.reporter == "Ann Kerr"
    assert len(found(office, "kerr")) == 1


@pytest.mark.parametrize("typed", HOSTILE)
def test_hostile_input_never_fails(office, typed):
    take(office, "O'Brien's stall: AND then NEAR the gate.")
    found(office, typed)
    PatrolService(office.manager).entries(EntryFilter(text=typed))
    ContactService(office.manager).search(typed)
    for kind in ("reports", "entries", "contacts"):
        SearchService(office.manager).search(kind, typed)


@pytest.mark.parametrize("word", WRITTEN)
def test_a_word_finds_the_report_it_was_written_in_however_it_folds(office, word):
    report_id = take(office, f"Seen near {word} by the gate.")
    assert found(office, word) == [report_id]


@pytest.mark.parametrize(
    "typed",
    ["0161 4960123", "0161-4960123", "4960123", "496 0123", "+44 161 496 0123", "+441614960"],
)
def test_a_phone_number_grouped_otherwise_than_stored_finds_its_contact(office, typed):
    assert [c.name for c in ContactService(office.manager).search(typed)] == ["Zoë Adeyemi"]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(typed=st.text(max_size=40))
def test_any_text_is_a_query_that_runs(office, typed):
    found(office, typed)
    SearchService(office.manager).search("contacts", typed)
