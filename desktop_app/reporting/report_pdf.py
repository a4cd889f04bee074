"""One report in full, with its history, as a PDF (for a file, a court bundle or the police)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop_app.reporting.attachment_list import AttachmentLine, attachments_section
from desktop_app.reporting.report_supplements import (
    SupplementLine,
    corrected_note,
    supplements_section,
)
from desktop_app.reporting.styles import PdfStyles, cell_font, document, para, pdf_styles
from desktop_app.vocabulary import (
    AUDIT_ACTION_LABELS,
    PERSON_ROLE_LABELS,
    REPORT_SOURCE_LABELS,
    REPORT_STATUS_LABELS,
    SEVERITY_LABELS,
    label,
)


@dataclass(frozen=True)
class PersonLine:
    role: str  # victim, witness, subject, reporter
    name: str
    details: str
    description: str


@dataclass(frozen=True)
class ChangeLine:
    at: datetime | None  # office time
    who: str
    action: str
    changes: str


@dataclass(frozen=True)
class ReportDocument:
    """One report as printed: times already in office time."""

    number: str
    status: str
    void_reason: str
    category: str
    severity: str
    location: str
    zone: str
    occurred_at: datetime | None
    received_at: datetime | None
    received_by: str
    source: str
    reported_by: str  # the reporter's details, or "" when anonymous
    assigned_officer: str
    follow_up_due: date | None
    police_notified: bool
    police_reference: str
    closed_at: datetime | None
    account: str
    action_taken: str
    people: tuple[PersonLine, ...] = ()
    history: tuple[ChangeLine, ...] = ()
    original: tuple[tuple[str, str], ...] = ()  # (field, value) of the facts supplements changed
    supplements: tuple[SupplementLine, ...] = ()
    attachments: tuple[AttachmentLine, ...] = ()


def _when(value: datetime | None) -> str:
    return value.strftime("%d %b %Y %H:%M") if value else "—"


def _facts(doc: ReportDocument) -> list[tuple[str, str]]:
    status = label(REPORT_STATUS_LABELS, doc.status)
    return [
        ("Status", status + (f" — {doc.void_reason}" if doc.status == "void" else "")),
        ("Category", doc.category),
        ("Severity", label(SEVERITY_LABELS, doc.severity)),
        ("Location", f"{doc.location} ({doc.zone})"),
        ("Happened", _when(doc.occurred_at)),
        ("Received", f"{_when(doc.received_at)} by {doc.received_by}"),
        ("Came in by", label(REPORT_SOURCE_LABELS, doc.source)),
        ("Reported by", doc.reported_by or "—"),
        ("Assigned to", doc.assigned_officer or "—"),
        ("Follow-up due", doc.follow_up_due.strftime("%d %b %Y") if doc.follow_up_due else "—"),
        (
            "Police",
            (
                f"notified, reference {doc.police_reference or '—'}"
                if doc.police_notified
                else "not notified"
            ),
        ),
        ("Closed", _when(doc.closed_at)),
    ]


def _people(st: PdfStyles, people: tuple[PersonLine, ...]) -> Table:
    table = Table(
        [
            [
                para(label(PERSON_ROLE_LABELS, x.role), st.small),
                para(x.name, st.body),
                para(x.details, st.small),
                para(x.description, st.body),
            ]
            for x in people
        ],
        colWidths=[20 * mm, 45 * mm, 50 * mm, None],
    )
    table.setStyle(
        TableStyle(
            [
                cell_font(),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _what(h: ChangeLine) -> str:
    """'Changed: assigned officer: — → Asha Khan': the action in words, then what it changed."""
    action = label(AUDIT_ACTION_LABELS, h.action)
    return f"{action}: {h.changes}" if h.changes else action


def _history(st: PdfStyles, history: tuple[ChangeLine, ...]) -> Table:
    small = st.small
    table = Table(
        [[para("When", small), para("Who", small), para("What", small)]]
        + [
            [
                para(_when(h.at), small),
                para(h.who, small),
                para(_what(h), small),
            ]
            for h in history
        ],
        colWidths=[34 * mm, 30 * mm, None],  # a date and time fit on one line
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                cell_font(),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),  # a wrapped date keeps its row together
            ]
        )
    )
    return table


def build_report_pdf(
    report: ReportDocument, office_name: str, out: Path, paper: str = "A4"
) -> Path:
    """Write the whole report with its history to out and return it."""
    st = pdf_styles()
    body, small, h1, h2 = st.body, st.small, st.h1, st.h2
    doc = document(out, paper, f"Report {report.number}", office_name)
    facts = Table(
        [[para(k, small), para(v, body)] for k, v in _facts(report)], colWidths=[35 * mm, None]
    )
    facts.setStyle(
        TableStyle(
            [
                cell_font(),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story: list[Flowable] = [
        para(office_name, small),
        para(f"Report {report.number}", h1),
        facts,
        *corrected_note(st, report.supplements),
        para("Account", h2),
        para(report.account, body),
        para("Action taken", h2),
        para(report.action_taken or "—", body),
    ]
    if report.people:
        story += [para("People involved", h2), _people(st, report.people)]
    story += supplements_section(st, report.original, report.supplements)
    story += attachments_section(st, report.attachments)
    story.append(para("History", h2))
    if report.history:
        story.append(_history(st, report.history))
    else:
        story.append(para("No changes recorded since it was taken (or imported).", body))
    story += [
        Spacer(1, 6 * mm),
        para(
            "Printed from Beacon. This copy shows the report as recorded when it was printed.",
            small,
        ),
    ]
    doc.build(story)
    return out
