"""What an attachment is read from and written to: only a regular file is read (never a device
or a pipe), the viewer's copy stays in its folder under a name the file system takes, and bytes
stored as something else are reported as altered, not a crash."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest

from desktop_app.services.attachment_check import as_bytes
from desktop_app.services.attachments import AttachmentAltered, AttachmentService
from desktop_app.services.errors import ValidationError
from desktop_app.services.reports import ReportService
from tests.services.test_reports import walk_in


@pytest.fixture
def report_id(office) -> int:
    return int(ReportService(office.manager).create(walk_in(office)).row.id)


def _refused(office, report_id: int, source: Path) -> str:
    with pytest.raises(ValidationError) as refused:
        AttachmentService(office.manager).add(report_id=report_id, source=source)
    return refused.value.message


def test_a_link_to_a_device_and_a_folder_are_refused_as_not_files(office, report_id, tmp_path):
    device = tmp_path / "photo.jpg"
    device.symlink_to("/dev/null")
    assert "not a regular file" in _refused(office, report_id, device)
    folder = tmp_path / "holiday"
    folder.mkdir()
    assert "not a regular file" in _refused(office, report_id, folder)
    real = tmp_path / "real.txt"
    real.write_bytes(b"the statement, signed")
    link = tmp_path / "shortcut.txt"
    link.symlink_to(real)
    added = AttachmentService(office.manager).add(report_id=report_id, source=link)
    assert added.size == len(b"the statement, signed")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_without_being_read(office, report_id, tmp_path):
    pipe = tmp_path / "scan.pdf"
    os.mkfifo(pipe)
    stop = threading.Event()

    def writer() -> None:  # feeds the pipe if anything opens it for reading
        while not stop.is_set():
            try:
                fd = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:
                stop.wait(0.01)
                continue
            os.write(fd, b"read from a pipe")
            os.close(fd)
            return

    feeding = threading.Thread(target=writer, daemon=True)
    feeding.start()
    try:
        assert "not a regular file" in _refused(office, report_id, pipe)
    finally:
        stop.set()
        feeding.join()


def test_the_viewer_copy_of_a_long_name_fits_the_file_system(office, report_id, tmp_path):
    files = AttachmentService(office.manager)
    added = files.add(report_id=report_id, source=b"\xff\xd8 a photo", filename="é" * 251 + ".jpg")
    copy = files.save_copy(added.id, tmp_path / "viewer")
    assert copy.read_bytes() == b"\xff\xd8 a photo"
    assert len(copy.name.encode()) <= 255 and copy.name.endswith(".jpg")


def test_a_stored_name_with_a_path_cannot_leave_the_viewer_folder(
    office, report_id, db_path, tmp_path
):
    files = AttachmentService(office.manager)
    added = files.add(report_id=report_id, source=b"notes", filename="notes.txt")
    con = sqlite3.connect(str(db_path))
    con.execute("UPDATE attachment SET filename = 'x/../../ESCAPED.txt' WHERE id = ?", (added.id,))
    con.commit()
    con.close()
    viewer = tmp_path / "a" / "b" / "viewer"
    copy = files.save_copy(added.id, viewer)
    assert copy.parent == viewer and copy.read_bytes() == b"notes"
    assert [p for p in tmp_path.rglob("*ESCAPED*")] == [copy]


@pytest.mark.parametrize("stored", ["a photo put back as text", 5])
def test_bytes_stored_as_text_or_a_number_are_reported_altered(office, report_id, db_path, stored):
    files = AttachmentService(office.manager)
    added = files.add(report_id=report_id, source=b"the photo as text", filename="p.jpg")
    con = sqlite3.connect(str(db_path))
    con.execute("UPDATE attachment_content SET data = ?", (stored,))
    con.commit()
    con.close()
    with pytest.raises(AttachmentAltered):
        files.content(added.id)


def test_as_bytes_takes_what_a_database_returns_and_never_makes_bytes_of_a_number():
    assert as_bytes(b"ab") == b"ab"
    assert as_bytes(memoryview(b"ab")) == b"ab"
    assert as_bytes(bytearray(b"ab")) == b"ab"
    assert as_bytes("ab") == b"ab"
    assert as_bytes(10**12) is None
    assert as_bytes(None) is None
