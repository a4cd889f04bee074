"""The Contacts tab: a stack of pages, the directory list first; the contact's card and the
place history are pages beside it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from desktop_app.services.session import Session
from ui.contacts.list_page import ContactListPage
from ui.tasks import TaskRunner


class ContactsTab(QWidget):
    show_contact_requested = Signal(int)  # a contact opened from the list: its id

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsTab")
        self.setAccessibleName(self.tr("Contacts"))
        self.pages = QStackedWidget()
        self.pages.setObjectName("contactPages")
        self.list_page = ContactListPage(session, runner)
        self.list_page.contact_opened.connect(self.show_contact_requested)
        self.pages.addWidget(self.list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.setFocusProxy(self.list_page)

    def show_list(self) -> None:
        self.pages.setCurrentWidget(self.list_page)
        self.list_page.search.setFocus()
