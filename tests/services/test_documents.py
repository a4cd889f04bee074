"""Receipts and previews hold names and accounts: Beacon deletes them once they are of no use."""

from __future__ import annotations

import os
import time

from desktop_app.services.office import (
    forget_document,
    generated_pdf_dir,
    prune_documents,
    receipts_dir,
)


def _pdf(folder, name, age_hours):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"%PDF-1.4 test")
    then = time.time() - age_hours * 3600
    os.utime(path, (then, then))
    return path


def test_receipts_and_previews_older_than_a_day_are_deleted_at_start(tmp_path):
    old_receipt = _pdf(receipts_dir(), "receipt-WR-2026-00001.pdf", 30)
    new_receipt = _pdf(receipts_dir(), "receipt-WR-2026-00002.pdf", 2)
    old_preview = _pdf(generated_pdf_dir(), "monthly-2026-09.pdf", 25)
    new_preview = _pdf(generated_pdf_dir(), "monthly-2026-10.pdf", 1)
    saved_copy = _pdf(tmp_path / "saved", "monthly-2026-08.pdf", 400)

    assert prune_documents() == 2
    assert not old_receipt.exists() and not old_preview.exists()
    assert new_receipt.exists() and new_preview.exists() and saved_copy.exists()


def test_a_document_no_longer_shown_is_deleted_but_never_a_copy_kept_elsewhere(tmp_path):
    preview = _pdf(generated_pdf_dir(), "report-WR-2026-00003.pdf", 0)
    elsewhere = _pdf(tmp_path, "report-WR-2026-00003.pdf", 0)
    forget_document(preview)
    forget_document(elsewhere)
    forget_document(None)
    assert not preview.exists()
    assert elsewhere.exists()


def test_a_document_half_built_when_beacon_was_killed_is_deleted_at_start():
    left = _pdf(generated_pdf_dir(), ".contact-1-history.pdf.k3x9q.tmp", 30)
    receipt = _pdf(receipts_dir(), ".receipt-WR-2026-00001.pdf.a8b2c.tmp", 30)
    building = _pdf(generated_pdf_dir(), ".sign-in-4.pdf.z1y2x.tmp", 0)  # another window's
    assert prune_documents() == 2
    assert not left.exists() and not receipt.exists()
    assert building.exists()
    building.unlink()  # the folder is shared by every test of the run
