"""Attachments from the command line: their bytes come back whole from `beacon backup` +
`beacon restore`, and `beacon check` names one whose bytes were altered."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop_app.services.attachments import AttachmentService
from desktop_app.services.reports import ReportService
from desktop_app.services.session import Session
from models.connection import close, connect
from models.database import DatabaseTarget
from tests.cli.test_cli import beacon
from tests.services.test_reports import walk_in

PHOTO = b"\xff\xd8\xff\xe0 a photo of the cut lock " + bytes(range(256)) * 64


@pytest.fixture
def attached(office, db_path) -> tuple[Path, int]:
    """An office (closed again) with a photo attached to a report, and the photo's id."""
    detail = ReportService(office.manager).create(walk_in(office))
    row = AttachmentService(office.manager).add(
        report_id=detail.row.id, source=PHOTO, filename="lock.jpg"
    )
    close()
    return db_path, row.id


def _stored(path: Path, attachment_id: int) -> tuple[str, bytes]:
    con = sqlite3.connect(str(path))
    sha, data = con.execute(
        "SELECT a.sha256, c.data FROM attachment a JOIN attachment_content c "
        "ON c.attachment_id = a.id WHERE a.id = ?",
        (attachment_id,),
    ).fetchone()
    con.close()
    return sha, bytes(data)


def test_an_attachment_survives_backup_and_restore_with_the_same_sha256(attached, tmp_path):
    live, attachment_id = attached
    done = beacon("backup", "--to", str(tmp_path / "backups"), db=live)
    assert done.returncode == 0, done.stderr
    backup = Path(done.stdout.strip().removeprefix("Backed up to "))
    con = sqlite3.connect(str(live))  # lost after the backup: the photo's bytes
    con.execute("DELETE FROM attachment_content")
    con.commit()
    con.close()

    done = beacon("restore", str(backup), "--yes", db=live)
    assert done.returncode == 0, done.stderr
    sha, data = _stored(live, attachment_id)
    assert data == PHOTO and sha == hashlib.sha256(PHOTO).hexdigest()
    connect(DatabaseTarget("sqlite", str(live)))
    try:
        assert AttachmentService(Session.cli()).content(attachment_id) == PHOTO
    finally:
        close()
    check = beacon("check", db=live)
    assert check.returncode == 0, check.stdout
    assert "attachments ok (1 file)" in check.stdout


def test_check_names_a_tampered_attachment_and_fails(attached):
    live, attachment_id = attached
    con = sqlite3.connect(str(live))
    con.execute(
        "UPDATE attachment_content SET data = ? WHERE attachment_id = ?",
        (PHOTO.replace(b"cut", b"new"), attachment_id),
    )
    con.commit()
    con.close()
    done = beacon("check", db=live)
    assert done.returncode == 1, done.stdout
    assert "Traceback" not in done.stderr
    failed = [line for line in done.stdout.splitlines() if "lock.jpg" in line]
    assert failed and "report WR-" in failed[0]
    assert "attachments FAILED" in done.stdout


def test_restore_refuses_a_backup_whose_attachment_fails_its_sha256(attached, tmp_path):
    live, attachment_id = attached
    done = beacon("backup", "--to", str(tmp_path / "backups"), db=live)
    assert done.returncode == 0, done.stderr
    backup = Path(done.stdout.strip().removeprefix("Backed up to "))
    con = sqlite3.connect(str(backup))
    con.execute("UPDATE attachment_content SET data = ?", (PHOTO.replace(b"cut", b"new"),))
    con.commit()
    con.close()
    live_before = live.read_bytes()

    refused = beacon("restore", str(backup), "--yes", db=live)
    assert refused.returncode != 0
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and "lock.jpg" in lines[0], refused.stderr
    assert live.read_bytes() == live_before
    assert _stored(live, attachment_id)[1] == PHOTO


def test_check_names_an_attachment_whose_bytes_and_sha256_were_both_replaced(attached):
    """Whoever swaps the bytes can rewrite the attachment's SHA-256 too; the one in the hash-chained
    audit entry of the attach cannot be rewritten unseen, so check compares with that."""
    live, attachment_id = attached
    forged = PHOTO.replace(b"cut", b"new")
    con = sqlite3.connect(str(live))
    con.execute(
        "UPDATE attachment_content SET data = ? WHERE attachment_id = ?", (forged, attachment_id)
    )
    con.execute(
        "UPDATE attachment SET sha256 = ? WHERE id = ?",
        (hashlib.sha256(forged).hexdigest(), attachment_id),
    )
    con.commit()
    con.close()
    done = beacon("check", db=live)
    assert done.returncode == 1, done.stdout
    assert "audit chain ok" in done.stdout  # the trail itself was not touched
    named = [line for line in done.stdout.splitlines() if "'lock.jpg'" in line]
    assert len(named) == 1 and "audit entry" in named[0], done.stdout


def test_check_names_an_attachment_that_has_no_attach_entry_in_the_audit_trail(attached):
    """A file slipped into the tables behind Beacon's back: no audit entry vouches for it."""
    live, attachment_id = attached
    con = sqlite3.connect(str(live))
    con.execute(
        "INSERT INTO attachment (report_id, patrol_entry_id, filename, media_type, size, sha256, "
        "added_at, added_by_id, note) SELECT report_id, patrol_entry_id, 'slipped.jpg', "
        "media_type, size, sha256, added_at, added_by_id, note FROM attachment WHERE id = ?",
        (attachment_id,),
    )
    con.execute(
        "INSERT INTO attachment_content (attachment_id, data) VALUES (last_insert_rowid(), ?)",
        (PHOTO,),
    )
    con.commit()
    con.close()
    done = beacon("check", db=live)
    assert done.returncode == 1, done.stdout
    named = [line for line in done.stdout.splitlines() if "'slipped.jpg'" in line]
    assert len(named) == 1 and "no audit entry" in named[0], done.stdout
    assert "'lock.jpg'" not in done.stdout


@pytest.mark.parametrize("stored", ["plain text put there by hand", 10**14])
def test_check_names_an_attachment_stored_as_text_or_a_number_without_crashing(attached, stored):
    live, attachment_id = attached
    con = sqlite3.connect(str(live))
    con.execute(
        "UPDATE attachment_content SET data = ? WHERE attachment_id = ?", (stored, attachment_id)
    )
    con.commit()
    con.close()
    done = beacon("check", db=live)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "check failed" not in done.stderr
    assert "audit chain ok" in done.stdout  # the rest of the check still ran
    named = [line for line in done.stdout.splitlines() if "'lock.jpg'" in line]
    assert len(named) == 1, done.stdout


def test_a_backup_with_attachments_restores_into_another_office(attached, tmp_path):
    """The copy's attachments are checked against the copy's own audit trail, not the live one."""
    live, _ = attached
    done = beacon("backup", "--to", str(tmp_path / "backups"), db=live)
    assert done.returncode == 0, done.stderr
    backup = Path(done.stdout.strip().removeprefix("Backed up to "))
    fresh = tmp_path / "fresh.db"
    assert beacon("init", db=fresh).returncode == 0
    restored = beacon("restore", str(backup), "--yes", db=fresh)
    assert restored.returncode == 0, restored.stderr
    assert "attachments ok (1 file)" in beacon("check", db=fresh).stdout
