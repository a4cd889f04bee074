"""The privacy dialogs of a contact: export for subject access (JSON and PDF), anonymise
(confirmed by typing the name; then the reports to review), and the retention review list.
Each takes the service call it runs, so tests drive it without a database; ask() builds them
from a session."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import ValidationError
from desktop_app.services.office_settings import load_office_settings
from desktop_app.services.privacy.access_pdf import save_subject_access
from desktop_app.services.privacy.anonymise import Anonymised, anonymise
from desktop_app.services.privacy.retention import QuietContact, retention_review
from desktop_app.services.session import Session
from desktop_app.vocabulary import CONTACT_KIND_LABELS, label
from ui.tasks import TaskRunner
from ui.writes import is_writing, own_runner, submit_write

Export = Callable[[Path, Path], object]
Erase = Callable[[], Anonymised]
Review = Callable[[int], Sequence[QuietContact]]


def _wrapped(text: str) -> QLabel:
    shown = QLabel(text)
    shown.setWordWrap(True)
    return shown


class SubjectAccessDialog(QDialog):
    """Where to save the export: a JSON file, and the PDF beside it with the same name."""

    def __init__(
        self,
        name: str,
        default: Path,
        export: Export,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("subjectAccessDialog")
        self.setWindowTitle(self.tr("Export for subject access"))
        self.export, self.runner = export, own_runner(self, runner)
        self.result_value: object = None
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(self.tr(
            "Everything the office holds about {0}: a JSON file they can take elsewhere, and a "
            "PDF to read, saved side by side. The export is recorded in the audit trail."
        ).format(name)))  # fmt: skip
        row = QHBoxLayout()
        self.path = QLineEdit(str(default))
        self.path.setObjectName("subjectAccessPath")
        self.path.setAccessibleName(self.tr("JSON file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setObjectName("subjectAccessBrowse")
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("subjectAccessMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Export"))
        ok.setObjectName("subjectAccessExportButton")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the export as"), self.path.text(), self.tr("JSON (*.json)")
        )
        if chosen:
            self.path.setText(chosen)

    def targets(self) -> tuple[Path, Path]:
        json_path = Path(self.path.text().strip()).with_suffix(".json")
        return json_path, json_path.with_suffix(".pdf")

    def submit(self) -> None:
        json_path, pdf_path = self.targets()
        if not json_path.parent.is_dir():
            self.message.setText(self.tr("That folder does not exist; choose another."))
            return
        export = self.export
        submit_write(
            self.runner, "subject access", lambda: export(json_path, pdf_path), self, self._done
        )

    def _done(self, result: object) -> None:
        self.result_value = result
        self.accept()

    def reject(self) -> None:
        if not is_writing(self):
            super().reject()


class AnonymiseDialog(QDialog):
    """Confirmed by typing the contact's name; afterwards it lists the reports to review."""

    def __init__(
        self, name: str, erase: Erase, parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("anonymiseDialog")
        self.setWindowTitle(self.tr("Anonymise {0}").format(name))
        self.name, self.erase, self.runner = name, erase, own_runner(self, runner)
        self.result_value: Anonymised | None = None
        layout = QVBoxLayout(self)
        self.intro = _wrapped(self.tr(
            "This erases what identifies {0}: name, phone, email, address and notes, here and in "
            "the audit trail. Their reports, interactions and attendance stay, unnamed, and still "
            "count in the figures. It cannot be undone. Type the name to confirm."
        ).format(name))  # fmt: skip
        layout.addWidget(self.intro)
        self.typed = QLineEdit()
        self.typed.setObjectName("anonymiseTypedName")
        self.typed.setAccessibleName(self.tr("The contact's name, to confirm"))
        self.typed.setPlaceholderText(name)
        self.typed.textChanged.connect(self._typed)
        layout.addWidget(self.typed)
        self.to_review = QListWidget()
        self.to_review.setObjectName("anonymiseReportsToReview")
        self.to_review.setVisible(False)
        layout.addWidget(self.to_review)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Anonymise"))
        self.ok.setObjectName("anonymiseConfirmButton")
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _typed(self, text: str) -> None:
        self.ok.setEnabled(
            " ".join(text.split()).casefold() == " ".join(self.name.split()).casefold()
        )

    def submit(self) -> None:
        if self.result_value is not None:  # the second press closes
            self.accept()
            return
        if not self.ok.isEnabled():
            return
        erase = self.erase
        submit_write(self.runner, "anonymise contact", erase, self, self._done, self._refused)

    def _done(self, result: Anonymised) -> None:
        self.result_value = result
        self.typed.setVisible(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setVisible(False)
        self.ok.setText(self.tr("Close"))
        if not result.to_review:
            self.intro.setText(self.tr("Done: the contact is now “{0}”. No report's text mentions "
                                       "the name.").format(result.label))  # fmt: skip
            return
        self.intro.setText(self.tr(
            "Done: the contact is now “{0}”. These reports' own text still mentions the name; "
            "review them and correct them with a supplement where it should not:"
        ).format(result.label))  # fmt: skip
        for report in result.to_review:
            self.to_review.addItem(f"{report.number} — {', '.join(report.fields)}")
        self.to_review.setVisible(True)

    def _refused(self, exc: ValidationError) -> None:
        self.intro.setText(exc.message)

    def reject(self) -> None:
        if not is_writing(self):
            super().reject()


class RetentionDialog(QDialog):
    """Contacts quiet for N years, the quietest first, for a manager to decide on."""

    HEADERS = ("Id", "Name", "Kind", "Last activity", "What")

    def __init__(
        self, years: int, review: Review, parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Retention review"))
        self.review, self.runner = review, own_runner(self, runner)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("No activity for at least:")))
        self.years = QSpinBox()
        self.years.setObjectName("retentionYears")
        self.years.setAccessibleName(self.tr("Years without activity"))
        self.years.setRange(1, 100)
        self.years.setValue(years)
        self.years.setSuffix(self.tr(" years"))
        self.years.valueChanged.connect(self.load)
        row.addWidget(self.years)
        row.addStretch(1)
        layout.addLayout(row)
        self.model = QStandardItemModel(0, len(self.HEADERS), self)
        self.model.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table = QTableView()
        self.table.setObjectName("retentionTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        layout.addWidget(self.table)
        self.count = QLabel()
        self.count.setObjectName("retentionCount")
        layout.addWidget(self.count)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(640, 420)
        self.load()

    def load(self) -> None:
        """The list for the years shown, read on a worker."""
        years, review = self.years.value(), self.review
        self.count.setText(self.tr("Looking…"))
        self.runner.submit(
            "retention review", lambda _report: list(review(years)), self._show, owner=self
        )

    def _show(self, rows: list[QuietContact]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for q in rows:
            cells = [str(q.id), q.name, label(CONTACT_KIND_LABELS, q.kind),
                     q.last_activity.strftime("%d %b %Y"), q.last_what]  # fmt: skip
            items = [QStandardItem(c) for c in cells]
            for item in items:
                item.setEditable(False)
            items[0].setData(q.id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(items)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.count.setText(self.tr("%n contact(s) to review", "", len(rows)))


def ask_subject_access(
    session: Session, contact_id: int, name: str, folder: Path, parent: QWidget | None = None
) -> object:
    """Export for subject access; returns the files written, or None when cancelled."""
    dialog = SubjectAccessDialog(
        name,
        folder / f"subject-access-{contact_id}.json",
        lambda json_path, pdf_path: save_subject_access(session, contact_id, json_path, pdf_path),
        parent,
    )
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return dialog.result_value if accepted else None


def ask_anonymise(
    session: Session, contact_id: int, name: str, parent: QWidget | None = None
) -> Anonymised | None:
    """Anonymise after the name is typed; returns what was done, or None when cancelled."""
    dialog = AnonymiseDialog(name, lambda: anonymise(session, contact_id), parent)
    dialog.exec()
    dialog.deleteLater()
    return dialog.result_value


def show_retention(session: Session, parent: QWidget | None = None) -> None:
    """The retention review, for the office's number of years."""
    years = load_office_settings().retention_years
    dialog = RetentionDialog(years, lambda n: retention_review(session, n), parent)
    dialog.exec()
    dialog.deleteLater()
