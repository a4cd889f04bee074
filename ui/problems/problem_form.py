"""A new problem, or a problem's header edited (managers): title, place, coordinator,
identified on, description; each message at its field, what was typed kept."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.clock import now_local
from desktop_app.services.errors import ValidationError
from desktop_app.services.problems import ProblemCard, ProblemInput, ProblemService
from desktop_app.services.session import Session
from ui.forms import FieldErrors, save_cancel
from ui.problems.common import Choices, date_edit, pydate, qdate
from ui.tasks import TaskRunner
from ui.writes import own_runner, submit_write


class ProblemFormDialog(QDialog):
    """New problem (card None) or Edit… of one; after exec() == Accepted, saved_id."""

    def __init__(
        self,
        session: Session,
        runner: TaskRunner | None,
        choices: Choices,
        parent: QWidget | None = None,
        card: ProblemCard | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("problemFormDialog")
        self.setWindowTitle(self.tr("Edit problem") if card else self.tr("New problem"))
        self.service = ProblemService(session)
        self.runner = own_runner(self, runner)
        self.card = card
        self.saved_id: int | None = card.row.id if card else None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.title = QLineEdit()
        self.title.setObjectName("problemTitle")
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("e.g. Bicycle thefts at the station car park"))
        self.location = self._combo("problemLocation", self.tr("Location"), choices.locations)
        self.coordinator = self._combo(
            "problemCoordinator", self.tr("Coordinator"), choices.coordinators
        )
        self.identified = date_edit(
            "problemIdentifiedOn", self.tr("Identified on"), now_local().date()
        )
        self.description = QPlainTextEdit()
        self.description.setObjectName("problemDescription")
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(
            self.tr("What happens, to whom, since when; what the people affected say.")
        )
        self.errors.add_row(form, self.tr("&Title:"), "title", self.title)
        self.errors.add_row(form, self.tr("&Location:"), "location", self.location)
        self.errors.labels["zone"] = self.errors.labels["location"]  # a place's zone
        self.errors.add_row(form, self.tr("&Coordinator:"), "coordinator", self.coordinator)
        self.errors.add_row(form, self.tr("&Identified on:"), "identified_on", self.identified)
        self.errors.add_row(form, self.tr("&Description:"), "description", self.description)
        layout.addLayout(form)
        layout.addWidget(self.errors.fallback)
        self.save_button = save_cancel(self, layout, self.save, "problemSaveButton")
        if card is not None:
            self._show(card)
        self.resize(520, 420)
        self.title.setFocus()

    def _combo(self, name: str, accessible: str, pairs: tuple[tuple[int, str], ...]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem(self.tr("— none —"), None)
        for id_, text in pairs:
            combo.addItem(text, id_)
        return combo

    def _show(self, card: ProblemCard) -> None:
        self.title.setText(card.row.title)
        for combo, value, text in (
            (self.location, card.location_id, card.row.location),
            (self.coordinator, card.coordinator_id, card.row.coordinator),
        ):
            if value is not None and combo.findData(value) < 0:  # retired since: still shown
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.identified.setDate(qdate(card.row.identified_on))
        self.description.setPlainText(card.description)

    def value(self) -> ProblemInput:
        card = self.card
        same_place = card is not None and self.location.currentData() == card.location_id
        zone = card.zone_id if card is not None and same_place else None  # else the place's
        return ProblemInput(
            self.title.text(),
            self.location.currentData(),
            zone,
            pydate(self.identified),
            self.coordinator.currentData(),
            self.description.toPlainText(),
        )

    def save(self) -> None:
        self.errors.clear()
        data, service = self.value(), self.service
        problem_id = self.card.row.id if self.card else None

        def work() -> int:
            if problem_id is None:
                return service.create(data)
            service.update(problem_id, data)
            return problem_id

        submit_write(self.runner, "save problem", work, self, self._saved, self._invalid)

    def _saved(self, problem_id: int) -> None:
        self.saved_id = problem_id
        self.accept()

    def _invalid(self, error: ValidationError) -> None:
        self.errors.show(error)
