"""Office settings: name, address, phone, country, time zone, paper, idle lock, lockout, backups,
largest attachment."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import ValidationError
from desktop_app.services.office_settings import local_zone_name
from desktop_app.services.session import Session
from desktop_app.services.settings import SettingsService
from ui.forms import FieldErrors, save_cancel
from ui.tasks import TaskRunner
from ui.widgets.office_fields import CountryBox, paper_combo, time_zone_edit
from ui.writes import is_writing, own_runner, submit_write


class OfficeSettingsDialog(QDialog):
    def __init__(
        self, session: Session, parent: QWidget | None = None, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("officeSettingsDialog")
        self.setWindowTitle(self.tr("Office settings"))
        self.service = SettingsService(session)
        self.runner = own_runner(self, runner)
        current = self.service.get()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.fields: dict[str, QLineEdit] = {}
        for key, label, value in (
            ("office_name", self.tr("Office name:"), current.office_name),
            ("address", self.tr("Address:"), current.address),
            ("phone", self.tr("Phone:"), current.phone),
        ):
            self._line(form, key, label, QLineEdit(value))
        self.country = CountryBox(
            "setting_country", self.tr("Country"), current.country, follow_computer=True
        )
        self.errors.add_row(form, self.tr("Country:"), "country", self.country)
        zone = time_zone_edit("setting_time_zone", self.tr("Time zone"), current.time_zone)
        zone.setPlaceholderText(self.tr("empty: this computer's ({0})").format(local_zone_name()))
        self.time_zone = zone
        self._line(form, "time_zone", self.tr("Time zone:"), zone)
        self.paper = paper_combo("setting_paper_size", self.tr("Paper size"), current.paper_size)
        self.errors.add_row(form, self.tr("Paper size:"), "paper_size", self.paper)
        backups = self._line(
            form, "backup_folder", self.tr("Backup folder:"), QLineEdit(current.backup_folder)
        )
        backups.setPlaceholderText(self.tr("empty: the user data folder"))
        self.numbers: dict[str, QSpinBox] = {}
        spins: list[tuple[str, str, int, int, int, str]] = [
            (
                "idle_lock_minutes",
                self.tr("Lock when idle for:"),
                current.idle_lock_minutes,
                0,
                480,
                self.tr(" minutes (0: never)"),
            ),
            (
                "lockout_attempts",
                self.tr("Lock an account after:"),
                current.lockout_attempts,
                1,
                50,
                self.tr(" wrong passwords"),
            ),
            (
                "lockout_minutes",
                self.tr("Keep it locked for:"),
                current.lockout_minutes,
                1,
                1440,
                self.tr(" minutes"),
            ),
            (
                "attachment_max_mb",
                self.tr("Largest attachment:"),
                current.attachment_max_mb,
                1,
                200,
                self.tr(" MB"),
            ),
            (
                "retention_years",
                self.tr("Retention review after:"),
                current.retention_years,
                1,
                50,
                self.tr(" years"),
            ),
            (
                "problem_min_reports",
                self.tr("Suggest a problem from:"),
                current.problem_min_reports,
                2,
                50,
                self.tr(" reports in 90 days"),
            ),
        ]
        for key, label, number, low, high, suffix in spins:
            spin = QSpinBox()
            spin.setObjectName(f"setting_{key}")
            spin.setRange(low, high)
            spin.setValue(number)
            spin.setSuffix(suffix)
            self.numbers[key] = spin
            self.errors.add_row(form, label, key, spin)
        layout.addLayout(form)
        layout.addWidget(self.errors.fallback)
        save_cancel(self, layout, self.save, "saveSettingsButton")
        self.setMinimumWidth(520)
        self.opened = self._values()  # save() sends only what the user changed since

    def _line(self, form: QFormLayout, key: str, label: str, edit: QLineEdit) -> QLineEdit:
        edit.setObjectName(f"setting_{key}")
        self.fields[key] = edit
        self.errors.add_row(form, label, key, edit)
        return edit

    def _values(self) -> dict[str, object]:
        values: dict[str, object] = {key: edit.text().strip() for key, edit in self.fields.items()}
        values["time_zone"] = self.time_zone.matching_choice()
        values["country"] = self.country.code()
        values["paper_size"] = self.paper.currentText()
        values.update({key: spin.value() for key, spin in self.numbers.items()})
        return values

    def save(self) -> None:
        """Only the fields changed here since the dialog opened: a setting changed meanwhile
        elsewhere (`beacon settings set`, another manager) is not put back."""
        self.errors.clear()
        changes = {k: v for k, v in self._values().items() if v != self.opened.get(k)}
        if not changes:
            self.accept()
            return
        service = self.service
        submit_write(
            self.runner,
            "office settings",
            lambda: service.update(**changes),
            self,
            lambda _: self.accept(),
            self._invalid,
        )

    def _invalid(self, error: ValidationError) -> None:
        self.errors.show(error)
        self.resize(self.size().expandedTo(self.sizeHint()))  # room for the message

    def reject(self) -> None:
        if not is_writing(self):  # the settings on their way are seen through
            super().reject()

    @classmethod
    def ask(cls, session: Session, parent: QWidget | None = None) -> bool:
        dialog = cls(session, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted
