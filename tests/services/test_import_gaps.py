"""Import gaps: long report numbers, pick-list names, roles, guarded cells, own exports."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from desktop_app.services.exporter import export
from desktop_app.services.importer import ImportFailed, import_contacts, import_reports
from desktop_app.services.reports import ReportFilter, ReportService
from desktop_app.services.users import create_first_manager
from models.connection import close, connect
from models.contacts import Contact, ContactRole
from models.database import DatabaseTarget
from models.org import Location, Zone
from models.reports import Report

REPORT_HEADER = ["occurred_at", "category", "location", "narrative", "number"]


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def report_row(
    number: str = "", narrative: str = "Bicycle taken from the rack overnight."
) -> list[str]:
    return ["2026-10-05 09:30", "Theft", "Market Square", narrative, number]


def test_report_numbers_past_99999_are_accepted_and_the_sequence_continues(office, tmp_path):
    import_reports(
        office.manager, write_csv(tmp_path / "a.csv", REPORT_HEADER, [report_row("WR-2026-99999")])
    )
    import_reports(office.manager, write_csv(tmp_path / "b.csv", REPORT_HEADER, [report_row()]))
    assert Report.select().where(Report.number == "WR-2026-100000").exists()
    # The next number is itself accepted back by the importer and found by the lookup.
    import_reports(
        office.manager, write_csv(tmp_path / "c.csv", REPORT_HEADER, [report_row("WR-2026-100001")])
    )
    service = ReportService(office.manager)
    found = service.find_number("see WR-2026-100000 please")
    assert found == Report.get(Report.number == "WR-2026-100000").id
    numbers = [r.number for r in service.list(ReportFilter(), sort="number", descending=False)[0]]
    assert numbers == ["WR-2026-99999", "WR-2026-100000", "WR-2026-100001"]


def test_create_missing_refuses_a_zone_name_the_pick_list_would_refuse(office, tmp_path):
    header = ["occurred_at", "category", "location", "narrative", "zone"]
    rows = [
        [
            "2026-10-05 09:30",
            "Theft",
            "Pier head",
            "Bicycle taken from the rack overnight.",
            "Harbour",
        ],
        [
            "2026-10-05 09:30",
            "Theft",
            "Pier end",
            "Bicycle taken from the rack overnight.",
            "Z" * 300 + "\a",
        ],
    ]
    with pytest.raises(ImportFailed) as caught:
        import_reports(
            office.manager, write_csv(tmp_path / "z.csv", header, rows), create_missing=True
        )
    problems = [str(p) for p in caught.value.problems]
    assert len(problems) == 1 and problems[0].startswith("line 3: zone: ")
    assert "control character" in problems[0]
    assert not Zone.select().where(Zone.name == "Harbour").exists()
    assert not Location.select().where(Location.name == "Pier head").exists()
    assert Report.select().count() == 0


def test_contact_roles_with_hidden_characters_or_too_long_are_refused_by_line(office, tmp_path):
    header = ["name", "roles"]
    rows = [
        ["Ola Nowak", "block captain"],
        ["Ann Lee", "key\x07holder"],
        ["Sam Roe", "school \u202eliaison"],
        ["Kim Poe", "business owner; " + "r" * 61],
    ]
    with pytest.raises(ImportFailed) as caught:
        import_contacts(office.manager, write_csv(tmp_path / "c.csv", header, rows))
    problems = [(p.line, p.column, p.problem) for p in caught.value.problems]
    assert [(line, column) for line, column, _ in problems] == [
        (3, "roles"),
        (4, "roles"),
        (5, "roles"),
    ]
    assert "control character" in problems[0][2]
    assert "right-to-left" in problems[1][2]
    assert "too long" in problems[2][2]
    assert not Contact.select().where(Contact.name == "Ola Nowak").exists()


def test_a_phone_guarded_by_the_export_imports_as_the_number(office, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("name,phone\r\nOla Nowak,'+44 20 7946 0000\r\n", encoding="utf-8")
    import_contacts(office.manager, path)
    assert Contact.get(Contact.name == "Ola Nowak").phone == "+44 20 7946 0000"


def test_unknown_contact_columns_are_still_refused(office, tmp_path):
    path = write_csv(tmp_path / "c.csv", ["id", "name", "shoe_size"], [["1", "Ola Nowak", "9"]])
    with pytest.raises(ImportFailed) as caught:
        import_contacts(office.manager, path)
    assert [(p.line, p.column) for p in caught.value.problems] == [(1, "shoe_size")]


def test_a_line_separator_inside_a_quoted_field_imports_intact(office, tmp_path):
    quoted = "Bicycle taken from the rack\u2028overnight, lock cut\u2029and left behind."
    plain = "Scooter taken from the rack\u2028overnight\u2029lock cut and left behind."
    rows = [report_row(narrative=quoted), report_row(narrative=plain)]
    path = write_csv(tmp_path / "r.csv", REPORT_HEADER, rows)
    assert import_reports(office.manager, path).rows == 2
    assert sorted(r.account for r in Report.select()) == [quoted, plain]


WEIRD_CONTACTS = [
    # name, organisation, phone, roles, notes
    ('Smith, "Smudge" & Sons', "Smith, Sons", "+44 20 7946 0000", "business owner; key holder", ""),
    ("Zoë 🌻 Okafor", "", "0161 496 0999", "block captain", 'Line one\nline two, with "quotes"'),
    ("مريم الحسيني", "جمعية الحي", "-0161 496 0555", "school liaison", "يفضّل الهاتف"),
    ('=HYPERLINK("http://evil.example","click")', "@corp", "0161 496 0777", "", "=1+1"),
]


def _contacts_csv(session) -> list[dict[str, str]]:
    out = io.StringIO(newline="")
    export(session, "contacts", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    for row in rows:
        row.pop("id")
        row.pop("created_at")
    return rows


def test_beacons_own_contacts_export_imports_back_with_the_same_data(office, tmp_path):
    from desktop_app.services.contacts import ContactService

    service = ContactService(office.manager)
    for name, org, phone, roles, notes in WEIRD_CONTACTS:
        made = service.create(name, phone, organisation=org, notes=notes, kind="business")
        for role in filter(None, (r.strip() for r in roles.split(";"))):
            ContactRole.create(contact=made.id, role=role)
    before = [row for row in _contacts_csv(office.manager) if row["name"] != "Zoë Adeyemi"]
    path = tmp_path / "contacts.csv"
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:  # as `beacon export` writes it
        export(office.manager, "contacts", fh)

    close()
    connect(DatabaseTarget("sqlite", str(tmp_path / "other.db")))
    other = create_first_manager("kim", "Kim Lee", "correct-horse")
    result = import_contacts(other, path, create_missing=True)
    assert result.rows == len(WEIRD_CONTACTS) + 1
    after = [row for row in _contacts_csv(other) if row["name"] != "Zoë Adeyemi"]
    assert after == before
    assert Contact.get(Contact.name == WEIRD_CONTACTS[3][0]).notes == "=1+1"
    assert Contact.get(Contact.name == "Zoë 🌻 Okafor").notes == WEIRD_CONTACTS[1][4]
