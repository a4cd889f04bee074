"""Fonts for PDFs: DejaVu Sans when the system has it (every script users type), else Helvetica."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_SEARCH = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/local/share/fonts",
    "/Library/Fonts",
    "C:/Windows/Fonts",
)


@cache
def fonts() -> tuple[str, str]:
    """(regular, bold) font names registered with reportlab."""
    for folder in _SEARCH:
        regular, bold = Path(folder) / "DejaVuSans.ttf", Path(folder) / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            pdfmetrics.registerFont(TTFont("Beacon", str(regular)))
            pdfmetrics.registerFont(TTFont("Beacon-Bold", str(bold)))
            addMapping("Beacon", 0, 0, "Beacon")
            addMapping("Beacon", 1, 0, "Beacon-Bold")
            addMapping("Beacon", 0, 1, "Beacon")
            addMapping("Beacon", 1, 1, "Beacon-Bold")
            return "Beacon", "Beacon-Bold"
    return "Helvetica", "Helvetica-Bold"
