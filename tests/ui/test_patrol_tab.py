"""The report list, the detail pane, the shift log and the entry browse, through their widgets."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QStyleOptionViewItem

from desktop_app.services.clock import now_local
from desktop_app.services.patrol import EntryFilter, PatrolService
from desktop_app.services.reports import ReportFilter, ReportInput, ReportService
from models.patrol import PatrolEntry
from ui.models.patrol_entry_model import PatrolEntryModel
from ui.models.report_table_model import ReportTableModel
from ui.tabs.patrol_tab import PatrolTab
from ui.tasks import TaskRunner


def report(office, **changes) -> ReportInput:
    base = ReportInput(
        occurred_at=now_local().replace(tzinfo=None) - timedelta(hours=3),
        category="Theft",
        location="Market Square",
        account="Purse taken from a stall while the owner was paying.",
        reporter_id=office.reporter_id,
    )
    return replace(base, **changes)


def make_tab(qtbot, session) -> PatrolTab:
    tab = PatrolTab(session, TaskRunner())
    qtbot.addWidget(tab)
    tab.resize(1260, 720)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def wait_loaded(qtbot, browser) -> None:
    qtbot.waitUntil(
        lambda: not browser.runner.busy and "Searching" not in browser.count.text(), timeout=10000
    )


def test_the_list_filters_jumps_to_a_number_and_shows_the_detail(qtbot, office):
    service = ReportService(office.manager)
    theft = service.create(report(office))
    service.create(
        report(
            office,
            category="Vandalism",
            location="Elm Street car park",
            account="Wing mirrors broken on three parked cars overnight.",
        )
    )
    tab = make_tab(qtbot, office.manager)
    browser = tab.reports
    wait_loaded(qtbot, browser)
    assert browser.count.text() == "2 reports"
    browser.zone.setCurrentIndex(browser.zone.findText("North"))
    wait_loaded(qtbot, browser)
    assert [r.category for r in browser.model.rows] == ["Vandalism"]
    browser.clear_filters()
    wait_loaded(qtbot, browser)
    qtbot.keyClicks(browser.text, f"see {theft.row.number}")
    assert theft.row.number in browser.detail.title.text()  # opened at once
    qtbot.waitUntil(
        lambda: [r.number for r in browser.model.rows] == [theft.row.number], timeout=10000
    )
    assert "Zoë Adeyemi" in browser.detail.facts.text()


def test_status_assignment_and_void_from_the_detail_pane(qtbot, office, monkeypatch):
    detail = ReportService(office.manager).create(report(office))
    tab = make_tab(qtbot, office.manager)
    browser = tab.reports
    wait_loaded(qtbot, browser)
    browser.table.selectRow(0)
    pane = browser.detail
    assert detail.row.number in pane.title.text()
    pane.officer.setCurrentIndex(pane.officer.findText("Asha Khan"))
    pane.assign_button.click()
    qtbot.waitUntil(lambda: pane.isEnabled() and bool(pane.detail.row.assigned_officer))
    pane.status.setCurrentIndex(pane.status.findData("in_progress"))
    pane.status_button.click()
    qtbot.waitUntil(lambda: browser.model.rows[0].status == "in_progress", timeout=10000)
    assert browser.model.rows[0].status == "in_progress"
    assert browser.model.rows[0].assigned_officer == "Asha Khan"
    history = pane.history.toPlainText()
    assert "status: New → In progress" in history
    assert "assigned officer: — → Asha Khan" in history
    assert "Changed" in history and " update" not in history  # as people say it

    from ui.dialogs import void_report

    monkeypatch.setattr(
        void_report.VoidReportDialog,
        "ask",
        classmethod(lambda cls, number, void, parent=None: void("Entered twice")),
    )
    pane.void_button.click()
    assert browser.model.rows[0].status == "void"
    assert "Void:</b> Entered twice" in pane.facts.text()
    assert not pane.void_button.isEnabled()
    index = browser.model.index(0, 0)
    option = QStyleOptionViewItem()
    browser.table.itemDelegate().initStyleOption(option, index)
    assert option.font.strikeOut()  # drawn struck through


def test_the_void_dialog_keeps_the_reason_when_it_is_refused(qtbot, office):
    from ui.dialogs.void_report import VoidReportDialog

    detail = ReportService(office.manager).create(report(office))
    service = ReportService(office.manager)
    dialog = VoidReportDialog(detail.row.number, lambda reason: service.void(detail.row.id, reason))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.reason, "dup")
    dialog.findChild(QPushButton, "voidConfirmButton").click()
    error = dialog.findChild(QLabel, "voidReasonError")
    qtbot.waitUntil(lambda: bool(error.text()), timeout=10000)  # refused on a worker
    assert "Say why" in dialog.findChild(QLabel, "voidReasonError").text()
    assert dialog.reason.toPlainText() == "dup"


def test_front_desk_sees_the_form_and_the_list_but_no_patrol_pages(qtbot, office):
    tab = make_tab(qtbot, office.desk)
    titles = [tab.pages.tabText(i) for i in range(tab.pages.count())]
    assert titles == ["New report", "Reports"]
    ReportService(office.desk).create(report(office))
    tab.reports.reload()
    wait_loaded(qtbot, tab.reports)
    tab.reports.table.selectRow(0)
    assert not tab.reports.detail.handling.isVisible()
    assert not tab.reports.detail.void_button.isVisible()


def test_a_shift_to_handover_with_a_report_raised_from_an_entry(qtbot, office, monkeypatch):
    receipts = []
    monkeypatch.setattr("ui.widgets.walk_in_form.open_document", receipts.append)
    tab = make_tab(qtbot, office.officer)
    shift = tab.shift_log
    tab.pages.setCurrentWidget(shift)
    shift.zone.setCurrentIndex(shift.zone.findText("South"))
    qtbot.keyClicks(shift.weather, "Light rain")
    shift.findChild(QPushButton, "startShiftButton").click()
    qtbot.waitUntil(lambda: shift.stack.currentIndex() == 1, timeout=10000)  # started on a worker
    assert shift.stack.currentIndex() == 1 and "On shift since" in shift.header.text()

    qtbot.keyClicks(shift.observation, "All quiet")
    shift.findChild(QPushButton, "addEntryButton").click()
    observation_error = shift.findChild(QLabel, "entryObservationError")
    qtbot.waitUntil(observation_error.isVisible, timeout=10000)
    assert "Say what you checked" in shift.findChild(QLabel, "entryObservationError").text()

    shift.activity.setCurrentIndex(shift.activity.findData("incident_observed"))
    shift.location.setText("Market Square")
    shift.observation.setPlainText("Two youths kicking the market hall door; one ran off.")
    shift.action.setText("Spoke to the other; door checked, no damage.")
    shift.findChild(QPushButton, "addEntryButton").click()
    qtbot.waitUntil(lambda: shift.entries.rowCount() == 1, timeout=10000)
    assert shift.entries.rowCount() == 1
    qtbot.waitUntil(lambda: "1 entry so far." in shift.header.text(), timeout=10000)

    shift.table.selectRow(0)
    shift.findChild(QPushButton, "raiseReportButton").click()
    form = tab.walk_in
    assert tab.pages.currentWidget() is form
    assert form.location.text() == "Market Square" and "kicking" in form.account.toPlainText()
    form.category.setText("Vandalism")
    form.save()
    qtbot.waitUntil(lambda: form.last_saved is not None, timeout=10000)  # saved on a worker
    assert form.last_saved is not None
    assert receipts == []  # an officer's report: no one at the desk to take a receipt
    linked = PatrolEntry.get()
    assert linked.report_id == form.last_saved.row.id

    tab.pages.setCurrentWidget(shift)
    shift.handover.setPlainText("Youths around the market hall after 9 pm; please pass by.")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    shift.findChild(QPushButton, "endShiftButton").click()
    qtbot.waitUntil(lambda: shift.stack.currentIndex() == 0, timeout=10000)
    assert shift.stack.currentIndex() == 0
    assert "Youths around the market hall" in shift.handovers.text()


@pytest.mark.slow
def test_the_entry_browse_fetches_page_by_page(qtbot, office):
    patrol = PatrolService(office.officer)
    start = now_local() - timedelta(hours=10)
    shift = patrol.start_shift(office.zones["North"], "foot", started_at=start)
    for i in range(450):
        patrol.add_entry(
            shift.id,
            "routine_check",
            "Elm Street car park",
            f"Checked the pay machine, pass {i}: working.",
            at=start + timedelta(seconds=60 * i),
        )
    tab = make_tab(qtbot, office.officer)
    browser = tab.entries
    tab.pages.setCurrentWidget(browser)
    qtbot.waitUntil(lambda: browser.model.rowCount() == 200, timeout=10000)
    assert browser.model.canFetchMore()
    browser.model.fetchMore()
    qtbot.waitUntil(lambda: browser.model.rowCount() == 400, timeout=10000)
    browser.model.fetchMore()
    qtbot.waitUntil(lambda: browser.model.rowCount() == 450, timeout=10000)
    assert not browser.model.canFetchMore()
    assert "450 entries shown" in browser.status.text()
    qtbot.keyClicks(browser.text, "pass 17:")
    qtbot.waitUntil(lambda: browser.model.rowCount() == 1, timeout=10000)


@pytest.mark.parametrize("kind", ["reports", "entries"])
def test_the_table_models_pass_the_model_tester(qtmodeltester, office, kind):
    if kind == "reports":
        service = ReportService(office.manager)
        for _ in range(3):
            service.create(report(office))
        model = ReportTableModel()
        model.set_source(lambda cursor: service.list(ReportFilter(), after=cursor, limit=2))
    else:
        patrol = PatrolService(office.officer)
        shift = patrol.start_shift(office.zones["North"], "foot")
        patrol.add_entry(shift.id, "routine_check", "Market Square", "Stalls checked: shut.")
        model = PatrolEntryModel()
        model.set_source(lambda cursor: patrol.entries(EntryFilter(), after=cursor, limit=1))
    qtmodeltester.check(model, force_py=True)


def test_past_shifts_list_with_their_entries_and_handover(qtbot, office):
    patrol = PatrolService(office.officer)
    start = now_local() - timedelta(hours=9)
    shift = patrol.start_shift(office.zones["North"], "bicycle", "Windy", started_at=start)
    patrol.add_entry(
        shift.id,
        "hazard_noted",
        "Elm Street car park",
        "Loose drain cover by the exit.",
        at=start + timedelta(hours=1),
    )
    patrol.end_shift(
        shift.id, "Drain cover reported; cones placed.", ended_at=start + timedelta(hours=8)
    )
    tab = make_tab(qtbot, office.manager)
    tab.pages.setCurrentWidget(tab.past_shifts)
    browser = tab.past_shifts
    assert browser.model.rowCount() == 1
    assert browser.model.data(browser.model.index(0, 2)) == "Asha Khan"
    assert browser.model.data(browser.model.index(0, 5)) == "1"
    browser.table.selectRow(0)
    assert browser.entries.rowCount() == 1
    assert "Drain cover reported" in browser.notes.toPlainText()
    browser.zone.setCurrentIndex(browser.zone.findText("South"))
    assert browser.model.rowCount() == 0


def test_an_entry_is_linked_to_an_existing_report_by_number(qtbot, office):
    existing = ReportService(office.manager).create(report(office))
    patrol = PatrolService(office.officer)
    shift = patrol.start_shift(office.zones["South"], "foot")
    patrol.add_entry(
        shift.id, "incident_observed", "Market Square", "Stall owner pointed out the thief."
    )
    tab = make_tab(qtbot, office.officer)
    page = tab.shift_log
    page.table.selectRow(0)
    qtbot.keyClicks(page.link_number, existing.row.number)
    page.findChild(QPushButton, "linkReportButton").click()
    qtbot.waitUntil(lambda: bool(page.entries.rows[0].report_number), timeout=10000)
    assert PatrolEntry.get().report_id == existing.row.id
    assert page.entries.rows[0].report_number == existing.row.number


def test_the_start_form_offers_the_zone_of_the_officers_last_shift(qtbot, office):
    patrol = PatrolService(office.officer)
    started = patrol.start_shift(office.zones["South"], "foot", "")
    patrol.end_shift(started.id, "")
    tab = make_tab(qtbot, office.officer)
    assert tab.shift_log.zone.currentText() == "South"  # not the list's first zone
