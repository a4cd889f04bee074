"""A problem's card: moved through every stage by its buttons (each move audited), closed with a
result and a note (an empty note refused at its field), reports linked by number (a wrong number
said at the field, what was typed kept), a new problem's title required at its field, the PDF."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta

from PySide6.QtWidgets import QDialog

from desktop_app.services.clock import now_local
from desktop_app.services.problems import ProblemInput, ProblemService
from desktop_app.services.reports import ReportInput, ReportService
from models.audit import AuditEntry
from models.org import Location
from models.problems import Problem
from ui.problems.card import ProblemCardPage
from ui.problems.common import Choices
from ui.problems.dialogs import CloseProblemDialog
from ui.problems.pick_reports import PickReportsDialog
from ui.problems.problem_form import ProblemFormDialog
from ui.tasks import TaskRunner
from ui.writes import is_writing


def take(office, days_ago: int, where: str = "Elm Street car park") -> str:
    day = now_local().date() - timedelta(days=days_ago)
    data = ReportInput(
        occurred_at=datetime.combine(day, time(22, 15)),
        category="Theft",
        location=where,
        account=f"Theft at {where}.",
        reporter_id=office.reporter_id,
    )
    return ReportService(office.manager).create(data).row.number


def a_problem(office) -> int:
    place = Location.get(Location.name == "Elm Street car park").id
    return ProblemService(office.manager).create(ProblemInput("Car park thefts", place))


def a_problem_with_a_result(office) -> int:
    """Four thefts in the baseline, one after: the assessment says "reduced"."""
    problems = ProblemService(office.manager)
    problem_id = a_problem(office)
    problems.link_reports(problem_id, [take(office, 150)])
    for days in (140, 120, 100, 60):
        take(office, days)
    today = now_local().date()
    d = [today - timedelta(days=n) for n in (179, 90, 89, 1)]
    problems.set_periods(problem_id, *d)
    return problem_id


def open_card(qtbot, session, problem_id: int) -> ProblemCardPage:
    card = ProblemCardPage(session, TaskRunner(), problem_id)
    qtbot.addWidget(card)
    card.resize(1280, 760)
    card.show()
    qtbot.waitUntil(lambda: card.card is not None, timeout=20000)
    return card


def wait_stage(qtbot, card: ProblemCardPage, stage: str) -> None:
    qtbot.waitUntil(lambda: card.card is not None and card.card.row.stage == stage, timeout=20000)
    qtbot.waitUntil(lambda: not card.runner.busy, timeout=20000)


def test_moving_a_problem_through_every_stage_from_the_cards_buttons_is_audited(
    qtbot, office, monkeypatch
):
    problem_id = a_problem(office)
    card = open_card(qtbot, office.manager, problem_id)
    for stage, label in (
        ("analysis", "Move to Analysis"),
        ("response", "Move to Response"),
        ("assessment", "Move to Assessment"),
    ):
        assert card.move_button.text().replace("&", "") == label
        card.move_button.click()
        wait_stage(qtbot, card, stage)
        assert f"[{stage.title()}]" in card.stage_line.text()
    assert card.move_button.isHidden()  # from the assessment a problem closes

    def close_with_a_note(dialog: CloseProblemDialog) -> int:
        dialog.note.setPlainText("Lighting fixed with the council; thefts down.")
        dialog.save_button.click()
        qtbot.waitUntil(lambda: not is_writing(dialog), timeout=20000)
        return dialog.result()

    monkeypatch.setattr(CloseProblemDialog, "exec", close_with_a_note)
    card.close_button.click()
    wait_stage(qtbot, card, "closed")
    assert not card.reopen_button.isHidden() and card.close_button.isHidden()

    trail = (
        AuditEntry.select()
        .where((AuditEntry.record_type == "problem") & (AuditEntry.record_id == problem_id))
        .order_by(AuditEntry.id)
    )
    moves = [
        (e.action, json.loads(e.after)["stage"], e.user_id)
        for e in trail
        if e.action in ("move", "close")
    ]
    user = office.manager.user_id
    assert moves == [
        ("move", "analysis", user),
        ("move", "response", user),
        ("move", "assessment", user),
        ("close", "closed", user),
    ]
    assert Problem.get_by_id(problem_id).closing_note.startswith("Lighting fixed")


def test_closing_asks_for_the_result_and_refuses_an_empty_note_at_its_field(qtbot, office):
    problem_id = a_problem_with_a_result(office)
    card = open_card(qtbot, office.manager, problem_id)
    assert card.card is not None and card.card.assessment is not None
    assert card.card.assessment.result == "reduced"
    dialog = CloseProblemDialog(office.manager, card.runner, card.card, card)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.result_box.currentData() == "reduced"  # what the figures say, to begin with
    assert (
        "Reduced" in dialog.findChild(type(dialog.errors.fallback), "closeProblemComputed").text()
    )

    dialog.save_button.click()
    error = dialog.errors.labels["closing_note"]
    qtbot.waitUntil(lambda: error.isVisible(), timeout=20000)
    assert "closing note" in error.text().lower()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert Problem.get_by_id(problem_id).stage == "scanning"

    dialog.result_box.setCurrentIndex(dialog.result_box.findData("displaced"))
    dialog.note.setPlainText("Thefts moved to the next street; working that now.")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)
    closed = Problem.get_by_id(problem_id)
    assert (closed.stage, closed.result) == ("closed", "displaced")


def test_reports_link_by_number_and_a_wrong_one_is_said_at_the_field(qtbot, office):
    problem_id = a_problem(office)
    first, second = take(office, 20), take(office, 10)
    card = open_card(qtbot, office.officer, problem_id)
    panel = card.analysis
    card.sections.setCurrentWidget(panel)
    panel.numbers.setText(f"{first}, WR-1999-00077")
    panel.link_button.click()
    qtbot.waitUntil(lambda: panel.numbers_error.isVisible(), timeout=20000)
    assert "WR-1999-00077" in panel.numbers_error.text()
    assert panel.numbers.text() == f"{first}, WR-1999-00077"  # kept, to be corrected
    assert panel.reports.rowCount() == 0

    panel.numbers.setText(f"{first.lower()} {second}")
    panel.link_button.click()
    qtbot.waitUntil(lambda: panel.reports.rowCount() == 2, timeout=20000)
    qtbot.waitUntil(lambda: not card.runner.busy, timeout=20000)
    assert panel.numbers.text() == ""
    assert [panel.reports.item(r, 0).text() for r in range(2)] == [first, second]
    assert panel.chart.counts != (0,) * 7


def test_a_new_problem_needs_a_title_said_at_its_field(qtbot, office):
    place = Location.get(Location.name == "Market Square").id
    dialog = ProblemFormDialog(
        office.manager, TaskRunner(), Choices(locations=((place, "Market Square"),))
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.location.setCurrentIndex(dialog.location.findData(place))
    dialog.description.setPlainText("Bins set alight on Friday nights.")
    dialog.save_button.click()
    error = dialog.errors.labels["title"]
    qtbot.waitUntil(lambda: error.isVisible(), timeout=20000)
    assert dialog.description.toPlainText() == "Bins set alight on Friday nights."
    dialog.title.setText("Bin fires at Market Square")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.saved_id is not None, timeout=20000)
    saved = Problem.get_by_id(dialog.saved_id)
    assert (saved.title, saved.location_id, saved.stage) == (
        "Bin fires at Market Square",
        place,
        "scanning",
    )


def test_the_pdf_opens_in_a_preview(qtbot, office):
    card = open_card(qtbot, office.manager, a_problem_with_a_result(office))
    card.pdf_button.click()
    qtbot.waitUntil(lambda: getattr(card, "pdf_dialog", None) is not None, timeout=30000)
    dialog = card.pdf_dialog
    assert dialog.isVisible() and dialog.preview.document.pageCount() == 1
    dialog.close()


def test_reports_are_picked_from_the_places_list_those_linked_already_marked(qtbot, office):
    problem_id = a_problem(office)
    linked = take(office, 30)
    ProblemService(office.manager).link_reports(problem_id, [linked])
    here, elsewhere = take(office, 20), take(office, 15, where="Market Square")
    card = open_card(qtbot, office.officer, problem_id)
    assert card.card is not None
    dialog = PickReportsDialog(office.officer, card.runner, card.card, card)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=20000)
    listed = {dialog.table.item(r, 0).text() for r in range(2)}
    assert listed == {linked, here} and elsewhere not in listed  # only the problem's place
    dialog.tick(linked)  # linked already: it cannot be ticked again
    dialog.tick(here)
    assert dialog.ticked() == [here]
    dialog.link_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen == [here]
