"""An event's page: its summary in the header, its files (calendar entry, flyer, sign-in sheet) a
click away, and its panels in tabs below.

Panels (PANEL CONTRACT): `class XPanel(QWidget)` with `__init__(session, runner, parent=None)`,
`load(event_id)` (reads off the GUI thread), `changed = Signal(int)` emitted with the event's id
after it saved something (the page then reloads its header and the other panels), a `title`
class attribute marked with QT_TRANSLATE_NOOP in the panel's class name as context, and an
optional `applies_to(kind) -> bool` staticmethod (a panel that does not apply is hidden).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.event_calendar import EventCalendar, EventSummary
from desktop_app.services.event_ics import EventIcs
from desktop_app.services.events import EventService
from desktop_app.services.office import forget_document, generated_pdf_dir
from desktop_app.services.session import Session
from desktop_app.vocabulary import EVENT_KIND_LABELS, EVENT_STATUS_LABELS, label
from ui.events.overview_panel import OverviewPanel
from ui.i18n import vocabulary
from ui.tasks import TaskRunner

PanelClass = Callable[..., QWidget]


def ask_file_path(parent: QWidget, title: str, suggested: str, kinds: str) -> str:
    """The file the user chose to save as ('' when cancelled); patched in tests."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
    return path


def save_ics_as(parent: QWidget, suggested: str) -> str:
    return ask_file_path(
        parent,
        QCoreApplication.translate("EventPage", "Save calendar as"),
        str(Path.home() / suggested),
        QCoreApplication.translate("EventPage", "Calendar files (*.ics)"),
    )


def when_line(summary: EventSummary) -> str:
    start, end = summary.starts_at, summary.ends_at
    shown = QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, start.minute))
    text = QLocale().toString(shown, "dddd d MMMM yyyy, HH:mm")
    if end.date() == start.date():
        return f"{text}–{end:%H:%M}"
    ends = QDateTime(QDate(end.year, end.month, end.day), QTime(end.hour, end.minute))
    return f"{text} – {QLocale().toString(ends, 'd MMMM HH:mm')}"


