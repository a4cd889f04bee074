"""A PDF preview with its controls: previous/next page, "Page 2 of 5", zoom out/in, fit width;
PgUp/PgDn turn pages and Ctrl++ / Ctrl+- zoom while the preview has the focus."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self._pending: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.previous_button = self._button("previewPreviousPage", self.tr("◀ Previous"))
        self.previous_button.setToolTip(self.tr("Previous page (PgUp)"))
        self.page_label = QLabel()
        self.page_label.setObjectName("previewPageLabel")
        self.next_button = self._button("previewNextPage", self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("Next page (PgDn)"))
        self.zoom_out_button = self._button("previewZoomOut", self.tr("−"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_in_button = self._button("previewZoomIn", self.tr("+"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.fit_button = self._button("previewFitWidth", self.tr("Fit width"))
        for widget in (self.previous_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_in_button):
            widget.setFixedWidth(widget.fontMetrics().horizontalAdvance("M") * 3)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        layout.addLayout(bar)
        self.view = QPdfView(self)
        # Made after the view, so it outlives the view while the preview is taken down.
        self.document = QPdfDocument(self)
        self.view.setObjectName("reportsPreview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)

        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit_width)
        keys = (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_by(ZOOM_STEP)),
            (QKeySequence("Ctrl+="), lambda: self.zoom_by(ZOOM_STEP)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_by(1 / ZOOM_STEP)),
            (QKeySequence(Qt.Key.Key_PageDown), lambda: self.go_to(self.current_page() + 1)),
            (QKeySequence(Qt.Key.Key_PageUp), lambda: self.go_to(self.current_page() - 1)),
        )
        for key, act in keys:
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(act)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self.document.pageCountChanged.connect(self._show_page)
        self.document.statusChanged.connect(self._new_document)
        self._show_page()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def current_page(self) -> int:
        """The page being read (0-based); while a zoom is laid out, the page it returns to."""
        if self._pending is not None:
            return self._pending
        return int(self.view.pageNavigator().currentPage())

    @Slot()
    def go_to(self, page: int) -> None:
        """Show page (0-based) at the top, clamped to the document."""
        count = self.document.pageCount()
        if count:
            self.view.pageNavigator().jump(max(0, min(page, count - 1)), QPointF(0, 0))

    def zoom(self) -> float:
        """The zoom shown now; in fit-width mode, the factor that fits (as QPdfView computes it)."""
        if self.view.zoomMode() != QPdfView.ZoomMode.FitToWidth or not self.document.pageCount():
            return float(self.view.zoomFactor())
        points = self.document.pagePointSize(max(self.current_page(), 0))
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        return room / max(points.width() * self.logicalDpiX() / 72, 1.0)

    @Slot()
    def zoom_by(self, factor: float) -> None:
        low, high = ZOOM_RANGE
        zoom = min(max(self.zoom() * factor, low), high)
        page = self.current_page()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)
        self._keep(page)

    @Slot()
    def fit_width(self) -> None:
        page = self.current_page()
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._keep(page)

    def _keep(self, page: int) -> None:
        """Back to page once the view has laid out the new zoom (it keeps the scroll offset)."""
        self._pending = page
        self.view.verticalScrollBar().setValue(0)
        QTimer.singleShot(0, self, self._return)

    @Slot()
    def _return(self) -> None:
        page, self._pending = self._pending, None
        if page is not None:
            self.go_to(page)

    @Slot(QPdfDocument.Status)
    def _new_document(self, status: QPdfDocument.Status) -> None:
        """Each new document starts fitting the width: the last one's zoom is no guide."""
        if status == QPdfDocument.Status.Loading:
            self._pending = None
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    @Slot()
    def _show_page(self, *args: object) -> None:
        count = self.document.pageCount()
        page = min(self.current_page(), count - 1) + 1 if count else 0
        self.page_label.setText(self.tr("Page {0} of {1}").format(page, count) if count else "")
        self.previous_button.setEnabled(page > 1)
        self.next_button.setEnabled(0 < page < count)
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(count > 0)
