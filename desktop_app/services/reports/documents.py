"""A report on paper: the receipt for the reporting person, and the whole report as a PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.services import audit
from desktop_app.services.attachments import AttachmentService, size_text
from desktop_app.services.office import receipts_dir
from desktop_app.services.office_settings import load_office_settings
from desktop_app.services.printing import print_recorded
from desktop_app.services.reports.queries import ReportQueries, report_history
from desktop_app.services.reports.types import ReportDetail

if TYPE_CHECKING:
    from desktop_app.reporting.receipt import ReceiptData
    from desktop_app.reporting.report_pdf import ReportDocument

# The PDF builders (and reportlab with them, ~0.1 s) are loaded with the first document made:
# the window, and the commands that print nothing, start without them.


def report_document(detail: ReportDetail) -> ReportDocument:
    """The report as the PDF prints it (the reporting layer knows nothing of services)."""
    from desktop_app.reporting.report_pdf import ChangeLine, PersonLine, ReportDocument
    from desktop_app.reporting.report_supplements import SupplementLine

    row = detail.row
    return ReportDocument(
        number=row.number,
        status=row.status,
        void_reason=detail.void_reason,
        category=row.category,
        severity=row.severity,
        location=row.location,
        zone=row.zone,
        occurred_at=row.occurred_at,
        received_at=row.received_at,
        received_by=detail.received_by,
        source=detail.source,
        reported_by=detail.reporter_details or row.reporter,
        assigned_officer=row.assigned_officer,
        follow_up_due=row.follow_up_due,
        police_notified=detail.police_notified,
        police_reference=detail.police_reference,
        closed_at=detail.closed_at,
        account=detail.account,
        action_taken=detail.action_taken,
        people=tuple(PersonLine(p.role, p.name, p.details, p.description) for p in detail.people),
        history=tuple(ChangeLine(h.at, h.who, h.action, h.changes) for h in detail.history),
        original=tuple(detail.original.items()),
        supplements=tuple(
            SupplementLine(
                s.number,
                s.written_by,
                s.written_at,
                s.reason,
                tuple((c.field, c.before, c.after) for c in s.changes),
            )
            for s in detail.supplements
        ),
    )


def _when(value: datetime) -> str:
    return value.strftime("%d %b %Y %H:%M")


class ReportDocuments(ReportQueries):
    """The documents of ReportService. Printing discloses a report, so each print is audited,
    together with its file being put in place (printing.print_recorded)."""

    def receipt_data(self, report_id: int) -> ReceiptData:
        from desktop_app.reporting.receipt import ReceiptData

        detail = self.get(report_id)
        settings = load_office_settings()
        return ReceiptData(
            office_name=settings.office_name,
            office_address=settings.address,
            office_phone=settings.phone,
            number=detail.row.number,
            received_at=_when(detail.row.received_at),
            occurred_at=_when(detail.row.occurred_at),
            category=detail.row.category,
            location=detail.row.location,
            reported_by=detail.row.reporter or "—",
            taken_by=detail.received_by,
            account=detail.account,
            police_reference=detail.police_reference,
        )

    def save_receipt(self, report_id: int, folder: Path | None = None) -> Path:
        """Write the report's receipt PDF (default: the receipts folder) and return its path."""
        from desktop_app.reporting.receipt import build_receipt

        data = self.receipt_data(report_id)
        paper = load_office_settings().paper_size
        target = folder or receipts_dir()
        target.mkdir(parents=True, exist_ok=True)
        return print_recorded(
            target / f"receipt-{data.number}.pdf",
            lambda path: build_receipt(data, path, paper),
            lambda: self._record_print(report_id, "receipt"),
        )

    def save_pdf(self, report_id: int, folder: Path) -> Path:
        """The whole report with its history as a PDF (audited: printing is a disclosure)."""
        from desktop_app.reporting.attachment_list import AttachmentLine
        from desktop_app.reporting.report_pdf import ChangeLine, build_report_pdf

        detail = self.get(report_id)
        settings = load_office_settings()
        files = tuple(
            AttachmentLine(
                a.filename,
                a.media_type,
                size_text(a.size),
                a.sha256,
                a.added_by,
                a.added_at,
                a.note,
            )
            for a in AttachmentService(self.session).list(report_id=report_id)
        )
        history = tuple(  # people by name, as the rest of the document
            ChangeLine(h.at, h.who, h.action, h.changes)
            for h in report_history(report_id, people_by_name=True)
        )
        document = replace(report_document(detail), history=history, attachments=files)
        folder.mkdir(parents=True, exist_ok=True)
        return print_recorded(
            folder / f"{detail.row.number}.pdf",
            lambda path: build_report_pdf(
                document, settings.office_name, path, settings.paper_size
            ),
            lambda: self._record_print(report_id, "full"),
        )

    def _record_print(self, report_id: int, document: str) -> None:
        audit.record(self.session, "print", "report", report_id, None, {"document": document})
