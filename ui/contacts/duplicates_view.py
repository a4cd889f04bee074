"""Possible duplicate contacts, each pair with why it matched; the selected pair opens the merge
dialog, or is marked as two people so it is not offered again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.contact_duplicates import (
    DuplicatePair,
    PairContact,
    find_duplicates,
    mark_not_duplicate,
)
from desktop_app.services.contact_merge import MergeResult
from desktop_app.services.session import Session
from ui.contacts.merge_dialog import MergeContactsDialog
from ui.i18n import grouped
from ui.tasks import TaskRunner
from ui.writes import own_runner, submit_write

Index = QModelIndex | QPersistentModelIndex
FIRST, SECOND, WHY = range(3)
SHOWN_AT_MOST = 5000  # pairs listed; the strongest come first


class DuplicatesTableModel(QAbstractTableModel):
    """One row per possible pair: the two contacts and why they matched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pairs: list[DuplicatePair] = []

    def set_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.beginResetModel()
        self.pairs = list(pairs)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Contact"), self.tr("Possible duplicate"), self.tr("Why"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.pairs):
            return None
        pair = self.pairs[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == WHY:
                return self.why(pair)
            return self.contact_text(pair.first if column == FIRST else pair.second)
        if role == Qt.ItemDataRole.ToolTipRole and column != WHY:
            contact = pair.first if column == FIRST else pair.second
            return "\n".join(p for p in (contact.organisation, contact.phone, contact.email) if p)
        return None

    def contact_text(self, contact: PairContact) -> str:
        return self.tr("{0} (id {1})").format(contact.name, contact.id)

    def why(self, pair: DuplicatePair) -> str:
        reasons = [self.tr("same phone")] if pair.same_phone else []
        reasons += [self.tr("same email")] if pair.same_email else []
        if pair.name_score is not None:
            reasons.append(self.tr("similar names ({0})").format(pair.name_score))
        return ", ".join(reasons)


class DuplicatesView(QWidget):
    """The list of possible pairs, found on a worker; Merge… and Not a duplicate act on the
    selected one. merged is emitted after a merge, for the contact list to read again."""

    merged = Signal(object)  # the MergeResult

    def __init__(
        self, session: Session, parent: QWidget | None = None, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactDuplicatesView")
        self.session = session
        self.runner = own_runner(self, runner)
        # How a pair is merged (keep_id, other_id, parent) -> the result or None; tests swap it.
        self.open_merge: Callable[..., MergeResult | None] = self._open_merge
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Looking for possible duplicates…"))
        self.status.setObjectName("duplicatesStatus")
        layout.addWidget(self.status)
        self.model = DuplicatesTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("duplicatesTable")
        self.table.setAccessibleName(self.tr("Possible duplicate contacts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.merge_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.refresh_button = self._button(self.tr("&Look again"), "duplicatesRefreshButton")
        self.refresh_button.clicked.connect(self.refresh)
        self.merge_button = self._button(self.tr("&Merge…"), "duplicatesMergeButton")
        self.merge_button.clicked.connect(self.merge_selected)
        self.apart_button = self._button(self.tr("&Not a duplicate"), "notDuplicateButton")
        self.apart_button.clicked.connect(self.mark_selected_apart)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apart_button)
        buttons.addWidget(self.merge_button)
        layout.addLayout(buttons)
        self._selection_changed()
        self.refresh()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        return button

    def refresh(self) -> None:
        session = self.session
        self.refresh_button.setEnabled(False)
        self.runner.submit(
            "find possible duplicate contacts",
            lambda progress: find_duplicates(session, SHOWN_AT_MOST + 1),
            on_result=self._found,
            on_error=self._failed,
            owner=self,
        )

    def _found(self, pairs: list[DuplicatePair]) -> None:
        self.refresh_button.setEnabled(True)
        self.model.set_pairs(pairs[:SHOWN_AT_MOST])
        n = len(pairs)
        if not n:
            text = self.tr("No possible duplicates.")
        elif n > SHOWN_AT_MOST:
            text = self.tr("The {0} most likely duplicates (there are more).").format(
                f"{SHOWN_AT_MOST:,}"
            )
        else:
            text = grouped(self.tr("%n possible duplicate(s), the most likely first.", "", n), n)
        self.status.setText(text)
        self._selection_changed()

    def _failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.status.setText(str(exc))

    def selected(self) -> DuplicatePair | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.pairs[rows[0].row()] if rows else None

    def _selection_changed(self, *args: object) -> None:
        chosen = self.selected() is not None
        self.merge_button.setEnabled(chosen)
        self.apart_button.setEnabled(chosen)

    def _open_merge(self, keep_id: int, other_id: int, parent: QWidget) -> MergeResult | None:
        return MergeContactsDialog.ask(self.session, keep_id, other_id, parent)

    def merge_selected(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        result = self.open_merge(pair.first.id, pair.second.id, self)
        if result is not None:
            self.merged.emit(result)
            self.refresh()

    def mark_selected_apart(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        session, a, b = self.session, pair.first.id, pair.second.id
        submit_write(
            self.runner,
            "mark two contacts as not duplicates",
            lambda: mark_not_duplicate(session, a, b),
            self,
            lambda done: self.refresh(),
        )
