"""Office settings: name, address, phone, time zone, paper, idle lock, lockout, backup folder,
largest attachment."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.office_settings import local_zone_name
from desktop_app.services.session import Session
from desktop_app.services.settings import SettingsService
from ui.forms import FieldErrors
from ui.tasks import TaskRunner
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
            ("time_zone", self.tr("Time zone:"), current.time_zone),
            ("backup_folder", self.tr("Backup folder:"), current.backup_folder),
        ):
            edit = QLineEdit(value)
            edit.setObjectName(f"setting_{key}")
            self.fields[key] = edit
            self.errors.add_row(form, label, key, edit)
        self.fields["time_zone"].setPlaceholderText(
            self.tr("empty: this computer's ({0})").format(local_zone_name())
        )
        self.fields["backup_folder"].setPlaceholderText(self.tr("empty: the user data folder"))
        self.paper = QComboBox()
        self.paper.setObjectName("setting_paper_size")
        self.paper.addItems(["A4", "Letter"])
        self.paper.setCurrentText(current.paper_size)
        self.errors.add_row(form, self.tr("Paper size:"), "paper_size", self.paper)
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
                self.tr("…for:"),
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveSettingsButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def save(self) -> None:
        self.errors.clear()
        changes: dict[str, object] = {key: edit.text().strip() for key, edit in self.fields.items()}
        changes["paper_size"] = self.paper.currentText()
        changes.update({key: spin.value() for key, spin in self.numbers.items()})
        service = self.service
        submit_write(
            self.runner,
            "office settings",
            lambda: service.update(**changes),
            self,
            lambda _: self.accept(),
            self.errors.show,
        )

    def reject(self) -> None:
        if not is_writing(self):  # the settings on their way are seen through
            super().reject()

    @classmethod
    def ask(cls, session: Session, parent: QWidget | None = None) -> bool:
        dialog = cls(session, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted
