"""The office settings dialog: the first run's choices, changed later by a manager."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from desktop_app.services.office_settings import load_office_settings
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
