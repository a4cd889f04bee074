"""The walk-in form driven like the front desk does: typing, Tab, picking from the completer."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCompleter, QLabel, QPushButton

from desktop_app.services.clock import now_local
from desktop_app.services.reports import ReportFilter, ReportService
from models.connection import close, connect
from models.database import DatabaseTarget
from models.reports import Report
from ui.tasks import TaskRunner
from ui.widgets.walk_in_form import WalkInForm


@pytest.fixture
def opened(monkeypatch):
    """PDFs the form would hand to the system viewer."""
    paths: list[str] = []
    monkeypatch.setattr("ui.widgets.walk_in_form.open_document", paths.append)
    return paths


def make_form(qtbot, session) -> WalkInForm:
    form = WalkInForm(session, TaskRunner())
    qtbot.addWidget(form)
    form.resize(1200, 720)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def pick_from_completer(qtbot, completer: QCompleter, text_contains: str) -> None:
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    model = popup.model()
    for row in range(model.rowCount()):
        if text_contains in model.index(row, 0).data():
            popup.setCurrentIndex(model.index(row, 0))
            qtbot.keyClick(popup, Qt.Key.Key_Return)
            return
    raise AssertionError(f"{text_contains!r} not offered")


def test_a_report_typed_at_the_counter_is_found_again_after_restart(qtbot, office, opened, db_path):
    form = make_form(qtbot, office.desk)
    search = form.reporter.search
    search.setFocus()
    qtbot.keyClicks(search, "adey")
    pick_from_completer(qtbot, form.reporter.completer, "Zoë Adeyemi")
    assert form.reporter.contact_id() == office.reporter_id
    assert "4 Elm Street" in form.findChild(QLabel, "walkInReporterChosen").text()

    assert QApplication.focusWidget() is form.category  # picked: on past "New person…"
    qtbot.keyClicks(form.category, "the")
    pick_from_completer(qtbot, form.category.completer(), "Theft")
    assert form.category.text() == "Theft"
    qtbot.keyClick(form.category, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.location
    qtbot.keyClicks(form.location, "car p")
    pick_from_completer(qtbot, form.location.completer(), "Elm Street car park")
    form.earlier_button.click()
    form.account.setFocus()
    qtbot.keyClicks(
        form.account, "Bicycle taken from the rack; lock cut. Blue Raleigh, serial 4471."
    )
    # Ctrl+S pressed: the form is disabled while it saves, so it never sees the key's release.
    qtbot.keyPress(form.account, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    saved = form.findChild(QLabel, "walkInSavedNumber")
    qtbot.waitUntil(saved.isVisible, timeout=10000)  # saved on a worker
    assert saved.isVisible()
    number = form.last_saved.row.number
    assert number in saved.text()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert opened[0].endswith(f"receipt-{number}.pdf") and Path(opened[0]).exists()
    assert form.account.toPlainText() == ""  # ready for the next person
    assert form.drafts.load("walk_in") is None

    form.runner.wait()
    close()  # "restart": a new connection to the same file
    connect(DatabaseTarget("sqlite", str(db_path)))
    rows, _ = ReportService(office.manager).list(ReportFilter(text="Raleigh"))
    assert [(r.number, r.category, r.location, r.reporter) for r in rows] == [
        (number, "Theft", "Elm Street car park", "Zoë Adeyemi")
    ]
    assert now_local() - timedelta(hours=1, minutes=5) < rows[0].occurred_at < now_local()


def test_mistakes_are_shown_at_each_field_and_the_text_stays(qtbot, office, opened):
    form = make_form(qtbot, office.desk)
    future = now_local() + timedelta(days=2)
    form.occurred.set_value(future.replace(tzinfo=None, hour=10, minute=0))
    form.category.setText("Arson")
    form.location.setText("Elm Street car park")
    long_text = "The bicycle was taken. " * 5000  # over 100,000 characters (trailing space trimmed)
    form.account.setPlainText(long_text)
    form.save_button.click()
    account_error = form.findChild(QLabel, "walkInAccountError")
    qtbot.waitUntil(lambda: form.isEnabled() and account_error.isVisible(), timeout=10000)
    messages = {
        name: form.findChild(QLabel, f"{name}Error")
        for name in ("walkInReporter", "walkInCategory", "walkInOccurredAt", "walkInAccount")
    }
    assert "Choose the reporting person" in messages["walkInReporter"].text()
    assert "Unknown category 'Arson'" in messages["walkInCategory"].text()
    assert "cannot be in the future" in messages["walkInOccurredAt"].text()
    assert "too long (114,999 characters; at most 20,000)" in messages["walkInAccount"].text()
    assert all(label.isVisible() for label in messages.values())
    assert form.account.toPlainText() == long_text
    assert form.category.text() == "Arson"
    assert Report.select().count() == 0
    assert not opened


def test_inline_new_person_without_leaving_the_form(qtbot, office, opened):
    form = make_form(qtbot, office.desk)
    qtbot.keyClicks(form.reporter.search, "Ola Nowak")
    form.reporter.new_button.click()
    assert form.reporter.new_name.text() == "Ola Nowak"
    qtbot.keyClicks(form.reporter.new_phone, "0161 496 0777")
    form.findChild(QPushButton, "walkInReporterAddButton").click()
    qtbot.waitUntil(lambda: form.reporter.contact is not None, timeout=10000)  # added on a worker
    assert form.reporter.contact is not None and form.reporter.contact.name == "Ola Nowak"
    assert not form.reporter.new_frame.isVisible()


def test_an_edit_is_autosaved_and_offered_back_to_a_new_form(qtbot, office):
    form = make_form(qtbot, office.desk)
    form.account.setPlainText("Half-way through: a man in a red jacket")
    form.category.setText("Theft")
    qtbot.waitUntil(lambda: form.drafts.load("walk_in") is not None, timeout=5000)
    qtbot.waitUntil(lambda: not form.runner.busy, timeout=5000)  # the worker is through
    again = make_form(qtbot, office.desk)
    banner = again.findChild(type(again.banner), "walkInDraftBanner")
    assert banner.isVisible() and "red jacket" in again.banner_text.text()
    again.findChild(QPushButton, "walkInRestoreDraftButton").click()
    assert again.account.toPlainText() == "Half-way through: a man in a red jacket"
    assert again.category.text() == "Theft"


def test_clear_form_discards_the_draft_of_text_typed_and_then_deleted(qtbot, office):
    form = make_form(qtbot, office.desk)
    form.account.setFocus()
    qtbot.keyClicks(form.account, "A man in a red jacket")
    qtbot.waitUntil(lambda: form.drafts.load("walk_in") is not None, timeout=5000)
    form.account.selectAll()
    qtbot.keyClick(form.account, Qt.Key.Key_Delete)  # the form is empty again; the draft is not
    form.clear_button.click()  # nothing to ask about: an empty form
    qtbot.waitUntil(lambda: not form.runner.busy, timeout=5000)
    assert form.drafts.load("walk_in") is None
    again = make_form(qtbot, office.desk)
    assert not again.banner.isVisible()  # no stale draft offered at the next start


CRASHING_EDITOR = textwrap.dedent("""
    import os, signal, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from desktop_app.services.office import open_office
    from desktop_app.services.users import authenticate
    from ui.tasks import TaskRunner
    from ui.widgets.walk_in_form import WalkInForm
    app = QApplication([])
    open_office(sys.argv[1])
    form = WalkInForm(authenticate("priya", "desk-password"), TaskRunner())
    form.show()
    form.account.setPlainText("Typed before the power cut: two men at the back gate")
    form.location.setText("Market Square")
    while form.drafts.load("walk_in") is None:
        app.processEvents()
    os.kill(os.getpid(), signal.SIGKILL)
""")


@pytest.mark.slow
def test_a_killed_process_leaves_a_draft_that_is_offered_back(qtbot, office, db_path, tmp_path):
    script = tmp_path / "editor.py"
    script.write_text(CRASHING_EDITOR, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    done = subprocess.run(
        [sys.executable, str(script), str(db_path)],
        env=env,
        timeout=60,
        capture_output=True,
        text=True,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    form = make_form(qtbot, office.desk)
    assert form.banner.isVisible()
    form.restore_draft()
    assert form.account.toPlainText() == "Typed before the power cut: two men at the back gate"
    assert form.location.text() == "Market Square"
