"""The attachments section of the whole-report PDF: each file with its type, size, who added it
and when, and its full SHA-256, so a printed copy can prove which bytes were on file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from desktop_app.reporting.styles import PdfStyles, cell_font, para
from desktop_app.vocabulary import FILE_TYPE_LABELS

# The columns after the file's: type, size, added (by, when). The file's column is the rest of
# the narrowest frame Beacon prints on (A4 with 18 mm margins: 174 mm).
OTHER_COLUMNS = (30 * mm, 18 * mm, 38 * mm)
FILE_COLUMN = 174 * mm - sum(OTHER_COLUMNS)
CELL_PADDING = 12  # reportlab's default 6 pt each side
_BREAK_AFTER = re.compile(r"(?<=[_\-.])")


@dataclass(frozen=True)
class AttachmentLine:
    filename: str
    media_type: str
    size: str  # as people read it: 14.2 KB
    sha256: str
    added_by: str
    added_at: datetime | None  # office time
    note: str = ""


def file_type(media_type: str, filename: str) -> str:
    """'JPEG image', 'Word document', else the extension: 'HEIC file' ('File' without one)."""
    if media_type in FILE_TYPE_LABELS:
        return FILE_TYPE_LABELS[media_type]
    extension = PurePath(filename).suffix.lstrip(".").upper()
    return f"{extension} file" if extension else "File"


def _fitting(text: str, font: str, size: float, width: float) -> int:
    """How many of text's first letters fit in width (at least one)."""
    count = 1
    while count < len(text) and stringWidth(text[: count + 1], font, size) <= width:
        count += 1
    return count


def wrapped_name(name: str, font: str, size: float, width: float) -> str:
    """A file name in lines no wider than width, broken only after '_', '-' or '.' (reportlab
    breaks only at spaces, else mid-word); a piece wider than a whole line is cut by letters."""
    lines: list[str] = []
    line = ""
    for piece in _BREAK_AFTER.split(name):
        if line and stringWidth(line + piece, font, size) > width:
            lines.append(line)
            line = ""
        while stringWidth(piece, font, size) > width:  # a long run with no break in it
            cut = _fitting(piece, font, size, width)
            lines.append(piece[:cut])
            piece = piece[cut:]
        line += piece
    return "\n".join([*lines, line] if line else lines)


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
        room = FILE_COLUMN - CELL_PADDING
        name = wrapped_name(f.filename, st.body.fontName, st.body.fontSize, room)
        name += f"\n{f.note}" if f.note else ""
        rows.append(
            [
                para(name, st.body),
                para(file_type(f.media_type, f.filename), small),
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
    table = Table(rows, colWidths=[FILE_COLUMN, *OTHER_COLUMNS], repeatRows=1)
    table.setStyle(TableStyle(style))
    return [para("Attachments", st.h2), table]
