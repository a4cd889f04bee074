"""Starting the desktop application: open the database, first run or sign in, the main window."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop_app import __version__
from desktop_app.services.office import OfficeOpenError, open_office
from desktop_app.services.settings import SettingsService
from desktop_app.services.users import has_users
from resources import resource_path
from ui.dialogs.first_run import FirstRunDialog
from ui.dialogs.sign_in import SignInDialog
from ui.errors import install_excepthook, show_error
from ui.main_window import MainWindow


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName("Beacon")
    app.setApplicationName("Beacon")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons/beacon.svg"))))
    app.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))
    return app


def run_gui(db_arg: str | None) -> int:
    app = make_application()
    install_excepthook()
    try:
        office = open_office(db_arg)
    except OfficeOpenError as exc:
        show_error(None, app.translate("app", "Beacon cannot open its database"), str(exc))
        return 2
    load_demo = False
    if not has_users():
        first = FirstRunDialog.ask(office.display)
        if first is None:
            return 0
        session, load_demo = first.session, first.load_demo
    else:
        signed_in = SignInDialog.ask(SettingsService.office_name(), office.display)
        if signed_in is None:
            return 0
        session = signed_in
    window = MainWindow(session, office)
    window.show()
    if load_demo:
        window.load_demo()
    return int(app.exec())
