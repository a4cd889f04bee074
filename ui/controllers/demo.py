"""Loading the demo office from the window: built on a worker with progress, into an empty one."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog

from desktop_app.demo import DemoSummary, load_demo, office_is_empty
from desktop_app.services.errors import ServiceError
from desktop_app.services.permissions import allowed
from desktop_app.services.session import Session
from ui.controllers.actions import make_action
from ui.errors import show_error
from ui.tasks import TaskRunner


class DemoController(QObject):
    def __init__(self, window: QMainWindow, session: Session, runner: TaskRunner) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.runner = runner
        self.action = make_action(
            window, "loadDemoAction", self.tr("Load &demo office…"), self.load_demo
        )
        self.action.setEnabled(allowed(session.role, "picklist.manage"))

    @Slot()
    def load_demo(self) -> None:
        if not office_is_empty():
            QMessageBox.information(
                self.window,
                self.tr("Demo office"),
                self.tr(
                    "This database already holds records, so the demo cannot be added to it. "
                    "Start Beacon with a new database file to explore the demo."
                ),
            )
            return
        dialog = self._progress_dialog()
        session = self.session

        def progress(pct: int, what: str) -> None:
            dialog.setValue(pct)
            dialog.setLabelText(self.tr("Building the demo office: {0}…").format(what))

        def done(summary: DemoSummary) -> None:
            dialog.close()
            self._loaded(summary)

        def failed(exc: BaseException) -> None:
            dialog.close()
            self._failed(exc)

        self.runner.submit(
            "demo",
            lambda report: load_demo(session, progress=report),
            on_result=done,
            on_error=failed,
            on_progress=progress,
        )

    def _progress_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self.tr("Building the demo office…"), "", 0, 100, self.window)
        dialog.setObjectName("demoProgress")
        dialog.setWindowTitle(self.tr("Demo office"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)
        return dialog

    def _loaded(self, summary: DemoSummary) -> None:
        self.window.statusBar().showMessage(
            self.tr("Demo office loaded: {0}").format(summary.describe()), 20000
        )
        QMessageBox.information(
            self.window,
            self.tr("Demo office ready"),
            self.tr(
                "The demo office is loaded: {0}.\n\nIts staff accounts (manager, desk1, "
                "desk2, akhan, …) all use the password {1}."
            ).format(summary.describe(), summary.password),
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            show_error(self.window, self.tr("Demo office"), str(exc))
        else:
            show_error(
                self.window,
                self.tr("Demo office"),
                self.tr("The demo office could not be built; nothing was added."),
                repr(exc),
            )
