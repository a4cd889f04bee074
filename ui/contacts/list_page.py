"""The contact directory: search as you type, filters, and the list fetched page by page. Type to
search, Down moves into the list, Enter (or a double-click) opens the contact."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.contact_directory import (
    PAGE,
    ContactDirectory,
    DirectoryCursor,
    DirectoryFilter,
    DirectoryRow,
)
from desktop_app.services.contacts import ContactMatch
from desktop_app.services.permissions import allowed
from desktop_app.services.picklists import PicklistService
from desktop_app.services.session import Session
from desktop_app.vocabulary import CONTACT_KIND_LABELS
from ui.contacts.new_contact_dialog import NewContactDialog
from ui.i18n import grouped, vocabulary
from ui.models.contact_table_model import WIDTHS, ContactTableModel
from ui.tasks import TaskRunner
from ui.widgets.filters import filter_combo, list_table

QUIET_DAYS = (30, 90, 180, 365)  # the "not contacted in" choices
OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ContactListPage(QWidget):
    contact_opened = Signal(int)  # Enter or a double-click on a row: the contact's id

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactListPage")
        self.session = session
        self.runner = runner
        self.directory = ContactDirectory(session)
        self.readable = allowed(session.role, "contact.read")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self._search_bar())
        layout.addLayout(self._filter_bar())
        self.model = ContactTableModel(self, runner)
        self.table = list_table("contactTable", self.model, WIDTHS)
        self.table.setAccessibleName(self.tr("Contacts found"))
        self.table.doubleClicked.connect(self._open_index)
        self.table.installEventFilter(self)
        self.model.failed.connect(
            lambda exc: self.count.setText(self.tr("The list could not be read; see the log"))
        )
        self._focus_on: int | None = None  # the contact whose row takes focus once loaded
        self.model.loaded.connect(self._place_focus)
        layout.addWidget(self.table, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        self.search.installEventFilter(self)
        for combo in (self.kind, self.zone, self.role, self.consent, self.quiet):
            combo.currentIndexChanged.connect(self.reload)
        self.follow_up.toggled.connect(self.reload)
        self.setFocusProxy(self.search)
        if self.readable:
            self.reload()
        else:  # an administrator keeps the accounts, not the office's contacts
            self.setEnabled(False)
            self.count.setText(self.tr("Contacts are for the front desk, officers and managers"))

    def _search_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("contactSearch")
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.setPlaceholderText(
            self.tr("Find by name, organisation, phone, email, address or notes")
        )
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 1)
        self.count = QLabel()
        self.count.setObjectName("contactCount")
        bar.addWidget(self.count)
        self.new_button: QPushButton | None = None
        if allowed(self.session.role, "contact.create"):
            self.new_button = QPushButton(self.tr("New contact…"))
            self.new_button.setObjectName("newContactButton")
            self.new_button.clicked.connect(self.new_contact)
            bar.addWidget(self.new_button)
        return bar

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.kind = filter_combo("contactFilterKind", self.tr("Kind"))
        self.kind.addItem(self.tr("All kinds"), None)
        for value, text in CONTACT_KIND_LABELS.items():
            self.kind.addItem(vocabulary(text), value)
        self.zone = filter_combo("contactFilterZone", self.tr("Zone"))
        self.zone.addItem(self.tr("All zones"), None)
        for zone in PicklistService(self.session).zones(include_inactive=True):
            self.zone.addItem(zone.name, zone.id)
        self.role = filter_combo("contactFilterRole", self.tr("Role"))
        self.role.addItem(self.tr("Any role"), None)
        for role in self.directory.roles() if self.readable else []:
            self.role.addItem(role, role)
        self.consent = filter_combo("contactFilterConsent", self.tr("Consent"))
        self.consent.addItem(self.tr("Consent: any"), None)
        self.consent.addItem(self.tr("Consent given"), True)
        self.consent.addItem(self.tr("No consent"), False)
        self.quiet = filter_combo("contactFilterQuiet", self.tr("Not contacted in"))
        self.quiet.addItem(self.tr("Contacted: any time"), None)
        for days in QUIET_DAYS:
            self.quiet.addItem(self.tr("Not contacted in %n day(s)", "", days), days)
        self.follow_up = QCheckBox(self.tr("Follow-up due"))
        self.follow_up.setObjectName("contactFilterFollowUp")
        for widget in (self.kind, self.zone, self.role, self.consent, self.quiet):
            bar.addWidget(widget)
        bar.addWidget(self.follow_up)
        bar.addStretch(1)
        self.order_note = QLabel()
        self.order_note.setObjectName("contactOrderNote")
        bar.addWidget(self.order_note)
        return bar

    # ---- the list ----------------------------------------------------------------------------
    def current_filter(self) -> DirectoryFilter:
        return DirectoryFilter(
            text=self.search.text(),
            kind=self.kind.currentData(),
            zone_id=self.zone.currentData(),
            role=self.role.currentData(),
            consent=self.consent.currentData(),
            quiet_days=self.quiet.currentData(),
            follow_up_due=self.follow_up.isChecked(),
        )

    @Slot()
    def reload(self) -> None:
        """Count and first page in one background task once typing pauses; later pages as the
        list scrolls."""
        self._debounce.stop()
        flt = self.current_filter()
        directory = self.directory

        def fetch(cursor: DirectoryCursor | None) -> tuple[list[DirectoryRow], object]:
            return directory.page(flt, after=cursor, limit=PAGE)

        def done(total: int) -> None:
            self.count.setText(grouped(self.tr("%n contact(s)", "", total), total))

        self.order_note.setText(self._order_note(flt))
        self.count.setText(self.tr("Searching…"))
        self.model.load(fetch, extra=lambda: directory.count(flt), done=done)

    def _order_note(self, flt: DirectoryFilter) -> str:
        if flt.follow_up_due:
            return self.tr("Most overdue first")
        if flt.quiet_days is not None:
            return self.tr("Longest without contact first")
        return ""

    # ---- keyboard and opening ----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key == Qt.Key.Key_Down:
                self._enter_list()
                return True
            if watched is self.search and key in OPEN_KEYS:
                self._enter_list()
                self._open_index(self.table.currentIndex())
                return True
            if watched is self.table and key in OPEN_KEYS:
                self._open_index(self.table.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def focus_contact(self, contact_id: int) -> None:
        """The contact's row current and the list focused, once the rows are in (back from the
        card); the first row when the contact is not among the rows loaded."""
        self._focus_on = contact_id
        self._place_focus()

    @Slot()
    def _place_focus(self) -> None:
        wanted = self._focus_on
        if wanted is None or self.model.fetching:
            return
        self._focus_on = None
        row = self.model.find_row(lambda r: r.id == wanted)
        if row is None and self.model.row_total == 0:
            return  # nothing to stand on: the search box keeps the focus
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.selectRow(row or 0)
        self.table.scrollTo(self.model.index(row or 0, 0))

    def _enter_list(self) -> None:
        if self.model.row_total == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.contact_opened.emit(row.id)

    @Slot()
    def new_contact(self) -> None:
        created = NewContactDialog.ask(self.session, self.runner, self)
        if created is not None:
            self._created(created)

    def _created(self, match: ContactMatch) -> None:
        self.reload()
        self.contact_opened.emit(match.id)
