"""A report's corrections in its detail: the original facts, each supplement, and the action
that adds the next one."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.reports import (
    ReportDetail,
    ReportService,
    SupplementRow,
    SupplementService,
)
from desktop_app.services.session import Session
from desktop_app.vocabulary import REPORT_FACT_LABELS, label
from ui.dialogs.supplement_dialog import SupplementDialog
from ui.i18n import vocabulary

INDENT = "<br>&nbsp;&nbsp;&nbsp;&nbsp;"  # a change's line, under its supplement


def _value(field: str, text: str) -> str:
    """A value as shown: severities through the translator, long accounts on their own lines."""
    shown = vocabulary(text) if field == "severity" else text
    return html.escape(shown).replace("\n", "<br>")


class SupplementsPanel(QWidget):
    """Shows 'Original report' and 'Supplement N — by X at T — reason' with before → after;
    offers 'Correct… (add supplement)' to a manager and to the officer the report is assigned to."""

    corrected = Signal(object)  # ReportDetail, as it is after the supplement

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportSupplementsPanel")
        self.session = session
        self.detail: ReportDetail | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box = QGroupBox(self.tr("Corrections"))
        self.box.setObjectName("reportSupplementsBox")
        inside = QVBoxLayout(self.box)
        self.text = QLabel()
        self.text.setObjectName("reportSupplements")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inside.addWidget(self.text)
        layout.addWidget(self.box)
        row = QHBoxLayout()
        row.addStretch(1)
        self.button = QPushButton(self.tr("Correct… (add supplement)"))
        self.button.setObjectName("correctReportButton")
        self.button.setToolTip(
            self.tr(
                "Correct category, location, time, severity or account by a supplement: "
                "the original stays readable and is printed with the report"
            )
        )
        self.button.clicked.connect(self._correct)
        row.addWidget(self.button)
        layout.addLayout(row)

    def show_detail(self, detail: ReportDetail | None) -> None:
        self.detail = detail
        self.setVisible(detail is not None)
        if detail is None:
            return
        self.button.setVisible(
            SupplementService.can_correct(self.session, detail.assigned_officer_id)
        )
        self.button.setEnabled(detail.row.status != "void")
        self.box.setVisible(bool(detail.supplements))
        self.text.setText(self._describe(detail) if detail.supplements else "")

    def _describe(self, detail: ReportDetail) -> str:
        original = "".join(
            INDENT
            + self.tr("{0}: {1}").format(
                html.escape(vocabulary(label(REPORT_FACT_LABELS, field))), _value(field, value)
            )
            for field, value in detail.original.items()
        )
        parts = [
            self.tr("<b>Original report</b> — the facts later corrected, as first recorded:")
            + original
        ]
        parts += [self._supplement(s) for s in detail.supplements]
        return "<br><br>".join(parts)

    def _supplement(self, s: SupplementRow) -> str:
        heading = self.tr("<b>Supplement {0}</b> — by {1} at {2} — {3}").format(
            s.number,
            html.escape(s.written_by),
            s.written_at.strftime("%d %b %Y %H:%M"),
            html.escape(s.reason),
        )
        return heading + "".join(
            INDENT
            + self.tr("{0}: {1} → {2}").format(
                html.escape(vocabulary(label(REPORT_FACT_LABELS, c.field))),
                _value(c.field, c.before),
                _value(c.field, c.after),
            )
            for c in s.changes
        )

    @Slot()
    def _correct(self) -> None:
        if self.detail is None:
            return
        report_id = self.detail.row.id
        supplements, reports = SupplementService(self.session), ReportService(self.session)

        def correct(changes: dict[str, object], reason: str) -> ReportDetail:
            supplements.correct(report_id, changes, reason)
            return reports.get(report_id)

        result = SupplementDialog.ask(self.detail, self.session, correct, self)
        if isinstance(result, ReportDetail):
            self.corrected.emit(result)
