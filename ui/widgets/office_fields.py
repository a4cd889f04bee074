"""The office settings' own inputs (country, time zone, paper), shared by the first run and the
settings dialog so that both offer the same choices."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from desktop_app.services.office_settings import (
    PAPER_SIZES,
    countries,
    country_name,
    local_country,
    time_zone_names,
)
from ui.widgets.pick_line import PickLineEdit


def computers_country() -> str:
    """This computer's country: Qt's reading of the system locale (right on macOS and Windows,
    where no LANG is set), else the services' reading of it."""
    code = QLocale.territoryToCode(QLocale.system().territory())
    return code.upper() if code and country_name(code) else local_country()


class CountryBox(QComboBox):
    """Every country by name with its code; typing any part of a name offers it ("zeal" finds
    New Zealand), and a bare code (IE) or name typed in full is taken too. With
    follow_computer, the first entry is "This computer's (GB)": code "" (none of the office's
    own), chosen when code is ""."""

    def __init__(
        self, name: str, accessible: str, code: str, follow_computer: bool = False
    ) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.names: dict[str, str] = {}  # casefolded name -> code
        if follow_computer:
            computers = QCoreApplication.translate("officeFields", "This computer's ({0})")
            self.addItem(computers.format(local_country()), "")
        for value, label in countries():
            self.addItem(f"{label} ({value})", value)
            self.names[label.casefold()] = value
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.setCurrentIndex(max(self.findData(code.upper()), 0))

    def code(self) -> str:
        """The chosen country's code; text that names none is handed on for the service to
        refuse at the field."""
        text = " ".join(self.currentText().split())
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)  # any case
        if index >= 0:
            return str(self.itemData(index))
        if self.findData(text.upper()) >= 0:
            return text.upper()
        return self.names.get(text.casefold(), text)


def time_zone_edit(name: str, accessible: str, zone: str) -> PickLineEdit:
    """A zone typed with suggestions from any part of its name ("dubl" offers Europe/Dublin)."""
    edit = PickLineEdit(name, accessible)
    edit.set_choices(time_zone_names())
    edit.setPlaceholderText(QCoreApplication.translate("officeFields", "e.g. Europe/London"))
    edit.setText(zone)
    return edit


def paper_combo(name: str, accessible: str, paper: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.addItems(list(PAPER_SIZES))
    combo.setCurrentText(paper)
    return combo
