"""Quitting while the user's shift is open: ask, and never lose the shift."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.services.patrol import PatrolService, ShiftRow
from desktop_app.services.permissions import allowed
from desktop_app.services.session import Session
from ui.tabs.patrol_tab import PatrolTab
from ui.widgets.shift_log import ShiftLogPage

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpenShift", text)


def _open_shift(session: Session, tab: PatrolTab | None) -> ShiftRow | None:
    """The user's open shift as the database has it now (it may have been ended elsewhere). My
    shift need not have been opened this session, nor the Patrol Log at all, for a shift to be
    open: a page not yet built is not built for this, the database is asked."""
    if not allowed(session.role, "patrol.write"):
        return None
    page = tab.lazy.built("shift_log") if tab is not None else None
    try:
        return PatrolService(session).open_shift()
    except Exception:  # quitting must work even when the database does not answer
        log.exception("could not read the open shift at quit; using the page's own record")
        return page.shift if isinstance(page, ShiftLogPage) else None


def may_quit(
    parent: QWidget, session: Session, tab: PatrolTab | None, show_end: Callable[[], None]
) -> bool:
    """True when the window may close. With the user's shift open, ask: end it first (show_end
    takes the user to the handover box: the next shift needs the notes), quit leaving it open
    (it is there at the next sign-in), or stay."""
    shift = _open_shift(session, tab)
    if shift is None:
        return True
    box = QMessageBox(parent)
    box.setObjectName("openShiftQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Your shift is still open"))
    box.setText(
        _tr("Your shift since {0} ({1}) is still open.").format(
            shift.started_at.strftime("%a %d %b %H:%M"), html.escape(shift.zone or "—")
        )
    )
    box.setInformativeText(
        _tr(
            "End it before you go, so the next shift gets your handover notes? If you quit "
            "leaving it open, it is kept and carries on when you sign in again."
        )
    )
    end_first = box.addButton(_tr("End the shift…"), QMessageBox.ButtonRole.AcceptRole)
    end_first.setObjectName("endShiftFirstButton")
    keep = box.addButton(_tr("Quit, leave it open"), QMessageBox.ButtonRole.DestructiveRole)
    keep.setObjectName("keepShiftOpenButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(end_first)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep:
        return True
    if clicked is end_first:
        show_end()
    return False
