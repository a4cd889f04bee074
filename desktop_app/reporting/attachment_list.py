"""The attachments section of the whole-report PDF: each file with its type, size, who added it
and when, and its full SHA-256, so a printed copy can prove which bytes were on file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from desktop_app.reporting.styles import PdfStyles, cell_font, para


@dataclass(frozen=True)
class AttachmentLine:
    filename: str
    media_type: str
    size: str  # as people read it: 14.2 KB
    sha256: str
    added_by: str
    added_at: datetime | None  # office time
    note: str = ""


def attachments_section(st: PdfStyles, files: tuple[AttachmentLine, ...]) -> list[Flowable]:
    """A heading and the table of files; nothing when the report has none."""
    if not files:
        return []
    small = st.small
    rows: list[list[object]] = [
        [para("File", small), para("Type", small), para("Size", small), para("Added", small)]
    ]
    style: list[tuple[object, ...]] = [
        cell_font(),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for f in files:
        when = f.added_at.strftime("%d %b %Y %H:%M") if f.added_at else "—"
        name = f.filename + (f"\n{f.note}" if f.note else "")
        rows.append(
            [
                para(name, st.body),
                para(f.media_type, small),
                para(f.size, small),
                para(f"{f.added_by}\n{when}", small),
            ]
        )
        rows.append([para(f"SHA-256: {f.sha256}", small), "", "", ""])
        last = len(rows) - 1
        style += [
            ("SPAN", (0, last), (-1, last)),
            ("TOPPADDING", (0, last), (-1, last), 0),
            ("LINEBELOW", (0, last), (-1, last), 0.25, colors.grey),
        ]
    table = Table(rows, colWidths=[None, 38 * mm, 18 * mm, 38 * mm], repeatRows=1)
    table.setStyle(TableStyle(style))
    return [para("Attachments", st.h2), table]
