"""Taking a report and finding it again: numbers, validation, list filters, changes, void."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from desktop_app.services.clock import now_local
from desktop_app.services.errors import PermissionDenied, ValidationError
from desktop_app.services.reports import PersonInput, ReportFilter, ReportInput, ReportService
from models.audit import AuditEntry
from models.interactions import Interaction
from models.org import Location
from models.reports import Report


def walk_in(office, **changes) -> ReportInput:
    base = ReportInput(
        occurred_at=now_local().replace(tzinfo=None) - timedelta(hours=2),
        category="theft",
        location="elm street CAR PARK",
        account="Bicycle taken from the rack between 9 and 11; lock cut. Blue Raleigh.",
        severity="medium",
        reporter_id=office.reporter_id,
    )
    return replace(base, **changes)


def test_a_saved_report_gets_the_next_number_of_the_year(office):
    reports = ReportService(office.desk)
    first = reports.create(walk_in(office))
    second = reports.create(walk_in(office, account="Wallet taken from a handbag at the market."))
    year = now_local().year
    assert first.row.number == f"WR-{year}-00001"
    assert second.row.number == f"WR-{year}-00002"
    assert (first.row.category, first.row.location, first.row.zone) == (
        "Theft",
        "Elm Street car park",
        "North",
    )
    assert first.received_by == "Priya Patel"
    assert first.row.reporter == "Zoë Adeyemi"
    assert "4 Elm Street" in first.reporter_details


def test_the_walk_in_counts_as_an_interaction_with_the_reporter(office):
    detail = ReportService(office.desk).create(walk_in(office))
    interaction = Interaction.get(Interaction.report == detail.row.id)
    assert interaction.channel == "walk_in"
    assert [link.contact.id for link in interaction.contact_links] == [office.reporter_id]


def test_numbers_are_never_reused_even_after_a_void(office):
    reports = ReportService(office.manager)
    first = reports.create(walk_in(office))
    reports.void(first.row.id, "Entered twice by mistake")
    second = reports.create(walk_in(office))
    assert second.row.number.endswith("00002")
    assert Report.select().count() == 2  # the void one is still there


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"occurred_at": None}, "occurred_at", "required"),
        ({"occurred_at": datetime(2099, 1, 1, 10, 0)}, "occurred_at", "cannot be in the future"),
        ({"category": "Arson"}, "category", "Unknown category 'Arson'"),
        ({"location": "Atlantis"}, "location", "Unknown location 'Atlantis'"),
        ({"account": ""}, "account", "The account is required"),
        ({"account": "x" * 100_000}, "account", "too long (100,000 characters; at most 20,000)"),
        ({"account": "Stolen \x00 bike from the rack"}, "account", "control character"),
        ({"reporter_id": None}, "reporter", "Choose the reporting person"),
        ({"anonymous": True}, "reporter", "either anonymous or has a reporting person"),
        ({"severity": "apocalyptic"}, "severity", "Severity must be one of"),
        (
            {"people": (PersonInput("victim", None, "Bob \u202eelttiL"),)},
            "people.0",
            "right-to-left",
        ),
    ],
)
def test_bad_input_is_refused_at_the_field_and_nothing_is_saved(office, changes, field, message):
    with pytest.raises(ValidationError) as caught:
        ReportService(office.desk).create(walk_in(office, **changes))
    assert caught.value.field == field
    assert message in caught.value.message
    assert Report.select().count() == 0


def test_an_anonymous_report_and_people_involved(office):
    detail = ReportService(office.desk).create(
        walk_in(
            office,
            reporter_id=None,
            anonymous=True,
            people=(
                PersonInput("witness", office.reporter_id),
                PersonInput("subject", None, "Unknown man", "About 20, dark hoodie, on a bike"),
            ),
        )
    )
    assert detail.row.reporter == "Anonymous"
    assert [(p.role, p.name) for p in detail.people] == [
        ("witness", "Zoë Adeyemi"),
        ("subject", "Unknown man"),
    ]
    assert detail.people[1].description == "About 20, dark hoodie, on a bike"


def test_the_list_filters_sorts_and_finds_numbers(office):
    reports = ReportService(office.manager)
    theft = reports.create(walk_in(office))
    noise = reports.create(
        walk_in(
            office,
            category="Noise / disturbance",
            location="Market Square",
            account="Loud music from a party in the square after midnight.",
        )
    )
    everything = ReportFilter()
    assert reports.count(everything) == 2
    assert [r.number for r in reports.list(ReportFilter(zone_id=office.zones["South"]))[0]] == [
        noise.row.number
    ]
    assert [r.number for r in reports.list(ReportFilter(text="raleigh"))[0]] == [theft.row.number]
    assert [r.number for r in reports.list(everything, sort="category", descending=False)[0]] == [
        noise.row.number,
        theft.row.number,
    ]
    assert reports.find_number(f"see {theft.row.number.lower()} please") == theft.row.id
    assert reports.find_number("WR-1999-00001") is None
    today = now_local().date()
    assert reports.count(ReportFilter(date_from=today - timedelta(days=1), date_to=today)) == 2
    assert reports.count(ReportFilter(date_to=today - timedelta(days=3))) == 0


def test_the_list_narrows_to_one_place(office):
    """A problem's card picks reports from the list at its place and in a period."""
    reports = ReportService(office.manager)
    theft = reports.create(walk_in(office))
    reports.create(walk_in(office, location="Market Square"))
    elm = Location.get(Location.name == "Elm Street car park").id
    flt = ReportFilter(location_id=elm)
    assert [r.number for r in reports.list(flt)[0]] == [theft.row.number]
    assert reports.count(flt) == 1


