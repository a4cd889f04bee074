"""Receipts that don't vanish: a viewer that cannot open one is said so, with Save as and Print
at hand; a report without a reporting person does not ask to hand a receipt over."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFrame, QLabel, QPushButton

from desktop_app.services.clock import now_local
from desktop_app.services.reports import ReportInput, ReportService
from ui.tabs.patrol_tab import PatrolTab
from ui.tasks import TaskRunner
from ui.widgets.walk_in_form import WalkInForm


@pytest.fixture
def no_viewer(monkeypatch):
    """A computer without a PDF viewer: openUrl says no."""
    asked: list[str] = []

    def open_url(url) -> bool:
        asked.append(url.toLocalFile())
        return False

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return asked


def make_form(qtbot, session) -> WalkInForm:
    form = WalkInForm(session, TaskRunner())
    qtbot.addWidget(form)
    form.resize(1280, 760)
    form.show()
    qtbot.waitExposed(form)
    return form


def fill(form: WalkInForm, office, anonymous: bool = False) -> None:
    if anonymous:
        form.reporter.anonymous.setChecked(True)
    else:
        form.reporter.set_contact(form.reporter.service.get(office.reporter_id))
    form.category.setText("Theft")
    form.location.setText("Market Square")
    form.occurred.set_value(now_local().replace(tzinfo=None) - timedelta(hours=1))
    form.account.setPlainText("Purse taken from a stall while the owner was paying.")


def saved(qtbot, form: WalkInForm) -> None:
    form.save()
    qtbot.waitUntil(lambda: form.last_saved is not None, timeout=10000)


def test_a_receipt_no_viewer_opens_is_said_in_the_window_and_saved_as_a_copy(
    qtbot, office, no_viewer, monkeypatch, tmp_path
):
    form = make_form(qtbot, office.desk)
    fill(form, office)
    saved(qtbot, form)
    bar = form.findChild(QLabel, "receiptProblemText")
    qtbot.waitUntil(lambda: bar is not None and bar.isVisible(), timeout=10000)
    number = form.last_saved.row.number
    assert no_viewer and no_viewer[0].endswith(f"receipt-{number}.pdf")
    assert number in bar.text() and "could not be opened" in bar.text()
    saved_bar = form.findChild(QFrame, "walkInConfirmation")  # one bar: saved, and the receipt
    assert saved_bar.isVisible() and saved_bar.isAncestorOf(bar)
    for name in ("receiptSaveAsButton", "receiptPrintButton"):
        button = form.findChild(QPushButton, name)
        assert saved_bar.isAncestorOf(button) and button.isVisible()
    assert not form.receipt_button.isVisible()  # it would only fail again: Print… instead

    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(
        "ui.widgets.receipt_bar.ask_save_path", lambda parent, suggested: str(target)
    )
    form.findChild(QPushButton, "receiptSaveAsButton").click()
    text = " ".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert number in " ".join(text.split())
    assert str(target) in bar.text()


def test_print_from_the_bar_draws_the_receipt_onto_the_printer(
    qtbot, office, no_viewer, monkeypatch, tmp_path
):
    form = make_form(qtbot, office.desk)
    fill(form, office)
    saved(qtbot, form)
    bar = form.findChild(QLabel, "receiptProblemText")
    qtbot.waitUntil(lambda: bar is not None and bar.isVisible(), timeout=10000)
    printed = tmp_path / "printed.pdf"

    def choose_printer(parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr("ui.widgets.receipt_bar.ask_printer", choose_printer)
    form.findChild(QPushButton, "receiptPrintButton").click()
    assert len(PdfReader(str(printed)).pages) == 1
    assert "sent to the printer" in bar.text()


def test_a_report_without_a_reporting_person_does_not_ask_to_hand_over_a_receipt(
    qtbot, office, no_viewer
):
    form = make_form(qtbot, office.desk)
    fill(form, office, anonymous=True)
    saved(qtbot, form)
    text = form.findChild(QLabel, "walkInSavedNumber").text()
    assert form.last_saved.row.number in text
    assert "give the person" not in text.lower()
    assert form.receipt_button.isVisible()  # a receipt all the same, if someone asks
    qtbot.waitUntil(lambda: not form.runner.busy, timeout=10000)

    fill(form, office)
    saved_before = form.last_saved
    form.save()
    qtbot.waitUntil(lambda: form.last_saved is not saved_before, timeout=10000)
    text = form.findChild(QLabel, "walkInSavedNumber").text()
    assert "Give the person the receipt" in text
    qtbot.waitUntil(lambda: bool(no_viewer) and not form.runner.busy, timeout=10000)


def test_a_receipt_printed_from_the_report_list_is_not_lost_either(qtbot, office, no_viewer):
    detail = ReportService(office.desk).create(
        ReportInput(
            occurred_at=now_local().replace(tzinfo=None) - timedelta(hours=2),
            category="Theft",
            location="Market Square",
            account="Purse taken from a stall.",
            reporter_id=office.reporter_id,
        )
    )
    tab = PatrolTab(office.desk, TaskRunner())
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    tab.pages.setCurrentWidget(tab.reports)
    tab.reports.detail.print_requested.emit(detail)
    qtbot.waitUntil(tab.receipt_bar.isVisible, timeout=10000)
    assert detail.row.number in tab.receipt_bar.text.text()
    qtbot.waitUntil(lambda: not tab.reports.runner.busy, timeout=10000)
