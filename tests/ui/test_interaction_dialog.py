"""The interaction dialog's optional part: a report typed by its number (a bad one said at the
field, what was typed kept), an event or problem from a short list, when it was."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from models.interactions import Interaction
from models.problems import Problem, ProblemPartner
from tests.services.test_interaction_links import _report
from tests.ui.test_contact_card import _card
from ui.contacts.interaction_dialog import InteractionDialog
from ui.tasks import TaskRunner


def _dialog(qtbot, office) -> InteractionDialog:
    dialog = InteractionDialog(office.officer, (office.reporter_id,), TaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.purpose, "Bike theft: what next")
    return dialog


def test_an_interaction_linked_to_a_report_by_number_shows_and_opens_it_on_the_card(
    qtbot, office, monkeypatch
):
    report_id, number = _report(office)
    runner = TaskRunner()
    card = _card(qtbot, office.officer, office.reporter_id, runner)

    def fake_exec(dialog: InteractionDialog) -> int:  # what the user types into the dialog
        dialog.show()
        qtbot.keyClicks(dialog.purpose, "Bike theft: what next")
        qtbot.keyClicks(dialog.report_number, number.replace("-0000", "-"))  # WR-2026-1
        qtbot.keyPress(dialog.report_number, Qt.Key.Key_Return)  # Enter saves
        qtbot.waitUntil(lambda: dialog.saved_id is not None, timeout=20000)
        return 1

    monkeypatch.setattr(InteractionDialog, "exec", fake_exec)
    with qtbot.waitSignal(card.loaded, timeout=20000):
        card.log_button.click()
    [saved] = Interaction.select()
    assert saved.report_id == report_id
    [line] = [i for i in card.timeline.model.items if i.kind == "interaction"]
    assert number in line.detail
    row = card.timeline.model.items.index(line)
    with qtbot.waitSignal(card.open_report) as opened:
        card.timeline.table.doubleClicked.emit(card.timeline.model.index(row, 0))
    assert opened.args == [report_id]


def test_a_report_number_that_names_no_report_is_said_at_the_field_and_kept(qtbot, office):
    dialog = _dialog(qtbot, office)
    qtbot.keyClicks(dialog.report_number, "WR-2026-00999")
    dialog.save_button.click()
    error = dialog.errors.labels["report_number"]
    qtbot.waitUntil(error.isVisible, timeout=20000)
    assert error.text() == "There is no report WR-2026-00999"
    assert dialog.report_number.text() == "WR-2026-00999"
    assert dialog.purpose.text() == "Bike theft: what next"
    assert dialog.isVisible() and Interaction.select().count() == 0
    dialog.reject()


def test_a_problem_picked_from_the_list_with_the_contacts_own_first_is_linked(qtbot, office):
    Problem.create(title="Graffiti on the underpass", identified_on=date(2026, 5, 1))
    theirs = Problem.create(title="Bike thefts at the library", identified_on=date(2026, 2, 1))
    ProblemPartner.create(problem=theirs.id, contact=office.reporter_id)
    dialog = _dialog(qtbot, office)
    assert dialog.problem_choice.itemData(1) == theirs.id  # after "no problem"
    dialog.problem_choice.setFocus()
    qtbot.keyClick(dialog.problem_choice, Qt.Key.Key_Down)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.saved_id is not None, timeout=20000)
    assert Interaction.get_by_id(dialog.saved_id).problem_id == theirs.id


def test_a_moment_in_the_far_future_is_said_at_the_when_field(qtbot, office):
    dialog = _dialog(qtbot, office)
    year = dialog.when.example.split()[2]
    qtbot.keyClicks(dialog.when, dialog.when.example.replace(year, "2999"))
    dialog.save_button.click()
    error = dialog.errors.labels["occurred_at"]
    qtbot.waitUntil(error.isVisible, timeout=20000)
    assert "future" in error.text()
    assert Interaction.select().count() == 0
    dialog.reject()
