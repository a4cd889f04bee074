"""The office settings dialog: the first run's choices, changed later by a manager."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from desktop_app.services.office_settings import load_office_settings, local_country
from desktop_app.services.settings import SettingsService
from ui.dialogs.office_settings import OfficeSettingsDialog


def test_country_and_time_zone_are_chosen_by_name_and_checked(qtbot, office):
    SettingsService(office.manager).update(country="GB")
    dialog = OfficeSettingsDialog(office.manager)
    qtbot.addWidget(dialog)
    dialog.show()
    country = dialog.findChild(QComboBox, "setting_country")
    assert country.currentText() == "United Kingdom (GB)"
    country.setFocus()
    country.lineEdit().selectAll()
    qtbot.keyClicks(country.lineEdit(), "zeal")  # any part of the name offers it
    popup = country.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data() == "New Zealand (NZ)"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert country.currentText() == "New Zealand (NZ)"
    zone = dialog.fields["time_zone"]
    zone.clear()
    qtbot.keyClicks(zone, "pacific/auckland")  # any case: the zone as the list spells it
    dialog.findChild(QPushButton, "saveSettingsButton").click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10000)
    saved = load_office_settings()
    assert (saved.country, saved.time_zone) == ("NZ", "Pacific/Auckland")


def test_a_refused_country_code_is_shown_at_its_field(qtbot, office, monkeypatch):
    dialog = OfficeSettingsDialog(office.manager)
    qtbot.addWidget(dialog)
    country = dialog.findChild(QComboBox, "setting_country")
    country.addItem("Atlantis (XA)", "XA")  # a code no list would offer
    country.setCurrentIndex(country.count() - 1)
    dialog.findChild(QPushButton, "saveSettingsButton").click()
    error = dialog.findChild(QLabel, "setting_countryError")
    qtbot.waitUntil(lambda: dialog.isEnabled() and bool(error.text()), timeout=10000)
    assert "Unknown country code" in error.text()


def test_an_office_without_a_country_keeps_following_the_computer_s(qtbot, office):
    assert load_office_settings().country == ""
    dialog = OfficeSettingsDialog(office.manager)
    qtbot.addWidget(dialog)
    dialog.show()
    country = dialog.findChild(QComboBox, "setting_country")
    assert country.currentText() == f"This computer's ({local_country()})"
    assert country.currentIndex() == 0
    dialog.fields["phone"].setText("0161 496 0999")
    dialog.findChild(QPushButton, "saveSettingsButton").click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10000)
    saved = load_office_settings()
    assert (saved.phone, saved.country) == ("0161 496 0999", "")  # still the computer's

    SettingsService(office.manager).update(country="NZ")
    again = OfficeSettingsDialog(office.manager)
    qtbot.addWidget(again)
    again.show()
    box = again.findChild(QComboBox, "setting_country")
    assert box.currentText() == "New Zealand (NZ)"
    box.setCurrentIndex(0)  # back to following the computer
    again.findChild(QPushButton, "saveSettingsButton").click()
    qtbot.waitUntil(lambda: again.result() == again.DialogCode.Accepted, timeout=10000)
    assert load_office_settings().country == ""


def test_the_lockout_time_reads_as_a_sentence_of_its_own(qtbot, office):
    dialog = OfficeSettingsDialog(office.manager)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "…for:" not in labels
    assert any(text.startswith("Keep it locked for") for text in labels)


def test_saving_keeps_settings_changed_meanwhile_from_the_command_line(qtbot, office):
    SettingsService(office.manager).update(time_zone="Europe/London", attachment_max_mb=25)
    dialog = OfficeSettingsDialog(office.manager)
    qtbot.addWidget(dialog)
    dialog.show()
    # While the dialog is open: `beacon settings set ...` on another computer.
    SettingsService(office.manager).update(time_zone="America/Chicago", attachment_max_mb=150)
    phone = dialog.fields["phone"]
    phone.selectAll()
    qtbot.keyClicks(phone, "0161 000 1111")  # the only change the manager makes
    dialog.findChild(QPushButton, "saveSettingsButton").click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10000)
    saved = load_office_settings()
    assert saved.phone == "0161 000 1111"
    assert (saved.time_zone, saved.attachment_max_mb) == ("America/Chicago", 150)
