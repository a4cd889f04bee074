"""The main tabs as the window builds them, with the links between them: a count on the Today
page opens its list in the tab it lives in, a contact's event opens the event's page, a new
event goes through the form and lands on its page. Each maker is called when its tab is first
opened (LazyTabs)."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QTabWidget

from desktop_app.services.problems import BoardFilter
from desktop_app.services.reports import ReportFilter
from desktop_app.services.session import Session
from ui.events.attendance_panel import AttendancePanel
from ui.events.checklist_panel import ChecklistPanel
from ui.events.event_form import EventFormDialog
from ui.events.findings_panel import FindingsPanel
from ui.events.outcome_panel import OutcomePanel
from ui.events.plan_panel import PlanPanel
from ui.tabs.contacts_tab import ContactsTab
from ui.tabs.events_tab import EventsTab
from ui.tabs.patrol_tab import PatrolTab
from ui.tabs.problems_tab import ProblemsTab
from ui.tabs.today_tab import TodayTab
from ui.tasks import TaskRunner


class MainWindow(Protocol):
    """What the links need of the main window (which imports this module: no cycle back)."""

    session: Session
    runner: TaskRunner
    tabs: QTabWidget

    @property
    def patrol_tab(self) -> PatrolTab: ...
    @property
    def contacts_tab(self) -> ContactsTab: ...
    @property
    def events_tab(self) -> EventsTab: ...
    @property
    def problems_tab(self) -> ProblemsTab: ...
    def open_report(self, report_id: int) -> None: ...


# The event page's panels, in their tabs' order (the findings only for a safety walk).
EVENT_PANELS = (PlanPanel, ChecklistPanel, AttendancePanel, OutcomePanel, FindingsPanel)


def make_events(window: MainWindow) -> EventsTab:
    tab = EventsTab(window.session, window.runner, panels=EVENT_PANELS)
    tab.new_event_requested.connect(lambda day: new_event(window, tab, day))
    return tab


def new_event(window: MainWindow, tab: EventsTab, day: QDate) -> None:
    """The event form for the day chosen; the saved event's page afterwards."""
    chosen = date(day.year(), day.month(), day.day())
    saved = EventFormDialog.ask(window.session, window.runner, tab, day=chosen)
    if saved is not None:
        tab.reload()
        tab.open_event(saved)


def make_today(window: MainWindow) -> TodayTab:
    tab = TodayTab(window.session, window.runner)
    tab.open_reports.connect(lambda flt: show_reports(window, flt))
    tab.open_work_queue.connect(lambda: show_work_queue(window))
    tab.open_events_week.connect(lambda: show_events_week(window))
    tab.open_contact.connect(lambda contact_id: show_contact(window, contact_id))
    tab.open_problems.connect(lambda flt: show_problems(window, flt))
    tab.open_suggestions.connect(lambda: show_suggestions(window))
    return tab


def _caption(flt: ReportFilter) -> str:
    if flt.received_since is not None:
        return QCoreApplication.translate("TabLinks", "reports taken since yesterday began")
    return QCoreApplication.translate("TabLinks", "open reports no one is assigned to")


def show_reports(window: MainWindow, flt: ReportFilter) -> None:
    patrol = window.patrol_tab
    if patrol.reports is not None:
        window.tabs.setCurrentWidget(patrol)
        patrol.pages.setCurrentWidget(patrol.reports)
        patrol.reports.show_preset(flt, _caption(flt))


def show_work_queue(window: MainWindow) -> None:
    patrol = window.patrol_tab
    if patrol.shift_log is not None:
        window.tabs.setCurrentWidget(patrol)
        patrol.pages.setCurrentWidget(patrol.shift_log)
        patrol.shift_log.queue.refresh()


def show_events_week(window: MainWindow) -> None:
    events = window.events_tab
    window.tabs.setCurrentWidget(events)
    events.show_week()


def show_contact(window: MainWindow, contact_id: int) -> None:
    contacts = window.contacts_tab
    window.tabs.setCurrentWidget(contacts)
    contacts.show_contact(contact_id)


def make_problems(window: MainWindow) -> ProblemsTab:
    tab = ProblemsTab(window.session, window.runner)
    tab.open_report.connect(window.open_report)
    tab.open_contact.connect(lambda contact_id: show_contact(window, contact_id))
    return tab


def show_problems(window: MainWindow, flt: BoardFilter) -> None:
    problems = window.problems_tab
    window.tabs.setCurrentWidget(problems)
    problems.show_board()
    if problems.board is not None:
        problems.board.show_filter(flt)


def show_suggestions(window: MainWindow) -> None:
    problems = window.problems_tab
    window.tabs.setCurrentWidget(problems)
    problems.show_suggestions()
