"""The warning across the main window when the background integrity check finds damage: what
was found and what to do. It stays until Beacon is started again (there is no Close)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget


class IntegrityBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("integrityBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setObjectName("integrityBannerText")
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Database damaged"))
        row.addWidget(self.text, 1)
        self.setVisible(False)

    def show_problem(self, detail: str) -> None:
        self.text.setText(
            self.tr(
                "<b>The database is damaged</b>: Beacon's check found <i>{0}</i>. Save nothing "
                "more. Close Beacon and start it again: it checks first and offers to restore "
                "the latest backup. <code>beacon check</code> gives the full report."
            ).format(html.escape(detail[:300]))
        )
        self.setVisible(True)
