"""The Reports tab."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.tabs.coming import ComingTab


class ReportsTab(ComingTab):
    heading = "Reports"
    intro = "The manager's monthly report, previewed and printed."
    items = (
        "Counts by category against last month and last year",
        "Trends, hot spots, patrol coverage and engagement",
        "Preview, print and save as PDF",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsTab")
        self.setAccessibleName("Reports")
