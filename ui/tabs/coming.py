"""A tab whose capability is still being built: says plainly what it will hold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingTab(QWidget):
    heading = ""
    intro = ""
    items: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        title = QLabel(self.heading)
        title.setObjectName("tabHeading")
        layout.addWidget(title)
        intro = QLabel(self.intro)
        intro.setObjectName("tabIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        listing = QLabel("<ul>" + "".join(f"<li>{item}</li>" for item in self.items) + "</ul>")
        listing.setWordWrap(True)
        listing.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(listing)
        note = QLabel(
            self.tr(
                "This part of Beacon is being built; the records it will show are "
                "already kept in the database."
            )
        )
        note.setObjectName("tabComingNote")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
