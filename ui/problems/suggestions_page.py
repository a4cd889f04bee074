"""Suggested problems: places where reports of one category repeat more than they used to (the
office's scanning done for it). A manager opens one as a problem with its reports linked, or
sets it aside (it comes back when a newer report does)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.permissions import allowed
from desktop_app.services.problems import ProblemService, Suggestion, set_aside, suggested_problems
from desktop_app.services.problems.suggestions import EARLIER_DAYS, WINDOW_DAYS
from desktop_app.services.session import Session
from ui.i18n import grouped
from ui.problems.common import message_label, read_only_table, say
from ui.tasks import TaskRunner
from ui.writes import submit_write


class SuggestionsPage(QWidget):
    back = Signal()
    problem_opened = Signal(int)  # a suggestion opened as a problem: its id
    loaded = Signal()

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemSuggestions")
        self.setAccessibleName(self.tr("Suggested problems"))
        self.session, self.runner = session, runner
        self.suggestions: list[Suggestion] = []
        manage = allowed(session.role, "problem.manage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("◀ &Back"))
        self.back_button.setObjectName("suggestionsBackButton")
        self.back_button.clicked.connect(self.back.emit)
        top.addWidget(self.back_button)
        self.title = QLabel(self.tr("<h2>Suggested problems</h2>"))
        top.addWidget(self.title, 1)
        self.open_button = QPushButton(self.tr("&Open as problem"))
        self.open_button.setObjectName("openSuggestionButton")
        self.open_button.clicked.connect(self.open_current)
        self.aside_button = QPushButton(self.tr("Set &aside"))
        self.aside_button.setObjectName("setSuggestionAsideButton")
        self.aside_button.clicked.connect(self.set_current_aside)
        for button in (self.open_button, self.aside_button):
            button.setVisible(manage)
            top.addWidget(button)
        layout.addLayout(top)
        self.intro = QLabel(
            self.tr(
                "Places where reports of one kind repeat: at least the office's number of them "
                "in the last {0} days, and more than the place's own rate in the year before. "
                "Void reports never count; a place an open problem works on is not suggested."
            ).format(WINDOW_DAYS)
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.message = message_label("suggestionsMessage")
        layout.addWidget(self.message)
        self.table = read_only_table(
            "suggestionList",
            [
                self.tr("Place"),
                self.tr("Category"),
                self.tr("Last {0} days").format(WINDOW_DAYS),
                self.tr("In the {0} days before").format(EARLIER_DAYS),
                self.tr("Reports"),
            ],
        )
        self.table.setAccessibleName(self.tr("Suggested problems"))
        self.table.setWordWrap(True)
        for col, width in enumerate((220, 160, 100, 230)):
            self.table.setColumnWidth(col, width)
        self.table.itemActivated.connect(lambda _: self.open_current())
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        self.count.setObjectName("suggestionCount")
        layout.addWidget(self.count)
        self.setFocusProxy(self.table)

    def reload(self) -> None:
        session = self.session
        self.count.setText(self.tr("Loading…"))
        self.runner.submit(
            "suggested problems",
            lambda progress: suggested_problems(session),
            self._show,
            lambda exc: say(self.message, str(exc)),
            owner=self,
        )

    def _show(self, found: list[Suggestion]) -> None:
        self.suggestions = found
        self.table.setRowCount(len(found))
        for row, s in enumerate(found):
            earlier = self.tr("{0} (about {1:.1f} per {2} days)").format(
                s.earlier, s.expected, WINDOW_DAYS
            )
            for col, text in enumerate(
                (s.location, s.category, str(s.count), earlier, ", ".join(s.numbers))
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        if found:
            self.table.setCurrentCell(0, 0)
        self.count.setText(
            grouped(self.tr("%n suggestion(s)", "", len(found)), len(found))
            if found
            else self.tr("Nothing to suggest: no place's reports are rising.")
        )
        self.loaded.emit()

    def current(self) -> Suggestion | None:
        row = self.table.currentRow()
        return self.suggestions[row] if 0 <= row < len(self.suggestions) else None

    def _write(self, name: str, work: object, on_done: object) -> None:
        say(self.message, "")
        submit_write(
            self.runner,
            name,
            work,  # type: ignore[arg-type]
            self,
            on_done,  # type: ignore[arg-type]
            lambda exc: say(self.message, exc.message),
            lambda exc: say(self.message, str(exc)),
        )

    @Slot()
    def open_current(self) -> None:
        chosen = self.current()
        if chosen is None or not allowed(self.session.role, "problem.manage"):
            return
        service = ProblemService(self.session)
        self._write("open suggestion", lambda: service.open_from_suggestion(chosen), self._opened)

    def _opened(self, problem_id: int) -> None:
        self.problem_opened.emit(problem_id)
        self.reload()

    @Slot()
    def set_current_aside(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        session = self.session
        self._write("set suggestion aside", lambda: set_aside(session, chosen), self._aside)

    def _aside(self, _: object) -> None:
        self.reload()
