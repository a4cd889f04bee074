"""An event's sign-in sheet: the registered people, then blank rows for walk-ins."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Table

from desktop_app.reporting.styles import document, para, pdf_styles, ruled
from desktop_app.vocabulary import EVENT_KIND_LABELS, label

BLANK_ROWS = 15


@dataclass(frozen=True)
class SignInPerson:
    name: str
    organisation: str
    phone: str


@dataclass(frozen=True)
class SignInSheetDocument:
    title: str
    kind: str  # a key of vocabulary.EVENT_KIND_LABELS
    starts_at: datetime  # office time
    ends_at: datetime
    venue: str
    lead: str
    attendees: tuple[SignInPerson, ...]


def build_sign_in_pdf(
    sheet: SignInSheetDocument, office_name: str, out: Path, paper: str = "A4"
) -> Path:
    """Write the sign-in sheet (registered people, then blank lines) to out and return it."""
    st = pdf_styles()
    doc = document(out, paper, f"Sign-in sheet: {sheet.title}", office_name, margin_mm=15)
    when = f"{sheet.starts_at:%A %d %B %Y, %H:%M}–{sheet.ends_at:%H:%M}"
    story = [
        para(office_name, st.small),
        para(sheet.title, st.h1),
        para(f"{label(EVENT_KIND_LABELS, sheet.kind)} · {when} · {sheet.venue}", st.body),
        para(
            f"Lead officer: {sheet.lead or '—'}. {len(sheet.attendees)} registered; please sign "
            "in below, or add your name on a blank line.",
            st.body,
        ),
    ]
    rows = [[para(h, st.small) for h in ("", "Name", "Organisation", "Phone", "Signature")]]
    rows += [
        [
            para(str(n), st.small),
            para(a.name, st.body),
            para(a.organisation, st.small),
            para(a.phone, st.small),
            "",
        ]
        for n, a in enumerate(sheet.attendees, start=1)
    ]
    start = len(sheet.attendees) + 1
    rows += [[para(str(n), st.small), "", "", "", ""] for n in range(start, start + BLANK_ROWS)]
    table = Table(
        rows,
        colWidths=[11 * mm, 55 * mm, 45 * mm, 30 * mm, None],
        repeatRows=1,
        rowHeights=[None] + [9 * mm] * (len(rows) - 1),
    )
    table.setStyle(ruled())
    story.append(table)
    doc.build(story)
    return out