def test_front_desk_sees_only_the_reports_it_took(office):
    ReportService(office.desk).create(walk_in(office))
    ReportService(office.officer).create(walk_in(office, source="officer", reporter_id=None))
    assert ReportService(office.desk).count(ReportFilter()) == 1
    assert ReportService(office.officer).count(ReportFilter()) == 2


def test_status_assignment_and_follow_up_are_audited_and_shown_as_history(office):
    reports = ReportService(office.manager)
    detail = reports.create(walk_in(office))
    reports.assign(detail.row.id, office.officer.user_id)
    officer_view = ReportService(office.officer)
    officer_view.set_status(detail.row.id, "in_progress")
    officer_view.set_follow_up(detail.row.id, date(2030, 1, 15))
    final = officer_view.set_status(detail.row.id, "closed")
    assert final.row.status == "closed" and final.closed_at is not None
    assert final.row.assigned_officer == "Asha Khan"
    actions = [(h.who, h.action) for h in final.history]
    assert actions == [
        ("Morgan Ellis", "create"),
        ("Morgan Ellis", "update"),
        ("Asha Khan", "update"),
        ("Asha Khan", "update"),
        ("Asha Khan", "update"),
    ]
    assert final.history[1].changes == "assigned officer: — → Asha Khan"  # names, not ids
    assert "status: New → In progress" in final.history[2].changes
    assert "follow up due: — → 15 Jan 2030" in final.history[3].changes


def test_an_officer_cannot_change_a_report_assigned_to_someone_else(office):
    detail = ReportService(office.manager).create(walk_in(office))
    ReportService(office.manager).assign(detail.row.id, office.other_officer.user_id)
    with pytest.raises(PermissionDenied):
        ReportService(office.officer).set_status(detail.row.id, "closed")
    with pytest.raises(PermissionDenied):
        ReportService(office.officer).void(detail.row.id, "Not mine to void")


def test_void_needs_a_reason_and_freezes_the_report(office):
    reports = ReportService(office.manager)
    detail = reports.create(walk_in(office))
    with pytest.raises(ValidationError, match="Say why"):
        reports.void(detail.row.id, "dup")
    voided = reports.void(detail.row.id, "Duplicate of an earlier report")
    assert (voided.row.status, voided.void_reason) == ("void", "Duplicate of an earlier report")
    with pytest.raises(ValidationError, match="is void"):
        reports.set_status(detail.row.id, "closed")
    assert AuditEntry.select().where(AuditEntry.action == "void").count() == 1
    assert ReportService(office.manager).count(ReportFilter(status="void")) == 1


def test_the_receipt_pdf_names_the_number_category_and_what_was_reported(office, tmp_path):
    from pypdf import PdfReader

    detail = ReportService(office.desk).create(
        walk_in(
            office, account="Bicycle taken from the rack; lock cut. Zoë saw a man in a red jacket."
        )
    )
    path = ReportService(office.desk).save_receipt(detail.row.id, tmp_path)
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert detail.row.number in text
    assert "Riverside Office" in text
    assert "Theft" in text and "Elm Street car park" in text
    assert "Zoë saw a man in a red jacket." in text
    assert "Taken by Priya Patel" in text


def test_a_very_long_account_still_fits_one_receipt_page(office, tmp_path):
    from pypdf import PdfReader

    detail = ReportService(office.desk).create(
        walk_in(office, account="The bicycle was taken. " * 800)
    )
    path = ReportService(office.desk).save_receipt(detail.row.id, tmp_path)
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    assert "full account is kept" in " ".join(reader.pages[0].extract_text().split())


def test_printing_a_receipt_is_recorded(office, tmp_path):
    detail = ReportService(office.desk).create(walk_in(office))
    ReportService(office.desk).save_receipt(detail.row.id, tmp_path)
    printed = AuditEntry.select().where(AuditEntry.action == "print").get()
    assert (printed.username, printed.record_id) == ("priya", str(detail.row.id))
