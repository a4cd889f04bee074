"""Each role sees what it needs of a person's history: the front desk only the reports it took
and the interactions it logged; officers and managers everything, on screen and in the PDF."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.services.history import HistoryService
from desktop_app.services.reports import PersonInput, ReportInput, ReportService
from models.events import Event
from tests.services.test_history import _a_busy_place, _a_contact_known_everywhere


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages)


@pytest.fixture
def reports_by_two(office) -> tuple[str, str]:
    """Zoë reported a theft at the desk (Priya) and was a witness in a report the manager took."""
    _a_contact_known_everywhere(office)  # the desk's two reports and more
    other = ReportService(office.manager).create(
        ReportInput(
            occurred_at=datetime(2026, 3, 5, 9, 0),
            category="Harassment",
            location="Market Square",
            account="Shouting at stall holders.",
            reporter_id=office.reporter_id,
            people=(PersonInput("witness", office.reporter_id),),
        )
    )
    return other.row.number, f"WR-{other.row.number[3:7]}-00001"  # the desk's Theft came first


def test_the_front_desk_sees_no_report_or_interaction_of_other_staff(office, reports_by_two):
    others, own = reports_by_two
    history = HistoryService(office.desk).contact_history(office.reporter_id)
    text = " ".join(f"{i.title} {i.detail}" for i in history.items)
    assert own in text
    assert others not in text
    assert {i.kind for i in history.items} == {"interaction", "report"}
    assert history.own_only


@pytest.mark.parametrize("who", ["officer", "manager"])
def test_officers_and_managers_see_the_whole_timeline(office, reports_by_two, who):
    others, own = reports_by_two
    history = HistoryService(getattr(office, who)).contact_history(office.reporter_id)
    text = " ".join(f"{i.title} {i.detail}" for i in history.items)
    assert own in text and others in text
    assert {i.kind for i in history.items} == {
        "interaction",
        "report",
        "event",
        "patrol",
        "problem",
    }
    assert not history.own_only


def test_the_front_desks_history_pdf_holds_only_its_own_reports(office, reports_by_two, tmp_path):
    others, own = reports_by_two
    desk = _pdf_text(
        HistoryService(office.desk).save_contact_pdf(office.reporter_id, tmp_path / "d")
    )
    assert own in desk and others not in desk
    assert "Only the reports taken and the interactions logged by Priya Patel" in desk
    full = _pdf_text(
        HistoryService(office.officer).save_contact_pdf(office.reporter_id, tmp_path / "o")
    )
    assert own in full and others in full and "Only the reports" not in full


def test_a_timeline_filtered_by_kind_holds_that_kind_only(office, reports_by_two):
    history = HistoryService(office.officer).contact_history(office.reporter_id, kinds={"event"})
    [event] = history.items
    assert event.kind == "event"
    assert event.record_id == Event.get(Event.title == "Elm Park watch meeting").id
    assert history.kinds == {"interaction", "report", "event", "patrol", "problem"}


def test_every_line_carries_the_record_it_opens(office, reports_by_two):
    history = HistoryService(office.manager).contact_history(office.reporter_id, kinds={"report"})
    numbers = {ReportService(office.manager).get(i.record_id).row.number for i in history.items}
    assert reports_by_two[0] in numbers and reports_by_two[1] in numbers


def test_a_places_history_is_scoped_like_a_contacts(office):
    market = _a_busy_place(office)  # its report was taken by the desk
    ReportService(office.manager).create(
        ReportInput(
            occurred_at=datetime(2026, 3, 4, 9, 0),
            category="Vandalism",
            location="Market Square",
            account="Bin set alight.",
            anonymous=True,
        )
    )
    desk = HistoryService(office.desk).place_history(market)
    assert [i.kind for i in desk.items] == ["event", "report"]
    officer = HistoryService(office.officer).place_history(market)
    assert sorted(i.kind for i in officer.items) == [
        "event",
        "patrol",
        "problem",
        "report",
        "report",
    ]
    only = HistoryService(office.officer).place_history(market, kinds={"patrol"})
    assert [i.kind for i in only.items] == ["patrol"]
