"""The plan and checklist panels: status actions with a cancel reason; overdue tasks told in
words; officers tick tasks, managers add them; a manager's templates shape new checklists."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from desktop_app.services.clock import now_local
from desktop_app.services.event_plan import EventPlanService
from desktop_app.services.event_task_templates import TemplateService
from desktop_app.services.event_tasks import EventTaskService
from tests.services.event_plan_records import night
from ui.events import plan_panel
from ui.events.checklist_panel import DONE, STATE, TASK, ChecklistPanel, TaskDialog
from ui.events.plan_panel import PlanPanel
from ui.events.templates_dialog import TemplatesDialog
from ui.tasks import TaskRunner


def _event_in(office, days: int) -> int:
    start = now_local().replace(tzinfo=None, hour=19, minute=0, second=0, microsecond=0)
    return EventPlanService(office.manager).create(night(office, start + timedelta(days=days)))


def _panel(qtbot, cls, session, event_id):
    runner = TaskRunner()
    panel = cls(session, runner)
    qtbot.addWidget(panel)
    panel.show()
    panel.load(event_id)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
    return panel, runner


def test_a_manager_confirms_then_cancels_with_a_reason(qtbot, office, monkeypatch):
    event_id = _event_in(office, 10)
    panel, runner = _panel(qtbot, PlanPanel, office.manager, event_id)
    status = panel.findChild(QLabel, "planStatus")
    assert status.text() == "Planned"
    with qtbot.waitSignal(panel.changed, timeout=10000):
        qtbot.mouseClick(
            panel.findChild(QPushButton, "planConfirmButton"), Qt.MouseButton.LeftButton
        )
    qtbot.waitUntil(lambda: status.text() == "Confirmed", timeout=10000)
    monkeypatch.setattr(plan_panel, "ask_cancel_reason", lambda parent: "The hall flooded")
    with qtbot.waitSignal(panel.changed, timeout=10000):
        qtbot.mouseClick(
            panel.findChild(QPushButton, "planCancelButton"), Qt.MouseButton.LeftButton
        )
    qtbot.waitUntil(lambda: status.text() == "Cancelled — The hall flooded", timeout=10000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
    assert EventPlanService(office.manager).detail(event_id).status == "cancelled"


def test_overdue_tasks_say_so_in_words_and_an_officer_ticks_one_done(qtbot, office):
    event_id = _event_in(office, 10)  # three of the four tasks were due before today
    panel, runner = _panel(qtbot, ChecklistPanel, office.officer, event_id)
    table = panel.table
    states = [table.item(r, STATE).text() for r in range(table.rowCount())]
    assert states == ["⚠ Overdue", "⚠ Overdue", "⚠ Overdue", ""]
    assert "3 overdue" in panel.findChild(QLabel, "checklistSummary").text()
    assert not panel.findChild(QPushButton, "checklistAddButton").isVisible()
    with qtbot.waitSignal(panel.changed, timeout=10000):
        table.item(0, DONE).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: table.item(0, STATE).text() == "✓ Done", timeout=10000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
    assert [o.task.title for o in EventTaskService(office.officer).overdue(event_id)] == [
        "Print flyers",
        "Invite the school",
    ]


def test_a_managers_new_template_line_is_on_the_next_events_checklist(qtbot, office):
    runner = TaskRunner()
    dialog = TemplatesDialog(office.manager, runner)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("family_safety_night"))
    qtbot.waitUntil(lambda: dialog.list.count() == 4, timeout=10000)
    title = dialog.findChild(QLineEdit, "templatesTitle")
    title.clear()
    qtbot.keyClicks(title, "Book the face painter")
    qtbot.mouseClick(dialog.findChild(QPushButton, "templatesAddButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.list.count() == 5, timeout=10000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
    assert TemplateService(office.manager).templates("family_safety_night")[-1].title == (
        "Book the face painter"
    )
    event_id = _event_in(office, 60)
    assert "Book the face painter" in [
        t.title for t in EventTaskService(office.manager).tasks(event_id)
    ]


def test_a_manager_adds_a_task_with_its_message_at_the_field_then_removes_it(qtbot, office):
    event_id = _event_in(office, 10)
    panel, runner = _panel(qtbot, ChecklistPanel, office.manager, event_id)
    before = panel.table.rowCount()
    dialog = TaskDialog(office.manager, runner, event_id, panel.choices, None, panel)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save_button.click()  # no title
    error = dialog.errors.labels["title"]
    qtbot.waitUntil(error.isVisible, timeout=10000)
    assert "required" in error.text()
    qtbot.keyClicks(dialog.title, "Borrow the projector")
    dialog.has_due.setChecked(True)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.saved, timeout=10000)
    panel.load(event_id)
    qtbot.waitUntil(lambda: panel.table.rowCount() == before + 1, timeout=10000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
    titles = [panel.table.item(r, TASK).text() for r in range(panel.table.rowCount())]
    row = titles.index("Borrow the projector")
    panel.table.selectRow(row)
    with qtbot.waitSignal(panel.changed, timeout=10000):
        panel.remove_task()
    qtbot.waitUntil(lambda: panel.table.rowCount() == before, timeout=10000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
