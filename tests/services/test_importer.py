"""Imports: all rows or none, each problem named by line and column, the same checks as the form."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop_app.services.importer import ImportFailed, import_patrols, import_reports
from desktop_app.services.reports import ReportFilter, ReportService
from models.contacts import Contact
from models.org import Location
from models.patrol import PatrolEntry, PatrolShift
from models.reports import Report

HEADER = [
    "occurred_at",
    "category",
    "location",
    "narrative",
    "severity",
    "reporter_name",
    "reporter_phone",
    "zone",
]


def write_csv(path: Path, header: list[str], rows: list[list[str]], bom: bool = False) -> Path:
    with open(path, "w", newline="", encoding="utf-8-sig" if bom else "utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def good_row(i: int) -> list[str]:
    return [
        f"2026-10-{1 + i % 28:02d} {8 + i % 12:02d}:{i % 60:02d}",
        "theft" if i % 2 else "Vandalism",
        "Market Square",
        f"Report {i}: stall cover slashed and cash tin taken overnight.",
        "medium",
        f"Trader {i % 7}",
        f"0161 496 0{100 + i % 7}",
        "",
    ]


def test_a_thousand_rows_with_one_bad_import_nothing_and_name_the_line(office, tmp_path):
    rows = [good_row(i) for i in range(1000)]
    rows[636][0] = "2026-13-45 25:00"  # the 637th data row is line 638 of the file
    path = write_csv(tmp_path / "reports.csv", HEADER, rows)
    with pytest.raises(ImportFailed) as caught:
        import_reports(office.manager, path)
    assert [str(p) for p in caught.value.problems] == [
        "line 638: occurred_at: occurred_at '2026-13-45 25:00' is not a date and time "
        "like 2026-10-03 14:20"
    ]
    assert Report.select().count() == 0
    assert (
        Contact.select().count() == 1
    )  # the reporters the good rows would have added are gone too


def test_a_clean_file_imports_every_row_with_reporters_found_or_added(office, tmp_path):
    path = write_csv(tmp_path / "reports.csv", HEADER, [good_row(i) for i in range(50)], bom=True)
    result = import_reports(office.manager, path)
    assert result.rows == 50
    assert ReportService(office.manager).count(ReportFilter(text="stall cover")) == 50
    assert Contact.select().where(Contact.name.startswith("Trader")).count() == 7
    numbers = sorted(r.number for r in Report.select())
    assert numbers[0].endswith("00001") and numbers[-1].endswith("00050")


def test_every_bad_line_is_listed_with_its_column(office, tmp_path):
    rows = [good_row(i) for i in range(5)]
    rows[0][1] = "Arson"
    rows[2][3] = ""
    rows[3][2] = "Atlantis"
    rows[4][4] = "catastrophic"
    path = write_csv(tmp_path / "reports.csv", HEADER, rows)
    with pytest.raises(ImportFailed) as caught:
        import_reports(office.manager, path)
    assert [(p.line, p.column) for p in caught.value.problems] == [
        (2, "category"),
        (4, "narrative"),
        (5, "location"),
        (6, "severity"),
    ]
    assert "--create-missing" in caught.value.problems[0].problem


def test_create_missing_adds_unknown_pick_list_entries(office, tmp_path):
    row = good_row(1)
    row[1], row[2], row[7] = "Graffiti", "Pier head", "Harbour"
    path = write_csv(tmp_path / "reports.csv", HEADER, [row])
    result = import_reports(office.manager, path, create_missing=True)
    assert set(result.created) == {"category Graffiti", "location Pier head", "zone Harbour"}
    assert Location.get(Location.name == "Pier head").zone.name == "Harbour"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "line 1: file: the file is empty"),
        (b"occurred_at,category,location\n", "line 1: narrative: required column is missing"),
        (b"occurred_at,category,location,narrative,colour\n", "line 1: colour: unknown column"),
        (
            b"occurred_at,category,location,narrative\n"
            b"2026-10-01 10:00,Theft,Market Square,caf\xe9\n",
            "line 2: file: not UTF-8 text",
        ),
        (
            b"occurred_at,category,location,narrative\n2026-10-01 10:00,Theft\n",
            "line 2: row: has 2 cells; the header has 4",
        ),
    ],
)
def test_broken_files_get_a_line_numbered_message(office, tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFailed) as caught:
        import_reports(office.manager, path)
    assert str(caught.value.problems[0]).startswith(message)


def test_patrol_lines_become_one_shift_per_officer_and_day(office, tmp_path):
    header = ["officer", "started_at", "ended_at", "location", "activity", "observation"]
    rows = [
        [
            "akhan",
            "2026-10-03 08:10",
            "2026-10-03 08:30",
            "Market Square",
            "Routine check",
            "Stalls shut.",
        ],
        [
            "Asha Khan",
            "2026-10-03 11:00",
            "",
            "Elm Street car park",
            "community_engagement",
            "Met staff.",
        ],
        ["bmurphy", "2026-10-03 09:00", "", "Market Square", "hazard noted", "Loose paving slab."],
        ["akhan", "2026-10-04 08:00", "", "Market Square", "Routine check", "Quiet morning."],
    ]
    result = import_patrols(office.manager, write_csv(tmp_path / "patrols.csv", header, rows))
    assert result.rows == 4
    assert PatrolShift.select().count() == 3
    assert PatrolEntry.select().where(PatrolEntry.activity == "hazard_noted").count() == 1


def test_patrol_import_refuses_unknown_officers_and_activities(office, tmp_path):
    header = ["officer", "started_at", "location", "activity"]
    rows = [
        ["nobody", "2026-10-03 08:10", "Market Square", "Routine check"],
        ["akhan", "2026-10-03 08:10", "Market Square", "Sleeping"],
    ]
    with pytest.raises(ImportFailed) as caught:
        import_patrols(office.manager, write_csv(tmp_path / "p.csv", header, rows))
    assert [(p.line, p.column) for p in caught.value.problems] == [(2, "officer"), (3, "activity")]
    assert PatrolEntry.select().count() == 0


def test_an_imported_closed_report_counts_as_closed_not_open(office, tmp_path):
    from datetime import date

    from desktop_app.services.monthly import MonthlyReportService

    header = ["occurred_at", "category", "location", "narrative", "status"]
    rows = [
        ["2026-09-10 10:00", "Theft", "Market Square", "Old report, closed long ago.", "closed"],
        [
            "2026-09-11 10:00",
            "Theft",
            "Market Square",
            "Old report, still being worked.",
            "in progress",
        ],
    ]
    import_reports(office.manager, write_csv(tmp_path / "old.csv", header, rows))
    closed = Report.get(Report.status == "closed")
    assert closed.closed_at is not None
    data = MonthlyReportService(office.manager).gather(date(2026, 9, 1))
    assert sum(data.open_by_age.values()) == 1
    assert data.closed == 1


def test_contacts_import_with_roles_zone_and_consent(office, tmp_path):
    from desktop_app.services.importer import import_contacts
    from models.contacts import ContactRole

    header = ["name", "kind", "organisation", "phone", "zone", "roles", "consent"]
    rows = [
        ["Ola Nowak", "resident", "", "0161 496 0222", "North", "block captain", "yes"],
        [
            "Harbour Café",
            "business",
            "Harbour Café",
            "0161 496 0333",
            "South",
            "business owner; key holder",
            "no",
        ],
    ]
    result = import_contacts(office.manager, write_csv(tmp_path / "c.csv", header, rows))
    assert result.rows == 2
    ola = Contact.get(Contact.name == "Ola Nowak")
    assert (ola.zone.name, ola.consent) == ("North", True)
    cafe = Contact.get(Contact.name == "Harbour Café")
    assert sorted(r.role for r in ContactRole.select().where(ContactRole.contact == cafe.id)) == [
        "business owner",
        "key holder",
    ]


def test_a_bad_contact_row_imports_nothing(office, tmp_path):
    from desktop_app.services.importer import import_contacts

    header = ["name", "phone", "consent"]
    rows = [
        ["Ola Nowak", "0161 496 0222", "yes"],
        ["", "0161 496 0333", "no"],
        ["Ann Lee", "call me", "maybe"],
    ]
    with pytest.raises(ImportFailed) as caught:
        import_contacts(office.manager, write_csv(tmp_path / "c.csv", header, rows))
    # every wrong column of a line is named, as the form names every wrong field
    assert [(p.line, p.column) for p in caught.value.problems] == [
        (3, "name"),
        (4, "consent"),
        (4, "phone"),
    ]
    assert not Contact.select().where(Contact.name == "Ola Nowak").exists()
