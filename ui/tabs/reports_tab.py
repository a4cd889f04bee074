"""The Reports tab: the monthly report generated in the background, previewed, printed, saved;
and one-click PDFs of a single report."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.clock import now_local
from desktop_app.services.events import EventService
from desktop_app.services.history import HistoryService
from desktop_app.services.monthly import add_months, last_full_month, parse_month, write_monthly_pdf
from desktop_app.services.office import forget_document, generated_pdf_dir
from desktop_app.services.permissions import allowed
from desktop_app.services.reports import ReportService
from desktop_app.services.session import Session
from ui.errors import show_error
from ui.i18n import grouped
from ui.printing import ask_printer, ask_save_path, new_printer, print_pdf
from ui.tasks import TaskRunner
from ui.widgets.contact_picker import ContactPicker
from ui.widgets.pdf_preview import PdfPreview


def open_folder(folder: Path) -> None:
    """The folder in the system's file manager (patched in tests)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def month_title(month: date) -> str:
    """'November 2026' in the user's language (strftime would give the C locale's)."""
    return QLocale().toString(QDate(month.year, month.month, 1), "MMMM yyyy")


def event_label(starts_at: datetime, title: str) -> str:
    when = QDateTime(
        QDate(starts_at.year, starts_at.month, starts_at.day),
        QTime(starts_at.hour, starts_at.minute),
    )
    return f"{QLocale().toString(when, 'd MMM HH:mm')} — {title}"


