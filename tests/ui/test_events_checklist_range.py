"""The checklist panel driven through its buttons and dialogs (add, tick, change, overdue, the
manager's templates) and the range export: a bad range told at its field, a good one written."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime, timedelta

from icalendar import Calendar
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDateEdit, QDialog, QLabel, QLineEdit, QPushButton

from desktop_app.services.clock import now_local
from desktop_app.services.event_plan import EventPlanService
from desktop_app.services.event_task_templates import TemplateService
from desktop_app.services.event_tasks import EventTaskService
from desktop_app.services.picklists import PicklistService
from tests.services.event_plan_records import night
from ui.events.checklist_panel import DONE, STATE, TASK, ChecklistPanel
from ui.events.event_list import EventListPanel
from ui.events.range_dialog import RangeDialog
from ui.tabs import events_tab
from ui.tabs.events_tab import EventsTab
from ui.tasks import TaskRunner


def _in_the_modal(qtbot, drive: Callable[[QDialog], None]) -> None:
    """Run drive on the modal dialog about to open; a dialog that is still open after it (a
    failing step) is closed, so no modal is left behind."""

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, step)
            return
        QTimer.singleShot(15000, lambda: _close(dialog))  # a step that left it open
        try:
            drive(dialog)
        except BaseException:
            dialog.reject()
            raise

    QTimer.singleShot(0, step)


def _close(dialog: QDialog) -> None:
    try:
        if dialog.isVisible():
            dialog.reject()
    except RuntimeError:  # deleted meanwhile: it closed
        pass


def _panel(qtbot, session, event_id: int) -> tuple[ChecklistPanel, TaskRunner]:
    runner = TaskRunner()
    panel = ChecklistPanel(session, runner)
    qtbot.addWidget(panel)
    panel.show()
    panel.load(event_id)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
    return panel, runner


def _row_of(panel: ChecklistPanel, title: str) -> int:
    titles = [panel.table.item(r, TASK).text() for r in range(panel.table.rowCount())]
    return titles.index(title)


def test_a_manager_adds_a_task_ticks_it_and_an_overdue_one_is_told(qtbot, office):
    start = now_local().replace(tzinfo=None, hour=19, minute=0, second=0, microsecond=0)
    event_id = EventPlanService(office.manager).create(night(office, start + timedelta(days=30)))
    panel, runner = _panel(qtbot, office.manager, event_id)
    summary = panel.findChild(QLabel, "checklistSummary")
    assert summary.text() == "0 of 4 tasks done"  # the template's, none due yet

    def add(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "taskTitle"), "Borrow the projector")
        dialog.findChild(QPushButton, "taskSaveButton").click()

    _in_the_modal(qtbot, add)
    with qtbot.waitSignal(panel.changed, timeout=10000):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: summary.text() == "0 of 5 tasks done", timeout=10000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)

    row = _row_of(panel, "Borrow the projector")
    with qtbot.waitSignal(panel.changed, timeout=10000):
        panel.table.item(row, DONE).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: summary.text() == "1 of 5 tasks done", timeout=10000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
    assert panel.table.item(_row_of(panel, "Borrow the projector"), STATE).text() == "✓ Done"

    yesterday = now_local().date() - timedelta(days=1)

    def due_yesterday(dialog: QDialog) -> None:
        dialog.findChild(QDateEdit, "taskDue").setDate(
            QDate(yesterday.year, yesterday.month, yesterday.day)
        )
        dialog.findChild(QPushButton, "taskSaveButton").click()

    panel.table.selectRow(_row_of(panel, "Book the hall"))
    _in_the_modal(qtbot, due_yesterday)
    with qtbot.waitSignal(panel.changed, timeout=10000):
        qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "⚠ 1 overdue" in summary.text(), timeout=10000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
    overdue = _row_of(panel, "Book the hall")
    assert panel.table.item(overdue, STATE).text() == "⚠ Overdue"
    assert panel.table.item(overdue, TASK).font().bold()
    [late] = EventTaskService(office.manager).overdue(event_id)
    assert (late.task.title, late.task.due_on) == ("Book the hall", yesterday)


def test_an_officer_sees_no_planning_buttons_and_a_manager_edits_the_templates(qtbot, office):
    start = now_local().replace(tzinfo=None, hour=19, minute=0, second=0, microsecond=0)
    event_id = EventPlanService(office.manager).create(night(office, start + timedelta(days=30)))
    officer_panel, _ = _panel(qtbot, office.officer, event_id)
    assert not officer_panel.templates_button.isVisible()
    panel, runner = _panel(qtbot, office.manager, event_id)
    assert panel.templates_button.isVisible()

    def add_line(dialog: QDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("safety_walk"))
        qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
        count = dialog.list.count()
        title = dialog.findChild(QLineEdit, "templatesTitle")
        title.clear()
        qtbot.keyClicks(title, "Charge the torches")
        dialog.findChild(QPushButton, "templatesAddButton").click()
        qtbot.waitUntil(lambda: dialog.list.count() == count + 1, timeout=10000)
        qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
        dialog.accept()

    _in_the_modal(qtbot, add_line)
    qtbot.mouseClick(panel.templates_button, Qt.MouseButton.LeftButton)
    titles = [t.title for t in TemplateService(office.manager).templates("safety_walk")]
    assert titles[-1] == "Charge the torches"


def test_a_range_ending_before_it_starts_is_told_at_its_field(qtbot):
    dialog = RangeDialog(None, date(2026, 9, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.value() == (date(2026, 9, 1), date(2026, 9, 30))
    dialog.last.setDate(QDate(2026, 8, 20))
    dialog.findChild(QPushButton, "icsRangeOkButton").click()
    error = dialog.findChild(QLabel, "icsRangeToError")
    assert error.isVisible()
    assert error.text() == "The range ends before it starts"
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    dialog.last.setDate(QDate(2026, 9, 20))
    dialog.findChild(QPushButton, "icsRangeOkButton").click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_range_export_writes_the_events_starting_in_the_range(
    qtbot, office, tmp_path, monkeypatch
):
    plan = EventPlanService(office.manager)
    inside = plan.create(night(office, datetime(2026, 9, 8, 19), title="September night"))
    plan.create(night(office, datetime(2026, 10, 6, 19), title="October night"))
    target = tmp_path / "september.ics"
    monkeypatch.setattr(events_tab, "save_ics_as", lambda parent, suggested: str(target))
    runner = TaskRunner()
    tab = EventsTab(office.manager, runner)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
    tab.month.calendar.setCurrentPage(2026, 9)

    def september(dialog: QDialog) -> None:
        assert dialog.value() == (date(2026, 9, 1), date(2026, 9, 30))  # the month shown
        dialog.findChild(QPushButton, "icsRangeOkButton").click()

    _in_the_modal(qtbot, september)
    qtbot.mouseClick(tab.range_button, Qt.MouseButton.LeftButton)
    note = tab.findChild(QLabel, "eventsNote")
    qtbot.waitUntil(lambda: "1 event" in note.text(), timeout=10000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == ["September night"]
    assert str(events[0]["UID"]).startswith(f"event-{inside}@")


def test_the_event_list_reads_its_zones_off_the_gui_thread(qtbot, office, monkeypatch):
    read_on: list[bool] = []
    zones = PicklistService.zones

    def spy(self, include_inactive: bool = False):
        read_on.append(threading.current_thread() is threading.main_thread())
        return zones(self, include_inactive)

    monkeypatch.setattr(PicklistService, "zones", spy)
    runner = TaskRunner()
    panel = EventListPanel(office.manager, runner)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
    names = [panel.zone.itemText(i) for i in range(panel.zone.count())]
    assert names == ["All zones", "North", "South"]
    assert read_on == [False]


def test_the_events_list_fits_a_1024_pixel_window_without_scrolling_sideways(qtbot, office):
    runner = TaskRunner()
    tab = EventsTab(office.manager, runner)
    qtbot.addWidget(tab)
    tab.resize(1024, 640)
    tab.show()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
    assert tab.minimumSizeHint().width() <= 760  # was 918: the month and filters were wide
    table = tab.list.table
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0, timeout=10000)
    assert not table.isColumnHidden(2)  # the title stays
