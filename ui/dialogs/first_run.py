"""First start on an empty database: set up the office (its settings, the first manager, the
default categories), offer the demo, then let the manager add zones and locations."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import ValidationError
from desktop_app.services.office_settings import local_zone_name, usual_paper_size
from desktop_app.services.session import Session
from desktop_app.services.setup import start_office
from ui.dialogs.first_run_places import PlacesPage
from ui.forms import FieldErrors, enter_presses
from ui.tasks import TaskRunner
from ui.widgets.office_fields import CountryBox, computers_country, paper_combo, time_zone_edit
from ui.writes import is_writing, own_runner, submit_write


@dataclass(frozen=True)
class FirstRunResult:
    session: Session
    load_demo: bool


class FirstRunDialog(QDialog):
    def __init__(
        self,
        database_display: str,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to Beacon"))
        self.runner = own_runner(self, runner)
        self.result_value: FirstRunResult | None = None
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        self.office_page = self._office_page(database_display)
        self.places = PlacesPage(self.runner)
        self.places.finished.connect(self._finish)
        self.pages.addWidget(self.office_page)
        self.pages.addWidget(self.places)
        layout.addWidget(self.pages)
        self.setMinimumWidth(760)
        enter_presses(self, self.create_button)  # the places page takes its own Enter

    # ---- page 1: the office and its first manager --------------------------------------------
    def _office_page(self, database_display: str) -> QWidget:
        page = QWidget()
        page.setObjectName("firstRunOfficePage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "<b>This is a new Beacon database.</b> Tell Beacon about your office and create "
                "the first manager account; the manager adds everyone else's accounts later."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        where = QLabel(self.tr("Database: {0}").format(database_display))
        where.setWordWrap(True)
        where.setObjectName("firstRunDatabase")
        layout.addWidget(where)
        columns = QHBoxLayout()
        columns.addWidget(self._office_box(), 1)
        columns.addWidget(self._manager_box(), 1)
        layout.addLayout(columns)
        self.demo = QCheckBox(
            self.tr(
                "Fill the database with the demo office (a year of made-up records) "
                "to explore Beacon"
            )
        )
        self.demo.setObjectName("firstRunLoadDemo")
        self.demo.setAccessibleName(self.tr("Load the demo office"))
        layout.addWidget(self.demo)
        demo_note = QLabel(
            self.tr(
                "Leave it unticked for real work. The demo adds sample staff accounts that all "
                "use the password <i>beacon-demo</i>."
            )
        )
        demo_note.setWordWrap(True)
        demo_note.setContentsMargins(22, 0, 0, 0)  # under the box's text, not its tick
        layout.addWidget(demo_note)
        layout.addWidget(self.errors.fallback)
        layout.addStretch(1)  # spare height below the form, not between its lines
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create office"))
        ok.setObjectName("firstRunCreateButton")
        self.create_button = ok
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        return page

    def _office_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your office"))
        form = QFormLayout(box)
        self.office = self._line("firstRunOffice", self.tr("Office name"))
        self.address = self._line("firstRunAddress", self.tr("Address"))
        self.phone = self._line("firstRunPhone", self.tr("Phone"))
        self.country = CountryBox("firstRunCountry", self.tr("Country"), computers_country())
        self.time_zone = time_zone_edit("firstRunTimeZone", self.tr("Time zone"), local_zone_name())
        self.paper = paper_combo(
            "firstRunPaperSize", self.tr("Paper size"), usual_paper_size(self.country.code())
        )
        self.country.editTextChanged.connect(  # the country's usual paper, until chosen
            lambda _: self.paper.setCurrentText(usual_paper_size(self.country.code()))
        )
        for label, field, widget in (
            (self.tr("Office name:"), "office_name", self.office),
            (self.tr("Address:"), "address", self.address),
            (self.tr("Phone:"), "phone", self.phone),
            (self.tr("Country:"), "country", self.country),
            (self.tr("Time zone:"), "time_zone", self.time_zone),
            (self.tr("Paper size:"), "paper_size", self.paper),
        ):
            self.errors.add_row(form, label, field, widget)
        return box

    def _manager_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The first manager: you"))
        form = QFormLayout(box)
        self.display_name = self._line("firstRunDisplayName", self.tr("Your full name"))
        self.username = self._line("firstRunUsername", self.tr("Username"))
        self.password = self._line("firstRunPassword", self.tr("Password"), secret=True)
        self.repeat = self._line("firstRunRepeat", self.tr("Repeat password"), secret=True)
        self.errors.add_row(form, self.tr("Your full name:"), "display_name", self.display_name)
        self.errors.add_row(form, self.tr("Username:"), "username", self.username)
        self.errors.add_row(form, self.tr("Password:"), "password", self.password)
        self.errors.add_row(form, self.tr("Repeat password:"), "repeat", self.repeat)
        return box

    def _line(self, name: str, accessible: str, secret: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def submit(self) -> None:
        self.errors.clear()
        if self.password.text() != self.repeat.text():
            self.errors.show_message("repeat", self.tr("The two passwords differ"))
            return
        if not self.office.text().strip():
            self.errors.show_message("office_name", self.tr("Office name is required"))
            return
        settings = {
            "office_name": self.office.text(),
            "address": self.address.text(),
            "phone": self.phone.text(),
            "country": self.country.code(),
            "time_zone": self.time_zone.matching_choice(),
            "paper_size": self.paper.currentText(),
        }
        username, name, password = (
            self.username.text(),
            self.display_name.text(),
            self.password.text(),
        )
        load_demo = self.demo.isChecked()

        def work() -> FirstRunResult:
            return FirstRunResult(start_office(username, name, password, settings), load_demo)

        submit_write(self.runner, "new office", work, self, self._created, self._invalid)

    def _invalid(self, error: ValidationError) -> None:
        self.errors.show(error)
        self.resize(self.size().expandedTo(self.sizeHint()))  # room for the message

    def _created(self, result: FirstRunResult) -> None:
        self.result_value = result
        if result.load_demo:  # the demo brings its own zones and locations
            self.accept()
            return
        self.places.start(result.session)
        self.pages.setCurrentWidget(self.places)
        self.places.zone_name.setFocus()

    # ---- page 2: zones and locations ---------------------------------------------------------
    def _finish(self) -> None:
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.pages.currentWidget() is self.places and self.places.enter_pressed():
            return  # Enter in a place's fields adds it, rather than closing the dialog
        super().keyPressEvent(event)

    def reject(self) -> None:
        if is_writing(self) or is_writing(self.places):
            return  # the office on its way is seen through
        if self.result_value is not None:  # the office exists: leaving the places step finishes
            self.accept()
            return
        super().reject()

    @classmethod
    def ask(cls, database_display: str, parent: QWidget | None = None) -> FirstRunResult | None:
        dialog = cls(database_display, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog.result_value if accepted else None
