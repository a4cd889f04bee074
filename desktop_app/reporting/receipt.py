"""The one-page receipt a person takes away after reporting at the front desk."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop_app.reporting.fonts import fonts

PAPER = {"A4": A4, "Letter": LETTER}
MAX_ACCOUNT_ON_RECEIPT = 2500


@dataclass(frozen=True)
class ReceiptData:
    office_name: str
    office_address: str
    office_phone: str
    number: str
    received_at: str  # already formatted in office time
    occurred_at: str
    category: str
    location: str
    reported_by: str
    taken_by: str
    account: str
    police_reference: str = ""


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def build_receipt(data: ReceiptData, out: Path, paper: str = "A4") -> Path:
    """Write the receipt PDF to out and return it. The account is cut to fit one page."""
    regular, bold = fonts()
    styles = getSampleStyleSheet()
    body = ParagraphStyle(
        "body", parent=styles["BodyText"], fontName=regular, fontSize=10.5, leading=14
    )
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=12, textColor=colors.black)
    title = ParagraphStyle(
        "title", parent=styles["Title"], fontName=bold, fontSize=18, leading=22, spaceAfter=2
    )
    office = ParagraphStyle("office", parent=body, alignment=1, fontSize=10)
    number = ParagraphStyle(
        "number", parent=body, alignment=1, fontSize=22, leading=28, fontName=bold
    )
    size = PAPER.get(paper, A4)
    doc = SimpleDocTemplate(
        str(out),
        pagesize=size,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"Receipt {data.number}",
        author=data.office_name,
        subject="Report receipt",
        initialFontName=fonts()[0],  # not Helvetica, even where nothing is written
    )
    contact = " · ".join(x for x in (data.office_address, data.office_phone) if x)
    facts = [
        ("Report number", data.number),
        ("Received", data.received_at),
        ("When it happened", data.occurred_at),
        ("What", data.category),
        ("Where", data.location),
        ("Reported by", data.reported_by),
        ("Taken by", data.taken_by),
    ]
    if data.police_reference:
        facts.append(("Police reference", data.police_reference))
    table = Table([[_p(k, small), _p(v, body)] for k, v in facts], colWidths=[42 * mm, None])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), regular),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.grey),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    follow = (
        f"Please quote <b>{escape(data.number)}</b> whenever you contact us about this report"
        + (f": {escape(data.office_phone)}" if data.office_phone else "")
        + ". Keep this receipt; an officer may contact you for more details. "
        "In an emergency always call the emergency services first."
    )
    text = data.account
    if len(text) > MAX_ACCOUNT_ON_RECEIPT:
        cut = text[:MAX_ACCOUNT_ON_RECEIPT].rsplit(" ", 1)[0]
        text = f"{cut} … (the full account is kept in the office's record of {data.number})"
    account = KeepInFrame(0, 95 * mm, [_p(text, body)], mode="shrink")
    story = [
        _p(data.office_name, title),
        _p(contact, office) if contact else Spacer(1, 2),
        Spacer(1, 6 * mm),
        _p("Receipt for your report", ParagraphStyle("h", parent=body, alignment=1, fontSize=12)),
        _p(data.number, number),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 5 * mm),
        _p("What you reported", ParagraphStyle("h2", parent=body, fontName=bold)),
        account,
        Spacer(1, 5 * mm),
        Paragraph(follow, small),
    ]
    doc.build(story)
    return out
