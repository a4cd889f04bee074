"""A line edit that completes from a pick-list as the user types (any part, any case)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ui.widgets.completer_keys import AcceptKeys, focus_next, popup_of

POPUP_MAX_WIDTH = 640  # a long location name shows in full; wider would leave the form behind


class PickLineEdit(QLineEdit):
    # What is wrong with the text as the user leaves it ("" when nothing is); FieldErrors shows
    # it under the field at once, rather than at Save.
    problem = Signal(str)

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
        self.keys = AcceptKeys(self, completer, self._accept)
        self.setPlaceholderText(self.tr("Type to choose…"))

    def _chosen(self, text: str) -> None:
        if self.text() != text:
            self.setText(text)
            self.textEdited.emit(text)

    def _accept(self, highlighted: QModelIndex) -> None:
        """Enter or Tab: the highlighted choice, else the choice typed in full (any case and
        spacing), else the only choice the text is part of. Other text stays as typed and the
        problem is told at once. Then the next field."""
        chosen = str(highlighted.data()) if highlighted.isValid() else self.matching_choice()
        names = self.choices.stringList()
        typed = " ".join(self.text().split())
        found: list[str] = []
        if chosen not in names and typed:
            found = [name for name in names if typed.casefold() in name.casefold()]
            chosen = found[0] if len(found) == 1 else chosen
        if chosen and chosen in names:
            self._chosen(chosen)
            self.problem.emit("")
        elif typed:
            self.problem.emit(self._unmatched(typed, found))
        focus_next(self)

    def _unmatched(self, typed: str, found: list[str]) -> str:
        if not found:
            return self.tr("“{0}” is not in the list: check the spelling").format(typed)
        shown = ", ".join(found[:3]) + (", …" if len(found) > 3 else "")
        return self.tr("“{0}” could be {1}: type more of it, or choose from the list").format(
            typed, shown
        )

    def set_choices(self, names: Sequence[str]) -> None:
        self.choices.setStringList(list(names))
        popup = popup_of(self.completer())
        widest = max((popup.fontMetrics().horizontalAdvance(n) for n in names), default=0)
        popup.setMinimumWidth(min(widest + 48, POPUP_MAX_WIDTH))  # frame, margins, scroll bar

    def matching_choice(self) -> str:
        """The pick-list entry the text names, ignoring case and spacing; else the text itself."""
        typed = " ".join(self.text().split()).casefold()
        for name in self.choices.stringList():
            if name.casefold() == typed:
                return name
        return self.text().strip()
