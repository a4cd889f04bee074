"""The short lists the Today page opens in place: an officer's follow-ups due (marked done from
here) and the partners overdue for contact (a contact opened from here). Read in the
background; the dialog opens at once and fills when the list comes back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

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
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tasks import TaskRunner
from ui.widgets.filters import list_table
from ui.writes import submit_write

T = TypeVar("T")


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
        self.action_buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def add_action(self, text: str, name: str) -> QPushButton:
        """A button beside Close acting on the chosen row, enabled while the list has rows."""
        button = QPushButton(text)
        button.setObjectName(name)
        self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.action_buttons.append(button)
        return button

    def load(
        self,
        name: str,
        read: Callable[[], Sequence[T]],
        heading: Callable[[int], str],
        row: Callable[[T], Sequence[str]],
        key: Callable[[T], int],
    ) -> None:
        """Read the list in the background; then the heading (for its length) and its rows."""

        def show(items: Sequence[T]) -> None:
            self.heading.setText(heading(len(items)))
            self.fill([row(item) for item in items], [key(item) for item in items])

        self.runner.submit(name, lambda report: read(), show, owner=self)

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
        for button in self.action_buttons:
            button.setEnabled(bool(rows))

    def current_key(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return int(self.model.item(index.row(), 0).data(Qt.ItemDataRole.UserRole))


# Each list's title and column headings, marked for the catalogue, translated when shown.
FOLLOW_UPS = (
    QT_TRANSLATE_NOOP("TodayLists", "My follow-ups due"),
    QT_TRANSLATE_NOOP("TodayLists", "Due"),
    QT_TRANSLATE_NOOP("TodayLists", "Late"),
    QT_TRANSLATE_NOOP("TodayLists", "With"),
    QT_TRANSLATE_NOOP("TodayLists", "About"),
)
PARTNERS = (
    QT_TRANSLATE_NOOP("TodayLists", "Partners overdue for contact"),
    QT_TRANSLATE_NOOP("TodayLists", "Partner"),
    QT_TRANSLATE_NOOP("TodayLists", "Organisation"),
    QT_TRANSLATE_NOOP("TodayLists", "Every"),
    QT_TRANSLATE_NOOP("TodayLists", "Last contact"),
    QT_TRANSLATE_NOOP("TodayLists", "Overdue"),
)


def _translate(texts: Sequence[str]) -> list[str]:
    return [QCoreApplication.translate("TodayLists", text) for text in texts]


def show_follow_ups(parent: QWidget, session: Session, runner: TaskRunner) -> ListDialog:
    service = InteractionService(session)
    title, *headers = _translate(FOLLOW_UPS)
    dialog = ListDialog(parent, runner, title, headers)
    done = dialog.add_action(dialog.tr("&Mark done"), "followUpDone")

    def row(f: FollowUp) -> tuple[str, ...]:
        late = dialog.tr("%n day(s)", "", f.days_late) if f.days_late else dialog.tr("today")
        return (f"{f.due:%d %b %Y}", late, ", ".join(f.contact_names), f.purpose)

    def load() -> None:
        dialog.load(
            "follow-ups",
            service.follow_ups_due,
            lambda n: dialog.tr("%n follow-up(s) due today or earlier, the oldest first.", "", n),
            row,
            lambda f: f.interaction_id,
        )

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
    title, *headers = _translate(PARTNERS)
    dialog = ListDialog(parent, runner, title, headers)
    opener = dialog.add_action(dialog.tr("&Open contact"), "partnerOpen")

    def row(p: OverduePartner) -> tuple[str, ...]:
        last = f"{p.last_contact:%d %b %Y}" if p.last_contact else dialog.tr("never")
        every = dialog.tr("%n day(s)", "", p.stay_in_touch_days)
        return (p.name, p.organisation, every, last, dialog.tr("%n day(s)", "", p.days_overdue))

    def open_current() -> None:
        key = dialog.current_key()
        if key is not None:
            dialog.accept()
            open_contact(key)

    opener.clicked.connect(open_current)
    dialog.table.activated.connect(lambda _: open_current())
    dialog.load(
        "partners overdue",
        service.partners_overdue,
        lambda n: dialog.tr("%n partner(s) past their stay-in-touch interval.", "", n),
        row,
        lambda p: p.contact_id,
    )
    dialog.open()
    return dialog
