"""The Events tab."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.tabs.coming import ComingTab


class EventsTab(ComingTab):
    heading = "Events"
    intro = "Neighbourhood-watch meetings, workshops, family safety nights and safety walks."
    items = (
        "Event calendar with leads and partners",
        "Registration, check-in and walk-ins",
        "Checklists, outcomes and concerns raised",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventsTab")
        self.setAccessibleName(self.tr("Events"))
