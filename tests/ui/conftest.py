"""GUI fixtures: an opened office, a signed-in manager, window settings in a temporary file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from desktop_app.services.office import OfficeDatabase, open_office
from desktop_app.services.session import Session
from desktop_app.services.users import create_first_manager
from models.connection import close
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.refcount_guard import guard_singletons
from ui.tasks import running_tasks

guard_singletons()  # PySide6 6.12.0 on Python 3.11 drops references to None, True and False


@pytest.fixture(scope="session", autouse=True)
def _english_catalogue(qapp: QApplication) -> Iterator[None]:
    """What make_application() does at start: the tests read what users read ("1 report")."""
    installed = install_translators(qapp, QLocale("en_GB"))
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _no_task_left_running(qtbot) -> Iterator[None]:
    """A test that returns while its background work still runs would race the next test: wait
    for what it left (so the next test starts clean), then fail it."""
    yield
    left = running_tasks()
    if left:
        qtbot.waitUntil(lambda: not running_tasks(), timeout=60000)
        pytest.fail(f"the test left background tasks running: {', '.join(left)}")


@pytest.fixture
def office_db(db_path: Path):
    opened = open_office(str(db_path))
    yield opened
    close()


@pytest.fixture
def signed_in(office_db: OfficeDatabase) -> Session:
    return create_first_manager("morgan", "Morgan Ellis", "correct-horse")


@pytest.fixture
def window_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window_for(qtbot, office, db_path, tmp_path):
    """make(session): the main window for session on the demo office, shown, its first reads
    done."""
    opened = open_office(str(db_path))

    def make(session: Session) -> MainWindow:
        window = MainWindow(
            session, opened, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
        return window

    return make
