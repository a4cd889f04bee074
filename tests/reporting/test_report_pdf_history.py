"""The whole-report PDF reads as the rest of Beacon: people by name, actions in words, file
types as people call them, long file names wrapped where they may break."""

from __future__ import annotations

from pypdf import PdfReader

from desktop_app.services.attachments import AttachmentService
from desktop_app.services.reports import ReportService
from desktop_app.services.reports.supplements import SupplementService
from tests.services.test_reports import walk_in

LONG_NAME = "bike_rack_photo_taken_at_the_scene_2026-11-27_from_the_north_side.jpg"
DOCX = "witness-statement-of-the-shop-owner.docx"


def _pdf_lines(office, tmp_path) -> list[str]:
    report_id = ReportService(office.desk).create(walk_in(office)).row.id
    ReportService(office.manager).assign(report_id, office.officer.user_id)
    SupplementService(office.officer).correct(
        report_id, {"severity": "high"}, "The owner called back: it was damaged, not taken."
    )
    files = AttachmentService(office.manager)
    files.add(report_id=report_id, source=b"\xff\xd8\xff\xe0 photo", filename=LONG_NAME)
    files.add(report_id=report_id, source=b"PK\x03\x04 document", filename=DOCX)
    pdf = ReportService(office.manager).save_pdf(report_id, tmp_path)
    return [line for page in PdfReader(pdf).pages for line in page.extract_text().splitlines()]


def test_the_history_names_people_and_actions_in_words(office, tmp_path):
    lines = _pdf_lines(office, tmp_path)
    history = "\n".join(lines[next(i for i, x in enumerate(lines) if x == "History") :])
    assert "Priya Patel" in history and "Created" in history
    assert "Asha Khan" in history and "Corrected (supplement)" in history
    assert "Morgan Ellis" in history and "File attached" in history
    for code in ("priya", "akhan", "morgan", "\ncreate", "\nsupplement", "\nattach"):
        assert code not in history, code
    assert ".;" not in history and "not taken; severity" in history


def test_attachments_show_short_types_and_wrap_names_only_where_they_may_break(office, tmp_path):
    lines = _pdf_lines(office, tmp_path)
    text = "\n".join(lines)
    assert "JPEG image" in text and "Word document" in text
    assert "image/jpeg" not in text and "officedocument" not in text
    start = next(i for i, x in enumerate(lines) if x.startswith("bike_rack"))
    pieces, joined = [], ""
    for line in lines[start:]:
        piece = line.split(" ")[0] if joined + line.split(" ")[0] == LONG_NAME else line
        pieces.append(piece)
        joined += piece
        if joined == LONG_NAME:
            break
    assert joined == LONG_NAME, pieces
    assert len(pieces) > 1 and all(p[-1] in "_-." for p in pieces[:-1]), pieces
