"""The first run sets up a real office without the demo, by keyboard: settings, manager, places."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from desktop_app.services.office_settings import load_office_settings, local_zone_name
from desktop_app.services.picklists import DEFAULT_CATEGORIES, PicklistService
from desktop_app.services.users import has_users
from ui.dialogs.first_run import FirstRunDialog

OFFICE = {
    "firstRunOffice": "Riverside Community Safety Office",
    "firstRunAddress": "1 Market Street, Riverside",
    "firstRunPhone": "0161 496 0000",
}
MANAGER = {
    "firstRunDisplayName": "Morgan Ellis",
    "firstRunUsername": "morgan",
    "firstRunPassword": "correct-horse",
    "firstRunRepeat": "correct-horse",
}


def open_dialog(qtbot, office_db) -> FirstRunDialog:
    dialog = FirstRunDialog(office_db.display)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_into(qtbot, dialog: QWidget, values: dict[str, str]) -> None:
    for name, text in values.items():
        edit = dialog.findChild(QLineEdit, name)
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, text)


def press(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def press_enter(qtbot) -> None:
    """Enter that starts a write: the form is disabled while it runs, so it never sees the key's
    release (a key click would warn that the release went unheard)."""
    qtbot.keyPress(QApplication.focusWidget(), Qt.Key.Key_Return)


def fill_office_page(qtbot, dialog: FirstRunDialog, time_zone: str = "europe/dublin") -> None:
    type_into(qtbot, dialog, OFFICE)
    country = dialog.findChild(QComboBox, "firstRunCountry")
    country.setFocus()
    country.lineEdit().selectAll()
    qtbot.keyClicks(country.lineEdit(), "united states")
    assert dialog.findChild(QComboBox, "firstRunPaperSize").currentText() == "Letter"
    country.lineEdit().selectAll()
    qtbot.keyClicks(country.lineEdit(), "ireland")  # a name typed in full, in any case
    assert dialog.findChild(QComboBox, "firstRunPaperSize").currentText() == "A4"
    type_into(qtbot, dialog, {"firstRunTimeZone": time_zone})
    paper = dialog.findChild(QComboBox, "firstRunPaperSize")
    paper.setFocus()
    qtbot.keyClicks(paper, "Letter")
    type_into(qtbot, dialog, MANAGER)


def set_up_office(qtbot, office_db, zones=("North", "South"), locations=()) -> FirstRunDialog:
    """The first run as a new office goes through it, by keyboard; returns the dialog at its
    places page with the zones and locations added."""
    dialog = open_dialog(qtbot, office_db)
    fill_office_page(qtbot, dialog)
    press_enter(qtbot)  # Create office: the dialog's default button
    places = dialog.findChild(QWidget, "firstRunPlacesPage")
    qtbot.waitUntil(places.isVisible, timeout=10000)  # created on a worker
    zone_name = dialog.findChild(QLineEdit, "firstRunZoneName")
    assert QApplication.focusWidget() is zone_name
    zone_list = dialog.findChild(QListWidget, "firstRunZoneList")
    for count, zone in enumerate(zones, start=1):
        qtbot.keyClicks(zone_name, zone)
        press_enter(qtbot)
        qtbot.waitUntil(lambda n=count: zone_list.count() == n, timeout=10000)
    location_name = dialog.findChild(QLineEdit, "firstRunLocationName")
    location_list = dialog.findChild(QListWidget, "firstRunLocationList")
    for count, (location, zone) in enumerate(locations, start=1):
        location_name.setFocus()
        qtbot.keyClicks(location_name, location)
        press(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.findChild(QComboBox, "firstRunLocationZone")
        qtbot.keyClicks(QApplication.focusWidget(), zone)
        press_enter(qtbot)
        qtbot.waitUntil(lambda n=count: location_list.count() == n, timeout=10000)
    return dialog


def test_a_real_office_is_set_up_without_the_demo(qtbot, office_db):
    dialog = open_dialog(qtbot, office_db)
    zone = dialog.findChild(QLineEdit, "firstRunTimeZone")
    assert zone.text() == local_zone_name()  # the computer's, to confirm or change
    assert dialog.findChild(QComboBox, "firstRunCountry").currentData()
    dialog.close()

    dialog = set_up_office(qtbot, office_db, locations=[("Elm Street car park", "North")])
    saved = load_office_settings()
    assert (saved.office_name, saved.address, saved.phone) == tuple(OFFICE.values())
    assert (saved.country, saved.time_zone, saved.paper_size) == ("IE", "Europe/Dublin", "Letter")
    session = dialog.places.session
    assert (session.username, session.role) == ("morgan", "manager")
    picklists = PicklistService(session)
    assert [c.name for c in picklists.categories()] == list(DEFAULT_CATEGORIES)
    assert [z.name for z in picklists.zones()] == ["North", "South"]
    assert [(loc.name, loc.zone_name) for loc in picklists.locations()] == [
        ("Elm Street car park", "North")
    ]
    listed = dialog.findChild(QListWidget, "firstRunLocationList").item(0).text()
    assert "Elm Street car park" in listed and "North" in listed

    finish = dialog.findChild(QWidget, "firstRunFinishButton")
    finish.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert dialog.result_value.load_demo is False
    assert dialog.result_value.session.username == "morgan"


def test_the_places_step_can_be_skipped_and_says_where_to_do_it_later(qtbot, office_db):
    dialog = set_up_office(qtbot, office_db, zones=())
    places = dialog.findChild(QWidget, "firstRunPlacesPage")
    assert "Edit → Pick-lists…" in " ".join(label.text() for label in places.findChildren(QLabel))
    assert dialog.findChild(QWidget, "firstRunFinishButton").text() == "Skip for now"
    press(qtbot, Qt.Key.Key_Escape)  # the office exists: leaving this step finishes
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert dialog.result_value.load_demo is False
    assert PicklistService(dialog.result_value.session).zones() == []


def test_a_place_refused_is_told_at_its_field_and_the_step_goes_on(qtbot, office_db):
    dialog = set_up_office(qtbot, office_db, zones=("North",))
    zone_name = dialog.findChild(QLineEdit, "firstRunZoneName")
    zone_name.setFocus()
    qtbot.keyClicks(zone_name, "north")
    press_enter(qtbot)
    error = dialog.findChild(QLabel, "firstRunZoneNameError")
    qtbot.waitUntil(error.isVisible, timeout=10000)
    assert "already exists" in error.text() and zone_name.text() == "north"
    location_name = dialog.findChild(QLineEdit, "firstRunLocationName")
    location_name.setFocus()
    press_enter(qtbot)
    location_error = dialog.findChild(QLabel, "firstRunLocationNameError")
    qtbot.waitUntil(location_error.isVisible, timeout=10000)
    assert "required" in location_error.text()
    assert dialog.findChild(QListWidget, "firstRunZoneList").count() == 1
    assert dialog.isVisible()


def test_a_refused_setting_is_shown_at_its_field_and_makes_no_account(qtbot, office_db):
    dialog = open_dialog(qtbot, office_db)
    fill_office_page(qtbot, dialog, time_zone="Mars/Olympus")
    press_enter(qtbot)
    error = dialog.findChild(QLabel, "firstRunTimeZoneError")
    qtbot.waitUntil(lambda: dialog.isEnabled() and error.isVisible(), timeout=10000)
    assert "Unknown time zone" in error.text()
    assert not has_users()  # all or nothing: no account without its office
    assert dialog.findChild(QLineEdit, "firstRunUsername").text() == "morgan"
    assert dialog.findChild(QWidget, "firstRunOfficePage").isVisible()


def test_each_page_fits_a_1280_by_800_screen(qtbot, office_db):
    dialog = set_up_office(qtbot, office_db, zones=())
    places = dialog.findChild(QWidget, "firstRunPlacesPage")
    office = dialog.findChild(QWidget, "firstRunOfficePage")
    for page in (office, places):
        dialog.pages.setCurrentWidget(page)
        hint = dialog.sizeHint()
        assert hint.width() <= 1200 and hint.height() <= 720, (page.objectName(), hint)
    dialog.pages.setCurrentWidget(places)


def test_the_zone_of_a_location_is_chosen_not_left_over_and_a_mistake_is_taken_back(
    qtbot, office_db
):
    dialog = set_up_office(qtbot, office_db, zones=("North",))
    zone = dialog.findChild(QComboBox, "firstRunLocationZone")
    assert zone.currentText() == "North"  # the only zone: nothing else it could be
    zone_name = dialog.findChild(QLineEdit, "firstRunZoneName")
    qtbot.keyClicks(zone_name, "Suoth")
    press_enter(qtbot)
    zone_list = dialog.findChild(QListWidget, "firstRunZoneList")
    qtbot.waitUntil(lambda: zone_list.count() == 2, timeout=10000)
    assert zone.currentIndex() == -1  # not silently the last zone added

    location_name = dialog.findChild(QLineEdit, "firstRunLocationName")
    location_name.setFocus()
    qtbot.keyClicks(location_name, "Elm Street car park")
    press_enter(qtbot)
    error = dialog.findChild(QLabel, "firstRunLocationZoneError")
    qtbot.waitUntil(error.isVisible, timeout=10000)
    assert "zone" in error.text()
    zone.setFocus()
    qtbot.keyClicks(zone, "North")  # choosing the zone takes the message away
    assert zone.currentText() == "North" and not error.isVisible()
    press_enter(qtbot)
    location_list = dialog.findChild(QListWidget, "firstRunLocationList")
    qtbot.waitUntil(lambda: location_list.count() == 1, timeout=10000)
    assert location_list.item(0).text() == "Elm Street car park — North"

    zone_list.setCurrentRow(1)  # the misspelt one
    remove = dialog.findChild(QPushButton, "firstRunRemoveZoneButton")
    assert "retire" in remove.text().lower() or "retire" in remove.toolTip().lower()
    remove.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: zone_list.count() == 1, timeout=10000)
    assert [z.name for z in PicklistService(dialog.places.session).zones()] == ["North"]
    assert [zone.itemText(i) for i in range(zone.count())] == ["North"]

    location_list.setCurrentRow(0)
    dialog.findChild(QPushButton, "firstRunRemoveLocationButton").click()
    qtbot.waitUntil(lambda: location_list.count() == 0, timeout=10000)
    assert PicklistService(dialog.places.session).locations() == []
