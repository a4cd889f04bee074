"""The whole-report PDF lists what is attached to the report, with each file's fingerprint."""

from __future__ import annotations

import hashlib

from pypdf import PdfReader

from desktop_app.services.attachments import AttachmentService
from desktop_app.services.reports import ReportService
from tests.services.test_reports import walk_in

PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 12


def test_the_report_pdf_lists_its_attachments(office, tmp_path):
    reports = ReportService(office.manager)
    report_id = reports.create(walk_in(office)).row.id
    files = AttachmentService(office.manager)
    files.add(report_id=report_id, source=PHOTO, filename="cut-lock.jpg", note="Lock as found")
    gone = files.add(report_id=report_id, source=b"draft", filename="wrong-photo.jpg")
    files.remove(gone.id)

    pdf = reports.save_pdf(report_id, tmp_path)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)
    assert "Attachments" in text
    assert "cut-lock.jpg" in text and "JPEG image" in text and "3.0 KB" in text
    assert hashlib.sha256(PHOTO).hexdigest()[:16] in text.replace(" ", "")
    assert "Morgan Ellis" in text and "Lock as found" in text
    listed, history = text.split("History", 1)
    assert "wrong-photo.jpg" not in listed  # removed: only the history tells of it
    assert "attachment: wrong-photo.jpg → removed" in history
