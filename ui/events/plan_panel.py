"""An event's plan: its details, its clashes, and the status actions (confirm, held, cancel)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.event_conflicts import Conflict, EventConflicts
from desktop_app.services.event_plan import NEXT_STATUSES, EventDetail, EventPlanService
from desktop_app.services.permissions import allowed
from desktop_app.services.session import Session
from desktop_app.vocabulary import EVENT_KIND_LABELS, EVENT_STATUS_LABELS, label
from ui.events.event_form import EventFormDialog
from ui.i18n import QT_TRANSLATE_NOOP, vocabulary
from ui.tasks import TaskRunner
from ui.writes import submit_write


def ask_cancel_reason(parent: QWidget) -> str | None:
    """Why the event is cancelled (None: not cancelled after all)."""
    text, ok = QInputDialog.getMultiLineText(
        parent,
        parent.tr("Cancel event"),
        parent.tr("Why is the event cancelled? (Attendees and partners may ask.)"),
    )
    return text if ok else None


class PlanPanel(QWidget):
    title = QT_TRANSLATE_NOOP("PlanPanel", "Plan")
    changed = Signal(int)

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("planPanel")
        self.session, self.runner = session, runner
        self.event_id: int | None = None
        self.detail: EventDetail | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, text in (
            ("kind", self.tr("Kind:")),
            ("when", self.tr("When:")),
            ("venue", self.tr("Venue:")),
            ("zone", self.tr("Zone:")),
            ("lead", self.tr("Lead officer:")),
            ("officers", self.tr("Other officers:")),
            ("partners", self.tr("Partners:")),
            ("capacity", self.tr("Capacity:")),
            ("status", self.tr("Status:")),
            ("repeats", self.tr("Repeats:")),
            ("description", self.tr("Description:")),
        ):
            value = QLabel()
            value.setObjectName(f"plan{key.capitalize()}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            form.addRow(text, value)
            self.fields[key] = value
        layout.addLayout(form)
        self.warning = QLabel()
        self.warning.setObjectName("planConflicts")
        self.warning.setProperty("role", "warning")
        self.warning.setWordWrap(True)
        self.warning.setVisible(False)
        layout.addWidget(self.warning)
        self.error = QLabel()
        self.error.setObjectName("planError")
        self.error.setProperty("role", "fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.edit_button = self._button(buttons, "planEditButton", self.tr("&Edit…"), self.edit)
        buttons.addStretch(1)
        self.confirm_button = self._button(
            buttons, "planConfirmButton", self.tr("C&onfirm"), lambda: self.set_status("confirmed")
        )
        self.held_button = self._button(
            buttons, "planHeldButton", self.tr("Mark &held"), lambda: self.set_status("held")
        )
        self.cancel_button = self._button(
            buttons, "planCancelButton", self.tr("&Cancel event…"), self.cancel_event
        )
        self.planned_button = self._button(
            buttons,
            "planReinstateButton",
            self.tr("&Reinstate"),
            lambda: self.set_status("planned"),
        )
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._enable()

    def _button(self, row: QHBoxLayout, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # ---- reading -----------------------------------------------------------------------------
    def load(self, event_id: int) -> None:
        self.event_id = event_id
        plan, conflicts = EventPlanService(self.session), EventConflicts(self.session)

        def read(report: object) -> tuple[EventDetail, list[Conflict]]:
            return plan.detail(event_id), conflicts.for_event(event_id)

        self.runner.submit("event plan", read, on_result=self._show, owner=self)

    def _show(self, found: tuple[EventDetail, list[Conflict]]) -> None:
        d, conflicts = found
        if d.id != self.event_id:
            return
        self.detail = d
        same_day = d.starts.date() == d.ends.date()
        ends = f"{d.ends:%H:%M}" if same_day else f"{d.ends:%a %d %b %Y %H:%M}"
        f = self.fields
        f["kind"].setText(vocabulary(label(EVENT_KIND_LABELS, d.kind)))
        f["when"].setText(f"{d.starts:%a %d %b %Y %H:%M}–{ends}")
        f["venue"].setText(d.venue or self.tr("Not set"))
        f["zone"].setText(d.zone_name or self.tr("None"))
        f["lead"].setText(d.lead.name if d.lead else self.tr("None"))
        f["officers"].setText(", ".join(p.name for p in d.officers) or self.tr("None"))
        f["partners"].setText(", ".join(p.name for p in d.partners) or self.tr("None"))
        f["capacity"].setText(self.tr("No limit") if d.capacity is None else str(d.capacity))
        status = vocabulary(label(EVENT_STATUS_LABELS, d.status))
        if d.status == "cancelled" and d.cancel_reason:
            status = self.tr("{0} — {1}").format(status, d.cancel_reason)
        f["status"].setText(status)
        f["repeats"].setText(d.series_rule or self.tr("Does not repeat"))
        f["description"].setText(d.description or "—")
        lines = [
            self.tr("{0} is also on “{1}” at that time").format(c.what, c.event_title)
            if c.kind == "officer"
            else self.tr("{0} is also booked for “{1}”").format(c.what, c.event_title)
            for c in conflicts
        ]
        self.warning.setText("⚠ " + html.escape("; ".join(lines)))
        self.warning.setVisible(bool(lines))
        self._enable()

    def _enable(self) -> None:
        may = allowed(self.session.role, "event.plan") and self.detail is not None
        next_ = NEXT_STATUSES.get(self.detail.status, ()) if self.detail else ()
        self.edit_button.setEnabled(may)
        for button, status in (
            (self.confirm_button, "confirmed"),
            (self.held_button, "held"),
            (self.cancel_button, "cancelled"),
            (self.planned_button, "planned"),
        ):
            button.setVisible(status in next_ or self.detail is None)
            button.setEnabled(may and status in next_)
        back = self.detail is not None and self.detail.status == "confirmed"
        self.planned_button.setText(self.tr("Back to &planned") if back else self.tr("&Reinstate"))

    # ---- acting ------------------------------------------------------------------------------
    def edit(self) -> None:
        if self.event_id is None:
            return
        saved = EventFormDialog.ask(self.session, self.runner, self, event_id=self.event_id)
        if saved is not None:
            self.changed.emit(self.event_id)
            self.load(self.event_id)

    def cancel_event(self) -> None:
        reason = ask_cancel_reason(self)
        if reason is not None:
            self.set_status("cancelled", reason)

    def set_status(self, status: str, reason: str = "") -> None:
        event_id = self.event_id
        if event_id is None:
            return
        plan = EventPlanService(self.session)
        submit_write(
            self.runner,
            "event status",
            lambda: plan.set_status(event_id, status, reason),
            self,
            lambda _: self._done(event_id),
            lambda error: self._refused(error.message),
        )

    def _done(self, event_id: int) -> None:
        self.error.setVisible(False)
        self.changed.emit(event_id)
        self.load(event_id)

    def _refused(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
