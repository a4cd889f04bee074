"""The walk-in form's draft: autosaved on a worker two seconds after a change, offered back in a
banner (restore or discard) when the form opens again after a crash or a closed window."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.services.clock import now_local
from desktop_app.services.drafts import Draft, DraftService
from desktop_app.services.session import Session
from ui.tasks import TaskRunner
from ui.writes import submit_write

DRAFT_FORM = "walk_in"
AUTOSAVE_MS = 2000


class DraftKeeper(QObject):
    """Keeps one form's draft. Saves and discards run on the runner, in the order they were
    asked for: a save that lost the race to a later save or discard is skipped, so a report
    saved (and its draft discarded) never leaves a stale draft behind."""

    kept = Signal(str)  # office time of the save, HH:MM:SS

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        snapshot: Callable[[], dict[str, Any] | None],
        owner: QWidget,
    ) -> None:
        super().__init__(owner)
        self.drafts = DraftService(session)
        self.runner = runner
        self.snapshot = snapshot  # the form's content, or None when there is nothing to keep
        self.owner = owner
        self._lock = threading.Lock()
        self._issued = 0  # GUI thread: the order in which writes were asked for
        self._applied = 0  # workers, under the lock: the latest write that landed
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)

    def load(self) -> Draft | None:
        return self.drafts.load(DRAFT_FORM)

    @Slot()
    def edited(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @Slot()
    def save_now(self) -> None:
        data = self.snapshot()  # read on the GUI thread; the worker only writes it
        if data is None:  # everything typed was deleted again: so goes its draft
            self.discard()
            return
        drafts = self.drafts
        save = self.ordered(lambda: drafts.save(DRAFT_FORM, data))
        submit_write(
            self.runner,
            "draft autosave",
            save,
            self.owner,
            lambda landed: self.kept.emit(now_local().strftime("%H:%M:%S")) if landed else None,
            quiet=True,  # typing carries on while the draft is written
        )

    def discard(self) -> None:
        self.timer.stop()
        drafts = self.drafts
        discard = self.ordered(lambda: drafts.discard(DRAFT_FORM))
        submit_write(self.runner, "draft discard", discard, self.owner, lambda _: None, quiet=True)

    def ordered(self, write: Callable[[], None]) -> Callable[[], bool]:
        """write wrapped to run only if no later draft write has landed; True when it ran.
        Called on the GUI thread; the result runs on a worker (a report save discards with it)."""
        self._issued += 1
        number = self._issued

        def run() -> bool:
            with self._lock:
                if number < self._applied:
                    return False
                write()
                self._applied = number
                return True

        return run

    def ordered_discard(self) -> Callable[[], bool]:
        self.timer.stop()
        drafts = self.drafts
        return self.ordered(lambda: drafts.discard(DRAFT_FORM))


class DraftBanner(QFrame):
    """'An unsaved walk-in report … was kept': restore it, or discard it."""

    restore_clicked = Signal()
    discard_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walkInDraftBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        restore = QPushButton(self.tr("Restore it"))
        restore.setObjectName("walkInRestoreDraftButton")
        restore.clicked.connect(self.restore_clicked)
        discard = QPushButton(self.tr("Discard it"))
        discard.setObjectName("walkInDiscardDraftButton")
        discard.clicked.connect(self.discard_clicked)
        row.addWidget(restore)
        row.addWidget(discard)
        self.setVisible(False)

    def offer(self, draft: Draft | None) -> None:
        if draft is None:
            self.setVisible(False)
            return
        account = " ".join(str(draft.data.get("account", "")).split())
        preview = (account[:80] + "…") if len(account) > 80 else account
        self.text.setText(
            self.tr(
                "An unsaved walk-in report from {0} was kept: “{1}”. Restore it to carry on?"
            ).format(draft.saved_at.strftime("%d %b %H:%M"), preview or self.tr("(no account yet)"))
        )
        self.setVisible(True)
