"""The handover notes left by the last shifts of a zone: read before the shift starts and kept in
sight while it runs."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop_app.services.patrol import Handover


class HandoverNotes(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Handover notes"), parent)
        self.setObjectName("handoverNotes")
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setObjectName("shiftHandovers")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()  # long notes scroll instead of pushing the queue away
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.text)
        layout.addWidget(scroll, 1)

    def show_notes(self, notes: list[Handover]) -> None:
        if not notes:
            self.text.setText(self.tr("No handover notes left for this zone yet."))
            return
        self.text.setText(
            "".join(
                f"<p><b>{h.ended_at.strftime('%a %d %b %H:%M') if h.ended_at else ''} — "
                f"{html.escape(h.officer)}</b> ({html.escape(h.zone)})<br>"
                f"{html.escape(h.notes).replace(chr(10), '<br>')}</p>"
                for h in notes
            )
        )
