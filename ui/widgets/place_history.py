"""A place's history: reports there, patrol entries, events at the venue and problems at it,
newest first, as the reader may see them; each line opens its record."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.services.history import HistoryService, PlaceHistory, TimelineItem
from desktop_app.services.session import Session
from ui.tasks import TaskRunner
from ui.widgets.timeline_view import TimelineView
from ui.writes import own_runner

NEWEST = 500  # lines shown: a car park on a ten-year beat has tens of thousands


class PlaceHistoryView(QWidget):
    open_report = Signal(int)
    open_event = Signal(int)
    open_problem = Signal(int)
    loaded = Signal()

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        location_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("placeHistory")
        self.setAccessibleName(self.tr("Place history"))
        self.history = HistoryService(session)
        self.runner, self.location_id = runner, location_id
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("Loading…"))
        self.title.setObjectName("placeHistoryTitle")
        layout.addWidget(self.title)
        self.timeline = TimelineView("placeTimeline")
        self.timeline.kind_changed.connect(lambda _: self.reload())
        self.timeline.item_opened.connect(self._open_item)
        layout.addWidget(self.timeline, 1)
        self.reload()

    def reload(self) -> None:
        history, location_id, kinds = self.history, self.location_id, self.timeline.kinds()
        self.runner.submit(
            "place history",
            lambda progress: history.place_history(location_id, NEWEST, kinds),
            on_result=self._show,
            on_error=lambda exc: self.title.setText(html.escape(str(exc))),
            owner=self,
        )

    def _show(self, place: PlaceHistory) -> None:
        zone = self.tr("Zone: {0}").format(place.zone_name) if place.zone_name else ""
        self.title.setText(f"<h2>{html.escape(place.name)}</h2>{html.escape(zone)}")
        self.timeline.set_kinds_allowed(place.kinds)
        notes = [self.tr("Only the reports you took.")] if place.own_only else []
        if len(place.items) >= NEWEST:
            notes.append(self.tr("The newest {0} lines.").format(NEWEST))
        note = " ".join(notes)
        self.timeline.show_items(place.items, note)
        self.loaded.emit()

    def _open_item(self, item: TimelineItem) -> None:
        signal = {
            "report": self.open_report,
            "event": self.open_event,
            "problem": self.open_problem,
        }.get(item.kind)
        if signal is not None:
            signal.emit(item.record_id)


class PlaceHistoryDialog(QDialog):
    """The place history in a window of its own (opened from a report's detail)."""

    def __init__(
        self,
        session: Session,
        location_id: int,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("placeHistoryDialog")
        self.setWindowTitle(self.tr("Place history"))
        layout = QVBoxLayout(self)
        self.view = PlaceHistoryView(session, own_runner(self, runner), location_id)
        layout.addWidget(self.view, 1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout.addWidget(close)
        self.resize(820, 560)
