"""Edit → Pick-lists…: the categories, zones and locations a manager keeps, a tab for each: add,
rename, retire and restore; for locations also merge two and import them from a CSV file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import ServiceError, ValidationError
from desktop_app.services.import_csv import ImportFailed
from desktop_app.services.picklist_csv import LocationImport, import_locations
from desktop_app.services.picklist_merge import MergeResult, merge_locations
from desktop_app.services.picklists import PickEntry, PicklistService
from desktop_app.services.session import Session
from ui.dialogs.merge_locations import MergeLocationsDialog
from ui.forms import FieldErrors, enter_presses
from ui.i18n import QT_TRANSLATE_NOOP, grouped
from ui.models.pick_entry_model import PickEntryModel
from ui.tasks import TaskRunner
from ui.widgets.filters import list_table
from ui.writes import is_writing, own_runner, submit_write

CONTEXT = "PicklistsDialog"
TITLES = {
    "category": QT_TRANSLATE_NOOP(CONTEXT, "&Categories"),
    "zone": QT_TRANSLATE_NOOP(CONTEXT, "&Zones"),
    "location": QT_TRANSLATE_NOOP(CONTEXT, "&Locations"),
}
ADD_TITLES = {
    "category": QT_TRANSLATE_NOOP(CONTEXT, "Add a category"),
    "zone": QT_TRANSLATE_NOOP(CONTEXT, "Add a zone"),
    "location": QT_TRANSLATE_NOOP(CONTEXT, "Add a location"),
}
SHOWN_PROBLEMS = 50


class NameEdit(QLineEdit):
    """A name field whose Return adds the entry (returnPressed) and goes no further."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class PicklistPage(QWidget):
    """One kind's list with its add field and buttons; the dialog runs the writes."""

    changed = Signal()  # a write of this page went through: every page reloads

    def __init__(self, kind: str, dialog: PicklistsDialog) -> None:
        super().__init__()
        self.kind = kind
        self.dialog = dialog
        self.setObjectName(f"{kind}Page")
        layout = QHBoxLayout(self)
        self.model = PickEntryModel(kind, self)
        self.table = list_table(f"{kind}List", self.model, (260,) if kind == "location" else ())
        self.table.setAccessibleName(QCoreApplication.translate(CONTEXT, TITLES[kind]))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        side = QVBoxLayout()
        layout.addLayout(side, 1)
        self._build_add_form(side)
        chosen = self._group(side, self.tr("Selected in the list"))
        self.rename_button = self._button(chosen, "RenameButton", self.tr("&Rename…"), self.rename)
        self.retire_button = self._button(chosen, "RetireButton", self.tr("Re&tire"), self.toggle)
        if kind == "location":
            self.merge_button = self._button(
                chosen, "MergeButton", self.tr("&Merge into…"), self.merge
            )
            from_file = self._group(side, self.tr("From a spreadsheet"))
            hint = QLabel(
                self.tr(
                    "A CSV file (comma or semicolon separated) with the columns name and zone, "
                    "and optionally address and kind. The zones must exist. A location already "
                    "there in the same zone is skipped; every other row is added, or none."
                )
            )
            hint.setWordWrap(True)
            from_file.addWidget(hint)
            self._button(from_file, "ImportButton", self.tr("&Import from CSV…"), self.choose_csv)
        self.message = QLabel()
        self.message.setObjectName(f"{kind}Message")
        self.message.setWordWrap(True)
        side.addWidget(self.message)
        self.problems = QPlainTextEdit()
        self.problems.setObjectName(f"{kind}Problems")
        self.problems.setReadOnly(True)
        self.problems.setVisible(False)
        side.addWidget(self.problems, 1)
        side.addStretch()
        self._selection_changed()

    def _build_add_form(self, side: QVBoxLayout) -> None:
        box = self._group(side, QCoreApplication.translate(CONTEXT, ADD_TITLES[self.kind]))
        form = QFormLayout()
        self.errors = FieldErrors()
        self.name = NameEdit()
        self.name.setObjectName(f"{self.kind}NewName")
        self.name.setAccessibleName(self.tr("New name"))
        self.name.returnPressed.connect(self.add)
        self.errors.add_row(form, self.tr("&Name:"), "name", self.name)
        self.zone: QComboBox | None = None
        if self.kind == "location":
            self.zone = QComboBox()
            self.zone.setObjectName("locationNewZone")
            self.zone.setAccessibleName(self.tr("Zone of the new location"))
            self.errors.add_row(form, self.tr("Z&one:"), "zone", self.zone)
        form.addRow(self.errors.fallback)
        box.addLayout(form)
        self.add_button = self._button(box, "AddButton", self.tr("&Add"), self.add)

    @staticmethod
    def _group(side: QVBoxLayout, title: str) -> QVBoxLayout:
        box = QGroupBox(title)
        side.addWidget(box)
        return QVBoxLayout(box)

    def _button(
        self, side: QVBoxLayout, name: str, text: str, slot: Callable[[], None]
    ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"{self.kind}{name}")
        button.setAutoDefault(False)  # Return in the name field adds; it presses no other button
        button.clicked.connect(slot)
        side.addWidget(button)
        return button

    # ---- showing -----------------------------------------------------------------------------
    def show_entries(self, entries: list[PickEntry], zones: list[PickEntry]) -> None:
        chosen = self.selected()
        self.model.set_source(lambda state: (entries, None))
        if chosen is not None:
            for row, entry in enumerate(entries):
                if entry.id == chosen.id:
                    self.table.selectRow(row)
        if self.zone is not None:
            current = self.zone.currentData()
            self.zone.clear()
            for zone in zones:
                self.zone.addItem(zone.name, zone.id)
            self.zone.setCurrentIndex(max(self.zone.findData(current), 0))
        self._selection_changed()

    def selected(self) -> PickEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    @Slot()
    def _selection_changed(self, *args: QItemSelection) -> None:
        entry = self.selected()
        for button in (self.rename_button, self.retire_button):
            button.setEnabled(entry is not None)
        restoring = entry is not None and not entry.active
        self.retire_button.setText(self.tr("Re&store") if restoring else self.tr("Re&tire"))
        if self.kind == "location":
            self.merge_button.setEnabled(entry is not None)

    def say(self, text: str, problems: list[str] | None = None) -> None:
        self.message.setText(text)
        self.problems.setPlainText("\n".join(problems or []))
        self.problems.setVisible(bool(problems))

    # ---- writes ------------------------------------------------------------------------------
    @Slot()
    def add(self) -> None:
        self.errors.clear()
        name, kind, service = self.name.text(), self.kind, self.dialog.service
        zone_id = self.zone.currentData() if self.zone is not None else None
        if self.zone is not None and zone_id is None:
            self.errors.show_message("zone", self.tr("Add a zone first, on the Zones tab"))
            return

        def added(entry: PickEntry) -> None:
            self.name.clear()
            self.say(self.tr("Added “{0}”.").format(entry.name))
            self.changed.emit()

        work = lambda: service.add(kind, name, zone_id)  # noqa: E731
        self.dialog.write("add to a pick-list", work, added, self.errors.show)

    @Slot()
    def rename(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        name = self.dialog.ask_name(entry)
        if name is None:
            return
        kind, service = self.kind, self.dialog.service

        def renamed(after: PickEntry) -> None:
            self.say(self.tr("“{0}” is now “{1}”.").format(entry.name, after.name))
            self.changed.emit()

        self.dialog.write("rename", lambda: service.rename(kind, entry.id, name), renamed)

    @Slot()
    def toggle(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        kind, service = self.kind, self.dialog.service
        change = service.restore if not entry.active else service.retire

        def done(after: PickEntry) -> None:
            if after.active:
                self.say(self.tr("“{0}” is offered again.").format(after.name))
            else:
                self.say(
                    self.tr(
                        "“{0}” is retired: old records keep it; it is no longer offered."
                    ).format(after.name)
                )
            self.changed.emit()

        self.dialog.write("retire or restore", lambda: change(kind, entry.id), done)

    @Slot()
    def merge(self) -> None:
        other = self.selected()
        if other is None:
            return
        choices = [e for e in self.model.rows if e.active and e.id != other.id]
        session = self.dialog.session
        result = MergeLocationsDialog.ask(
            session,
            other,
            choices,
            lambda keep_id: merge_locations(session, keep_id, other.id),
            self,
        )
        if isinstance(result, MergeResult):
            moved = sum(result.moved.values())
            merged = self.tr("Merged “{0}” into “{1}”; “{0}” is retired.").format(
                result.merged.name, result.kept.name
            )
            records = grouped(self.tr("%n record(s) moved.", "", moved), moved)
            self.say(f"{merged} {records}")
            self.changed.emit()

    @Slot()
    def choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import locations"),
            "",
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        session = self.dialog.session

        def imported(result: LocationImport) -> None:
            imported = self.tr("Imported %n location(s) from {0}.", "", result.rows)
            text = grouped(imported, result.rows).format(path.name)
            if result.already:  # rows in the list already, in the same zone: skipped
                added = grouped(self.tr("%n location(s) added", "", result.rows), result.rows)
                there = self.tr("{0} already there").format(f"{result.already:,}")
                text = self.tr("From {0}: {1}, {2}.").format(path.name, added, there)
            self.say(text)
            self.changed.emit()

        self.dialog.write(
            "import locations",
            lambda: import_locations(session, path),
            imported,
            on_refused=lambda exc: self._import_refused(exc, path),
        )

    def _import_refused(self, exc: ServiceError, path: Path) -> None:
        if not isinstance(exc, ImportFailed):
            self.say(exc.message if isinstance(exc, ValidationError) else str(exc))
            return
        lines = [str(p) for p in exc.problems[:SHOWN_PROBLEMS]]
        if exc.total > SHOWN_PROBLEMS:
            lines.append(self.tr("… and {0} more").format(exc.total - SHOWN_PROBLEMS))
        self.say(
            self.tr("Nothing was imported from {0}; fix these lines and try again:").format(
                path.name
            ),
            lines,
        )


class PicklistsDialog(QDialog):
    def __init__(
        self, session: Session, parent: QWidget | None = None, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("picklistsDialog")
        self.setWindowTitle(self.tr("Pick-lists"))
        self.session = session
        self.service = PicklistService(session)
        self.runner = own_runner(self, runner)
        self.changed = False  # anything saved: the window's forms reload their pick-lists
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "What the forms offer. A retired entry stays on the records that have it "
                "but is not offered for new ones; restore it to offer it again."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("picklistTabs")
        self.pages: dict[str, PicklistPage] = {}
        for kind in ("category", "zone", "location"):
            page = PicklistPage(kind, self)
            page.changed.connect(self.reload)
            self.pages[kind] = page
            self.tabs.addTab(page, QCoreApplication.translate(CONTEXT, TITLES[kind]))
        layout.addWidget(self.tabs, 1)
        # Each tab opens with the focus in its name field: the first thing done is adding.
        self.tabs.currentChanged.connect(lambda _: self._focus_name())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 600)
        enter_presses(self, None)  # Return in a name field adds (NameEdit)
        self.reload(initial=True)
        self._focus_name()

    def _focus_name(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, PicklistPage):
            page.name.setFocus()

    @Slot()
    def reload(self, initial: bool = False) -> None:
        if not initial:
            self.changed = True
        zones = self.service.entries("zone", include_retired=False)
        for kind, page in self.pages.items():
            page.show_entries(self.service.entries(kind), zones)

    def write(
        self,
        name: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_invalid: Callable[[ValidationError], None] | None = None,
        on_refused: Callable[[ServiceError], None] | None = None,
    ) -> None:
        """A write on the runner, the dialog disabled meanwhile; a refusal is said on the page."""
        page = self.tabs.currentWidget()
        assert isinstance(page, PicklistPage)
        refused = on_refused or (
            lambda exc: page.say(exc.message if isinstance(exc, ValidationError) else str(exc))
        )
        submit_write(self.runner, name, work, self, on_done, on_invalid, refused)

    def ask_name(self, entry: PickEntry) -> str | None:
        """The new name for entry, or None when cancelled."""
        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename"),
            self.tr("New name for “{0}”:").format(entry.name),
            QLineEdit.EchoMode.Normal,
            entry.name,
        )
        return name if ok else None

    def reject(self) -> None:
        if not is_writing(self):  # a change on its way is seen through
            super().reject()

    @classmethod
    def ask(cls, session: Session, parent: QWidget | None = None) -> bool:
        """Shows the dialog; True when anything was changed."""
        dialog = cls(session, parent)
        dialog.exec()
        dialog.deleteLater()
        return dialog.changed
