"""The menu entries every window has: editing the focused field, switching tabs, help."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QTabWidget, QWidget

from desktop_app import __version__
from desktop_app.logging_setup import log_dir
from ui.controllers.actions import make_action


def tr(text: str) -> str:
    """A module-level tr(): pyside6-lupdate files these strings under the empty context, so
    they are looked up there."""
    return QCoreApplication.translate("", text)


def add_edit_actions(menu: QMenu, parent: QObject) -> None:
    """Undo … Select all, applied to whichever field has the focus."""
    edits: list[tuple[str, str, str, QKeySequence.StandardKey] | None] = [
        ("undoAction", tr("&Undo"), "undo", QKeySequence.StandardKey.Undo),
        ("redoAction", tr("&Redo"), "redo", QKeySequence.StandardKey.Redo),
        None,
        ("cutAction", tr("Cu&t"), "cut", QKeySequence.StandardKey.Cut),
        ("copyAction", tr("&Copy"), "copy", QKeySequence.StandardKey.Copy),
        ("pasteAction", tr("&Paste"), "paste", QKeySequence.StandardKey.Paste),
        ("selectAllAction", tr("Select &all"), "selectAll", QKeySequence.StandardKey.SelectAll),
    ]
    for item in edits:
        if item is None:
            menu.addSeparator()
            continue
        name, text, method, key = item
        action = make_action(parent, name, text, lambda _=False, m=method: _edit(m))
        # The focused field handles the keys itself; the menu entry is for mouse users.
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        menu.addAction(action)


def _edit(method: str) -> None:
    widget = QApplication.focusWidget()
    handler = getattr(widget, method, None)
    if callable(handler):
        handler()


def add_tab_actions(menu: QMenu, tabs: QTabWidget, parent: QObject) -> None:
    """One entry per tab, Ctrl+1, Ctrl+2, …"""
    for index in range(tabs.count()):
        action = make_action(
            parent,
            f"showTab{index + 1}Action",
            tabs.tabText(index),
            lambda _=False, i=index: show_tab(tabs, i),
            QKeySequence(f"Ctrl+{index + 1}"),
        )
        menu.addAction(action)


def show_tab(tabs: QTabWidget, index: int) -> None:
    """The tab at index, with the keyboard in its page: the first widget there that takes Tab
    (a search box, the month view), not the tab bar, so typing or the arrows work at once."""
    tabs.setCurrentIndex(index)
    page = tabs.currentWidget()
    focused = QApplication.focusWidget()
    if page is None or (focused is not None and page.isAncestorOf(focused)):
        return
    widget: QWidget | None = page.nextInFocusChain()
    while widget is not None and widget is not page and page.isAncestorOf(widget):
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(page)
            and widget.isEnabled()
        ):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()


def open_log_folder() -> None:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_about(parent: QWidget, database: str, office_name: str) -> None:
    QMessageBox.about(
        parent,
        tr("About Beacon"),
        tr(
            "<h3>Beacon {0}</h3><p>The record-keeping desk of a community-oriented "
            "security office: patrol logs, walk-in reports, contacts, events and "
            "problem solving, and the manager's monthly report.</p>"
            "<p><b>Database:</b> {1}<br><b>Office:</b> {2}<br><b>Log folder:</b> {3}</p>"
        ).format(__version__, database, office_name, log_dir()),
    )
