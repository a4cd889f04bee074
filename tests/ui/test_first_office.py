"""A real office from day one: first run without the demo, then the first walk-in report and the
first patrol entry, both found again after the database is opened anew."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from desktop_app.services.office import open_office
from desktop_app.services.patrol import EntryFilter, PatrolService
from desktop_app.services.reports import ReportFilter, ReportService
from desktop_app.services.users import UserService, authenticate
from models.connection import close
from tests.ui.test_first_run import set_up_office
from tests.ui.test_walk_in import make_form, pick_from_completer
from ui.tabs.patrol_tab import PatrolTab
from ui.tasks import TaskRunner


def test_a_new_office_without_the_demo_takes_its_first_report_and_patrol(
    qtbot, office_db, db_path, monkeypatch
):
    dialog = set_up_office(
        qtbot, office_db, zones=("North",), locations=[("Elm Street car park", "North")]
    )
    qtbot.keyClick(dialog.findChild(QPushButton, "firstRunFinishButton"), Qt.Key.Key_Space)
    assert dialog.result() == dialog.DialogCode.Accepted
    manager = dialog.result_value.session
    assert dialog.result_value.load_demo is False
    UserService(manager).create_user("akhan", "Asha Khan", "officer", "patrol-pass")

    # The desk's first walk-in: an anonymous report, a default category, the new location.
    form = make_form(qtbot, manager)
    form.reporter.anonymous.setFocus()
    qtbot.keyClick(form.reporter.anonymous, Qt.Key.Key_Space)
    form.category.setFocus()
    qtbot.keyClicks(form.category, "thef")
    pick_from_completer(qtbot, form.category.completer(), "Theft")
    qtbot.keyClick(form.category, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.location, "elm")
    pick_from_completer(qtbot, form.location.completer(), "Elm Street car park")
    form.account.setFocus()
    qtbot.keyClicks(form.account, "Bicycle taken from the rack by the library; lock cut.")
    qtbot.keyPress(form.account, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = form.findChild(QLabel, "walkInSavedNumber")
    qtbot.waitUntil(saved.isVisible, timeout=10000)
    number = form.last_saved.row.number
    form.runner.wait()

    # The officer's first shift in the new zone and its first entry.
    officer_session = authenticate("akhan", "patrol-pass")
    runner = TaskRunner()
    tab = PatrolTab(officer_session, runner)
    qtbot.addWidget(tab)
    tab.resize(1260, 720)
    tab.show()
    qtbot.waitExposed(tab)
    shift = tab.shift_log
    tab.pages.setCurrentWidget(shift)
    assert shift.zone.currentText() == "North"
    shift.weather.setFocus()
    qtbot.keyClicks(shift.weather, "Dry, clear")
    qtbot.keyClick(shift.findChild(QPushButton, "startShiftButton"), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: shift.stack.currentIndex() == 1, timeout=10000)
    shift.location.setFocus()
    qtbot.keyClicks(shift.location, "Elm Street car park")
    shift.observation.setFocus()
    qtbot.keyClicks(shift.observation, "Checked the bicycle racks; two more locks cut.")
    qtbot.keyClick(shift.findChild(QPushButton, "addEntryButton"), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: shift.entries.rowCount() == 1, timeout=10000)
    runner.wait()

    close()  # "restart": the database opened anew
    open_office(str(db_path))
    reports, _ = ReportService(manager).list(ReportFilter(text="library"))
    assert [(r.number, r.category, r.location) for r in reports] == [
        (number, "Theft", "Elm Street car park")
    ]
    entries, _ = PatrolService(manager).entries(EntryFilter(text="bicycle racks"))
    assert [(e.officer, e.zone, e.location) for e in entries] == [
        ("Asha Khan", "North", "Elm Street car park")
    ]
