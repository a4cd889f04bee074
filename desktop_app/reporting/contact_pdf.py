"""A contact's whole history with the office, as a PDF."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from desktop_app.reporting.plural import plural
from desktop_app.reporting.styles import document, para, pdf_styles, ruled


@dataclass(frozen=True)
class HistoryLine:
    at: datetime  # office time
    kind: str  # Interaction, Report, Event, Patrol, Problem
    title: str
    detail: str


@dataclass(frozen=True)
class ContactHistoryDocument:
    name: str
    organisation: str
    address: str
    phone: str
    email: str
    zone: str
    roles: tuple[str, ...]
    items: tuple[HistoryLine, ...]  # newest first
    scope_note: str = ""  # what part of the history this reader may see, when not all of it


def build_contact_pdf(
    history: ContactHistoryDocument, office_name: str, out: Path, paper: str = "A4"
) -> Path:
    """Write the contact's details and whole history, newest first, to out and return it."""
    st = pdf_styles()
    h = history
    doc = document(out, paper, f"History of {h.name}", office_name)
    details = " · ".join(
        x
        for x in (
            h.organisation if h.organisation != h.name else "",
            h.address,
            h.phone,
            h.email,
            h.zone,
        )
        if x
    )
    story = [
        para(office_name, st.small),
        para(h.name, st.h1),
        para(details or "No contact details", st.body),
    ]
    if history.roles:
        story.append(para("Roles: " + ", ".join(history.roles), st.body))
    story += [
        para(f"History ({plural(len(history.items), 'entry', 'entries')}, newest first)", st.h2)
    ]
    if history.scope_note:
        story.append(para(history.scope_note, st.body))
    if history.items:
        rows = [
            [
                para("When", st.small),
                para("What", st.small),
                para("", st.small),
                para("Detail", st.small),
            ]
        ]
        rows += [
            [
                para(i.at.strftime("%d %b %Y %H:%M"), st.small),
                para(i.kind, st.small),
                para(i.title, st.small),
                para(i.detail, st.small),
            ]
            for i in history.items
        ]
        table = Table(rows, colWidths=[28 * mm, 25 * mm, 58 * mm, None], repeatRows=1)
        table.setStyle(ruled())
        story.append(table)
    else:
        story.append(para("Nothing recorded with this contact yet.", st.body))
    story += [Spacer(1, 5 * mm), para("Printed from Beacon.", st.small)]
    doc.build(story)
    return out
