"""A receipt no viewer would open does not vanish: a bar in the window says so and offers Save
as… (a copy where the user chooses) and Print… (straight to a printer, no viewer needed)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.printing import ask_printer, ask_save_path, new_printer, print_pdf


class ReceiptBar(QFrame):
    """embedded: a line inside another bar (the walk-in's "Saved as…"), with no frame of its own
    and no Close: that bar closes with it."""

    def __init__(self, parent: QWidget | None = None, embedded: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("receiptBar")
        self.setFrameShape(QFrame.Shape.NoFrame if embedded else QFrame.Shape.StyledPanel)
        self.path: Path | None = None
        self.number = ""
        row = QHBoxLayout(self)
        if embedded:
            row.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel()
        self.text.setObjectName("receiptProblemText")
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setObjectName("receiptSaveAsButton")
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("receiptPrintButton")
        self.print_button.clicked.connect(self.print_)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("receiptBarCloseButton")
        close.clicked.connect(lambda: self.setVisible(False))
        for button in (self.print_button, self.save_button, close):
            row.addWidget(button)
        close.setVisible(not embedded)
        self.setVisible(False)

    def not_opened(self, path: Path, number: str) -> None:
        """The system viewer said no: the receipt is still at hand, from here."""
        self.path = path
        self.number = number
        self.text.setText(
            self.tr(
                "<b>The receipt for {0} could not be opened</b>: no PDF viewer answered. Print it "
                "from here, or save a copy to open or e-mail later."
            ).format(number)
        )
        self.setVisible(True)

    @Slot()
    def save_as(self) -> None:
        if self.path is None:
            return
        target = ask_save_path(self, str(Path.home() / self.path.name))
        if not target:
            return
        try:
            shutil.copyfile(self.path, target)
        except OSError as exc:
            self.text.setText(
                self.tr("Could not save {0}: {1}").format(target, exc.strerror or exc)
            )
            return
        self.text.setText(
            self.tr("The receipt for {0} was saved to {1}").format(self.number, target)
        )

    @Slot()
    def print_(self) -> None:
        if self.path is None:
            return
        printer = new_printer(self.path.stem)
        if not ask_printer(self, printer):
            return
        document = QPdfDocument(self)
        try:
            loaded = document.load(str(self.path)) == QPdfDocument.Error.None_
            pages = print_pdf(document, printer) if loaded else None
        finally:
            document.close()
            document.deleteLater()
        if not loaded:
            self.text.setText(
                self.tr("The receipt file is gone: print it again from the saved report.")
            )
        elif pages is None:
            self.text.setText(self.tr("The printer could not be opened."))
        else:
            self.text.setText(
                self.tr("The receipt for {0} was sent to the printer.").format(self.number)
            )
