"""The PDF preview: where the file is, zoom and page navigation from buttons and keyboard."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QPushButton

from desktop_app.services.clock import now_local, to_utc
from desktop_app.services.monthly import write_monthly_pdf
from desktop_app.services.reports import ReportInput, ReportService
from models.events import Event
from tests.ui.test_reports_tab import make_tab


def test_a_saved_pdf_says_where_it_is_and_opens_its_folder(qtbot, office, monkeypatch, tmp_path):
    detail = ReportService(office.manager).create(
        ReportInput(
            occurred_at=datetime(2026, 10, 3, 14, 0),
            category="Theft",
            location="Market Square",
            account="Purse taken from a stall while paying.",
            anonymous=True,
        )
    )
    opened: list[Path] = []
    monkeypatch.setattr("ui.tabs.reports_tab.open_folder", opened.append)
    tab = make_tab(qtbot, office.manager)
    folder_button = tab.findChild(QPushButton, "openPdfFolderButton")
    assert not folder_button.isVisible()
    qtbot.keyClicks(tab.report_number, detail.row.number)
    tab.findChild(QPushButton, "singleReportButton").click()
    qtbot.waitUntil(lambda: tab.current is not None, timeout=10000)
    assert str(tab.current) in tab.status.text()  # where the preview's file is
    saved = tmp_path / "kept" / "report.pdf"
    saved.parent.mkdir()
    monkeypatch.setattr("ui.tabs.reports_tab.ask_save_path", lambda parent, suggested: str(saved))
    tab.save_button.click()
    assert str(saved) in tab.status.text()
    assert folder_button.isVisible()
    folder_button.click()
    assert opened == [saved.parent]


def test_the_preview_zooms_and_turns_pages_from_the_keyboard(qtbot, office, tmp_path):
    pdf = write_monthly_pdf(office.manager, date(2019, 2, 1), tmp_path / "m.pdf")
    tab = make_tab(qtbot, office.manager)
    tab.show_pdf(pdf, "Monthly report")
    preview = tab.preview
    pages = tab.document.pageCount()
    assert pages >= 3
    assert preview.page_label.text() == f"Page 1 of {pages}"
    tab.activateWindow()
    preview.view.setFocus()
    qtbot.waitUntil(preview.view.hasFocus)
    qtbot.keyClick(preview.view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: preview.page_label.text() == f"Page 2 of {pages}")
    preview.findChild(QPushButton, "previewNextPage").click()
    qtbot.waitUntil(lambda: preview.page_label.text() == f"Page 3 of {pages}")
    qtbot.keyClick(preview.view, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: preview.page_label.text() == f"Page 2 of {pages}")

    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    fitted = preview.zoom()
    qtbot.keyClick(preview.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert preview.zoom() > fitted
    qtbot.keyClick(preview.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(preview.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom() < fitted
    preview.findChild(QPushButton, "previewFitWidth").click()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_each_new_pdf_is_shown_fitting_the_width_whatever_the_last_zoom(qtbot, office, tmp_path):
    first = write_monthly_pdf(office.manager, date(2019, 2, 1), tmp_path / "a.pdf")
    second = write_monthly_pdf(office.manager, date(2019, 3, 1), tmp_path / "b.pdf")
    tab = make_tab(qtbot, office.manager)
    tab.show_pdf(first, "Monthly report")
    preview = tab.preview
    preview.findChild(QPushButton, "previewZoomIn").click()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    tab.show_pdf(second, "Monthly report")
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_month_names_are_the_locale_s_and_event_names_are_not_cut_off(qtbot, office, monkeypatch):
    before = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        tab = make_tab(qtbot, office.manager)
        assert "octobre 2026" in [tab.month.itemText(i) for i in range(tab.month.count())]
    finally:
        QLocale.setDefault(before)
    start = now_local().replace(tzinfo=None) + timedelta(days=5)
    Event.create(
        kind="safety_walk",
        title="Lighting and safety walk round the estate",
        starts_at=to_utc(start),
        ends_at=to_utc(start + timedelta(hours=2)),
        status="confirmed",
    )
    tab = make_tab(qtbot, office.manager)
    combo = tab.event_choice
    label = combo.itemText(0)
    assert label.endswith("Lighting and safety walk round the estate")
    shown = combo.fontMetrics().horizontalAdvance(label)
    assert combo.width() >= shown or combo.toolTip() == label
