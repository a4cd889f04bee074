"""The officer's work queue on My shift, landing pages by role, the list's "assigned to" filter,
handover notes during the shift, asking before a shift is ended or left open, and people met
carried into a report raised from an entry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from desktop_app.services.clock import now_local
from desktop_app.services.contacts import ContactService
from desktop_app.services.office import open_office
from desktop_app.services.patrol import PatrolService
from desktop_app.services.reports import ReportService
from tests.ui.test_patrol_tab import make_tab, report, wait_loaded
from ui.main_window import MainWindow
from ui.models.report_table_model import COLUMNS


def assigned(office, officer, follow_up_days: int | None, **changes):
    """A report assigned to officer, with a follow-up that many days from today (or none)."""
    service = ReportService(office.manager)
    detail = service.create(report(office, **changes))
    service.assign(detail.row.id, officer.user_id)
    if follow_up_days is not None:
        service.set_follow_up(detail.row.id, now_local().date() + timedelta(days=follow_up_days))
    return detail.row.number


def queue_loaded(qtbot, page, rows: int) -> None:
    qtbot.waitUntil(
        lambda: not page.runner.busy and page.queue.model.rowCount() == rows, timeout=10000
    )


def answer_next_box(pick: Callable[[QMessageBox], QWidget | None]) -> list[str]:
    """Click a button of the next message box when it shows; returns the texts it showed."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        button = pick(box)
        assert button is not None
        button.click()

    QTimer.singleShot(0, click)
    return seen


@pytest.fixture
def window_for(qtbot, office, db_path, tmp_path):
    opened = open_office(str(db_path))

    def end_open_shift(window: MainWindow) -> None:
        """A test that failed with the shift open would leave the window asking at close."""
        patrol = PatrolService(office.officer)
        shift = patrol.open_shift()
        if shift is not None:
            patrol.end_shift(shift.id, "")

    def make(session) -> MainWindow:
        window = MainWindow(
            session, opened, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
        )
        qtbot.addWidget(window, before_close_func=end_open_shift)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
        return window

    return make


def test_my_shift_lists_a_report_assigned_to_the_officer_and_marks_it_overdue(qtbot, office):
    late = assigned(office, office.officer, -3, location="Elm Street car park")
    later = assigned(office, office.officer, 4)
    assigned(office, office.other_officer, -3)  # someone else's
    ReportService(office.manager).create(report(office))  # no one's

    tab = make_tab(qtbot, office.officer)
    page = tab.shift_log
    tab.pages.setCurrentWidget(page)
    queue_loaded(qtbot, page, 2)

    model = page.queue.model
    assert [model.row_at(i).report.number for i in range(2)] == [late, later]
    follow_up = [model.data(model.index(i, 1)) for i in range(2)]
    assert follow_up[0].startswith("Overdue") and not follow_up[1].startswith("Overdue")
    late_colour = model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert late_colour is not None
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) != late_colour
    assert "2 open reports" in page.queue.summary.text()
    assert "1 follow-up overdue" in page.queue.summary.text()

    page.queue.table.setFocus()
    page.queue.table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(page.queue.table, Qt.Key.Key_Return)  # one step to the report
    assert tab.pages.currentWidget() is tab.reports
    assert late in tab.reports.detail.title.text()
    wait_loaded(qtbot, tab.reports)


def test_the_queue_follows_a_change_saved_in_the_detail_pane(qtbot, office):
    number = assigned(office, office.officer, -1)
    tab = make_tab(qtbot, office.officer)
    page = tab.shift_log
    tab.pages.setCurrentWidget(page)
    queue_loaded(qtbot, page, 1)
    tab.reports.show_report(ReportService(office.officer).find_number(number) or 0)
    pane = tab.reports.detail
    pane.status.setCurrentIndex(pane.status.findData("closed"))
    pane.status_button.click()
    qtbot.waitUntil(lambda: pane.detail is not None and pane.detail.row.status == "closed")
    tab.pages.setCurrentWidget(page)
    queue_loaded(qtbot, page, 0)
    assert "No open reports" in page.queue.summary.text()
    wait_loaded(qtbot, tab.reports)


@pytest.mark.parametrize(
    ("who", "page"),
    [("officer", "shift_log"), ("desk", "walk_in"), ("manager", "reports")],
)
def test_each_role_lands_on_its_own_page(qtbot, office, window_for, who, page):
    """Officers and managers land on Today; their Patrol Log opens on their own page."""
    window = window_for(getattr(office, who))
    landing = window.patrol_tab if who == "desk" else window.today_tab
    assert window.tabs.currentWidget() is landing
    window.tabs.setCurrentWidget(window.patrol_tab)
    assert window.patrol_tab.pages.currentWidget() is getattr(window.patrol_tab, page)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)


def test_assigned_to_me_and_unassigned_in_the_report_list(qtbot, office):
    mine = assigned(office, office.officer, None)
    assigned(office, office.other_officer, None)
    nobody = ReportService(office.manager).create(report(office)).row.number
    tab = make_tab(qtbot, office.officer)
    browser = tab.reports
    wait_loaded(qtbot, browser)
    assert browser.count.text() == "3 reports"
    assert browser.officer.currentText() == "anyone"  # a filter: it starts open

    browser.officer.setCurrentIndex(browser.officer.findText("me"))
    wait_loaded(qtbot, browser)
    assert [r.number for r in browser.model.rows] == [mine]
    browser.officer.setCurrentIndex(browser.officer.findText("unassigned"))
    wait_loaded(qtbot, browser)
    assert [r.number for r in browser.model.rows] == [nobody]


