"""One report in full, with its history, as a PDF (for a file, a court bundle or the police)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desktop_app.reporting.styles import document, para, pdf_styles
from desktop_app.services.reports import ReportDetail


def build_report_pdf(detail: ReportDetail, office_name: str, out: Path, paper: str = "A4") -> Path:
    st = pdf_styles()
    body, small, h1, h2 = st.body, st.small, st.h1, st.h2

    def p(text: object, style: ParagraphStyle = body) -> Paragraph:
        return para(text, style)

    def when(value: object) -> str:
        return value.strftime("%d %b %Y %H:%M") if value else "—"  # type: ignore[attr-defined]

    row = detail.row
    doc = document(out, paper, f"Report {row.number}", office_name)
    facts = [
        (
            "Status",
            row.status.replace("_", " ")
            + (f" — {detail.void_reason}" if row.status == "void" else ""),
        ),
        ("Category", row.category),
        ("Severity", row.severity),
        ("Location", f"{row.location} ({row.zone})"),
        ("Happened", when(row.occurred_at)),
        ("Received", f"{when(row.received_at)} by {detail.received_by}"),
        ("Came in by", detail.source.replace("_", "-")),
        ("Reported by", detail.reporter_details or row.reporter or "—"),
        ("Assigned to", row.assigned_officer or "—"),
        ("Follow-up due", row.follow_up_due.strftime("%d %b %Y") if row.follow_up_due else "—"),
        (
            "Police",
            (
                f"notified, reference {detail.police_reference or '—'}"
                if detail.police_notified
                else "not notified"
            ),
        ),
        ("Closed", when(detail.closed_at)),
    ]
    table = Table([[p(k, small), p(v)] for k, v in facts], colWidths=[35 * mm, None])
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story = [
        p(office_name, small),
        p(f"Report {row.number}", h1),
        table,
        p("Account", h2),
        p(detail.account),
        p("Action taken", h2),
        p(detail.action_taken or "—"),
    ]
    if detail.people:
        story.append(p("People involved", h2))
        people = Table(
            [
                [p(x.role.capitalize(), small), p(x.name), p(x.details, small), p(x.description)]
                for x in detail.people
            ],
            colWidths=[20 * mm, 45 * mm, 50 * mm, None],
        )
        people.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(people)
    story.append(p("History", h2))
    if detail.history:
        history = Table(
            [[p("When", small), p("Who", small), p("What", small)]]
            + [
                [
                    p(when(h.at), small),
                    p(h.who, small),
                    p(f"{h.action}: {h.changes}" if h.changes else h.action, small),
                ]
                for h in detail.history
            ],
            colWidths=[32 * mm, 30 * mm, None],
            repeatRows=1,
        )
        history.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
                ]
            )
        )
        story.append(history)
    else:
        story.append(p("No changes recorded since it was taken (or imported)."))
    story += [
        Spacer(1, 6 * mm),
        p(
            "Printed from Beacon. This copy shows the report as recorded when it was printed.",
            small,
        ),
    ]
    doc.build(story)
    return out
