"""Paragraph styles and table rules shared by Beacon's PDFs (black-and-white safe)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, TableStyle

from desktop_app.reporting.fonts import fonts

PAPER = {"A4": A4, "Letter": LETTER}
__all__ = [
    "A4",
    "LETTER",
    "PAPER",
    "PdfStyles",
    "cell_font",
    "document",
    "para",
    "pdf_styles",
    "ruled",
]


@dataclass(frozen=True)
class PdfStyles:
    regular: str
    bold: str
    body: ParagraphStyle
    small: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle


def pdf_styles() -> PdfStyles:
    regular, bold = fonts()
    base = getSampleStyleSheet()
    body = ParagraphStyle(
        "body", parent=base["BodyText"], fontName=regular, fontSize=9.5, leading=13
    )
    return PdfStyles(
        regular,
        bold,
        body,
        ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        ParagraphStyle("h1", parent=base["Heading1"], fontName=bold, fontSize=16, leading=20),
        ParagraphStyle(
            "h2",
            parent=base["Heading2"],
            fontName=bold,
            fontSize=11.5,
            leading=15,
            spaceBefore=8,
            keepWithNext=1,
        ),
    )


def document(
    out: Path, paper: str, title: str, author: str, margin_mm: float = 18
) -> SimpleDocTemplate:
    """A page template in the office's paper size with even margins and PDF metadata."""
    margin = margin_mm * mm
    return SimpleDocTemplate(
        str(out),
        pagesize=PAPER.get(paper, A4),
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=title,
        author=author,
        initialFontName=fonts()[0],  # not Helvetica, even where nothing is written
    )


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """User text, escaped, with its line breaks kept."""
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)


def cell_font() -> tuple[str, tuple[int, int], tuple[int, int], str]:
    """The table command that sets Beacon's font on every cell (reportlab's default: Helvetica)."""
    return ("FONTNAME", (0, 0), (-1, -1), fonts()[0])


def ruled(header: bool = True) -> TableStyle:
    """Grey rules under each row and a grey header band."""
    commands: list[tuple[object, ...]] = [
        cell_font(),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")))
    return TableStyle(commands)
