"""Who is at the keyboard: the idle lock, "Lock" and "Switch user…"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from desktop_app.services.session import Session
from ui.controllers.actions import make_action
from ui.dialogs.lock_screen import SWITCH, LockDialog
from ui.dialogs.sign_in import SignInDialog
from ui.idle import IdleWatcher


class AccessController(QObject):
    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        idle_minutes: int,
        work: QWidget,
        office: Callable[[], tuple[str, str]],
        switch_to: Callable[[Session], None],
    ) -> None:
        """work: what the lock hides; office: its name and database, as shown at sign-in;
        switch_to: called with the session of whoever signs in instead."""
        super().__init__(window)
        self.window = window
        self.session = session
        self.work = work
        self.office = office
        self.switch_to = switch_to
        self._locked = False
        self.switch_user_action = make_action(
            window, "switchUserAction", self.tr("S&witch user…"), self.ask_switch_user
        )
        self.lock_action = make_action(
            window, "lockAction", self.tr("&Lock"), self.lock, QKeySequence("Ctrl+L")
        )
        self.idle = IdleWatcher(idle_minutes, window)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

    @Slot()
    def lock(self) -> None:
        """Hide the work behind the lock screen until the user's password is typed again."""
        if self._locked:
            return
        self._locked = True
        self.idle.timer.stop()
        self.work.setVisible(False)  # the work stays open underneath but cannot be read
        try:
            outcome = LockDialog.ask(self.session, self.window)
        finally:
            self._locked = False
            self.work.setVisible(True)
            self.idle.set_minutes(self.idle.minutes)
        if outcome == SWITCH:
            self.ask_switch_user(relock=True)

    @Slot()
    def ask_switch_user(self, relock: bool = False) -> None:
        name, display = self.office()
        session = SignInDialog.ask(name, display, self.window)
        if session is not None:
            self.switch_to(session)
        elif relock:
            self.lock()
