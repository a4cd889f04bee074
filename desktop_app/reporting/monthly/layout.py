"""The monthly report's look: its paragraph styles, grey-ruled tables and numbered pages."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import Paragraph, Table, TableStyle

from desktop_app.reporting.fonts import fonts
from desktop_app.reporting.styles import para


def difference(new: int, old: int) -> str:
    """Raw difference; a percentage too, but only when the old count is big enough to mean it."""
    diff = new - old
    text = "0" if diff == 0 else f"{diff:+,d}".replace("-", "−")
    if old >= 20 and diff:
        pct = diff / old * 100
        shown = f"{pct:+.0f}" if abs(pct) >= 1 else f"{pct:+.1f}"  # never a misleading "−0 %"
        text += f" ({shown} %)".replace("-", "−")
    return text


NO_DATA = "no data"


def compared(new: int, old: int, known: bool) -> list[str | int]:
    """The old count and the change; '—' and 'no data' for a period before the office's first
    report, where 0 and '+483' would be false."""
    return [old, difference(new, old)] if known else ["—", NO_DATA]


class MonthlyStyles:
    """Paragraph styles of the monthly report (smaller and denser than the one-record PDFs)."""

    def __init__(self) -> None:
        regular, bold = fonts()
        base = getSampleStyleSheet()
        self.regular, self.bold = regular, bold
        self.body = ParagraphStyle(
            "b", parent=base["BodyText"], fontName=regular, fontSize=9.5, leading=13
        )
        self.small = ParagraphStyle("s", parent=self.body, fontSize=8, leading=10)
        self.cell = ParagraphStyle("c", parent=self.body, fontSize=8.5, leading=10.5)
        self.h1 = ParagraphStyle(
            "h1",
            parent=base["Heading1"],
            fontName=bold,
            fontSize=15,
            leading=19,
            spaceBefore=6,
            spaceAfter=6,
            keepWithNext=1,  # a heading never stands alone at the foot of a page
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=base["Heading2"],
            fontName=bold,
            fontSize=11.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        )
        self.title = ParagraphStyle(
            "t", parent=base["Title"], fontName=bold, fontSize=24, leading=30
        )
        self.subtitle = ParagraphStyle("st", parent=self.body, fontSize=14, leading=20, alignment=1)


def _cell(st: MonthlyStyles, value: Any, column: int, numeric_from: int) -> Any:
    if isinstance(value, Paragraph):
        return value
    if column < numeric_from:
        return para(value, st.cell)
    return f"{value:,}" if isinstance(value, int) else str(value)


def grid(
    st: MonthlyStyles,
    header: list[str],
    rows: list[list[Any]],
    widths: list[float] | None = None,
    numeric_from: int = 1,
    total: bool = False,
) -> Table:
    """A grey-ruled table whose header row repeats on every page it spans."""
    right = ParagraphStyle("r", parent=st.small, alignment=2)
    data = [[para(h, right if i >= numeric_from else st.small) for i, h in enumerate(header)]]
    data += [[_cell(st, c, i, numeric_from) for i, c in enumerate(row)] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("FONTNAME", (0, 0), (-1, -1), st.regular),
        ("FONTSIZE", (0, 1), (-1, -1), 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#999999")),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if total and len(data) > 1:
        style += [
            ("FONTNAME", (0, -1), (-1, -1), st.bold),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ]
    table.setStyle(TableStyle(style))
    return table


def numbered_canvas(office: str, month: str) -> type[pdfcanvas.Canvas]:
    """A canvas class whose pages carry the office, the month and 'page 3 of 9'."""

    class NumberedCanvas(pdfcanvas.Canvas):
        """Defers each page so the footer can say 'page 3 of 9'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            regular, _ = fonts()
            width, height = self._pagesize
            self.saveState()
            self.setFont(regular, 8)
            self.setStrokeColor(colors.grey)
            self.setLineWidth(0.4)
            if self._pageNumber > 1:
                self.drawString(18 * mm, height - 12 * mm, f"{office} — monthly report, {month}")
                self.line(18 * mm, height - 13.5 * mm, width - 18 * mm, height - 13.5 * mm)
            self.line(18 * mm, 13.5 * mm, width - 18 * mm, 13.5 * mm)
            self.drawString(18 * mm, 9.5 * mm, office)
            self.drawRightString(width - 18 * mm, 9.5 * mm, f"page {self._pageNumber} of {total}")
            self.restoreState()

    return NumberedCanvas
