"""The short lists the Today page opens in place: an officer's follow-ups due (marked done from
here) and the partners overdue for contact (a contact opened from here). Read in the
background; the dialog opens at once and fills when the list comes back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.interactions import FollowUp, InteractionService, OverduePartner
from desktop_app.services.session import Session
from ui.tasks import TaskRunner
from ui.widgets.filters import list_table
from ui.writes import submit_write


class ListDialog(QDialog):
    """A read-only list with a heading, filled in the background."""

    def __init__(
        self, parent: QWidget, runner: TaskRunner, title: str, headers: Sequence[str]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one click, one list: not kept
        self.runner = runner
        self.resize(760, 420)
        self.heading = QLabel(self.tr("Reading…"))
        self.model = QStandardItemModel(0, len(headers), self)
        self.model.setHorizontalHeaderLabels(list(headers))
        self.table: QTableView = list_table("todayList", self.model)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def fill(self, rows: Sequence[Sequence[str]], keys: Sequence[int]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for row, key in zip(rows, keys, strict=True):
            items = [QStandardItem(text) for text in row]
            for item in items:
                item.setEditable(False)
            items[0].setData(key, Qt.ItemDataRole.UserRole)
            self.model.appendRow(items)
        if rows:
            self.table.selectRow(0)
        self.table.resizeColumnsToContents()
        self.table.setFocus()

    def current_key(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return int(self.model.item(index.row(), 0).data(Qt.ItemDataRole.UserRole))


def show_follow_ups(parent: QWidget, session: Session, runner: TaskRunner) -> ListDialog:
    service = InteractionService(session)
    dialog = ListDialog(
        parent,
        runner,
        QCoreApplication.translate("TodayLists", "My follow-ups due"),
        [
            QCoreApplication.translate("TodayLists", "Due"),
            QCoreApplication.translate("TodayLists", "Late"),
            QCoreApplication.translate("TodayLists", "With"),
            QCoreApplication.translate("TodayLists", "About"),
        ],
    )
    done = QPushButton(dialog.tr("&Mark done"))
    done.setObjectName("followUpDone")
    dialog.buttons.addButton(done, QDialogButtonBox.ButtonRole.ActionRole)

    def show(items: list[FollowUp]) -> None:
        dialog.heading.setText(
            dialog.tr("%n follow-up(s) due today or earlier, the oldest first.", "", len(items))
        )
        dialog.fill(
            [
                (
                    f"{f.due:%d %b %Y}",
                    dialog.tr("%n day(s)", "", f.days_late) if f.days_late else dialog.tr("today"),
                    ", ".join(f.contact_names),
                    f.purpose,
                )
                for f in items
            ],
            [f.interaction_id for f in items],
        )
        done.setEnabled(bool(items))

    def load() -> None:
        runner.submit("follow-ups", lambda report: service.follow_ups_due(), show, owner=dialog)

    def mark() -> None:
        key = dialog.current_key()
        if key is not None:
            submit_write(
                runner,
                "follow-up done",
                lambda: service.mark_follow_up_done(key),
                dialog,
                lambda _: load(),
            )

    done.clicked.connect(mark)
    load()
    dialog.open()
    return dialog


def show_partners_overdue(
    parent: QWidget, session: Session, runner: TaskRunner, open_contact: Callable[[int], Any]
) -> ListDialog:
    service = InteractionService(session)
    dialog = ListDialog(
        parent,
        runner,
        QCoreApplication.translate("TodayLists", "Partners overdue for contact"),
        [
            QCoreApplication.translate("TodayLists", "Partner"),
            QCoreApplication.translate("TodayLists", "Organisation"),
            QCoreApplication.translate("TodayLists", "Every"),
            QCoreApplication.translate("TodayLists", "Last contact"),
            QCoreApplication.translate("TodayLists", "Overdue"),
        ],
    )
    opener = QPushButton(dialog.tr("&Open contact"))
    opener.setObjectName("partnerOpen")
    dialog.buttons.addButton(opener, QDialogButtonBox.ButtonRole.ActionRole)

    def show(items: list[OverduePartner]) -> None:
        dialog.heading.setText(
            dialog.tr("%n partner(s) past their stay-in-touch interval.", "", len(items))
        )
        dialog.fill(
            [
                (
                    p.name,
                    p.organisation,
                    dialog.tr("%n day(s)", "", p.stay_in_touch_days),
                    f"{p.last_contact:%d %b %Y}" if p.last_contact else dialog.tr("never"),
                    dialog.tr("%n day(s)", "", p.days_overdue),
                )
                for p in items
            ],
            [p.contact_id for p in items],
        )
        opener.setEnabled(bool(items))

    def open_current() -> None:
        key = dialog.current_key()
        if key is not None:
            dialog.accept()
            open_contact(key)

    opener.clicked.connect(open_current)
    dialog.table.activated.connect(lambda _: open_current())
    runner.submit("partners overdue", lambda report: service.partners_overdue(), show, owner=dialog)
    dialog.open()
    return dialog