class ReportsTab(QWidget):
    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsTab")
        self.setAccessibleName(self.tr("Reports"))
        self.session = session
        self.runner = runner
        self.current: Path | None = None
        layout = QHBoxLayout(self)
        side = QVBoxLayout()
        layout.addLayout(side, 0)

        monthly = QGroupBox(self.tr("Monthly report"))
        monthly.setObjectName("monthlyBox")
        form = QFormLayout(monthly)
        self.month = QComboBox()
        self.month.setObjectName("reportsMonth")
        self.month.setAccessibleName(self.tr("Month"))
        newest = last_full_month()
        this_month = add_months(newest, 1)
        # Months travel as "YYYY-MM" text: a Python date would come back as a QDate.
        self.month.addItem(month_title(this_month) + self.tr(" (so far)"), f"{this_month:%Y-%m}")
        for back in range(0, 36):
            month = add_months(newest, -back)
            self.month.addItem(month_title(month), f"{month:%Y-%m}")
        self.month.setCurrentIndex(1)  # the last full month
        form.addRow(self.tr("Month:"), self.month)
        self.note = QPlainTextEdit()
        self.note.setObjectName("reportsNote")
        self.note.setAccessibleName(self.tr("Manager's note for the cover"))
        self.note.setPlaceholderText(
            self.tr("A note for the cover: what stood out, what is planned…")
        )
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(110)
        form.addRow(self.tr("Note:"), self.note)
        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.setObjectName("generateReportButton")
        self.generate_button.clicked.connect(self.generate)
        form.addRow(self.generate_button)
        self.progress = QProgressBar()
        self.progress.setObjectName("reportsProgress")
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        form.addRow(self.progress)
        self.status = QLabel()
        self.status.setObjectName("reportsStatus")
        self.status.setWordWrap(True)
        form.addRow(self.status)
        side.addWidget(monthly)

        single = QGroupBox(self.tr("One report"))
        single_form = QHBoxLayout(single)
        self.report_number = QLineEdit()
        self.report_number.setObjectName("singleReportNumber")
        self.report_number.setAccessibleName(self.tr("Report number"))
        self.report_number.setPlaceholderText("WR-2026-00042")
        self.report_number.returnPressed.connect(self.single_report)
        single_button = QPushButton(self.tr("Make PDF"))
        single_button.setObjectName("singleReportButton")
        single_button.clicked.connect(self.single_report)
        single_form.addWidget(self.report_number, 1)
        single_form.addWidget(single_button)
        side.addWidget(single)

        person = QGroupBox(self.tr("A contact's history"))
        person_layout = QVBoxLayout(person)
        self.contact = ContactPicker(session, "historyContact")
        self.contact.new_button.setVisible(False)
        person_layout.addWidget(self.contact)
        contact_button = QPushButton(self.tr("Make PDF"))
        contact_button.setObjectName("contactHistoryButton")
        contact_button.clicked.connect(self.contact_history)
        person_layout.addWidget(contact_button, 0, Qt.AlignmentFlag.AlignRight)
        side.addWidget(person)

        sheet = QGroupBox(self.tr("Event sign-in sheet"))
        sheet_layout = QVBoxLayout(sheet)  # the event's name gets the box's whole width
        self.event_choice = QComboBox()
        self.event_choice.setObjectName("signInEvent")
        self.event_choice.setAccessibleName(self.tr("Event"))
        self.event_choice.currentIndexChanged.connect(  # a name still too long is read here
            lambda _: self.event_choice.setToolTip(self.event_choice.currentText())
        )
        sheet_layout.addWidget(self.event_choice)
        sheet_button = QPushButton(self.tr("Make PDF"))
        sheet_button.setObjectName("signInSheetButton")
        sheet_button.clicked.connect(self.sign_in_sheet)
        sheet_layout.addWidget(sheet_button, 0, Qt.AlignmentFlag.AlignRight)
        side.addWidget(sheet)
        side.addStretch(1)
        self.reload_events()

        main = QVBoxLayout()
        bar = QHBoxLayout()
        self.title = QLabel(self.tr("Generate a report to preview it here."))
        self.title.setObjectName("reportsPreviewTitle")
        bar.addWidget(self.title, 1)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printReportButton")
        self.print_button.clicked.connect(self.print_current)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setObjectName("saveReportAsButton")
        self.save_button.clicked.connect(self.save_as)
        self.folder_button = QPushButton(self.tr("Open folder"))
        self.folder_button.setObjectName("openPdfFolderButton")
        self.folder_button.setToolTip(self.tr("Open the folder that holds the PDF"))
        self.folder_button.clicked.connect(
            lambda: open_folder(self.folder) if self.folder else None
        )
        self.folder_button.setVisible(False)
        self.folder: Path | None = None
        bar.addWidget(self.folder_button)
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
            bar.addWidget(button)
        main.addLayout(bar)
        self.preview = PdfPreview()
        self.document = self.preview.document
        main.addWidget(self.preview, 1)
        layout.addLayout(main, 1)
        side_width = 330
        for box in (monthly, single, person, sheet):
            box.setFixedWidth(side_width)

        can_print = allowed(session.role, "report.print")
        monthly.setEnabled(can_print)
        if not can_print:
            self.status.setText(self.tr("The monthly report is printed by managers."))
        single.setEnabled(allowed(session.role, "report.read"))
        person.setEnabled(allowed(session.role, "contact.read"))
        sheet.setEnabled(allowed(session.role, "event.read"))

    # ---- generating --------------------------------------------------------------------------
    @Slot()
    def generate(self) -> None:
        month = parse_month(str(self.month.currentData()))
        note, session = self.note.toPlainText(), self.session
        out = generated_pdf_dir() / f"monthly-{month:%Y-%m}.pdf"
        self.generate_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Counting…"))

        def progress(pct: int, what: str) -> None:
            self.progress.setValue(pct)
            self.status.setText(what.capitalize() + "…")

        def done(path: Path) -> None:
            self.generate_button.setEnabled(True)
            self.progress.setVisible(False)
            self.show_pdf(path, self.tr("Monthly report, {0}").format(month_title(month)))

        def failed(exc: BaseException) -> None:
            self.generate_button.setEnabled(True)
            self.progress.setVisible(False)
            self.status.setText(self.tr("The report could not be made: {0}").format(exc))

        self.runner.submit(
            "monthly report",
            lambda report: write_monthly_pdf(session, month, out, note, report),
            on_result=done,
            on_error=failed,
            on_progress=progress,
            owner=self,
        )

    @Slot()
    def single_report(self) -> None:
        reports = ReportService(self.session)
        report_id = reports.find_number(self.report_number.text())
        if report_id is None:
            self.status.setText(
                self.tr("No report with the number '{0}'").format(self.report_number.text())
            )
            return
        self.runner.submit(
            "report pdf",
            lambda report: reports.save_pdf(report_id, generated_pdf_dir()),
            on_result=lambda path: self.show_pdf(path, path.stem),
            on_error=lambda exc: self.status.setText(str(exc)),
            owner=self,
        )

    def reload_events(self) -> None:
        """Events of the last month and the next two, nearest first, to print a sheet for."""
        self.event_choice.clear()
        if not allowed(self.session.role, "event.read"):
            return
        today = now_local().date()
        events = EventService(self.session).between(
            today - timedelta(days=31), today + timedelta(days=62)
        )
        for event in sorted(events, key=lambda e: abs((e.starts_at.date() - today).days)):
            label = event_label(event.starts_at, event.title)
            self.event_choice.addItem(label, event.id)
            self.event_choice.setItemData(
                self.event_choice.count() - 1, label, Qt.ItemDataRole.ToolTipRole
            )

    @Slot()
    def contact_history(self) -> None:
        contact_id = self.contact.contact_id()
        if contact_id is None:
            self.status.setText(self.tr("Choose a contact first"))
            return
        history = HistoryService(self.session)
        self.runner.submit(
            "contact pdf",
            lambda report: history.save_contact_pdf(contact_id, generated_pdf_dir()),
            on_result=lambda path: self.show_pdf(
                path,
                self.tr("History of {0}").format(
                    self.contact.contact.name if self.contact.contact else ""
                ),
            ),
            on_error=lambda exc: self.status.setText(str(exc)),
            owner=self,
        )

    @Slot()
    def sign_in_sheet(self) -> None:
        event_id = self.event_choice.currentData()
        if event_id is None:
            self.status.setText(self.tr("There is no event to print a sheet for"))
            return
        events = EventService(self.session)
        title = self.event_choice.currentText()
        self.runner.submit(
            "sign-in pdf",
            lambda report: events.save_sign_in_pdf(int(event_id), generated_pdf_dir()),
            on_result=lambda path: self.show_pdf(path, self.tr("Sign-in sheet: {0}").format(title)),
            on_error=lambda exc: self.status.setText(str(exc)),
            owner=self,
        )

    def close_preview(self) -> None:
        """The window is closing: the preview's file (names, accounts) goes with it."""
        self.document.close()
        forget_document(self.current)
        self.current = None

    def show_pdf(self, path: Path, title: str) -> None:
        if self.current is not None and self.current != path:
            self.document.close()
            forget_document(self.current)  # the preview it replaces is no longer shown
        self.current = path
        self.document.close()
        self.document.load(str(path))
        pages = self.document.pageCount()
        self.title.setText(f"<b>{title}</b> — " + grouped(self.tr("%n page(s)", "", pages), pages))
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.show_where(self.tr("Shown from {0}; Save as… keeps a copy.").format(path), path)
        self.preview.go_to(0)

    @Slot()
    def open_folder(self) -> None:
        if self.folder is not None:
            open_folder(self.folder)

    def show_where(self, message: str, path: Path) -> None:
        """Say where the file is, and offer its folder."""
        self.status.setText(message)
        self.folder = path.parent
        self.folder_button.setVisible(True)

    # ---- printing and saving -----------------------------------------------------------------
    @Slot()
    def print_current(self) -> None:
        if self.current is None:
            return
        printer = new_printer(self.current.stem)
        if ask_printer(self, printer):
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Draw every page of the current PDF onto printer; returns how many were printed."""
        pages = print_pdf(self.document, printer)
        if pages is None:
            show_error(self, self.tr("Print"), self.tr("The printer could not be opened."))
            return 0
        return pages

    @Slot()
    def save_as(self) -> None:
        if self.current is None:
            return
        target = ask_save_path(self, str(Path.home() / self.current.name))
        if not target:
            return
        try:
            shutil.copyfile(self.current, target)
        except OSError as exc:
            show_error(
                self,
                self.tr("Save as"),
                self.tr("Could not save {0}: {1}").format(target, exc.strerror),
            )
            return
        self.show_where(self.tr("Saved to {0}").format(target), Path(target))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.preview.fit_width()
