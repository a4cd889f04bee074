"""The small dialogs of a problem's card, driven as a user would: each saves what was typed and
says a bad input at its field, what was typed kept."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from desktop_app.services.clock import now_local
from desktop_app.services.problems import ProblemService
from models.problems import Problem, ProblemAction
from tests.ui.test_problems_tab_card import a_problem, a_problem_with_a_result, open_card
from ui.problems.dialogs import CloseProblemDialog, LogActionDialog, PeriodsDialog
from ui.tasks import TaskRunner


def qday(days_from_today: int) -> QDate:
    day = now_local().date() + timedelta(days=days_from_today)
    return QDate(day.year, day.month, day.day)


def card_of(office, problem_id: int):
    return ProblemService(office.manager).card(problem_id)


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def refused(qtbot, dialog, field: str) -> str:
    dialog.save_button.click()
    error = dialog.errors.labels[field]
    qtbot.waitUntil(lambda: error.isVisible(), timeout=20000)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    return error.text()


def saved(qtbot, dialog) -> None:
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)


def test_an_action_is_logged_with_its_partner_and_an_empty_or_future_one_is_said(qtbot, office):
    problem_id = a_problem(office)
    ProblemService(office.manager).add_partner(problem_id, office.reporter_id)
    dialog = shown(
        qtbot, LogActionDialog(office.officer, TaskRunner(), card_of(office, problem_id))
    )
    assert dialog.partner.count() == 2  # none, and the one partner
    assert "what was done" in refused(qtbot, dialog, "action").lower()

    dialog.action.setPlainText("Met the car park owner about lighting.")
    dialog.on.setDate(qday(3))
    assert "not before" in refused(qtbot, dialog, "on")
    assert dialog.action.toPlainText() == "Met the car park owner about lighting."

    dialog.on.setDate(qday(-2))
    dialog.partner.setCurrentIndex(1)
    saved(qtbot, dialog)
    [logged] = ProblemAction.select().where(ProblemAction.problem == problem_id)
    assert (logged.action, logged.partner_id, logged.by_id) == (
        "Met the car park owner about lighting.",
        office.reporter_id,
        office.officer.user_id,
    )
    assert logged.on == now_local().date() - timedelta(days=2)


def test_a_problem_closed_meanwhile_is_said_and_its_close_is_kept(qtbot, office):
    problem_id = a_problem(office)
    dialog = shown(
        qtbot, CloseProblemDialog(office.manager, TaskRunner(), card_of(office, problem_id))
    )
    assert (
        "no result yet"
        in dialog.findChild(type(dialog.errors.fallback), "closeProblemComputed").text()
    )
    ProblemService(office.manager).close(problem_id, "reduced", "Closed by the other manager.")
    dialog.result_box.setCurrentIndex(dialog.result_box.findData("eliminated"))
    dialog.note.setPlainText("Thefts stopped.")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.errors.fallback.isVisible(), timeout=20000)
    assert "already closed" in dialog.errors.fallback.text()
    assert dialog.note.toPlainText() == "Thefts stopped."
    closed = Problem.get_by_id(problem_id)
    assert (closed.result, closed.closing_note) == ("reduced", "Closed by the other manager.")


def test_periods_are_saved_and_an_after_period_before_the_baseline_is_said(qtbot, office):
    problem_id = a_problem(office)  # no assessment yet: a 90-day baseline before today
    dialog = shown(qtbot, PeriodsDialog(office.manager, TaskRunner(), card_of(office, problem_id)))
    _, b_to, a_from, _ = dialog.edits
    assert [e.date() for e in dialog.edits] == [qday(-90), qday(-1), qday(0), qday(89)]

    b_to.setDate(qday(-100))
    assert "end on or after its start" in refused(qtbot, dialog, "baseline_to")
    b_to.setDate(qday(-1))
    a_from.setDate(qday(-10))
    assert "after the baseline" in refused(qtbot, dialog, "after_from")
    assert a_from.date() == qday(-10)  # kept, to be corrected

    a_from.setDate(qday(0))
    saved(qtbot, dialog)
    problem = Problem.get_by_id(problem_id)
    today = now_local().date()
    assert (problem.baseline_from, problem.after_from, problem.after_to) == (
        today - timedelta(days=90),
        today,
        today + timedelta(days=89),
    )


def test_the_assessment_panel_opens_the_periods_of_its_figures(qtbot, office, monkeypatch):
    problem_id = a_problem_with_a_result(office)
    card = open_card(qtbot, office.manager, problem_id)
    panel = card.assessment
    assert "4 reports" in panel.fields["baseline"].text()
    assert "1 report" in panel.fields["after"].text()
    assert panel.fields["result"].text() == "Reduced"
    seen = []

    def move_the_end(dialog: PeriodsDialog) -> int:
        seen.append(tuple(e.date() for e in dialog.edits))
        dialog.edits[3].setDate(qday(-2))
        saved(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(PeriodsDialog, "exec", move_the_end)
    with qtbot.waitSignal(card.loaded, timeout=20000):
        panel.periods_button.click()
    assert seen[0][0] == qday(-179)  # the dialog opened at the figures' own periods
    assert Problem.get_by_id(problem_id).after_to == now_local().date() - timedelta(days=2)
