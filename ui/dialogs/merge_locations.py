"""Merging a location into another that is the same place: choose the one kept, see how many
records will move, confirm."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import ServiceError, ValidationError
from desktop_app.services.picklist_merge import LocationUsage, location_usage
from desktop_app.services.picklists import PickEntry
from desktop_app.services.session import Session
from ui.forms import enter_presses
from ui.i18n import grouped
from ui.tasks import TaskRunner
from ui.writes import is_writing, own_runner, submit_write


class MergeLocationsDialog(QDialog):
    def __init__(
        self,
        session: Session,
        other: PickEntry,
        choices: list[PickEntry],
        merge: Callable[[int], object],
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        """other: the location merged away; choices: those it may be merged into; merge(keep_id)
        does it (on a worker)."""
        super().__init__(parent)
        self.setObjectName("mergeLocationsDialog")
        self.setWindowTitle(self.tr("Merge locations"))
        self.other = other
        self.merge = merge
        self.runner = own_runner(self, runner)
        self.result_value: object = None
        self.usage: LocationUsage | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Every record at “{0}” moves to the location you keep, and “{0}” is retired. "
                "The records keep their own zone."
            ).format(other.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.keep = QComboBox()
        self.keep.setObjectName("mergeKeep")
        self.keep.setAccessibleName(self.tr("The location kept"))
        self.names = {entry.id: entry.name for entry in choices}
        for entry in choices:
            text = f"{entry.name} — {entry.zone_name}" if entry.zone_name else entry.name
            self.keep.addItem(text, entry.id)
        self.keep.setPlaceholderText(self.tr("Choose the location to keep"))
        self.keep.setCurrentIndex(-1)  # nothing chosen for the user: a wrong merge is costly
        self.keep.currentIndexChanged.connect(self._show_counts)
        form.addRow(self.tr("&Keep:"), self.keep)
        layout.addLayout(form)
        self.counts = QLabel(self.tr("Counting the records at “{0}”…").format(other.name))
        self.counts.setObjectName("mergeCounts")
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.message = QLabel()
        self.message.setProperty("role", "fieldError")
        self.message.setObjectName("mergeError")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Merge"))
        self.ok.setObjectName("mergeConfirmButton")
        self.ok.setEnabled(False)  # until the counts are known and the kept one chosen
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        enter_presses(self, self.ok)
        self.runner.submit(
            "count a location's records",
            lambda progress: location_usage(session, other.id),
            on_result=self._counted,
            owner=self,
        )

    def _counted(self, usage: LocationUsage) -> None:
        self.usage = usage
        self._show_counts()

    def _show_counts(self, *args: object) -> None:
        if self.usage is None:
            return
        kept = self.keep.currentData()
        if self.usage.total == 0:
            text = self.tr("No record is at “{0}”: it is only retired.").format(self.other.name)
        elif kept is None:
            text = self.tr("{0} will move to the location kept.").format(
                self.describe(self.usage.counts)
            )
        else:
            text = self.tr("{0} will move from “{1}” to “{2}”.").format(
                self.describe(self.usage.counts),
                self.other.name,
                self.names[kept],
            )
        self.counts.setText(text)
        self.ok.setEnabled(kept is not None)

    def describe(self, counts: dict[str, int]) -> str:
        """'3 reports, 1 patrol entry' (the tables with records, in words)."""
        words = {
            "report": lambda n: self.tr("%n report(s)", "", n),
            "patrol_entry": lambda n: self.tr("%n patrol entry(s)", "", n),
            "event": lambda n: self.tr("%n event(s)", "", n),
            "problem": lambda n: self.tr("%n problem(s)", "", n),
        }
        parts = [
            grouped(words[table](n), n) if table in words else f"{n:,} {table}"
            for table, n in counts.items()
            if n
        ]
        return ", ".join(parts)

    def submit(self) -> None:
        self.message.setVisible(False)
        keep_id, merge = self.keep.currentData(), self.merge
        if keep_id is None:
            return
        submit_write(
            self.runner,
            "merge locations",
            lambda: merge(int(keep_id)),
            self,
            self._done,
            on_refused=self._refused,
        )

    def _done(self, result: object) -> None:
        self.result_value = result
        self.accept()

    def _refused(self, exc: ServiceError) -> None:
        self.message.setText(exc.message if isinstance(exc, ValidationError) else str(exc))
        self.message.setVisible(True)

    def reject(self) -> None:
        if not is_writing(self):
            super().reject()

    @classmethod
    def ask(
        cls,
        session: Session,
        other: PickEntry,
        choices: list[PickEntry],
        merge: Callable[[int], object],
        parent: QWidget | None = None,
    ) -> object:
        """Runs merge(keep_id) when confirmed; returns its result, or None when cancelled."""
        dialog = cls(session, other, choices, merge, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog.result_value if accepted else None
