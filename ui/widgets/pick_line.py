"""A line edit that completes from a pick-list as the user types (any part, any case)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class PickLineEdit(QLineEdit):
    def __init__(self, object_name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible)
        self.choices = QStringListModel(self)
        completer = QCompleter(self.choices, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        # QLineEdit applies a completion only while it has focus; a pick must always land.
        completer.activated[str].connect(self._chosen)  # type: ignore[index]
        self.setPlaceholderText(self.tr("Type to choose…"))

    def _chosen(self, text: str) -> None:
        if self.text() != text:
            self.setText(text)
            self.textEdited.emit(text)

    def set_choices(self, names: Sequence[str]) -> None:
        self.choices.setStringList(list(names))

    def matching_choice(self) -> str:
        """The pick-list entry the text names, ignoring case and spacing; else the text itself."""
        typed = " ".join(self.text().split()).casefold()
        for name in self.choices.stringList():
            if name.casefold() == typed:
                return name
        return self.text().strip()
