"""The files attached to one report or patrol entry: thumbnails, attach by dialog or drop, open
with the system viewer, remove. Thumbnails are made off the GUI thread from verified bytes."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QMimeData,
    QSize,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.attachments import (
    AttachmentRow,
    AttachmentService,
    size_text,
)
from desktop_app.services.errors import ServiceError, ValidationError
from desktop_app.services.permissions import allowed
from desktop_app.services.session import Session
from ui.tasks import TaskRunner
from ui.widgets.attachment_thumbnails import THUMBNAIL, Thumbnails, make_thumbnails
from ui.writes import submit_write

ROW_ROLE = Qt.ItemDataRole.UserRole
THUMBNAIL_ROLE = Qt.ItemDataRole.UserRole + 1  # True once the item shows its thumbnail


def open_file(path: str) -> bool:
    """Hand a file to the system viewer; False when none would take it (patched in tests)."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(path)))


def local_files(data: QMimeData) -> list[str]:
    """The local files dragged in (links and remote URLs are not files one can attach)."""
    if not data.hasUrls():
        return []
    return [url.toLocalFile() for url in data.urls() if url.isLocalFile()]


class AttachmentsPanel(QGroupBox):
    changed = Signal()  # a file was attached or removed

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsPanel")
        self.setAccessibleName(self.tr("Attachments"))
        # As tall as its files need (up to three rows): the list beside it keeps the rest.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.session = session
        self.runner = runner
        self.files = AttachmentService(session)
        self.report_id: int | None = None
        self.entry_id: int | None = None
        self.may_change = False
        self._thumbnails: dict[int, QPixmap] = {}  # by attachment id: its bytes never change
        self._generation = 0
        layout = QVBoxLayout(self)
        self.list = self._file_list()
        layout.addWidget(self.list)
        self.hint = QLabel()
        self.hint.setObjectName("attachmentHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        layout.addLayout(self._buttons())
        self.message = QLabel()
        self.message.setObjectName("attachmentMessage")
        self.message.setProperty("role", "fieldError")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        # The list passes drags up to the panel, which takes them when attaching is allowed.
        self.list.setAcceptDrops(False)
        self.list.viewport().setAcceptDrops(False)
        self.show_for()

    def _file_list(self) -> QListWidget:
        files = QListWidget()
        files.setObjectName("attachmentList")
        files.setAccessibleName(self.tr("Attached files"))
        files.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        files.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Long names and notes wrap in a narrow pane instead of hiding behind a scroll bar.
        files.setWordWrap(True)
        files.setResizeMode(QListWidget.ResizeMode.Adjust)
        files.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        files.itemActivated.connect(self.open_item)  # double-click or Enter
        files.currentRowChanged.connect(self._enable_buttons)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            files,
            self.remove_selected,
            Qt.ShortcutContext.WidgetShortcut,
        )
        return files

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("Attach…"))
        self.attach_button.setObjectName("attachButton")
        self.attach_button.setToolTip(self.tr("Attach photos or documents (or drop files here)"))
        self.attach_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openAttachmentButton")
        self.open_button.clicked.connect(lambda: self.open_item(self.list.currentItem()))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setObjectName("removeAttachmentButton")
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.attach_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    # ---- what is shown -----------------------------------------------------------------------
    def follow(self, table: QTableView, selected: Callable[[], Any]) -> None:
        """Show the attachments of the entry chosen in table (selected() returns it or None)."""

        def update(*args: object) -> None:
            entry = selected()
            self.show_for(entry_id=entry.id if entry is not None else None)

        table.selectionModel().selectionChanged.connect(update)
        table.model().modelReset.connect(update)

    def show_for(self, report_id: int | None = None, entry_id: int | None = None) -> None:
        """Show one report's or one entry's files (neither: the panel waits for a choice). A
        message about the same report or entry stays: the detail reloads after each attach."""
        if (report_id, entry_id) != (self.report_id, self.entry_id):
            self._say("")
        self.report_id, self.entry_id = report_id, entry_id
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.list.clear()
        chosen = self.report_id is not None or self.entry_id is not None
        rows: list[AttachmentRow] = []
        if chosen:
            ids = {"report_id": self.report_id, "entry_id": self.entry_id}
            rows = self.files.list(**ids)
            self.may_change = self.files.may_change(**ids)
        else:
            self.may_change = False
        self.setTitle(
            self.tr("Attachments ({0})").format(len(rows)) if rows else self.tr("Attachments")
        )
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for row in rows:
            item = QListWidgetItem(self._describe(row))
            item.setData(ROW_ROLE, row)
            item.setToolTip(row.filename + (f"\n{row.note}" if row.note else ""))
            cached = self._thumbnails.get(row.id)
            item.setIcon(QIcon(cached) if cached is not None else icon)
            item.setData(THUMBNAIL_ROLE, cached is not None)
            self.list.addItem(item)
        self._fit_list()
        if not chosen:
            hint = self.tr("Choose an entry in the list to see the files attached to it.")
        elif self.may_change:
            hint = self.tr("Drop photos or documents here to attach them.")
            if not rows:
                hint = self.tr("No files attached yet.") + " " + hint
        else:
            hint = "" if rows else self.tr("No files attached.")
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.setAcceptDrops(self.may_change)
        self._enable_buttons()
        self._make_thumbnails([r for r in rows if r.is_image and r.id not in self._thumbnails])

    def _fit_list(self) -> None:
        """Rows for up to three files, scrolling beyond; no empty box when there are none."""
        count = self.list.count()
        self.list.setVisible(count > 0)
        if count:
            shown = sum(self.list.sizeHintForRow(i) for i in range(min(count, 3)))
            self.list.setFixedHeight(shown + 2 * self.list.frameWidth() + 2)

    def _describe(self, row: AttachmentRow) -> str:
        name = row.filename + (f" — {row.note}" if row.note else "")
        return self.tr("{0}\n{1} · added by {2}, {3}").format(
            name, size_text(row.size), row.added_by, row.added_at.strftime("%d %b %Y %H:%M")
        )

    def _selected(self) -> AttachmentRow | None:
        item = self.list.currentItem()
        row = item.data(ROW_ROLE) if item is not None else None
        return row if isinstance(row, AttachmentRow) else None

    @Slot()
    def _enable_buttons(self, *args: object) -> None:
        row = self._selected()
        self.attach_button.setEnabled(self.may_change)
        self.open_button.setEnabled(row is not None)
        mine = row is not None and row.added_by_id == self.session.user_id
        self.remove_button.setEnabled(
            row is not None
            and self.may_change
            and (mine or allowed(self.session.role, "report.update"))
        )

    def _make_thumbnails(self, rows: list[AttachmentRow]) -> None:
        if rows:
            generation = self._generation
            make_thumbnails(
                self.runner, self.files, rows, self, lambda made: self._show(generation, made)
            )

    def _show(self, generation: int, made: Thumbnails) -> None:
        if generation != self._generation:  # the panel shows other files by now
            return
        for index in range(self.list.count()):
            item = self.list.item(index)
            row = item.data(ROW_ROLE)
            found = made.get(row.id)
            if isinstance(found, str):
                altered = self.tr("ALTERED since attached, not shown")
                item.setText(f"{altered}: {self._describe(row)}")
                item.setToolTip(found)
                item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            elif found is not None and not found.isNull():
                pixmap = QPixmap.fromImage(found)
                self._thumbnails[row.id] = pixmap
                item.setIcon(QIcon(pixmap))
                item.setData(THUMBNAIL_ROLE, True)

    # ---- attaching ---------------------------------------------------------------------------
    @Slot()
    def choose_files(self) -> None:
        if not self.may_change:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files"), "", self.tr("All files (*)")
        )
        if paths:
            self.attach_paths(paths)

    def attach_paths(self, paths: list[str]) -> None:
        """Attach each file in its own service call: one refused (too big, empty) is named,
        the others are kept."""
        if not self.may_change or not paths:
            return
        self.message.setVisible(False)
        files, report_id, entry_id = self.files, self.report_id, self.entry_id

        def work() -> list[str]:
            refused: list[str] = []
            for path in paths:
                try:
                    files.add(report_id=report_id, entry_id=entry_id, source=Path(path))
                except ValidationError as exc:
                    refused.append(exc.message)
                except ServiceError as exc:
                    refused.append(str(exc))
            return refused

        submit_write(self.runner, "attach files", work, self, self._attached)

    def _attached(self, refused: list[str]) -> None:
        self.reload()
        self._say("\n".join(refused))
        self.changed.emit()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.may_change and local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData())
        if not (self.may_change and paths):
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach_paths(paths)

    # ---- opening and removing ----------------------------------------------------------------
    @Slot(QListWidgetItem)
    def open_item(self, item: QListWidgetItem | None) -> None:
        row = item.data(ROW_ROLE) if item is not None else None
        if not isinstance(row, AttachmentRow):
            return
        self._say("")
        files = self.files
        self.runner.submit(
            "open attachment",
            lambda progress: str(files.save_copy(row.id)),
            on_result=lambda path: self._opened(row, path),
            on_error=self._not_opened,
            owner=self,
        )

    def _opened(self, row: AttachmentRow, path: str) -> None:
        if not open_file(path):
            self._say(
                self.tr(
                    "'{0}' could not be opened: no program on this computer opens files of "
                    "this kind ({1}). A checked copy is at {2}"
                ).format(row.filename, row.media_type, path)
            )

    def _not_opened(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            self._say(str(exc))
        elif isinstance(exc, OSError):
            self._say(self.tr("The file could not be written for the viewer: {0}").format(exc))
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    @Slot()
    def remove_selected(self) -> None:
        row = self._selected()
        if row is None or not self.remove_button.isEnabled():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove attachment"),
            self.tr(
                "Remove '{0}'? It is no longer shown or printed, but stays on record "
                "(with who removed it) in the audit trail and in backups."
            ).format(row.filename),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        files, attachment_id = self.files, row.id
        submit_write(
            self.runner,
            "remove attachment",
            lambda: files.remove(attachment_id),
            self,
            lambda _: self._attached([]),
            lambda exc: self._say(exc.message),
        )
