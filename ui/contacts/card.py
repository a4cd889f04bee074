"""One contact's card: details (editable, with messages at the field), roles, consent, linked
people and organisations, and the timeline; log an interaction (Ctrl+L) or print the history."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QKeyCombination, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.contact_card import ContactCard as CardData
from desktop_app.services.contact_card import ContactCardService
from desktop_app.services.errors import ValidationError
from desktop_app.services.history import ContactHistory, HistoryService, TimelineItem
from desktop_app.services.office import generated_pdf_dir
from desktop_app.services.permissions import allowed
from desktop_app.services.session import Session
from ui.contacts.card_details import ContactDetailsForm
from ui.contacts.history_pdf import HistoryPdfDialog
from ui.contacts.interaction_dialog import InteractionDialog
from ui.tasks import TaskRunner
from ui.widgets.link_label import LinkLabel
from ui.widgets.timeline_view import TimelineView
from ui.writes import submit_write

LOG_KEY = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_L)


@dataclass(frozen=True)
class _Loaded:
    card: CardData
    history: ContactHistory


def _day(value: Any) -> str:
    return value.strftime("%d %b %Y") if value else ""


class ContactCard(QWidget):
    open_report = Signal(int)
    open_event = Signal(int)
    open_problem = Signal(int)
    open_place = Signal(int)
    open_contact = Signal(int)
    back = Signal()
    loaded = Signal()  # the card and its timeline are shown (tests wait on it)

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        contact_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactCard")
        self.setAccessibleName(self.tr("Contact card"))
        self.session, self.runner, self.contact_id = session, runner, contact_id
        self.cards = ContactCardService(session)
        self.history = HistoryService(session)
        self.data: CardData | None = None
        self._warned_unsaved = False  # Escape with edits unsaved: said once, the next one leaves
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_bar())
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._details_column())
        self.timeline = TimelineView("contactTimeline")
        self.timeline.kind_changed.connect(lambda _: self.reload())
        self.timeline.item_opened.connect(self._open_item)
        split.addWidget(self.timeline)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.setFocusProxy(self.timeline.table)  # opened: arrows walk the history, Enter opens
        # Ctrl+L is also File → Lock: a second shortcut would make both ambiguous (neither
        # runs), so the card claims the key while the focus is on it (event below).
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_details)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.leave)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reload()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.keyCombination() == LOG_KEY:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # not the window's Lock: the key press comes here
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.log_interaction()
                return True
        return super().event(event)

    def add_action(self, button: QPushButton) -> None:
        """A button of the tab's (subject access, anonymise) beside the card's own."""
        self.top.addWidget(button)

    # ---- parts -------------------------------------------------------------------------------
    def _top_bar(self) -> QHBoxLayout:
        """Back, the name, and the card's actions (the tab adds its own with add_action)."""
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("◀ &Back"))
        self.back_button.setObjectName("contactBackButton")
        self.back_button.clicked.connect(self.leave)
        self.title = QLabel(self.tr("Loading…"))
        self.title.setObjectName("contactCardTitle")
        self.log_button = QPushButton(self.tr("&Log interaction (Ctrl+L)"))
        self.log_button.setObjectName("logInteractionButton")
        self.log_button.clicked.connect(self.log_interaction)
        self.log_button.setEnabled(allowed(self.session.role, "interaction.create"))
        self.pdf_button = QPushButton(self.tr("History &PDF"))
        self.pdf_button.setObjectName("contactHistoryPdfButton")
        self.pdf_button.clicked.connect(self.history_pdf)
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.log_button)
        top.addWidget(self.pdf_button)
        self.top = top
        return top

    def _details_column(self) -> QWidget:
        """The details form and its save, roles, consent, linked contacts, the card's message."""
        role = self.session.role
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.details = ContactDetailsForm()
        self.details.set_editable(allowed(role, "contact.update"))
        column.addWidget(self.details)
        self.save_button = QPushButton(self.tr("&Save details"))
        self.save_button.setObjectName("saveContactButton")
        self.save_button.clicked.connect(self.save_details)
        self.save_button.setVisible(allowed(role, "contact.update"))
        column.addWidget(self.save_button)
        column.addWidget(self._roles_box(allowed(role, "contact.update")))
        column.addWidget(self._consent_box(allowed(role, "contact.consent")))
        self.linked = LinkLabel()  # Tab reaches each name, Enter opens its card
        self.linked.setObjectName("contactLinked")
        self.linked.setWordWrap(True)
        self.linked.linkActivated.connect(lambda link: self.open_contact.emit(int(link)))
        column.addWidget(self.linked)
        self.message = QLabel()
        self.message.setObjectName("contactCardMessage")
        self.message.setProperty("role", "fieldError")
        self.message.setWordWrap(True)
        column.addWidget(self.message)
        column.addStretch(1)
        return left

    def _roles_box(self, editable: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Roles"))
        layout = QVBoxLayout(box)
        self.roles = QListWidget()
        self.roles.setObjectName("contactRoles")
        self.roles.setAccessibleName(self.tr("Roles"))
        self.roles.setMaximumHeight(70)
        layout.addWidget(self.roles)
        row = QHBoxLayout()
        self.new_role = QLineEdit()
        self.new_role.setObjectName("contactNewRole")
        self.new_role.setPlaceholderText(self.tr("block captain, business owner, school liaison…"))
        self.new_role.returnPressed.connect(self.add_role)
        add = QPushButton(self.tr("Add"))
        add.setObjectName("addRoleButton")
        add.clicked.connect(self.add_role)
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("removeRoleButton")
        remove.clicked.connect(self.remove_role)
        for widget in (self.new_role, add, remove):
            row.addWidget(widget)
            widget.setVisible(editable)
        layout.addLayout(row)
        return box

    def _consent_box(self, editable: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Consent to be contacted"))
        layout = QVBoxLayout(box)
        self.consent = QLabel()
        self.consent.setObjectName("contactConsent")
        self.consent.setWordWrap(True)
        layout.addWidget(self.consent)
        row = QHBoxLayout()
        self.consent_method = QLineEdit()
        self.consent_method.setObjectName("contactConsentMethod")
        self.consent_method.setPlaceholderText(self.tr("How: signed form, by phone, email reply…"))
        self.give_button = QPushButton(self.tr("Consent given"))
        self.give_button.setObjectName("giveConsentButton")
        self.give_button.clicked.connect(self.give_consent)
        self.withdraw_button = QPushButton(self.tr("Withdrawn"))
        self.withdraw_button.setObjectName("withdrawConsentButton")
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        for widget in (self.consent_method, self.give_button, self.withdraw_button):
            row.addWidget(widget)
            widget.setVisible(editable)
        layout.addLayout(row)
        return box

    # ---- reading -----------------------------------------------------------------------------
    def reload(self) -> None:
        cards, history, contact_id = self.cards, self.history, self.contact_id
        kinds = self.timeline.kinds()
        self.runner.submit(
            "contact card",
            lambda progress: _Loaded(
                cards.card(contact_id), history.contact_history(contact_id, kinds)
            ),
            on_result=self._show,
            on_error=lambda exc: self._say(str(exc)),
            owner=self,
        )

    def _show(self, loaded: _Loaded) -> None:
        self.show_card(loaded.card)
        history = loaded.history
        self.timeline.set_kinds_allowed(history.kinds)
        note = (
            self.tr("Only the reports you took and the interactions you logged.")
            if history.own_only
            else ""
        )
        self.timeline.show_items(history.items, note)
        self.loaded.emit()

    def show_card(self, card: CardData) -> None:
        self.data = card
        e = html.escape
        d = card.details
        merged = self.tr(" (merged into another contact)") if card.merged_into else ""
        last = (
            self.tr("last contact {0}").format(_day(card.last_contact))
            if card.last_contact
            else self.tr("no contact yet")
        )
        self.title.setText(f"<h2>{e(d.name)}{e(merged)}</h2>{e(last)}")
        self.details.show_details(d)
        self.roles.clear()
        self.roles.addItems(list(card.roles))
        if card.consent:
            text = self.tr("Given {0}, {1}.").format(_day(card.consent_at), card.consent_method)
        elif card.consent_withdrawn_at:
            text = self.tr("Withdrawn {0} (had been given {1}). Not to be invited.").format(
                _day(card.consent_withdrawn_at), _day(card.consent_at)
            )
        else:
            text = self.tr("Not given.")
        self.consent.setText(text)
        self.withdraw_button.setEnabled(card.consent)
        parts = []
        if card.organisations:
            links = ", ".join(f'<a href="{o.id}">{e(o.name)}</a>' for o in card.organisations)
            parts.append(self.tr("<b>Belongs to:</b> {0}").format(links))
        if card.people:
            links = ", ".join(f'<a href="{p.id}">{e(p.name)}</a>' for p in card.people)
            parts.append(self.tr("<b>People:</b> {0}").format(links))
        self.linked.setText("<br>".join(parts))

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # ---- writing -----------------------------------------------------------------------------
    def _write(self, name: str, work: Any, on_invalid: Any = None) -> None:
        self._say("")
        submit_write(
            self.runner,
            name,
            work,
            self,
            self._changed,
            on_invalid or (lambda exc: self._say(exc.message)),
            lambda exc: self._say(str(exc)),
        )

    def _changed(self, card: CardData) -> None:
        self._warned_unsaved = False
        self.show_card(card)
        self.reload()

    @Slot()
    def save_details(self) -> None:
        if not allowed(self.session.role, "contact.update"):
            return
        self.details.errors.clear()
        cards, contact_id, details = self.cards, self.contact_id, self.details.details()
        loaded = self.data.details if self.data else None  # only what this user changed
        self._write(
            "contact details",
            lambda: cards.update(contact_id, details, loaded),
            self._invalid_details,
        )

    def _invalid_details(self, error: ValidationError) -> None:
        """The messages at the fields; then the values stored now, for what the user left alone
        (a clash means someone else saved meanwhile: the card must not keep their old copy)."""
        self.details.errors.show(error)
        cards, contact_id = self.cards, self.contact_id
        self.runner.submit(
            "contact card",
            lambda progress: cards.card(contact_id),
            on_result=self._catch_up,
            on_error=lambda exc: self._say(str(exc)),
            owner=self,
        )

    def _catch_up(self, card: CardData) -> None:
        """Fields the user did not touch take the stored values; typed ones (and their messages)
        stay. The next save counts from these, so a clash seen and saved again is written."""
        loaded = self.data.details if self.data is not None else card.details
        self.details.catch_up(card.details, loaded)
        self.data = card
        self.loaded.emit()

    def unsaved(self) -> bool:
        """Details typed and not saved."""
        return self.data is not None and self.details.details() != self.data.details

    @Slot()
    def leave(self) -> None:
        """Back (the button or Escape). Unsaved details are said first; asked again, it goes."""
        if self.unsaved() and not self._warned_unsaved:
            self._warned_unsaved = True
            self._say(self.tr("The details are not saved: Ctrl+S saves them, Back leaves them."))
            return
        self.back.emit()

    @Slot()
    def add_role(self) -> None:
        cards, contact_id, role = self.cards, self.contact_id, self.new_role.text()
        self.new_role.clear()
        self._write("contact role", lambda: cards.add_role(contact_id, role))

    @Slot()
    def remove_role(self) -> None:
        item = self.roles.currentItem()
        if item is not None:
            cards, contact_id, role = self.cards, self.contact_id, item.text()
            self._write("contact role", lambda: cards.remove_role(contact_id, role))

    @Slot()
    def give_consent(self) -> None:
        cards, contact_id, method = self.cards, self.contact_id, self.consent_method.text()
        self._write("consent", lambda: cards.give_consent(contact_id, method))

    @Slot()
    def withdraw_consent(self) -> None:
        cards, contact_id = self.cards, self.contact_id
        self._write("consent", lambda: cards.withdraw_consent(contact_id))

    @Slot()
    def log_interaction(self) -> None:
        if not allowed(self.session.role, "interaction.create"):
            return
        if InteractionDialog.ask(self.session, (self.contact_id,), self.runner, self) is not None:
            self.reload()

    @Slot()
    def history_pdf(self) -> None:
        history, contact_id = self.history, self.contact_id
        name = self.data.details.name if self.data else ""
        self.runner.submit(
            "contact pdf",
            lambda progress: history.save_contact_pdf(contact_id, generated_pdf_dir()),
            on_result=lambda path: self._show_pdf(path, name),
            on_error=lambda exc: self._say(str(exc)),
            owner=self,
        )

    def _show_pdf(self, path: Path, name: str) -> None:
        dialog = HistoryPdfDialog(path, self.tr("History of {0}").format(name), self)
        dialog.setModal(False)
        dialog.show()

    def _open_item(self, item: TimelineItem) -> None:
        # An interaction opens what it was about (the interaction itself is all on its line).
        kind, record_id = (
            (item.link_kind, item.link_id) if item.link_kind else (item.kind, item.record_id)
        )
        signal = {
            "report": self.open_report,
            "event": self.open_event,
            "problem": self.open_problem,
        }.get(kind or "")
        if signal is not None and record_id is not None:
            signal.emit(record_id)
        elif item.kind == "patrol" and item.place_id is not None:
            self.open_place.emit(item.place_id)
