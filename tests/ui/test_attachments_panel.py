"""The attachments panel: attach through the file dialog or by dropping files, thumbnails made off
the GUI thread, opened with the system viewer only when the bytes are the ones attached."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QDialog, QMessageBox, QSpinBox

from desktop_app.services.attachments import AttachmentService
from desktop_app.services.patrol import PatrolService
from desktop_app.services.reports import ReportService
from desktop_app.services.settings import SettingsService
from tests.services.test_reports import walk_in
from ui.dialogs.office_settings import OfficeSettingsDialog
from ui.tasks import TaskRunner
from ui.widgets.attachments_panel import THUMBNAIL_ROLE, AttachmentsPanel
from ui.widgets.entry_browser import EntryBrowser
from ui.widgets.report_detail import ReportDetailPane
from ui.widgets.shift_log import ShiftLogPage

PANEL = "ui.widgets.attachments_panel"


def photo(folder: Path, name: str = "cut-lock.png") -> Path:
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a6ea5"))
    path = folder / name
    assert image.save(str(path))
    return path


@pytest.fixture
def report_id(office) -> int:
    detail = ReportService(office.desk).create(walk_in(office))
    ReportService(office.manager).assign(detail.row.id, office.officer.user_id)
    return detail.row.id


def detail_pane(qtbot, session, report_id: int) -> ReportDetailPane:
    pane = ReportDetailPane(session, TaskRunner())
    qtbot.addWidget(pane)
    pane.resize(620, 900)
    pane.show_detail(ReportService(session).get(report_id))
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def wait_idle(qtbot, panel: AttachmentsPanel) -> None:
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=10000)


def test_a_photo_attached_through_the_dialog_is_listed_with_its_thumbnail(
    qtbot, office, report_id, tmp_path, monkeypatch
):
    path = photo(tmp_path)
    monkeypatch.setattr(f"{PANEL}.QFileDialog.getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    pane = detail_pane(qtbot, office.officer, report_id)
    panel = pane.attachments
    assert panel.isVisible() and panel.attach_button.isEnabled()
    assert panel.list.count() == 0
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=10000)
    item = panel.list.item(0)
    assert "cut-lock.png" in item.text() and "Asha Khan" in item.text()
    qtbot.waitUntil(lambda: item.data(THUMBNAIL_ROLE) is True, timeout=10000)
    assert item.icon().availableSizes()[0].width() <= 64
    wait_idle(qtbot, panel)
    assert "File attached: cut-lock.png" in pane.history.toPlainText()  # the history says which
    listed = AttachmentService(office.officer).list(report_id=report_id)
    assert [a.filename for a in listed] == ["cut-lock.png"]


def test_files_dropped_on_the_panel_are_attached_and_a_refused_one_is_named(
    qtbot, office, report_id, tmp_path
):
    pane = detail_pane(qtbot, office.officer, report_id)
    panel = pane.attachments
    empty = tmp_path / "blank.txt"
    empty.write_bytes(b"")
    notes = tmp_path / "notes.txt"
    notes.write_text("Lock was a cheap cable lock.", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(notes)), QUrl.fromLocalFile(str(empty))])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.dropEvent(drop)
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=10000)
    wait_idle(qtbot, panel)
    assert "notes.txt" in panel.list.item(0).text()
    assert "blank.txt" in panel.message.text() and "empty" in panel.message.text()
    assert panel.message.isVisible()  # still, after the detail reloaded for the new file
    panel.show_for(entry_id=None)  # another choice: the message was about the report left
    assert not panel.message.isVisible()


def test_enter_opens_a_verified_copy_with_the_system_viewer(
    qtbot, office, report_id, tmp_path, monkeypatch
):
    AttachmentService(office.officer).add(report_id=report_id, source=photo(tmp_path))
    opened: list[str] = []
    monkeypatch.setattr(f"{PANEL}.open_file", lambda path: opened.append(path) or False)
    pane = detail_pane(qtbot, office.manager, report_id)
    panel = pane.attachments
    wait_idle(qtbot, panel)
    panel.list.setCurrentRow(0)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert Path(opened[0]).read_bytes() == photo(tmp_path, "again.png").read_bytes()
    # The viewer could not open it: said in the panel, with where the copy is.
    qtbot.waitUntil(lambda: "could not be opened" in panel.message.text(), timeout=5000)
    assert opened[0] in panel.message.text()


def test_an_altered_attachment_is_marked_and_never_opened(
    qtbot, office, report_id, tmp_path, monkeypatch, db_path
):
    row = AttachmentService(office.officer).add(report_id=report_id, source=photo(tmp_path))
    con = sqlite3.connect(str(db_path))
    con.execute("UPDATE attachment_content SET data = x'00ff'")
    con.commit()
    con.close()
    opened: list[str] = []
    monkeypatch.setattr(f"{PANEL}.open_file", lambda path: opened.append(path) or True)
    pane = detail_pane(qtbot, office.officer, report_id)
    panel = pane.attachments
    wait_idle(qtbot, panel)
    item = panel.list.item(0)
    assert "ALTERED" in item.text() and row.filename in item.toolTip()
    panel.list.itemActivated.emit(item)
    qtbot.waitUntil(lambda: "no longer matches" in panel.message.text(), timeout=10000)
    wait_idle(qtbot, panel)
    assert opened == []


def test_removing_asks_first_and_takes_it_off_the_list(
    qtbot, office, report_id, tmp_path, monkeypatch
):
    AttachmentService(office.officer).add(report_id=report_id, source=b"x", filename="a.txt")
    monkeypatch.setattr(
        f"{PANEL}.QMessageBox.question", lambda *a, **k: QMessageBox.StandardButton.Yes
    )
    pane = detail_pane(qtbot, office.officer, report_id)
    panel = pane.attachments
    panel.list.setCurrentRow(0)
    assert panel.remove_button.isEnabled()
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.list.count() == 0, timeout=10000)
    wait_idle(qtbot, panel)


def test_who_may_not_change_the_report_sees_the_files_without_attach(qtbot, office, report_id):
    AttachmentService(office.officer).add(report_id=report_id, source=b"x", filename="a.txt")
    pane = detail_pane(qtbot, office.other_officer, report_id)
    panel = pane.attachments
    assert panel.list.count() == 1
    assert not panel.attach_button.isEnabled() and not panel.remove_button.isEnabled()
    assert not panel.acceptDrops()


def test_the_entry_browse_shows_the_chosen_entrys_attachments(qtbot, office, tmp_path):
    patrol = PatrolService(office.officer)
    shift = patrol.start_shift(office.zones["North"], "foot")
    entry = patrol.add_entry(
        shift.id, "hazard_noted", "Elm Street car park", "Broken glass by the pay machine."
    )
    AttachmentService(office.officer).add(entry_id=entry.id, source=photo(tmp_path, "glass.png"))
    browser = EntryBrowser(office.manager, TaskRunner())
    qtbot.addWidget(browser)
    browser.resize(1200, 700)
    browser.show()
    qtbot.waitUntil(lambda: browser.model.rowCount() == 1, timeout=10000)
    panel = browser.attachments
    assert panel.list.count() == 0 and not panel.attach_button.isEnabled()
    browser.table.selectRow(0)
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=5000)
    assert "glass.png" in panel.list.item(0).text()
    assert panel.attach_button.isEnabled()  # a manager may add to any entry
    wait_idle(qtbot, panel)


def test_my_shift_attaches_to_the_chosen_entry(qtbot, office, tmp_path, monkeypatch):
    patrol = PatrolService(office.officer)
    shift = patrol.start_shift(office.zones["North"], "foot")
    patrol.add_entry(
        shift.id, "hazard_noted", "Elm Street car park", "Broken glass by the pay machine."
    )
    path = photo(tmp_path, "glass.png")
    monkeypatch.setattr(f"{PANEL}.QFileDialog.getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    page = ShiftLogPage(office.officer, TaskRunner())
    qtbot.addWidget(page)
    page.resize(1260, 760)
    page.show()
    qtbot.waitUntil(lambda: page.entries.rowCount() == 1, timeout=10000)
    panel = page.attachments
    assert not panel.attach_button.isEnabled()  # no entry chosen yet
    page.table.selectRow(0)
    assert panel.attach_button.isEnabled()
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=10000)
    qtbot.waitUntil(lambda: panel.list.item(0).data(THUMBNAIL_ROLE) is True, timeout=10000)
    wait_idle(qtbot, panel)


def test_the_office_settings_dialog_sets_the_attachment_limit(qtbot, office):
    dialog = OfficeSettingsDialog(office.manager)
    qtbot.addWidget(dialog)
    spin = dialog.findChild(QSpinBox, "setting_attachment_max_mb")
    assert spin.value() == 20 and (spin.minimum(), spin.maximum()) == (1, 200)
    spin.setValue(35)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)
    assert SettingsService(office.manager).get().attachment_max_mb == 35
