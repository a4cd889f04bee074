"""The Contacts tab."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.tabs.coming import ComingTab


class ContactsTab(ComingTab):
    heading = "Contacts"
    intro = "Residents, businesses, schools, community groups and partner agencies."
    items = (
        "Find a person or organisation by name or phone",
        "Their whole history: interactions, reports, events attended, problems",
        "Stay-in-touch reminders for block captains and partners",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsTab")
        self.setAccessibleName(self.tr("Contacts"))
