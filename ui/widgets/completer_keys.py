"""Enter and Tab alike in every field with suggestions: each takes the highlighted suggestion, or
what was typed when it names one in full, and then moves on; neither ever drops the typing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

ACCEPT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)


def popup_of(completer: QCompleter) -> QAbstractItemView:
    """The completer's list (made on first asking, so never missing)."""
    popup = completer.popup()
    assert popup is not None
    return popup


class AcceptKeys(QObject):
    """Watches a line edit and its completer's popup. On Enter or Tab it hides the popup and calls
    accept(index): index is the highlighted suggestion, invalid when none is. accept decides what
    the text means and where the focus goes (focus_next for the usual next field)."""

    def __init__(
        self, edit: QLineEdit, completer: QCompleter, accept: Callable[[QModelIndex], None]
    ) -> None:
        super().__init__(edit)
        self.completer = completer
        self.accept = accept
        edit.installEventFilter(self)
        # Filters run newest first: this one sees the key before QCompleter's own filter, which
        # would take a highlighted row on Enter but drop a name typed in full.
        popup_of(completer).installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() not in ACCEPT_KEYS or plain != Qt.KeyboardModifier.NoModifier:
            return False
        popup = popup_of(self.completer)
        index = popup.currentIndex()
        selection = popup.selectionModel()
        if not popup.isVisible() or selection is None or not selection.isSelected(index):
            index = QModelIndex()  # only a row the user moved to counts, not the list's start
        popup.hide()
        self.accept(index)
        return True


def focus_next(widget: QWidget, past: QWidget | None = None) -> None:
    """The focus to the field after widget in the tab order; with past, to the first one outside
    it (a picker's own buttons are skipped once a person is chosen)."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    current: QWidget | None = widget
    for _ in range(50):  # a chain that never leaves past ends here rather than looping
        if current is None or not current.focusNextChild():
            return
        current = widget.window().focusWidget()  # the window's, active or not
        if past is None or current is None or not past.isAncestorOf(current):
            return
