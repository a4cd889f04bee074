"""PDFs embed the Unicode font Beacon ships, whatever fonts the computer has."""

from __future__ import annotations

from datetime import datetime
from importlib.resources import files

from pypdf import PdfReader
from reportlab import rl_config

from desktop_app.reporting import fonts
from desktop_app.reporting.contact_pdf import ContactHistoryDocument, HistoryLine, build_contact_pdf


def test_a_pdf_embeds_the_shipped_font_and_prints_every_name(tmp_path, monkeypatch):
    # A computer without DejaVu anywhere: no system folder to search.
    monkeypatch.setattr(fonts, "_SEARCH", (), raising=False)
    monkeypatch.setattr(rl_config, "TTFSearchPath", [])
    fonts.fonts.cache_clear()
    history = ContactHistoryDocument(
        "Nguyễn Thị Lan",
        "",
        "ul. Piotrkowska 12, Łódź",
        "",
        "",
        "",
        (),
        (HistoryLine(datetime(2026, 10, 3, 14, 20), "Report", "Łódź", "Nguyễn came by"),),
    )
    out = build_contact_pdf(history, "Beacon Office", tmp_path / "c.pdf")
    page = PdfReader(str(out)).pages[0]
    names = {str(f["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
    assert any("DejaVuSans" in name for name in names), names
    assert not any("Helvetica" in name for name in names), names
    text = page.extract_text()
    assert "Łódź" in text
    assert "Nguyễn" in text


def test_the_shipped_font_and_its_licence_are_in_resources():
    folder = files("resources") / "fonts"
    assert (folder / "DejaVuSans.ttf").is_file()
    assert (folder / "DejaVuSans-Bold.ttf").is_file()
    assert "Bitstream" in (folder / "LICENSE").read_text(encoding="utf-8")
