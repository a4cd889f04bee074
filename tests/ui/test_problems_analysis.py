"""A problem's Analysis section on a demo problem: the counts by category, the day-of-week ×
time-of-day table and the chart agree with the linked reports themselves (office time, void
ones left out); notes are saved, a report unlinked, and a slip is said at the field."""

from __future__ import annotations

from collections import Counter
from zoneinfo import ZoneInfo

from desktop_app.services.clock import stored_datetime
from desktop_app.services.problems import BANDS, ProblemInput, ProblemService
from models.audit import AuditEntry
from models.org import Category
from models.problems import Problem, ProblemReport
from models.reports import Report
from tests.ui.test_problems_tab import demo_manager  # noqa: F401 (a fixture)
from tests.ui.test_problems_tab_card import a_problem, open_card, take

LONDON = ZoneInfo("Europe/London")


def busiest_demo_problem() -> int:
    linked = Counter(
        pr.problem_id
        for pr in ProblemReport.select(ProblemReport.problem)
        .join(Report)
        .where(Report.status != "void")
    )
    return linked.most_common(1)[0][0]


def counted_reports(problem_id: int) -> list:
    return list(
        Report.select(Report.occurred_at, Category.name)
        .join(ProblemReport)
        .switch(Report)
        .join(Category)
        .where((ProblemReport.problem == problem_id) & (Report.status != "void"))
        .tuples()
    )


def test_a_demo_problems_counts_table_and_chart_agree_with_its_reports(qtbot, demo_manager):  # noqa: F811
    problem_id = busiest_demo_problem()
    reports = counted_reports(problem_id)
    by_category = Counter(name for _, name in reports)
    cells: Counter = Counter()
    for at, _ in reports:
        local = stored_datetime(at).astimezone(LONDON)
        band = next(i for i, (_, end) in enumerate(BANDS) if local.hour < end)
        cells[(local.weekday(), band)] += 1

    card = open_card(qtbot, demo_manager, problem_id)
    panel = card.analysis
    text = panel.by_category.text()
    assert f"({len(reports)} reports)" in text
    for name, n in by_category.items():
        assert f"{name}: {n}" in text
    for day in range(7):
        for band in range(len(BANDS)):
            shown = panel.grid.item(day, band).text()
            assert shown == (str(cells[(day, band)]) if cells[(day, band)] else "·")
    per_day = tuple(sum(cells[(day, b)] for b in range(len(BANDS))) for day in range(7))
    assert panel.chart.counts == per_day
    assert sum(per_day) == len(reports) > 0
    assert Problem.get_by_id(problem_id).title in card.title.text()


def test_notes_are_saved_a_report_unlinked_and_slips_said_at_the_field(qtbot, office):
    problem_id = a_problem(office)
    first, second = take(office, 20), take(office, 10)
    ProblemService(office.manager).link_reports(problem_id, [first, second])
    card = open_card(qtbot, office.officer, problem_id)
    panel = card.analysis
    card.sections.setCurrentWidget(panel)
    assert "2 counted" in panel.reports_title.text()

    panel.link_button.click()  # nothing typed
    assert "Type one or more report numbers" in panel.numbers_error.text()

    panel.notes.setPlainText("Thefts after dark, cars left by commuters.")
    with qtbot.waitSignal(card.loaded, timeout=20000):
        panel.save_notes_button.click()
    assert Problem.get_by_id(problem_id).analysis.startswith("Thefts after dark")
    assert panel.message.text() == "Analysis notes saved"

    panel.reports.setCurrentCell(0, 0)
    with qtbot.waitSignal(panel.open_report) as opened:
        panel.reports.itemActivated.emit(panel.reports.item(0, 0))
    with qtbot.waitSignal(card.loaded, timeout=20000):
        panel.unlink_button.click()
    assert opened.args == [Report.get(Report.number == first).id]
    assert [panel.reports.item(r, 0).text() for r in range(panel.reports.rowCount())] == [second]
    unlinked = AuditEntry.get(
        (AuditEntry.record_id == str(problem_id)) & (AuditEntry.action == "unlink_report")
    )
    assert first in unlinked.before
    qtbot.waitUntil(lambda: not card.runner.busy, timeout=20000)


def test_a_problem_with_no_place_links_by_number_not_from_a_list(qtbot, office):
    problem_id = ProblemService(office.manager).create(ProblemInput("Thefts across the estate"))
    card = open_card(qtbot, office.officer, problem_id)
    panel = card.analysis
    panel.pick_button.click()
    assert "link reports by number" in panel.numbers_error.text()
    panel.reports.setCurrentCell(-1, -1)
    panel.unlink_button.click()
    assert "Choose a report" in panel.numbers_error.text()
    assert {panel.grid.item(d, b).text() for d in range(7) for b in range(len(BANDS))} == {"·"}
