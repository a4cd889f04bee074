"""Asks for a range of days to export as a calendar file (default: the month shown)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from ui.events.month_view import pydate, qdate
from ui.forms import FieldErrors


class RangeDialog(QDialog):
    def __init__(self, parent: QWidget | None, month: date) -> None:
        super().__init__(parent)
        self.setObjectName("icsRangeDialog")
        self.setWindowTitle(self.tr("Export events as a calendar"))
        form = QFormLayout(self)
        after = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        self.first = self._edit("icsRangeFrom", month)
        self.last = self._edit("icsRangeTo", after - timedelta(days=1))
        form.addRow(QLabel(self.tr("Every event starting on these days, cancelled ones marked.")))
        self.errors = FieldErrors()
        self.errors.add_row(form, self.tr("&From:"), "from", self.first)
        self.errors.add_row(form, self.tr("&To:"), "to", self.last)
        self.last.dateChanged.connect(lambda _: self.errors.clear())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("icsRangeOkButton")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def _edit(name: str, day: date) -> QDateEdit:
        edit = QDateEdit(qdate(day))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd MMM yyyy")
        return edit

    def value(self) -> tuple[date, date]:
        return pydate(self.first.date()), pydate(self.last.date())

    def _accept(self) -> None:
        first, last = self.value()
        if last < first:
            self.errors.show_message("to", self.tr("The range ends before it starts"))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, month: date) -> tuple[date, date] | None:
        """The range chosen, or None when cancelled (patched in tests)."""
        dialog = cls(parent, month)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
