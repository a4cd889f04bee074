"""A contact's history PDF in a preview window, to print or save a copy."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop_app.services.office import forget_document
from ui.errors import show_error
from ui.printing import ask_printer, ask_save_path, new_printer, print_pdf
from ui.widgets.pdf_preview import PdfPreview


class HistoryPdfDialog(QDialog):
    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPdfDialog")
        self.setWindowTitle(title)
        self.path = path
        layout = QVBoxLayout(self)
        self.preview = PdfPreview()
        self.preview.document.load(str(path))
        layout.addWidget(self.preview, 1)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("historyPdfPrint")
        self.print_button.clicked.connect(self.print_it)
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.setObjectName("historyPdfSave")
        self.save_button.clicked.connect(self.save_as)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        for button in (self.print_button, self.save_button, close):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.resize(760, 900)
        self.finished.connect(self._forget)

    def print_it(self) -> None:
        printer = new_printer(self.path.stem)
        if ask_printer(self, printer) and print_pdf(self.preview.document, printer) is None:
            show_error(self, self.tr("Print"), self.tr("The printer could not be opened."))

    def save_as(self) -> None:
        target = ask_save_path(self, str(Path.home() / self.path.name))
        if not target:
            return
        try:
            shutil.copyfile(self.path, target)
        except OSError as exc:
            show_error(self, self.tr("Save as"), str(exc))

    def _forget(self) -> None:
        """The file holds a person's details: it goes once its window closes."""
        self.preview.document.close()
        forget_document(self.path)
