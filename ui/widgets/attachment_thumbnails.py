"""Thumbnails of attached images, made off the GUI thread from verified bytes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt
from PySide6.QtGui import QImage, QImageReader

from desktop_app.services.attachments import AttachmentAltered, AttachmentRow, AttachmentService
from ui.tasks import TaskRunner

THUMBNAIL = 56  # pixels, the longer side

# attachment id -> its thumbnail (null when the bytes are no image), or why it is not shown
Thumbnails = dict[int, QImage | str]


def thumbnail(data: bytes) -> QImage:
    """The image scaled to a thumbnail while it is decoded (a 12-megapixel photo is never held
    whole), turned upright as the camera recorded. Null when the bytes are no image Qt reads.
    Safe off the GUI thread: QImage, unlike QPixmap, belongs to no thread."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def make_thumbnails(
    runner: TaskRunner,
    files: AttachmentService,
    rows: list[AttachmentRow],
    owner: QObject,
    done: Callable[[Thumbnails], None],
) -> None:
    """Read and check each row's bytes and scale them on a worker; done(made) on the GUI thread.
    A file altered since it was attached gets the reason instead of a picture."""

    def work(progress: object) -> Thumbnails:
        made: Thumbnails = {}
        for row in rows:
            try:
                made[row.id] = thumbnail(files.content(row.id))
            except AttachmentAltered as exc:
                made[row.id] = str(exc)
        return made

    runner.submit("attachment thumbnails", work, on_result=done, owner=owner)
