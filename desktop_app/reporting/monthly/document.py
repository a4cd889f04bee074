"""The manager's monthly report as a PDF: a pure function from MonthlyData to a file.

Black-and-white safe: tables in greys with clear rules, trend lines told apart by dash pattern
and marker, not by colour. Raw differences everywhere; a percentage only beside counts of 20+.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from desktop_app.reporting.fonts import fonts
from desktop_app.reporting.monthly import crime_sections, office_sections
from desktop_app.reporting.monthly.data import MonthlyData
from desktop_app.reporting.monthly.layout import MonthlyStyles, numbered_canvas
from desktop_app.reporting.styles import PAPER

Section = Callable[[MonthlyStyles, MonthlyData, float], list[Any]]

# In the order they are printed.
SECTIONS: tuple[Section, ...] = (
    crime_sections.cover,
    crime_sections.summary,
    crime_sections.categories,
    crime_sections.trend,
    crime_sections.places,
    crime_sections.time_grid,
    office_sections.patrol,
    office_sections.handling,
    office_sections.engagement,
    office_sections.problems,
    office_sections.notable,
    office_sections.upcoming,
    office_sections.data_quality,
)


def build_monthly_pdf(data: MonthlyData, out: Path) -> Path:
    """Write the monthly report for data to out (A4 or Letter, as data.paper says)."""
    st = MonthlyStyles()
    size = PAPER.get(data.paper, A4)
    month = data.month.strftime("%B %Y")
    doc = SimpleDocTemplate(
        str(out),
        pagesize=size,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=f"Monthly report {month}",
        author=data.office_name,
        subject=f"{data.office_name}, {month}",
        initialFontName=fonts()[0],  # not Helvetica, even where nothing is written
    )
    width = size[0] - 36 * mm
    story: list[Any] = []
    for section in SECTIONS:
        story += section(st, data, width)
    doc.build(story, canvasmaker=numbered_canvas(data.office_name, month))
    return out
