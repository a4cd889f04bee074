"""Fonts for PDFs: DejaVu Sans, shipped in resources/fonts (every script users type, anywhere).

Read through importlib.resources, never looked up among the system's fonts: a computer without
DejaVu would otherwise print "Łódź" or "Nguyễn" in a fallback font as black boxes.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from io import BytesIO

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR, BOLD = "Beacon", "Beacon-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def _font_file(name: str) -> BytesIO:
    data = (files("resources") / "fonts" / name).read_bytes()
    stream = BytesIO(data)
    stream.name = name  # reportlab names the embedded font after it
    return stream


@cache
def fonts() -> tuple[str, str]:
    """(regular, bold) font names registered with reportlab."""
    for font, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(font, _font_file(filename)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
