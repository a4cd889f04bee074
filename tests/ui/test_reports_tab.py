"""The Reports tab: generate in the background with progress, preview, print, save as."""

from __future__ import annotations

import threading
from datetime import datetime

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from desktop_app.services.reports import ReportInput, ReportService
from ui.tabs.reports_tab import ReportsTab
from ui.tasks import TaskRunner


def make_tab(qtbot, session) -> ReportsTab:
    tab = ReportsTab(session, TaskRunner())
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_generating_runs_off_the_gui_thread_and_shows_a_preview(
    qtbot, office, monkeypatch, tmp_path
):
    ReportService(office.manager).create(
        ReportInput(
            occurred_at=datetime(2026, 10, 3, 14, 0),
            category="Theft",
            location="Market Square",
            account="Purse taken from a stall while paying.",
            anonymous=True,
        )
    )
    import desktop_app.services.monthly as monthly

    threads, real = [], monthly.MonthlyReportService.gather

    def spy(self, *args, **kwargs):
        threads.append(threading.get_ident())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(monthly.MonthlyReportService, "gather", spy)
    tab = make_tab(qtbot, office.manager)
    tab.month.setCurrentIndex(tab.month.findData("2026-10"))
    qtbot.keyClicks(tab.note, "Quiet month at the market.")
    seen_progress = []
    tab.progress.valueChanged.connect(seen_progress.append)
    tab.generate_button.click()
    assert tab.progress.isVisible() and not tab.generate_button.isEnabled()
    qtbot.waitUntil(lambda: tab.current is not None, timeout=30000)
    assert threads and threads[0] != threading.get_ident()
    assert seen_progress and max(seen_progress) >= 90
    assert tab.document.pageCount() >= 4
    assert "Monthly report, October 2026" in tab.title.text()
    assert tab.generate_button.isEnabled() and not tab.progress.isVisible()
    text = " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(str(tab.current)).pages
    )
    assert "Quiet month at the market." in text and "Theft 1" in text

    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert tab.print_to(printer) == tab.document.pageCount()
    assert len(PdfReader(str(printed)).pages) == tab.document.pageCount()

    saved = tmp_path / "october.pdf"
    monkeypatch.setattr("ui.tabs.reports_tab.ask_save_path", lambda parent, suggested: str(saved))
    tab.save_button.click()
    assert saved.read_bytes() == tab.current.read_bytes()


def test_a_single_report_pdf_has_the_whole_report(qtbot, office):
    detail = ReportService(office.manager).create(
        ReportInput(
            occurred_at=datetime(2026, 10, 3, 14, 0),
            category="Theft",
            location="Market Square",
            account="Purse taken from a stall while paying.",
            reporter_id=office.reporter_id,
        )
    )
    ReportService(office.manager).set_status(detail.row.id, "in_progress")
    tab = make_tab(qtbot, office.manager)
    qtbot.keyClicks(tab.report_number, detail.row.number.lower())
    tab.findChild(type(tab.generate_button), "singleReportButton").click()
    qtbot.waitUntil(lambda: tab.current is not None, timeout=10000)
    text = " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(str(tab.current)).pages
    )
    assert detail.row.number in text and "Zoë Adeyemi" in text
    assert "status: New → In progress" in text


def test_only_managers_generate_the_monthly_report(qtbot, office):
    tab = make_tab(qtbot, office.desk)
    assert not tab.generate_button.isEnabled()
    assert "printed by managers" in tab.status.text()


def test_a_contacts_history_and_an_events_sign_in_sheet(qtbot, office, tmp_path):
    from datetime import timedelta

    from desktop_app.services.clock import now_local
    from models.events import Attendance, Event

    ReportService(office.desk).create(
        ReportInput(
            occurred_at=datetime(2026, 10, 3, 14, 0),
            category="Theft",
            location="Market Square",
            account="Bike taken from the rack by the library.",
            reporter_id=office.reporter_id,
        )
    )
    start = now_local().replace(tzinfo=None) + timedelta(days=5)
    from desktop_app.services.clock import to_utc

    event = Event.create(
        kind="neighbourhood_watch",
        title="Elm Park watch meeting",
        starts_at=to_utc(start),
        ends_at=to_utc(start + timedelta(hours=2)),
        venue="Community centre",
        status="confirmed",
    )
    Attendance.create(event=event.id, contact=office.reporter_id, status="registered")
    tab = make_tab(qtbot, office.manager)

    tab.contact.set_contact(tab.contact.service.get(office.reporter_id))
    tab.findChild(type(tab.generate_button), "contactHistoryButton").click()
    qtbot.waitUntil(
        lambda: tab.current is not None and "contact" in tab.current.name, timeout=10000
    )
    text = " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(str(tab.current)).pages
    )
    assert "Zoë Adeyemi" in text and "reported: Theft at Market Square" in text
    assert "Elm Park watch meeting" in text

    assert tab.event_choice.count() == 1
    tab.findChild(type(tab.generate_button), "signInSheetButton").click()
    qtbot.waitUntil(
        lambda: tab.current is not None and "sign-in" in tab.current.name, timeout=10000
    )
    text = " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(str(tab.current)).pages
    )
    assert "Elm Park watch meeting" in text and "Zoë Adeyemi" in text and "Signature" in text
    assert "16" in text  # blank numbered lines for walk-ins follow the one registered person


def test_a_replaced_preview_and_the_last_one_at_close_are_deleted(qtbot, office):
    service = ReportService(office.manager)
    numbers = []
    for account in ("Bike taken from the rack.", "Window of the kiosk smashed."):
        saved = service.create(
            ReportInput(
                occurred_at=datetime(2026, 10, 3, 14, 0),
                category="Theft",
                location="Market Square",
                account=account,
                anonymous=True,
            )
        )
        numbers.append(saved.row.number)
    tab = make_tab(qtbot, office.manager)
    shown = []
    for number in numbers:
        tab.report_number.setText(number)
        tab.single_report()
        qtbot.waitUntil(
            lambda n=number: tab.current is not None and n in tab.current.name, timeout=10000
        )
        shown.append(tab.current)
    assert not shown[0].exists(), "the first preview was replaced and is no longer shown"
    assert shown[1].exists()
    tab.close_preview()
    assert not shown[1].exists()
    left = [p.name for p in shown[1].parent.glob(".*.tmp") if any(n in p.name for n in numbers)]
    assert left == []  # nor a file half-built beside them
