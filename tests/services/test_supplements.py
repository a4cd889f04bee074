"""Corrections the police way: a supplement changes a report's facts; the original stays."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from pypdf import PdfReader

from desktop_app.services.errors import NotFound, PermissionDenied, ValidationError
from desktop_app.services.reports import ReportFilter, ReportInput, ReportService
from desktop_app.services.reports.supplements import SupplementService
from models.audit import AuditEntry
from models.corrections import ReportSupplement
from models.reports import Report

WHEN = datetime(2026, 3, 14, 21, 30)  # office time (Europe/London, GMT in March)


def taken(office, assigned: bool = True) -> int:
    """A theft at Elm Street car park, taken at the desk, assigned to Asha Khan."""
    reports = ReportService(office.manager)
    detail = reports.create(
        ReportInput(
            occurred_at=WHEN,
            category="Theft",
            location="Elm Street car park",
            account="Bicycle taken from the rack between 9 and 11; lock cut. Blue Raleigh.",
            severity="medium",
            reporter_id=office.reporter_id,
            received_at=WHEN + timedelta(minutes=45),
        )
    )
    if assigned:
        reports.assign(detail.row.id, office.officer.user_id)
    return detail.row.id


def test_a_supplement_changes_the_list_while_the_original_stays_readable(office, tmp_path):
    report_id = taken(office)
    supplement = SupplementService(office.officer).correct(
        report_id,
        {"category": "vandalism", "location": "Market Square"},
        "Owner called back: the bike was damaged, not taken, and it was at the market.",
    )
    assert supplement.number == 1
    assert supplement.written_by == "Asha Khan"

    reports = ReportService(office.manager)
    [row], _ = reports.list(ReportFilter())
    assert (row.category, row.location, row.zone) == ("Vandalism", "Market Square", "South")
    assert row.supplements == 1

    detail = reports.get(report_id)
    assert detail.original == {
        "category": "Theft",
        "location": "Elm Street car park",
        "zone": "North",
    }
    [seen] = detail.supplements
    assert seen.reason.startswith("Owner called back")
    assert [(c.field, c.before, c.after) for c in seen.changes] == [
        ("category", "Theft", "Vandalism"),
        ("location", "Elm Street car park", "Market Square"),
        ("zone", "North", "South"),
    ]

    [entry] = AuditEntry.select().where(AuditEntry.action == "supplement")
    assert entry.record_type == "report" and entry.record_id == str(report_id)
    before, after = json.loads(entry.before), json.loads(entry.after)
    assert after["supplement"] == 1 and after["reason"].startswith("Owner called back")
    assert before["category"] != after["category"]
    assert before["location"] != after["location"]
    history = [h for h in detail.history if h.action == "supplement"]
    assert history and "Owner called back" in history[0].changes

    pdf = reports.save_pdf(report_id, tmp_path)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)
    assert "Original report" in text
    assert "Supplement 1" in text and "Asha Khan" in text and "Owner called back" in text
    assert "Theft → Vandalism" in text
    assert "Elm Street car park → Market Square" in text


def test_supplements_are_numbered_and_the_original_is_the_first_before(office):
    report_id = taken(office)
    corrections = SupplementService(office.manager)
    corrections.correct(report_id, {"severity": "high"}, "Weapon mentioned on a second call.")
    later = WHEN - timedelta(hours=1)
    second = corrections.correct(
        report_id,
        {"severity": "urgent", "occurred_at": later},
        "CCTV shows it an hour earlier; threats made since.",
    )
    assert second.number == 2
    assert [(c.field, c.before, c.after) for c in second.changes] == [
        ("occurred_at", "14 Mar 2026 21:30", "14 Mar 2026 20:30"),
        ("severity", "High", "Urgent"),
    ]
    detail = ReportService(office.manager).get(report_id)
    assert [s.number for s in detail.supplements] == [1, 2]
    assert detail.original == {"severity": "Medium", "occurred_at": "14 Mar 2026 21:30"}
    assert detail.row.severity == "urgent"
    assert detail.row.occurred_at.replace(tzinfo=None) == later
    stored = Report.get_by_id(report_id)
    assert stored.occurred_at == datetime(2026, 3, 14, 20, 30)  # UTC (GMT in March)


def test_the_assigned_officer_may_correct_and_an_officer_not_assigned_may_not(office):
    report_id = taken(office)
    with pytest.raises(PermissionDenied):
        SupplementService(office.other_officer).correct(
            report_id, {"category": "Vandalism"}, "I think it was vandalism."
        )
    with pytest.raises(PermissionDenied):
        SupplementService(office.desk).correct(
            report_id, {"category": "Vandalism"}, "I think it was vandalism."
        )
    assert ReportSupplement.select().count() == 0
    assert ReportService(office.manager).get(report_id).row.category == "Theft"
    refusals = AuditEntry.select().where(AuditEntry.action == "permission_refused").count()
    assert refusals == 2

    SupplementService(office.officer).correct(
        report_id, {"category": "Vandalism"}, "Checked with the owner: damaged, not taken."
    )
    assert ReportService(office.manager).get(report_id).row.category == "Vandalism"


def test_an_unassigned_report_is_corrected_only_by_a_manager(office):
    report_id = taken(office, assigned=False)
    with pytest.raises(PermissionDenied):
        SupplementService(office.officer).correct(
            report_id, {"severity": "high"}, "Seems serious to me."
        )
    SupplementService(office.manager).correct(report_id, {"severity": "high"}, "Weapon seen.")


@pytest.mark.parametrize("reason", ["", "   ", "ok"])
def test_a_reason_is_required(office, reason):
    report_id = taken(office)
    with pytest.raises(ValidationError) as raised:
        SupplementService(office.manager).correct(report_id, {"severity": "high"}, reason)
    assert raised.value.field == "reason"
    assert ReportSupplement.select().count() == 0


def test_nothing_changed_is_a_clear_error(office):
    report_id = taken(office)
    with pytest.raises(ValidationError) as raised:
        SupplementService(office.manager).correct(
            report_id, {"category": "THEFT", "severity": "medium"}, "Checking the facts again."
        )
    assert raised.value.field == "changes"
    assert "Nothing to correct" in raised.value.message


def test_a_void_report_cannot_be_corrected(office):
    report_id = taken(office)
    ReportService(office.manager).void(report_id, "Entered twice by mistake")
    with pytest.raises(ValidationError) as raised:
        SupplementService(office.manager).correct(
            report_id, {"category": "Vandalism"}, "It was vandalism after all."
        )
    assert "void" in raised.value.message
    assert ReportSupplement.select().count() == 0


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"category": "Arson"}, "category", "Unknown category 'Arson'"),
        ({"location": "Atlantis"}, "location", "Unknown location 'Atlantis'"),
        ({"occurred_at": datetime(2099, 1, 1, 10, 0)}, "occurred_at", "cannot be in the future"),
        ({"occurred_at": None}, "occurred_at", "required"),
        ({"severity": "apocalyptic"}, "severity", "Severity must be one of"),
        ({"account": "short"}, "account", "too short"),
        ({"status": "closed"}, "status", "cannot be corrected by a supplement"),
    ],
)
def test_each_corrected_value_is_checked_as_the_walk_in_form_checks_it(
    office, changes, field, message
):
    report_id = taken(office)
    with pytest.raises(ValidationError) as raised:
        SupplementService(office.manager).correct(report_id, changes, "Correcting the record.")
    errors = getattr(raised.value, "errors", [raised.value])
    assert [(e.field, message in e.message) for e in errors] == [(field, True)]


def test_it_cannot_have_happened_after_it_was_received(office):
    report_id = taken(office)  # received 45 minutes after it happened
    with pytest.raises(ValidationError) as raised:
        SupplementService(office.manager).correct(
            report_id, {"occurred_at": WHEN + timedelta(hours=2)}, "Wrong time."
        )
    assert raised.value.field == "occurred_at"
    assert "after the report was received" in raised.value.message


def test_a_corrected_account_prints_before_and_after_in_full(office, tmp_path):
    report_id = taken(office)
    corrections = SupplementService(office.manager)
    corrections.correct(
        report_id,
        {"account": "Bicycle damaged at the rack between 9 and 11; front wheel bent, lock cut."},
        "Owner called back: the bike was left, damaged.",
    )
    detail = ReportService(office.manager).get(report_id)
    assert detail.original == {
        "account": "Bicycle taken from the rack between 9 and 11; lock cut. Blue Raleigh."
    }
    assert detail.account.startswith("Bicycle damaged")
    pdf = ReportService(office.manager).save_pdf(report_id, tmp_path)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)
    assert "Corrected by 1 supplement" in text
    assert "Account — as first recorded: Bicycle taken from the rack" in text
    assert "Account — after: Bicycle damaged at the rack" in text


def test_a_command_line_session_cannot_sign_a_supplement(office, cli_session):
    report_id = taken(office)
    with pytest.raises(PermissionDenied):
        SupplementService(cli_session).correct(report_id, {"severity": "high"}, "Weapon seen.")
    with pytest.raises(NotFound):
        SupplementService(office.manager).correct(999, {"severity": "high"}, "Weapon seen.")
