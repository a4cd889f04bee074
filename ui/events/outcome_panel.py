"""After the event: outcome notes, and the concerns raised, each of which can be followed up
with a contact (an interaction with a follow-up date, in their timeline)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.event_outcomes import Concern, Outcome, OutcomeService
from desktop_app.services.permissions import allowed
from desktop_app.services.session import Session
from ui.events.follow_up_dialog import FollowUpDialog
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tasks import TaskRunner
from ui.writes import submit_said

CONCERN_ROLE = Qt.ItemDataRole.UserRole + 1


class OutcomePanel(QWidget):
    title = QT_TRANSLATE_NOOP("OutcomePanel", "Outcome")
    changed = Signal(int)
    loaded = Signal()

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomePanel")
        self.setAccessibleName(self.tr("Outcome"))
        self.session, self.runner = session, runner
        self.service = OutcomeService(session)
        self.event_id: int | None = None
        self.data: Outcome | None = None
        self.follow_up_dialog: FollowUpDialog | None = None
        may_run = allowed(session.role, "event.run")
        layout = QVBoxLayout(self)

        notes_box = QGroupBox(self.tr("Outcome notes"))
        notes_layout = QVBoxLayout(notes_box)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("outcomeNotes")
        self.notes.setAccessibleName(self.tr("Outcome notes"))
        self.notes.setPlaceholderText(self.tr("How it went: turnout, what residents asked for…"))
        self.notes.setTabChangesFocus(True)
        self.notes.setReadOnly(not may_run)
        notes_layout.addWidget(self.notes)
        self.save_notes_button = QPushButton(self.tr("&Save notes"))
        self.save_notes_button.setObjectName("saveOutcomeNotesButton")
        self.save_notes_button.clicked.connect(self.save_notes)
        self.save_notes_button.setVisible(may_run)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_notes)
        notes_layout.addWidget(self.save_notes_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(notes_box, 1)

        concerns_box = QGroupBox(self.tr("Concerns raised"))
        concerns_layout = QVBoxLayout(concerns_box)
        self.earlier = QLabel()
        self.earlier.setObjectName("earlierConcerns")
        self.earlier.setWordWrap(True)
        self.earlier.setVisible(False)
        concerns_layout.addWidget(self.earlier)
        self.concerns = QListWidget()
        self.concerns.setObjectName("concernList")
        self.concerns.setAccessibleName(self.tr("Concerns raised"))
        self.concerns.setWordWrap(True)
        self.concerns.setSpacing(4)
        self.concerns.setAlternatingRowColors(True)
        self.concerns.currentItemChanged.connect(lambda *_: self._enable())
        concerns_layout.addWidget(self.concerns, 1)
        add_row = QHBoxLayout()
        self.new_concern = QPlainTextEdit()
        self.new_concern.setObjectName("newConcern")
        self.new_concern.setAccessibleName(self.tr("New concern"))
        self.new_concern.setPlaceholderText(self.tr("A concern raised: what, where…"))
        self.new_concern.setTabChangesFocus(True)
        self.new_concern.setMaximumHeight(60)
        self.add_button = QPushButton(self.tr("&Add concern"))
        self.add_button.setObjectName("addConcernButton")
        self.add_button.clicked.connect(self.add_concern)
        add_row.addWidget(self.new_concern, 1)
        add_row.addWidget(self.add_button)
        self.add_box = QWidget()
        self.add_box.setLayout(add_row)
        self.add_box.setVisible(may_run)
        concerns_layout.addWidget(self.add_box)
        buttons = QHBoxLayout()
        self.follow_button = QPushButton(self.tr("&Follow up…"))
        self.follow_button.setObjectName("followUpConcernButton")
        self.follow_button.clicked.connect(self.follow_up)
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.remove_button.setObjectName("removeConcernButton")
        self.remove_button.clicked.connect(self.remove_concern)
        for button in (self.follow_button, self.remove_button):
            button.setVisible(may_run)
            button.setEnabled(False)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.follow_button)
        concerns_layout.addLayout(buttons)
        layout.addWidget(concerns_box, 2)
        self.message = QLabel()
        self.message.setObjectName("outcomeMessage")
        self.message.setProperty("role", "fieldError")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    # ---- reading -----------------------------------------------------------------------------
    def load(self, event_id: int) -> None:
        self.event_id = event_id
        service = self.service
        self.runner.submit(
            "outcome",
            lambda progress: service.outcome(event_id),
            on_result=self.show_outcome,
            on_error=lambda exc: self._say(str(exc)),
            owner=self,
        )

    def show_outcome(self, data: Outcome) -> None:
        self.data = data
        if self.notes.toPlainText() != data.notes:
            self.notes.setPlainText(data.notes)
        self.earlier.setText(
            self.tr("<i>Noted before concerns were listed one by one:</i> {0}").format(
                html.escape(data.earlier_concerns)
            )
        )
        self.earlier.setVisible(bool(data.earlier_concerns))
        self.concerns.clear()
        for concern in data.concerns:
            item = QListWidgetItem(self._concern_text(concern))
            item.setData(CONCERN_ROLE, concern)
            self.concerns.addItem(item)
        self._enable()
        self.loaded.emit()

    def _concern_text(self, c: Concern) -> str:
        lines = [c.text]
        if c.interaction_id is not None:
            due = c.follow_up_on.strftime("%d %b %Y") if c.follow_up_on else ""
            lines.append(self.tr("→ Followed up with {0}, due {1}").format(c.contact_name, due))
        elif c.contact_name:
            lines.append(self.tr("Raised by {0}; not followed up yet").format(c.contact_name))
        else:
            lines.append(self.tr("Not followed up yet"))
        return "\n".join(lines)

    def selected(self) -> Concern | None:
        item = self.concerns.currentItem()
        concern = item.data(CONCERN_ROLE) if item is not None else None
        return concern if isinstance(concern, Concern) else None

    def _enable(self) -> None:
        concern = self.selected()
        open_concern = concern is not None and concern.interaction_id is None
        self.follow_button.setEnabled(open_concern)
        self.remove_button.setEnabled(open_concern)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # ---- writing -----------------------------------------------------------------------------
    def _write(self, name: str, work: object, then: object = None) -> None:
        def done(outcome: Outcome) -> None:
            if callable(then):
                then()
            self.show_outcome(outcome)
            self.changed.emit(outcome.event_id)

        self._say("")
        submit_said(self.runner, name, work, self, done, self._say)  # type: ignore[arg-type]

    @Slot()
    def save_notes(self) -> None:
        event_id, service, notes = self.event_id, self.service, self.notes.toPlainText()
        if event_id is not None and not self.notes.isReadOnly():
            self._write("outcome notes", lambda: service.save_notes(event_id, notes))

    @Slot()
    def add_concern(self) -> None:
        event_id, service, text = self.event_id, self.service, self.new_concern.toPlainText()
        if event_id is None:
            return
        self._write("concern", lambda: service.add_concern(event_id, text), self.new_concern.clear)

    @Slot()
    def remove_concern(self) -> None:
        concern, service = self.selected(), self.service
        if concern is not None:
            concern_id = concern.id
            self._write("concern", lambda: service.remove_concern(concern_id))

    @Slot()
    def follow_up(self) -> None:
        concern = self.selected()
        if concern is None or concern.interaction_id is not None:
            return
        dialog = FollowUpDialog(self.session, self.runner, concern, self)
        dialog.accepted.connect(lambda: self._followed_up(dialog))
        self.follow_up_dialog = dialog
        dialog.open()

    def _followed_up(self, dialog: FollowUpDialog) -> None:
        if dialog.outcome is not None:
            self.show_outcome(dialog.outcome)
            self.changed.emit(dialog.outcome.event_id)
