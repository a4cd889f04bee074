"""A contact's whole history with the office, as a PDF."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from desktop_app.reporting.styles import document, para, pdf_styles, ruled
from desktop_app.services.history import ContactHistory


def build_contact_pdf(
    history: ContactHistory, office_name: str, out: Path, paper: str = "A4"
) -> Path:
    st = pdf_styles()
    c = history.contact
    doc = document(out, paper, f"History of {c.name}", office_name)
    details = " · ".join(
        x
        for x in (
            c.organisation if c.organisation != c.name else "",
            c.address,
            c.phone,
            c.email,
            c.zone_name,
        )
        if x
    )
    story = [
        para(office_name, st.small),
        para(c.name, st.h1),
        para(details or "No contact details", st.body),
    ]
    if history.roles:
        story.append(para("Roles: " + ", ".join(history.roles), st.body))
    story += [para(f"History ({len(history.items)} entries, newest first)", st.h2)]
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
        table = Table(rows, colWidths=[28 * mm, 20 * mm, 60 * mm, None], repeatRows=1)
        table.setStyle(ruled())
        story.append(table)
    else:
        story.append(para("Nothing recorded with this contact yet.", st.body))
    story += [Spacer(1, 5 * mm), para("Printed from Beacon.", st.small)]
    doc.build(story)
    return out
