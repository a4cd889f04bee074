"""A problem's card at its edges: a partner added twice is said, not written again; a problem
with no place says its assessment needs one; a void report typed to link is refused at the
field."""

from __future__ import annotations

from desktop_app.services.problems import ProblemInput, ProblemService
from desktop_app.services.reports import ReportService
from models.audit import AuditEntry
from models.reports import Report
from tests.ui.test_problems_tab_card import a_problem, open_card, take


def _audited(problem_id: int, action: str) -> int:
    return (
        AuditEntry.select()
        .where(
            (AuditEntry.record_type == "problem")
            & (AuditEntry.record_id == str(problem_id))
            & (AuditEntry.action == action)
        )
        .count()
    )


def test_a_partner_added_twice_is_said_and_not_written_again(qtbot, office):
    problem_id = a_problem(office)
    ProblemService(office.manager).add_partner(problem_id, office.reporter_id)
    card = open_card(qtbot, office.officer, problem_id)
    panel = card.overview
    assert panel.partners.count() == 1
    panel.picker.set_contact(panel.picker.service.get(office.reporter_id))
    panel.add_button.click()
    qtbot.waitUntil(lambda: panel.error.isVisible(), timeout=20000)
    qtbot.waitUntil(lambda: not card.runner.busy, timeout=20000)
    assert "already a partner" in panel.error.text()
    assert panel.partners.count() == 1
    assert _audited(problem_id, "add_partner") == 1


def test_a_problem_with_no_place_says_its_assessment_needs_one(qtbot, office):
    problems = ProblemService(office.manager)
    problem_id = problems.create(ProblemInput("Thefts across the estate"))
    problems.link_reports(problem_id, [take(office, 20)])
    problems.move(problem_id, "response")
    card = open_card(qtbot, office.manager, problem_id)
    intro = card.assessment.intro.text()
    assert "needs the problem's location" in intro
    assert "Move to Response" not in intro  # the response has begun: not what is missing
    assert card.assessment.fields["baseline"].text() == "—"


def test_a_void_report_typed_to_link_is_refused_at_the_field(qtbot, office):
    problem_id = a_problem(office)
    number = take(office, 20)
    ReportService(office.manager).void(Report.get(Report.number == number).id, "Entered twice.")
    card = open_card(qtbot, office.officer, problem_id)
    panel = card.analysis
    card.sections.setCurrentWidget(panel)
    panel.numbers.setText(number)
    panel.link_button.click()
    qtbot.waitUntil(lambda: panel.numbers_error.isVisible(), timeout=20000)
    assert f"{number} is void" in panel.numbers_error.text()
    assert panel.numbers.text() == number  # kept, to be corrected
    assert panel.reports.rowCount() == 0
