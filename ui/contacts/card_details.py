"""The card's editable details: each field with its message beneath it."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desktop_app.services.contact_card import MAX_STAY_IN_TOUCH, ContactDetails
from desktop_app.vocabulary import CHANNEL_LABELS, CONTACT_KIND_LABELS
from ui.forms import FieldErrors
from ui.i18n import vocabulary


class ContactDetailsForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDetails")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.errors = FieldErrors()
        self.name = self._line("contactName", self.tr("Name"))
        self.kind = QComboBox()
        self.kind.setObjectName("contactKind")
        self.kind.setAccessibleName(self.tr("Kind"))
        for value, text in CONTACT_KIND_LABELS.items():
            self.kind.addItem(vocabulary(text), value)
        self.organisation = self._line("contactOrganisation", self.tr("Organisation"))
        self.phone = self._line("contactPhone", self.tr("Phone"))
        self.email = self._line("contactEmail", self.tr("Email"))
        self.address = self._line("contactAddress", self.tr("Address"))
        self.zone = self._line("contactZone", self.tr("Zone"))
        self.channel = QComboBox()
        self.channel.setObjectName("contactPreferredChannel")
        self.channel.setAccessibleName(self.tr("Preferred channel"))
        self.channel.addItem(self.tr("— no preference —"), "")
        for value, text in CHANNEL_LABELS.items():
            self.channel.addItem(vocabulary(text), value)
        self.stay_in_touch = QSpinBox()
        self.stay_in_touch.setObjectName("contactStayInTouch")
        self.stay_in_touch.setAccessibleName(self.tr("Stay in touch every (days)"))
        self.stay_in_touch.setRange(0, MAX_STAY_IN_TOUCH)
        self.stay_in_touch.setSpecialValueText(self.tr("not set"))
        self.stay_in_touch.setSuffix(self.tr(" days"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("contactNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        rows = (
            (self.tr("&Name:"), "name", self.name),
            (self.tr("&Kind:"), "kind", self.kind),
            (self.tr("&Organisation:"), "organisation", self.organisation),
            (self.tr("&Phone:"), "phone", self.phone),
            (self.tr("&Email:"), "email", self.email),
            (self.tr("&Address:"), "address", self.address),
            (self.tr("&Zone:"), "zone", self.zone),
            (self.tr("Pre&ferred channel:"), "preferred_channel", self.channel),
            (self.tr("S&tay in touch every:"), "stay_in_touch_days", self.stay_in_touch),
            (self.tr("N&otes:"), "notes", self.notes),
        )
        for text, field, widget in rows:
            self.errors.add_row(form, text, field, widget)
        form.addRow(self.errors.fallback)

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def show_details(self, d: ContactDetails) -> None:
        self.errors.clear()
        self._fill(d)

    def catch_up(self, stored: ContactDetails, loaded: ContactDetails) -> None:
        """The stored values in each field still as loaded; what was typed, and the messages
        beside it, stay."""
        typed, was = asdict(self.details()), asdict(loaded)
        values = {k: typed[k] if typed[k] != was[k] else v for k, v in asdict(stored).items()}
        self._fill(ContactDetails(**values))

    def _fill(self, d: ContactDetails) -> None:
        self.name.setText(d.name)
        self.kind.setCurrentIndex(max(self.kind.findData(d.kind), 0))
        self.organisation.setText(d.organisation)
        self.phone.setText(d.phone)
        self.email.setText(d.email)
        self.address.setText(d.address)
        self.zone.setText(d.zone)
        self.channel.setCurrentIndex(max(self.channel.findData(d.preferred_channel), 0))
        self.stay_in_touch.setValue(d.stay_in_touch_days or 0)
        self.notes.setPlainText(d.notes)

    def details(self) -> ContactDetails:
        return ContactDetails(
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            organisation=self.organisation.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.text(),
            zone=self.zone.text(),
            preferred_channel=str(self.channel.currentData() or ""),
            stay_in_touch_days=self.stay_in_touch.value() or None,
            notes=self.notes.toPlainText(),
        )

    def set_editable(self, editable: bool) -> None:
        for edit in (self.name, self.organisation, self.phone, self.email, self.address, self.zone):
            edit.setReadOnly(not editable)
        self.notes.setReadOnly(not editable)
        for widget in (self.kind, self.channel, self.stay_in_touch):
            widget.setEnabled(editable)
