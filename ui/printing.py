"""A PDF Beacon made, onto paper or into a file the user chooses: the file and print dialogs
(patched in tests) and the drawing of each page onto the printer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(parent: QWidget, suggested: str) -> str:
    """The file the user chose to save a PDF as ('' when cancelled); patched in tests."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ReportsTab", "Save PDF as"),
        suggested,
        QCoreApplication.translate("ReportsTab", "PDF files (*.pdf)"),
    )
    return path


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    """The system print dialog; True when the user chose to print (patched in tests)."""
    return QPrintDialog(printer, parent).exec() == QPrintDialog.DialogCode.Accepted


def new_printer(name: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(300)  # sharp on paper without 140 MB images per page
    printer.setDocName(name)
    return printer


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int | None:
    """Draw every page of document onto printer; how many were printed, or None when the printer
    could not be opened."""
    painter = QPainter()
    if not painter.begin(printer):
        return None
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            painter.drawImage(QPointF(0, 0), document.render(page, size))
    finally:
        painter.end()
    return document.pageCount()