class EventPage(QWidget):
    back_requested = Signal()
    loaded = Signal()  # the header shows the event
    event_changed = Signal(int)  # a panel saved something
    saved = Signal(str)  # a file was written: its path

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        panels: Sequence[PanelClass] = (OverviewPanel,),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventPage")
        self.session, self.runner = session, runner
        self.event_id: int | None = None
        self.summary: EventSummary | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addLayout(self._top_bar())
        layout.addWidget(self._header())
        self.message = QLabel()
        self.message.setObjectName("eventPageMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("eventPanels")
        self.panels: list[Any] = []
        for make in panels:
            self.add_panel(make(session, runner))
        layout.addWidget(self.tabs, 1)

    def _top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Back to the calendar"))
        self.back_button.setObjectName("eventBackButton")
        self.back_button.setShortcut(Qt.Key.Key_Escape)
        self.back_button.clicked.connect(self.back_requested)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        self.ics_button = self._button("exportEventIcsButton", self.tr("Export .ics…"))
        self.ics_button.clicked.connect(self.export_ics)
        self.flyer_button = self._button("eventFlyerButton", self.tr("Flyer PDF…"))
        self.flyer_button.clicked.connect(lambda: self.save_pdf("flyer"))
        self.sheet_button = self._button("eventSignInButton", self.tr("Sign-in sheet PDF…"))
        self.sheet_button.clicked.connect(lambda: self.save_pdf("sign-in"))
        for button in (self.ics_button, self.flyer_button, self.sheet_button):
            bar.addWidget(button)
        return bar

    @staticmethod
    def _button(name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setEnabled(False)
        return button

    def _header(self) -> QWidget:
        box = QWidget()
        box.setObjectName("eventHeader")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 4, 0, 4)
        self.title = QLabel()
        self.title.setObjectName("eventTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setObjectName("eventDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setObjectName("eventStatus")
        self.status.setWordWrap(True)
        for widget in (self.title, self.details, self.status):
            column.addWidget(widget)
        return box

    # ---- panels ------------------------------------------------------------------------------
    def add_panel(self, panel: Any) -> None:
        """A panel by the contract in this module's docstring, as a tab after the others."""
        self.panels.append(panel)
        context = type(panel).__name__
        self.tabs.addTab(panel, QCoreApplication.translate(context, str(panel.title)))
        panel.changed.connect(self._panel_changed)

    def _applies(self, panel: Any, kind: str) -> bool:
        applies = getattr(panel, "applies_to", None)
        return bool(applies(kind)) if callable(applies) else True

    @Slot(int)
    def _panel_changed(self, event_id: int) -> None:
        sender = self.sender()
        self._load_header(event_id, reload_panels=[p for p in self.panels if p is not sender])
        self.event_changed.emit(event_id)

    # ---- loading -----------------------------------------------------------------------------
    def load(self, event_id: int) -> None:
        """Show the event: its header first, then each panel that applies to its kind."""
        self.event_id = event_id
        self.message.clear()
        self._load_header(event_id, reload_panels=self.panels)

    def _load_header(self, event_id: int, reload_panels: list[Any]) -> None:
        service = EventCalendar(self.session)

        def landed(summary: EventSummary) -> None:
            if summary.id != self.event_id:
                return
            self._show(summary)
            for panel in reload_panels:
                shown = self._applies(panel, summary.kind)
                self.tabs.setTabVisible(self.tabs.indexOf(panel), shown)
                if shown:
                    panel.load(summary.id)
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            self.message.setText(self.tr("The event could not be read: {0}").format(exc))

        self.runner.submit(
            "event summary", lambda p: service.summary(event_id), landed, failed, owner=self
        )

    def _show(self, s: EventSummary) -> None:
        self.summary = s
        self.title.setText(f"<h2>{_escape(s.title)}</h2>")
        places = dict.fromkeys(p for p in (s.venue, s.location) if p)  # the venue may be both
        where = ", ".join(places) or self.tr("no venue yet")
        lines = [
            f"<b>{vocabulary(label(EVENT_KIND_LABELS, s.kind))}</b> · {when_line(s)}",
            self.tr("Where: {0}").format(_escape(where))
            + (" · " + self.tr("Zone: {0}").format(_escape(s.zone)) if s.zone else ""),
            self.tr("Lead officer: {0}").format(_escape(s.lead) or "—"),
            self._numbers(s),
        ]
        if s.in_series:
            lines.append(self.tr("Part of a recurring series"))
        self.details.setText("<br>".join(lines))
        status = vocabulary(label(EVENT_STATUS_LABELS, s.status))
        if s.status == "cancelled":
            reason = s.cancel_reason or self.tr("no reason given")
            status = self.tr("{0}: {1}").format(status, _escape(reason))
        self.status.setText(self.tr("Status: <b>{0}</b>").format(status))
        for button in (self.ics_button, self.flyer_button, self.sheet_button):
            button.setEnabled(True)

    def _numbers(self, s: EventSummary) -> str:
        registered = (
            self.tr("{0} registered of {1} places").format(s.registered, s.capacity)
            if s.capacity
            else self.tr("{0} registered").format(s.registered)
        )
        return self.tr("{0} · {1} attended · {2} walk-ins").format(
            registered, s.attended, s.walk_ins
        )

    # ---- files -------------------------------------------------------------------------------
    @Slot()
    def export_ics(self) -> None:
        event_id = self.event_id
        if event_id is None:
            return
        target = save_ics_as(self, f"event-{event_id}.ics")
        if not target:
            return
        ics = EventIcs(self.session)
        self._write(lambda p: ics.save(ics.one(event_id), Path(target)))

    @Slot()
    def save_pdf(self, which: str) -> None:
        event_id = self.event_id
        if event_id is None:
            return
        suggested = str(Path.home() / f"{which}-{event_id}.pdf")
        target = ask_file_path(
            self,
            self.tr("Save PDF as"),
            suggested,
            QCoreApplication.translate("ReportsTab", "PDF files (*.pdf)"),
        )
        if not target:
            return
        events = EventService(self.session)
        make = events.save_flyer_pdf if which == "flyer" else events.save_sign_in_pdf

        def work(progress: object) -> Path:
            made = make(event_id, generated_pdf_dir())
            try:
                shutil.copyfile(made, target)
            finally:
                forget_document(made)  # the copy the user chose is the one kept
            return Path(target)

        self._write(work)

    def _write(self, work: Callable[[Any], Path]) -> None:
        self.message.setText(self.tr("Writing…"))

        def done(path: Path) -> None:
            self.message.setText(self.tr("Saved to {0}").format(path))
            self.saved.emit(str(path))

        def failed(exc: BaseException) -> None:
            told = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            self.message.setText(self.tr("Could not save: {0}").format(told))

        self.runner.submit("event file", work, done, failed, owner=self)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
