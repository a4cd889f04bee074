"""The Problems tab on the demo office: the board by stage and its filters, the keyboard path to
a card, a suggestion opened as a problem with its reports on the card; front desk is told the
tab is not for its role."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.demo import load_demo
from desktop_app.services.clock import now_local
from desktop_app.services.problems import ProblemInput, ProblemService
from desktop_app.services.session import Session
from desktop_app.services.settings import SettingsService
from models.org import User, Zone
from models.problems import STAGES, Problem
from ui.tabs.problems_tab import ProblemsTab
from ui.tasks import TaskRunner


@pytest.fixture
def demo_manager(database) -> Session:
    session = Session.cli()
    SettingsService(session).update(time_zone="Europe/London")
    load_demo(session, seed=5, scale="small", until=now_local().date())
    row = User.get(User.username == "manager")
    return Session(row.id, row.username, row.display_name, row.role, "test-pc")


def _tab(qtbot, session: Session) -> ProblemsTab:
    tab = ProblemsTab(session, TaskRunner())
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    if tab.board is None:
        tab.show()
        return tab
    with qtbot.waitSignal(tab.board.loaded, timeout=20000):
        tab.show()
    return tab


def _titles_by_stage(query=None) -> dict[str, list[str]]:
    rows = (query or Problem.select()).order_by(Problem.stage_since, Problem.id)
    found: dict[str, list[str]] = {stage: [] for stage in STAGES}
    for problem in rows:
        found[problem.stage].append(problem.title)
    return found


def _narrowed(qtbot, tab: ProblemsTab, change) -> dict[str, list[str]]:
    board = tab.board
    assert board is not None
    with qtbot.waitSignal(board.loaded, timeout=20000):
        change()
    return {stage: titles for stage, titles in board.shown_titles().items() if titles}


def test_the_board_shows_the_demos_problems_by_stage_and_filters_narrow_it(qtbot, demo_manager):
    tab = _tab(qtbot, demo_manager)
    board = tab.board
    assert board is not None
    everything = _titles_by_stage()
    assert board.shown_titles() == everything
    assert all(everything[stage] for stage in STAGES)  # the demo has one at every stage
    assert board.count.text() == f"{sum(map(len, everything.values()))} problems"

    stage = board.stage
    only = _narrowed(qtbot, tab, lambda: stage.setCurrentIndex(stage.findData("response")))
    assert only == {"response": everything["response"]}
    _narrowed(qtbot, tab, lambda: stage.setCurrentIndex(0))

    south = Zone.get(Zone.name.startswith("South")).id
    zone = board.zone
    in_south = _narrowed(qtbot, tab, lambda: zone.setCurrentIndex(zone.findData(south)))
    expected = _titles_by_stage(Problem.select().where(Problem.zone == south))
    assert in_south == {s: t for s, t in expected.items() if t}
    assert 0 < sum(map(len, in_south.values())) < sum(map(len, everything.values()))
    _narrowed(qtbot, tab, lambda: zone.setCurrentIndex(0))

    # Waiting more than 150 days: the stage_since of the demo's problems says which.
    waited = _narrowed(qtbot, tab, lambda: board.waiting.setValue(150))
    today = now_local().date()
    longer = [p.title for p in Problem.select() if (today - p.stage_since.date()).days > 150]
    assert sorted(t for titles in waited.values() for t in titles) == sorted(longer)
    assert 0 < len(longer) < len(Problem.select())


def test_the_keyboard_opens_a_problem_and_back_returns_to_the_board(qtbot, demo_manager):
    tab = _tab(qtbot, demo_manager)
    board = tab.board
    assert board is not None
    board.tree.setFocus()
    first = board.current_id()
    qtbot.keyClick(board.tree, Qt.Key.Key_Down)  # from the first problem to the next group
    qtbot.keyClick(board.tree, Qt.Key.Key_Down)  # and on to its problem
    chosen = board.current_id()
    assert chosen is not None and chosen != first
    qtbot.keyClick(board.tree, Qt.Key.Key_Return)
    card = tab.card
    assert card is not None and tab.pages.currentWidget() is card
    qtbot.waitUntil(lambda: card.card is not None, timeout=20000)
    assert card.card is not None and card.card.row.id == chosen
    assert Problem.get_by_id(chosen).title in card.title.text()
    with qtbot.waitSignal(board.loaded, timeout=20000):
        qtbot.keyClick(card.back_button, Qt.Key.Key_Space)
    assert tab.pages.currentWidget() is board


def test_a_suggestion_opened_as_a_problem_shows_its_reports_on_the_card(qtbot, demo_manager):
    tab = _tab(qtbot, demo_manager)
    tab.board.suggestions_requested.emit()
    page = tab.suggestions
    assert page is not None
    qtbot.waitUntil(lambda: bool(page.suggestions), timeout=20000)
    chosen = page.suggestions[0]
    page.table.setCurrentCell(0, 0)
    page.open_button.click()
    qtbot.waitUntil(lambda: tab.card is not None and tab.card.card is not None, timeout=20000)
    card = tab.card
    assert card is not None and card.card is not None
    assert tab.pages.currentWidget() is card
    assert card.card.row.stage == "analysis"
    assert card.sections.currentWidget() is card.analysis  # it opens at its stage's section
    table = card.analysis.reports
    shown = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert shown == list(chosen.numbers)
    assert f"{len(chosen.numbers)} counted" in card.analysis.reports_title.text()
    assert chosen.location in card.title.text()
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=20000)


def test_front_desk_is_told_the_tab_is_not_for_its_role_and_reads_nothing(qtbot, office):
    tab = _tab(qtbot, office.desk)
    assert tab.board is None
    assert tab.pages.currentWidget() is tab.unavailable
    assert "not available to your role" in tab.unavailable.text()
    assert not tab.runner.busy
    tab.open_problem(1)  # a contact card's problem item: nothing opens
    assert tab.card is None


def test_an_officer_works_a_problem_but_is_not_offered_the_managers_buttons(qtbot, office):
    problem_id = ProblemService(office.manager).create(ProblemInput("Car park thefts"))
    tab = _tab(qtbot, office.officer)
    assert tab.board is not None and tab.board.new_button.isHidden()
    tab.open_problem(problem_id)
    card = tab.card
    assert card is not None
    qtbot.waitUntil(lambda: card.card is not None, timeout=20000)
    for button in (card.move_button, card.close_button, card.edit_button):
        assert button.isHidden()
    assert not card.analysis.link_button.isHidden()
    assert not card.response.log_button.isHidden()
