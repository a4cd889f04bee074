"""The Contacts tab: a stack of pages, the directory list first; a contact's card, a place's
history and the possible duplicates are pages beside it, each with its way back to the list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.permissions import allowed
from desktop_app.services.picklists import PicklistService
from desktop_app.services.session import Session
from ui.contacts.card import ContactCard
from ui.contacts.duplicates_view import DuplicatesView
from ui.contacts.list_page import ContactListPage
from ui.contacts.privacy_dialogs import ask_anonymise, ask_subject_access, show_retention
from ui.tasks import TaskRunner
from ui.widgets.place_history import PlaceHistoryView


def _with_back(view: QWidget, back: QPushButton) -> QWidget:
    page = QWidget()
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    row = QHBoxLayout()
    row.addWidget(back)
    row.addStretch(1)
    column.addLayout(row)
    column.addWidget(view, 1)
    return page


class ContactsTab(QWidget):
    show_contact_requested = Signal(int)  # a contact opened from the list: its id
    open_report = Signal(int)  # a report on a timeline: opened where it lives (the Patrol Log)
    open_event = Signal(int)
    open_problem = Signal(int)

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsTab")
        self.setAccessibleName(self.tr("Contacts"))
        self.session, self.runner = session, runner
        self.card: ContactCard | None = None
        self.place: PlaceHistoryView | None = None
        self.duplicates: DuplicatesView | None = None
        self._extra: QWidget | None = None  # the place or duplicates page shown now
        self._origin: QWidget | None = None  # the page it was opened from (Back returns there)
        self._trail: list[int] = []  # the cards a card was opened from (Back walks them back)
        self.pages = QStackedWidget()
        self.pages.setObjectName("contactPages")
        self.list_page = ContactListPage(session, runner)
        self.list_page.contact_opened.connect(self.show_contact_requested)
        self.list_page.contact_opened.connect(self.show_contact)
        home = QWidget()
        column = QVBoxLayout(home)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._tools())
        column.addWidget(self.list_page, 1)
        self.home = home
        self.pages.addWidget(home)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.setFocusProxy(self.list_page)

    def _tools(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(8, 6, 8, 0)
        row.addStretch(1)
        role = self.session.role
        for name, label, slot, shown in (
            ("placeHistoryButton", self.tr("Place &history…"), self.ask_place, True),
            (
                "duplicatesButton",
                self.tr("Possible &duplicates…"),
                self.show_duplicates,
                allowed(role, "contact.merge"),
            ),
            (
                "retentionButton",
                self.tr("&Retention review…"),
                self.show_retention,
                allowed(role, "contact.privacy"),
            ),
        ):
            if shown:
                button = QPushButton(label)
                button.setObjectName(name)
                button.clicked.connect(slot)
                row.addWidget(button)
        return row

    # ---- pages -------------------------------------------------------------------------------
    def show_list(self) -> None:
        self.pages.setCurrentWidget(self.home)
        self.list_page.search.setFocus()

    def _back_to_list(self) -> None:
        self.show_list()
        self.list_page.reload()  # a card may have changed what the list shows

    @Slot(int)
    def show_contact(self, contact_id: int) -> None:
        """The contact's card, in place of the one shown before; a new trail of cards begins."""
        self._trail.clear()
        self._show_card(contact_id)

    def _open_linked(self, contact_id: int) -> None:
        """A person or organisation named on the card: their card; Back returns to this one."""
        if self.card is not None:
            self._trail.append(self.card.contact_id)
        self._show_card(contact_id)

    def _card_back(self) -> None:
        """Back (or Escape) on a card: to the card it was opened from, else to the list with
        the contact's row current."""
        if self._trail:
            self._show_card(self._trail.pop())
            return
        leaving = self.card.contact_id if self.card is not None else None
        self._back_to_list()
        if leaving is not None:
            self.list_page.focus_contact(leaving)

    def _show_card(self, contact_id: int) -> None:
        card = ContactCard(self.session, self.runner, contact_id)
        card.back.connect(self._card_back)
        card.open_report.connect(self.open_report)
        card.open_event.connect(self.open_event)
        card.open_problem.connect(self.open_problem)
        card.open_place.connect(self.show_place)
        card.open_contact.connect(self._open_linked)
        if allowed(self.session.role, "contact.privacy"):
            for label, name, slot in (
                (self.tr("Subject &access…"), "subjectAccessButton", self._subject_access),
                (self.tr("A&nonymise…"), "anonymiseButton", self._anonymise),
            ):
                button = QPushButton(label)
                button.setObjectName(name)
                button.clicked.connect(slot)
                card.add_action(button)
        self._replace("card", card)
        card.setFocus()

    @Slot(int)
    def show_place(self, location_id: int) -> None:
        view = PlaceHistoryView(self.session, self.runner, location_id)
        view.open_report.connect(self.open_report)
        view.open_event.connect(self.open_event)
        view.open_problem.connect(self.open_problem)
        self.place = view
        self._replace("extra", self._page_with_back(view))

    def show_duplicates(self) -> None:
        view = DuplicatesView(self.session, runner=self.runner)
        view.merged.connect(lambda result: self.list_page.reload())
        self.duplicates = view
        self._replace("extra", self._page_with_back(view))

    def _page_with_back(self, view: QWidget) -> QWidget:
        back = QPushButton(self.tr("◀ &Back"))
        back.setObjectName("contactsBackButton")
        back.clicked.connect(self._back)
        return _with_back(view, back)

    def _back(self) -> None:
        """From a place or the duplicates: to the page it was opened from (a card, the list)."""
        origin = self._origin
        if origin is not None and origin is not self.home and self.pages.indexOf(origin) >= 0:
            self.pages.setCurrentWidget(origin)
            origin.setFocus()
        else:
            self._back_to_list()

    def _replace(self, slot: str, page: QWidget) -> None:
        old: QWidget | None = self.card if slot == "card" else self._extra
        if slot == "card":
            self.card = page  # type: ignore[assignment]
            if self._extra is not None:  # a place opened from the old card goes with it
                self._drop(self._extra)
                self._extra, self.place = None, None
        else:
            self._origin = self.pages.currentWidget()
            self._extra = page
        if old is not None:
            self._drop(old)
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)

    def _drop(self, page: QWidget) -> None:
        self.pages.removeWidget(page)
        page.deleteLater()

    # ---- actions -----------------------------------------------------------------------------
    def ask_place(self) -> None:
        """Pick a place by name (type to jump), then its whole history."""
        places = PicklistService(self.session).locations()
        names = [p.name for p in places]
        if not names:
            return
        name, ok = QInputDialog.getItem(
            self, self.tr("Place history"), self.tr("Place:"), names, 0, False
        )
        if ok:
            self.show_place(places[names.index(name)].id)

    def show_retention(self) -> None:
        show_retention(self.session, self)

    def _subject_access(self) -> None:
        if self.card is not None and self.card.data is not None:
            folder = Path.home()
            ask_subject_access(
                self.session, self.card.contact_id, self.card.data.details.name, folder, self
            )

    def _anonymise(self) -> None:
        card = self.card
        name = card.data.details.name if card is not None and card.data is not None else None
        if card is not None and name and ask_anonymise(self.session, card.contact_id, name, self):
            card.reload()
