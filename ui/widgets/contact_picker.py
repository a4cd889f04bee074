"""Find a person by name or phone, see enough to tell two apart, or add them without leaving."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.contacts import ContactMatch, ContactService
from desktop_app.services.session import Session
from ui.forms import FieldErrors
from ui.tasks import TaskRunner
from ui.widgets.completer_keys import AcceptKeys, focus_next, popup_of
from ui.writes import is_writing, own_runner, submit_write

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def describe(match: ContactMatch) -> str:
    last = (
        match.last_contact.strftime("last contact %d %b %Y")
        if match.last_contact
        else "no contact yet"
    )
    return f"{match.label()} · {last}"


def same_name(a: str, b: str) -> bool:
    """Names equal but for case and spacing ("ZOË  adeyemi" is Zoë Adeyemi)."""
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


class ContactPicker(QWidget):
    """Search box with suggestions; the chosen contact shown with address and last contact."""

    changed = Signal()

    def __init__(
        self,
        session: Session,
        name: str,
        allow_anonymous: bool = False,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.service = ContactService(session)
        self.runner = own_runner(self, runner)
        self.contact: ContactMatch | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName(f"{name}Search")
        self.search.setAccessibleName(self.tr("Find a person by name or phone"))
        self.search.setPlaceholderText(self.tr("Type a name or phone number…"))
        self.matches = QStandardItemModel(self)
        self.completer = QCompleter(self.matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.completer.setWidget(self.search)
        self.completer.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        self.keys = AcceptKeys(self.search, self.completer, self._accept)
        self.search.textEdited.connect(self._schedule_search)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._run_search)
        row.addWidget(self.search, 1)
        self.new_button = QPushButton(self.tr("New person…"))
        self.new_button.setObjectName(f"{name}NewButton")
        self.new_button.clicked.connect(self._show_new)
        row.addWidget(self.new_button)
        self.anonymous = QCheckBox(self.tr("Anonymous"))
        self.anonymous.setObjectName(f"{name}Anonymous")
        self.anonymous.setVisible(allow_anonymous)
        self.anonymous.toggled.connect(self._anonymous_toggled)
        row.addWidget(self.anonymous)
        layout.addLayout(row)

        self.note = QLabel()  # namesakes to choose between, or no one of that name
        self.note.setObjectName(f"{name}Note")
        self.note.setProperty("role", "fieldError")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        layout.addWidget(self.note)

        self.chosen = QLabel()
        self.chosen.setObjectName(f"{name}Chosen")
        self.chosen.setWordWrap(True)
        self.chosen.setVisible(False)
        layout.addWidget(self.chosen)

        # Inline creation: name, phone, email, address; the form around it is never left.
        self.new_frame = QFrame()
        self.new_frame.setObjectName(f"{name}NewFrame")
        self.new_frame.setFrameShape(QFrame.Shape.StyledPanel)
        form = QFormLayout(self.new_frame)
        general = QLabel()
        general.setProperty("role", "fieldError")
        general.setVisible(False)
        self.new_errors = FieldErrors(general)
        self.new_name = self._line(f"{name}NewName", self.tr("Name"))
        self.new_phone = self._line(f"{name}NewPhone", self.tr("Phone"))
        self.new_email = self._line(f"{name}NewEmail", self.tr("Email"))
        self.new_address = self._line(f"{name}NewAddress", self.tr("Address"))
        self.new_errors.add_row(form, self.tr("Name:"), "name", self.new_name)
        self.new_errors.add_row(form, self.tr("Phone:"), "phone", self.new_phone)
        self.new_errors.add_row(form, self.tr("Email:"), "email", self.new_email)
        self.new_errors.add_row(form, self.tr("Address:"), "address", self.new_address)
        self.duplicates = QLabel()
        self.duplicates.setWordWrap(True)
        self.duplicates.setObjectName(f"{name}Duplicates")
        self.duplicates.setVisible(False)
        form.addRow(self.duplicates)
        form.addRow(general)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add person"))
        self.add_button.setObjectName(f"{name}AddButton")
        self.add_button.clicked.connect(self._create)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(lambda: self.new_frame.setVisible(False))
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.add_button)
        form.addRow(buttons)
        self.new_frame.setVisible(False)
        layout.addWidget(self.new_frame)

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.returnPressed.connect(self._create)
        return edit

    # ---- searching ---------------------------------------------------------------------------
    @Slot()
    def _schedule_search(self) -> None:
        self._timer.start()

    @Slot()
    def _run_search(self) -> None:
        self.show_matches(self.service.search(self.search.text()))

    def show_matches(self, found: list[ContactMatch]) -> None:
        self.matches.clear()
        for match in found:
            item = QStandardItem(describe(match))
            item.setData(match.id, ID_ROLE)
            item.setEditable(False)
            self.matches.appendRow(item)
        if found:
            self.completer.complete(self._popup_rect([describe(m) for m in found]))
            self._whole_rows()
            # No row taken for granted (a namesake would be): the first Down goes to the first.
            popup_of(self.completer).setCurrentIndex(QModelIndex())
        else:
            popup_of(self.completer).hide()

    def _whole_rows(self) -> None:
        """The list as tall as the rows it shows, so the last one is never cut in half."""
        popup = popup_of(self.completer)
        rows = min(self.matches.rowCount(), self.completer.maxVisibleItems())
        height = rows * popup.sizeHintForRow(0) + 2 * popup.frameWidth()
        popup.setGeometry(popup.x(), popup.y(), popup.width(), height)

    def _popup_rect(self, lines: list[str]) -> QRect:
        """Under the search box, wide enough for name, address and phone in full (namesakes are
        told apart by them), kept inside the window."""
        popup = popup_of(self.completer)
        scroll = popup.verticalScrollBar().sizeHint().width()
        extra = 2 * popup.frameWidth() + 16 + (scroll if len(lines) > 10 else 0)
        wanted = max(popup.fontMetrics().horizontalAdvance(line) for line in lines) + extra
        window = self.search.window()
        left = self.search.mapFrom(window, QPoint(8, 0)).x()
        right = self.search.mapFrom(window, QPoint(window.width() - 8, 0)).x()
        width = min(max(wanted, self.search.width()), right - left)
        x = max(min(0, right - width), left)  # moved left rather than cut off at the edge
        return QRect(x, 0, width, self.search.height())

    @Slot(QModelIndex)
    def _picked(self, index: QModelIndex) -> None:
        contact_id = index.data(ID_ROLE)
        if contact_id is not None:
            self.set_contact(self.service.get(int(contact_id)))

    def _accept(self, highlighted: QModelIndex) -> None:
        """Enter or Tab: the highlighted person, else the one person whose full name was typed
        (any case), and on past the picker's buttons. Namesakes: the choice stays open here. No
        one of that name: on to New person…"""
        self._timer.stop()
        if highlighted.isValid():
            self._picked(highlighted)
            focus_next(self.search, past=self)
            return
        typed = " ".join(self.search.text().split())
        if not typed:
            focus_next(self.search)
            return
        found = self.service.search(typed, limit=50)
        same = [m for m in found if same_name(m.name, typed)]
        if len(same) == 1 or (not same and len(found) == 1):  # named in full, or the only one
            self.set_contact(same[0] if same else found[0])
            focus_next(self.search, past=self)
        elif same:
            self._say(
                self.tr(
                    "{0} people are called {1}: choose one from the list (their address and "
                    "phone tell them apart)."
                ).format(len(same), same[0].name)
            )
            self.show_matches(same)
        elif found:
            self._say(
                self.tr("{0} people match “{1}”: choose one from the list.").format(
                    len(found), typed
                )
            )
            self.show_matches(found)
        else:
            self._say(
                self.tr("No one called {0} is known yet: add them with New person…").format(typed)
            )
            focus_next(self.search)

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(True)

    # ---- state -------------------------------------------------------------------------------
    def set_contact(self, match: ContactMatch | None) -> None:
        self.contact = match
        self.note.setVisible(False)
        if match is None:
            self.chosen.clear()
            self.chosen.setVisible(False)
        else:
            self.anonymous.setChecked(False)
            rest = describe(match).split(" · ", 1)[-1]
            self.chosen.setText(f"<b>{html.escape(match.name)}</b> — {html.escape(rest)}")
            self.chosen.setVisible(True)
            self.search.clear()
            self.new_frame.setVisible(False)
        self.changed.emit()

    def new_fields(self) -> list[QWidget]:
        """The inline new-person form's inputs and button, in tab order."""
        return [self.new_name, self.new_phone, self.new_email, self.new_address, self.add_button]

    def contact_id(self) -> int | None:
        return self.contact.id if self.contact else None

    def clear(self) -> None:
        self.set_contact(None)
        self.anonymous.setChecked(False)
        self.search.clear()
        for edit in (self.new_name, self.new_phone, self.new_email, self.new_address):
            edit.clear()
        self.new_frame.setVisible(False)

    @Slot(bool)
    def _anonymous_toggled(self, on: bool) -> None:
        if on:
            self.set_contact(None)
        self.search.setEnabled(not on)
        self.new_button.setEnabled(not on)
        self.changed.emit()

    # ---- creating ----------------------------------------------------------------------------
    @Slot()
    def _show_new(self) -> None:
        typed = self.search.text().strip()
        if typed and not self.new_name.text():
            if sum(ch.isdigit() for ch in typed) >= 5:
                self.new_phone.setText(typed)
            else:
                self.new_name.setText(typed)
        self.new_frame.setVisible(True)
        self.new_name.setFocus()

    @Slot()
    def _create(self) -> None:
        """Add the typed person (on a worker, the little form disabled), after one warning when
        someone of that name or phone is already known."""
        if is_writing(self.new_frame):
            return
        self.new_errors.clear()
        name, phone = self.new_name.text(), self.new_phone.text()
        email, address = self.new_email.text(), self.new_address.text()
        same = self.service.possible_duplicates(name, phone)
        if same and not self.duplicates.isVisible():
            self.duplicates.setText(
                self.tr(
                    "Already known: {0}. Choose them from the search instead, or press Add person "
                    "again to add a new contact anyway."
                ).format("; ".join(describe(m) for m in same))
            )
            self.duplicates.setVisible(True)
            return
        service = self.service
        submit_write(
            self.runner,
            "add contact",
            lambda: service.create(name, phone, email, address),
            self.new_frame,
            self._created,
            self.new_errors.show,
        )

    def _created(self, match: ContactMatch) -> None:
        self.duplicates.setVisible(False)
        for edit in (self.new_name, self.new_phone, self.new_email, self.new_address):
            edit.clear()
        self.set_contact(match)
