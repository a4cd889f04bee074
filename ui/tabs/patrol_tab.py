"""The Patrol Log tab."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.tabs.coming import ComingTab


class PatrolTab(ComingTab):
    heading = "Patrol Log"
    intro = "Walk-in reports at the front desk and officers' shift logs."
    items = (
        "Walk-in report form with a printable receipt",
        "Report list with filters, status, assignment and void with a reason",
        "Shift logs: start a shift, timed entries, handover notes",
        "Browse past shifts and entries",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patrolTab")
        self.setAccessibleName("Patrol Log")
