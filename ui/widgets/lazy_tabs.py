"""Tabs built when first shown: a window starts with only the page in sight, and each other page
is made the first time someone opens it (a click, Ctrl+number, a menu entry or code)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTabWidget, QWidget

Factory = Callable[[], QWidget]


class LazyTabs(QObject):
    """A QTabWidget's pages, by name: until a page is needed an empty QWidget holds its place.
    When the placeholder becomes current, the page is built and takes its place in the same
    event, before anything is painted, so no one sees the empty stand-in."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self._factories: dict[str, Factory] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._pages: dict[str, QWidget] = {}
        tabs.currentChanged.connect(self._current_changed)

    def add(self, name: str, label: str, factory: Factory) -> None:
        """A page under label, built by factory when first needed."""
        placeholder = QWidget()
        placeholder.setObjectName(f"{name}Placeholder")
        self._factories[name] = factory
        self._placeholders[name] = placeholder
        # The first tab added becomes current: that must not build it.
        blocked = self.tabs.blockSignals(True)
        try:
            self.tabs.addTab(placeholder, label)
        finally:
            self.tabs.blockSignals(blocked)

    def names(self) -> list[str]:
        """The pages in the order they were added."""
        return list(self._factories)

    def has(self, name: str) -> bool:
        """Is there such a page (the role may see it), built or not?"""
        return name in self._factories

    def built(self, name: str) -> QWidget | None:
        """The page if it has been built; never builds it."""
        return self._pages.get(name)

    def page(self, name: str) -> QWidget:
        """The page, built now if it has not been (KeyError for a page there is not)."""
        page = self._pages.get(name)
        if page is None:
            page = self._build(name)
        return page

    def show(self, name: str) -> QWidget:
        """Make the page current, building it first if need be."""
        page = self.page(name)
        self.tabs.setCurrentWidget(page)
        return page

    def _build(self, name: str) -> QWidget:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            page = self._factories[name]()
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._pages[name] = page
        placeholder = self._placeholders.pop(name)
        index = self.tabs.indexOf(placeholder)
        current = self.tabs.currentIndex()
        # The swap is not a change of tab for anyone listening: the same tab stays current.
        blocked = self.tabs.blockSignals(True)
        try:
            self.tabs.insertTab(index, page, self.tabs.tabText(index))
            self.tabs.removeTab(index + 1)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        placeholder.deleteLater()
        return page

    @Slot(int)
    def _current_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        for name, placeholder in self._placeholders.items():
            if placeholder is widget:
                self._build(name)
                return
