"""Edit → Pick-lists…: a manager keeps the categories, zones and locations, by keyboard."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from desktop_app.services.clock import now_local
from desktop_app.services.picklists import PicklistService
from desktop_app.services.reports import ReportInput, ReportService
from desktop_app.services.session import Session
from desktop_app.services.users import UserService
from models.org import Location
from ui.dialogs.merge_locations import MergeLocationsDialog
from ui.dialogs.picklists_dialog import PicklistsDialog
from ui.main_window import MainWindow
from ui.models.pick_entry_model import PickEntryModel
from ui.tasks import TaskRunner


def open_dialog(qtbot, session) -> PicklistsDialog:
    dialog = PicklistsDialog(session, runner=TaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def shown(dialog: PicklistsDialog, kind: str) -> list[str]:
    model = dialog.pages[kind].model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def select(dialog: PicklistsDialog, kind: str, text: str) -> None:
    page = dialog.pages[kind]
    row = shown(dialog, kind).index(text)
    page.table.setFocus()
    page.table.selectRow(row)


def test_a_zone_and_a_location_added_by_keyboard_then_one_retired(qtbot, office):
    dialog = open_dialog(qtbot, office.manager)
    dialog.tabs.setCurrentWidget(dialog.pages["zone"])
    name = dialog.findChild(QLineEdit, "zoneNewName")
    name.setFocus()
    qtbot.keyClicks(name, "Harbour")
    qtbot.keyPress(name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Harbour" in shown(dialog, "zone"))
    assert name.text() == ""
    assert dialog.findChild(QLabel, "zoneMessage").text() == "Added “Harbour”."

    dialog.tabs.setCurrentWidget(dialog.pages["location"])
    zone = dialog.findChild(QComboBox, "locationNewZone")
    assert [zone.itemText(i) for i in range(zone.count())] == ["Harbour", "North", "South"]
    location = dialog.findChild(QLineEdit, "locationNewName")
    location.setFocus()
    qtbot.keyClicks(location, "Pier head")
    qtbot.keyClick(location, Qt.Key.Key_Tab)
    assert zone.hasFocus()
    qtbot.keyClicks(zone, "Harbour")  # a combo picks the entry its typed text starts
    assert zone.currentText() == "Harbour"
    qtbot.mouseClick(dialog.findChild(QPushButton, "locationAddButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Pier head" in shown(dialog, "location"))
    pier = PicklistService(office.manager).find("location", "pier head")
    assert (pier.zone_name, pier.active) == ("Harbour", True)

    select(dialog, "location", "Market Square")
    retire = dialog.findChild(QPushButton, "locationRetireButton")
    assert retire.text() == "Re&tire"
    qtbot.mouseClick(retire, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Market Square (retired)" in shown(dialog, "location"))
    model = dialog.pages["location"].model
    row = shown(dialog, "location").index("Market Square (retired)")
    grey = model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert grey is not None and grey.color().lightness() > 100
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None  # active: as usual
    assert retire.text() == "Re&store"  # the retired entry is still selected
    assert "Market Square" not in [loc.name for loc in PicklistService(office.desk).locations()]
    assert dialog.changed


def test_a_mistake_is_shown_at_the_field_and_the_text_kept(qtbot, office):
    dialog = open_dialog(qtbot, office.manager)
    dialog.tabs.setCurrentWidget(dialog.pages["category"])
    name = dialog.findChild(QLineEdit, "categoryNewName")
    qtbot.keyClicks(name, "THEFT")
    qtbot.keyPress(name, Qt.Key.Key_Return)
    error = dialog.findChild(QLabel, "categoryNewNameError")
    qtbot.waitUntil(error.isVisible)
    assert "already exists" in error.text()
    assert name.text() == "THEFT"


def test_a_location_is_renamed_and_restored(qtbot, office, monkeypatch):
    dialog = open_dialog(qtbot, office.manager)
    dialog.tabs.setCurrentWidget(dialog.pages["location"])
    monkeypatch.setattr(dialog, "ask_name", lambda entry: "Market Square (east side)")
    select(dialog, "location", "Market Square")
    qtbot.mouseClick(
        dialog.findChild(QPushButton, "locationRenameButton"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: "Market Square (east side)" in shown(dialog, "location"))
    retire = dialog.findChild(QPushButton, "locationRetireButton")
    qtbot.mouseClick(retire, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Market Square (east side) (retired)" in shown(dialog, "location"))
    qtbot.mouseClick(retire, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Market Square (east side)" in shown(dialog, "location"))


def test_merging_says_what_moves_and_moves_it(qtbot, office):
    picklists = PicklistService(office.manager)
    picklists.add("location", "Elm St car park", zone_id=office.zones["North"])
    report = ReportService(office.desk).create(
        ReportInput(
            occurred_at=now_local().replace(tzinfo=None) - timedelta(hours=1),
            category="Theft",
            location="Elm St car park",
            account="Wing mirror taken from a parked van overnight.",
            severity="low",
            reporter_id=office.reporter_id,
        )
    )
    dialog = open_dialog(qtbot, office.manager)
    dialog.tabs.setCurrentWidget(dialog.pages["location"])
    select(dialog, "location", "Elm St car park")
    opened: list[MergeLocationsDialog] = []

    def drive(session, other, choices, merge, parent=None):
        merger = MergeLocationsDialog(session, other, choices, merge, parent, TaskRunner())
        qtbot.addWidget(merger)
        opened.append(merger)
        counts = merger.findChild(QLabel, "mergeCounts")
        qtbot.waitUntil(lambda: "1 report" in counts.text())
        keep = merger.findChild(QComboBox, "mergeKeep")
        assert [keep.itemText(i) for i in range(keep.count())] == [
            "Elm Street car park — North",
            "Market Square — South",
        ]
        confirm = merger.findChild(QPushButton, "mergeConfirmButton")
        assert keep.currentIndex() == -1 and not confirm.isEnabled()  # the user chooses
        keep.setFocus()
        qtbot.keyClicks(keep, "Elm")
        assert (
            counts.text() == "1 report will move from “Elm St car park” to “Elm Street car park”."
        )
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: merger.result_value is not None)
        return merger.result_value

    MergeLocationsDialog.ask = staticmethod(drive)  # type: ignore[method-assign]
    try:
        qtbot.mouseClick(
            dialog.findChild(QPushButton, "locationMergeButton"), Qt.MouseButton.LeftButton
        )
    finally:
        del MergeLocationsDialog.ask
    assert opened
    message = dialog.findChild(QLabel, "locationMessage").text()
    assert message == (
        "Merged “Elm St car park” into “Elm Street car park”; “Elm St car park” is retired. "
        "1 record moved."
    )
    assert "Elm St car park (retired)" in shown(dialog, "location")
    detail = ReportService(office.manager).get(report.row.id)
    assert detail.row.location == "Elm Street car park"


def test_a_bad_csv_is_shown_by_line_and_nothing_is_imported(qtbot, office, tmp_path):
    dialog = open_dialog(qtbot, office.manager)
    dialog.tabs.setCurrentWidget(dialog.pages["location"])
    path = tmp_path / "places.csv"
    path.write_text("name,zone\nPier head,North\nBus station,Westside\n", encoding="utf-8")
    before = Location.select().count()
    dialog.pages["location"].import_file(path)
    problems = dialog.findChild(QPlainTextEdit, "locationProblems")
    qtbot.waitUntil(problems.isVisible)
    assert problems.toPlainText().startswith("line 3: zone: no zone “Westside”")
    assert "Nothing was imported" in dialog.findChild(QLabel, "locationMessage").text()
    assert Location.select().count() == before

    path.write_text("name,zone\nPier head,North\nBus station,South\n", encoding="utf-8")
    dialog.pages["location"].import_file(path)
    qtbot.waitUntil(lambda: "Bus station" in shown(dialog, "location"))
    assert not problems.isVisible()
    assert (
        dialog.findChild(QLabel, "locationMessage").text()
        == "Imported 2 locations from places.csv."
    )
    path.write_text("name;zone\nPier head;North\nClock tower;South\n", encoding="utf-8")
    dialog.pages["location"].import_file(path)  # again, with one more and ';' as Excel saves it
    qtbot.waitUntil(lambda: "Clock tower" in shown(dialog, "location"))
    assert (
        dialog.findChild(QLabel, "locationMessage").text()
        == "From places.csv: 1 location added, 1 already there."
    )


def test_only_managers_see_the_menu_entry_and_the_forms_follow_it(
    qtbot, signed_in, office_db, window_settings, monkeypatch
):
    window = MainWindow(signed_in, office_db, window_settings)
    qtbot.addWidget(window)
    action = window.findChild(QAction, "picklistsAction")
    edit = next(a for a in window.menuBar().actions() if a.text() == "&Edit").menu()
    assert action.isVisible() and action in edit.actions()

    def add_and_close(session, parent=None):
        picklists = PicklistService(session)
        north = picklists.add("zone", "North")
        picklists.add("location", "Pier head", zone_id=north.id)
        return True

    monkeypatch.setattr("ui.controllers.admin.PicklistsDialog.ask", add_and_close)
    action.trigger()
    walk_in = window.patrol_tab.walk_in
    assert walk_in is not None
    assert "Pier head" in walk_in.location.choices.stringList()

    officer = UserService(signed_in).create_user("akhan", "Asha Khan", "officer", "patrol-pass")
    other = MainWindow(
        Session(officer.id, "akhan", "Asha Khan", "officer", "pc"), office_db, window_settings
    )
    qtbot.addWidget(other)
    assert not other.findChild(QAction, "picklistsAction").isVisible()


def test_the_pick_list_model_passes_the_model_tester(qtmodeltester, office):
    PicklistService(office.manager).retire("zone", office.zones["South"])
    model = PickEntryModel("location")
    entries = PicklistService(office.manager).entries("location")
    model.set_source(lambda state: (entries, None))
    qtmodeltester.check(model, force_py=True)


def test_every_menu_s_alt_letters_are_its_own(qtbot, signed_in, office_db, window_settings):
    window = MainWindow(signed_in, office_db, window_settings)
    qtbot.addWidget(window)
    for top in window.menuBar().actions():
        letters: dict[str, str] = {}
        for action in top.menu().actions():
            text = action.text().replace("&&", "")
            if action.isSeparator() or not action.isVisible() or "&" not in text:
                continue
            letter = text[text.index("&") + 1].casefold()
            assert letter not in letters, (top.text(), letters[letter], action.text())
            letters[letter] = action.text()


def test_the_dialog_opens_with_the_focus_in_the_name_field(qtbot, office):
    dialog = open_dialog(qtbot, office.manager)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.focusWidget() is dialog.findChild(QLineEdit, "categoryNewName")
    dialog.tabs.setCurrentIndex(1)  # each tab's first field, as the tab comes up
    assert dialog.focusWidget() is dialog.findChild(QLineEdit, "zoneNewName")