def test_the_list_highlights_overdue_follow_ups_and_explains_its_marks(qtbot, office):
    late = assigned(office, office.officer, -2)
    assigned(office, office.officer, 3)
    tab = make_tab(qtbot, office.manager)
    browser = tab.reports
    wait_loaded(qtbot, browser)
    model = browser.model
    follow = [c.header for c in COLUMNS].index("Follow-up")
    rows = {model.row_at(i).number: i for i in range(model.rowCount())}
    assert model.data(model.index(rows[late], follow)).startswith("Overdue")
    colour = model.data(model.index(rows[late], 0), Qt.ItemDataRole.ForegroundRole)
    assert colour is not None
    legend = browser.legend.text()
    assert "Bold" in legend and "urgent" in legend
    assert "Struck through" in legend and "void" in legend
    assert "Overdue" in legend


def start_shift(office):
    return PatrolService(office.officer).start_shift(office.zones["South"], "foot")


def test_handover_notes_stay_in_sight_during_the_shift(qtbot, office):
    patrol = PatrolService(office.other_officer)
    earlier = patrol.start_shift(
        office.zones["South"], "foot", started_at=now_local() - timedelta(hours=9)
    )
    patrol.end_shift(earlier.id, "Gate on Mill Lane left open twice; check after dark.")
    start_shift(office)
    tab = make_tab(qtbot, office.officer)
    page = tab.shift_log
    tab.pages.setCurrentWidget(page)
    queue_loaded(qtbot, page, 0)
    assert page.stack.currentIndex() == 1  # the running shift
    assert page.handover_notes.isVisible()
    assert "Gate on Mill Lane" in page.handover_notes.text.text()


def test_ending_a_shift_asks_first_and_no_keeps_it_open(qtbot, office):
    start_shift(office)
    tab = make_tab(qtbot, office.officer)
    page = tab.shift_log
    tab.pages.setCurrentWidget(page)
    queue_loaded(qtbot, page, 0)
    seen = answer_next_box(lambda box: box.button(QMessageBox.StandardButton.No))
    page.findChild(QPushButton, "endShiftButton").click()
    assert seen and "End your shift" in seen[0]
    assert "no handover notes" in seen[0]  # nothing typed for the next shift: said so
    assert PatrolService(office.officer).open_shift() is not None
    assert page.stack.currentIndex() == 1

    page.handover.setPlainText("All quiet at the market.")
    answer_next_box(lambda box: box.button(QMessageBox.StandardButton.Yes))
    page.findChild(QPushButton, "endShiftButton").click()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 0, timeout=10000)
    assert PatrolService(office.officer).open_shift() is None


def test_quitting_with_an_open_shift_asks_and_cancel_keeps_the_window(qtbot, office, window_for):
    start_shift(office)
    window = window_for(office.officer)
    seen = answer_next_box(lambda box: box.button(QMessageBox.StandardButton.Cancel))
    assert not window.close()
    assert seen and "still open" in seen[0]
    assert window.isVisible()
    assert PatrolService(office.officer).open_shift() is not None

    answer_next_box(lambda box: box.findChild(QPushButton, "endShiftFirstButton"))
    assert not window.close()  # to the shift's end box, to write the handover
    page = window.patrol_tab.shift_log
    assert window.tabs.currentWidget() is window.patrol_tab
    assert window.patrol_tab.pages.currentWidget() is page
    assert window.focusWidget() is page.handover

    answer_next_box(lambda box: box.findChild(QPushButton, "keepShiftOpenButton"))
    assert window.close()
    assert PatrolService(office.officer).open_shift() is not None  # never lost


def test_people_met_on_an_entry_come_into_the_raised_report(qtbot, office, monkeypatch):
    monkeypatch.setattr("ui.widgets.walk_in_form.open_document", lambda path: None)
    contacts = ContactService(office.manager)
    stall = contacts.create("Dev Sharma", "0161 496 0456")
    patrol = PatrolService(office.officer)
    shift = start_shift(office)
    patrol.add_entry(
        shift.id,
        "incident_observed",
        "Market Square",
        "Stall owner saw a man take a purse and run towards the bus station.",
        people=(stall.id, office.reporter_id),
    )
    tab = make_tab(qtbot, office.officer)
    page = tab.shift_log
    tab.pages.setCurrentWidget(page)
    queue_loaded(qtbot, page, 0)
    qtbot.waitUntil(lambda: page.entries.rowCount() == 1, timeout=10000)
    page.table.selectRow(0)
    page.findChild(QPushButton, "raiseReportButton").click()

    form = tab.walk_in
    assert tab.pages.currentWidget() is form
    people = [(p.contact_id, p.role) for p in form.people.inputs()]
    assert people == [(stall.id, "witness"), (office.reporter_id, "witness")]
    shown = [form.people.listing.item(i).text() for i in range(form.people.listing.count())]
    assert any("Dev Sharma" in text for text in shown) and form.people.listing.isVisible()
    form.category.setText("Theft")
    form.save()
    qtbot.waitUntil(lambda: form.last_saved is not None, timeout=10000)
    names = {p.name for p in form.last_saved.people}
    assert {"Dev Sharma", "Zoë Adeyemi"} <= names
    qtbot.waitUntil(lambda: not form.runner.busy, timeout=10000)


def test_the_queue_model_passes_the_model_tester(qtmodeltester, office):
    from ui.models.work_queue_model import WorkQueueModel

    assigned(office, office.officer, -1)
    assigned(office, office.officer, None)
    model = WorkQueueModel()
    model.set_source(
        lambda state: ([], None), (ReportService(office.officer).work_queue().items, None)
    )
    qtmodeltester.check(model, force_py=True)
