"""Photos and documents on reports and patrol entries: kept whole, proven unchanged, refused when
too big, empty or out of bounds, and named by `beacon check` when their bytes were altered."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_app.services.attachments import AttachmentAltered, AttachmentService
from desktop_app.services.check import run_check
from desktop_app.services.clock import now_local
from desktop_app.services.errors import PermissionDenied, ValidationError
from desktop_app.services.patrol import PatrolService
from desktop_app.services.picklists import PicklistService
from desktop_app.services.reports import ReportInput, ReportService
from desktop_app.services.settings import SettingsService
from desktop_app.services.users import create_first_manager
from models.audit import AuditEntry
from models.connection import connect
from models.database import db, resolve_target
from tests.services.test_reports import walk_in

PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


@pytest.fixture
def report_id(office) -> int:
    detail = ReportService(office.desk).create(walk_in(office))
    ReportService(office.manager).assign(detail.row.id, office.officer.user_id)
    return detail.row.id


@pytest.fixture
def entry_id(office) -> int:
    patrol = PatrolService(office.officer)
    shift = patrol.start_shift(office.zones["North"], "foot")
    entry = patrol.add_entry(
        shift.id, "hazard_noted", "Elm Street car park", "Broken glass by the pay machine."
    )
    return entry.id


def _tamper(path: Path, attachment_id: int) -> None:
    con = sqlite3.connect(str(path))
    con.execute(
        "UPDATE attachment_content SET data = ? WHERE attachment_id = ?",
        (b"not the photo that was taken", attachment_id),
    )
    con.commit()
    con.close()


def test_a_file_is_attached_listed_and_read_back_unchanged(office, report_id, tmp_path):
    photo = tmp_path / "rack.png"
    photo.write_bytes(PHOTO)
    service = AttachmentService(office.officer)
    row = service.add(report_id=report_id, source=photo, note="The cut lock")
    assert (row.filename, row.media_type, row.size) == ("rack.png", "image/png", len(PHOTO))
    assert row.sha256 == hashlib.sha256(PHOTO).hexdigest()
    assert (row.added_by, row.note, row.is_image) == ("Asha Khan", "The cut lock", True)
    assert [a.filename for a in service.list(report_id=report_id)] == ["rack.png"]
    assert service.content(row.id) == PHOTO
    logged = AuditEntry.select().where(AuditEntry.action == "attach").get()
    assert (logged.record_type, logged.record_id) == ("report", str(report_id))
    assert row.sha256 in logged.after


def test_an_entry_takes_attachments_from_its_officer_only(office, entry_id):
    mine = AttachmentService(office.officer).add(
        entry_id=entry_id, source=b"%PDF-1.4 statement", filename="statement.pdf"
    )
    assert mine.media_type == "application/pdf"
    assert [a.id for a in AttachmentService(office.manager).list(entry_id=entry_id)] == [mine.id]
    with pytest.raises(PermissionDenied):
        AttachmentService(office.other_officer).add(
            entry_id=entry_id, source=b"x", filename="mine.txt"
        )
    assert AttachmentService(office.manager).may_change(entry_id=entry_id)
    assert not AttachmentService(office.other_officer).may_change(entry_id=entry_id)


def test_a_file_over_the_office_limit_is_refused_with_the_limit_named(office, report_id):
    SettingsService(office.manager).update(attachment_max_mb=1)
    big = b"x" * (1024 * 1024 + 1)
    with pytest.raises(ValidationError) as refused:
        AttachmentService(office.officer).add(report_id=report_id, source=big, filename="cctv.mp4")
    assert refused.value.field == "file"
    assert "cctv.mp4" in refused.value.message and "1 MB" in refused.value.message
    assert AttachmentService(office.officer).list(report_id=report_id) == []


def test_an_empty_file_is_refused(office, report_id, tmp_path):
    empty = tmp_path / "blank.jpg"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match=r"blank\.jpg.*empty"):
        AttachmentService(office.officer).add(report_id=report_id, source=empty)


@pytest.mark.parametrize("value", [0, 201, "20"])
def test_the_attachment_limit_setting_is_checked(office, value):
    with pytest.raises(ValidationError) as refused:
        SettingsService(office.manager).update(attachment_max_mb=value)
    assert refused.value.field == "attachment_max_mb"
    assert SettingsService(office.manager).get().attachment_max_mb == 20


def test_a_void_report_takes_no_attachment(office, report_id):
    ReportService(office.manager).void(report_id, "Entered twice by mistake")
    with pytest.raises(ValidationError, match="void"):
        AttachmentService(office.manager).add(report_id=report_id, source=b"x", filename="a.txt")


def test_only_who_may_edit_the_report_attaches(office, report_id):
    with pytest.raises(PermissionDenied):
        AttachmentService(office.other_officer).add(
            report_id=report_id, source=b"x", filename="a.txt"
        )
    assert not AttachmentService(office.other_officer).may_change(report_id=report_id)


def test_the_desk_attaches_what_the_person_brought_to_the_report_it_took(office, report_id):
    desk = AttachmentService(office.desk)  # office.desk took the report
    assert desk.may_change(report_id=report_id)
    desk.add(report_id=report_id, source=b"photo of the damage", filename="door.jpg")
    ReportService(office.manager).set_status(report_id, "closed")
    assert not desk.may_change(report_id=report_id)
    with pytest.raises(PermissionDenied):
        desk.add(report_id=report_id, source=b"x", filename="a.txt")


def test_removal_by_who_added_it_or_a_manager_is_audited_and_hides_it(office, report_id):
    service = AttachmentService(office.officer)
    row = service.add(report_id=report_id, source=b"first", filename="one.txt")
    other = AttachmentService(office.manager).add(
        report_id=report_id, source=b"second", filename="two.txt"
    )
    with pytest.raises(PermissionDenied):
        service.remove(other.id)
    service.remove(row.id)
    AttachmentService(office.manager).remove(other.id)
    assert service.list(report_id=report_id) == []
    assert AuditEntry.select().where(AuditEntry.action == "remove attachment").count() == 2


def test_altered_bytes_are_never_handed_out(office, report_id, db_path):
    row = AttachmentService(office.officer).add(
        report_id=report_id, source=PHOTO, filename="rack.png"
    )
    _tamper(db_path, row.id)
    with pytest.raises(AttachmentAltered, match=r"rack\.png"):
        AttachmentService(office.officer).content(row.id)


def test_check_names_the_altered_attachment(office, report_id, entry_id, db_path):
    reports = AttachmentService(office.officer)
    kept = reports.add(report_id=report_id, source=PHOTO, filename="rack.png")
    altered = reports.add(entry_id=entry_id, source=b"glass", filename="glass.jpg")
    result = run_check()
    assert result.ok and "attachments ok (2 files)" in result.lines()
    _tamper(db_path, altered.id)
    result = run_check()
    text = "\n".join(result.lines())
    assert not result.ok
    assert "attachments FAILED" in text and "glass.jpg" in text and "patrol entry" in text
    assert "rack.png" not in text and kept.id != altered.id


def test_on_postgresql_the_bytes_round_trip_and_check_names_an_altered_one(pg_url):
    connect(resolve_target(pg_url, {}))
    manager = create_first_manager("morgan", "Morgan Ellis", "correct-horse")
    picklists = PicklistService(manager)
    picklists.ensure_default_categories()
    picklists.add_location("Market Square", picklists.add_zone("South").id)
    report = ReportService(manager).create(
        ReportInput(
            occurred_at=now_local().replace(tzinfo=None) - timedelta(hours=1),
            category="Theft",
            location="Market Square",
            account="Purse taken from a stall while paying.",
            anonymous=True,
        )
    )
    files = AttachmentService(manager)
    row = files.add(report_id=report.row.id, source=PHOTO, filename="stall.png")
    assert files.content(row.id) == PHOTO
    assert run_check().ok
    db.execute_sql("UPDATE attachment_content SET data = %s", (b"swapped",))
    with pytest.raises(AttachmentAltered):
        files.content(row.id)
    text = "\n".join(run_check().lines())
    assert "attachments FAILED" in text and "stall.png" in text
