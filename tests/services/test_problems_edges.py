"""Problem solving at its edges: very long and non-Latin texts in the one-page PDF, a suggestion
opened twice, reports linked that are void, periods and places that make no assessment."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from pypdf import PdfReader

from desktop_app.services.errors import ValidationError
from desktop_app.services.problems import ProblemInput, ProblemService, suggested_problems
from desktop_app.services.problems.commands import MAX_TEXT
from desktop_app.services.problems.document import save_problem_pdf
from desktop_app.services.reports import ReportInput, ReportService
from models.audit import AuditEntry
from models.contacts import Contact
from models.problems import Problem
from tests.services.test_problems import days_ago, place, take


def test_the_pdf_stays_one_page_with_the_longest_texts_and_many_actions(office, tmp_path):
    problems = ProblemService(office.manager)
    long_text = ("Кража велосипедов у ворот 自転車の盗難 " * 1000)[:MAX_TEXT]
    problem_id = problems.create(
        ProblemInput("Car park thefts", place("Elm Street car park"), description=long_text)
    )
    problems.link_reports(problem_id, [take(office, days_ago(150))[1]])
    problems.set_notes(problem_id, long_text, long_text)
    for _ in range(12):
        problems.log_action(problem_id, days_ago(80), long_text)
    problems.set_periods(problem_id, days_ago(179), days_ago(90), days_ago(89), days_ago(1))
    problems.close(problem_id, "eliminated", long_text)
    out = save_problem_pdf(office.manager, problem_id, tmp_path / "problem.pdf")
    pages = PdfReader(out).pages
    assert len(pages) == 1
    text = " ".join(pages[0].extract_text().split())
    assert "Car park thefts" in text and "Кража" in text
    assert "Change here: -1 (-100 %). Result: Eliminated." in text


def test_a_suggestion_opened_twice_makes_one_problem(office):
    for n in (50, 40, 30, 20, 10):
        take(office, days_ago(n))
    [suggestion] = suggested_problems(office.manager)
    problems = ProblemService(office.manager)
    problems.open_from_suggestion(suggestion)
    with pytest.raises(ValidationError, match="already"):
        problems.open_from_suggestion(suggestion)  # a second click, or a second manager
    assert len(problems.board()) == 1


def test_the_window_starts_at_midnight_office_time_on_a_dst_day(office):
    """Europe/London: the window's first day is the day the clocks go forward."""
    first = date(2025, 3, 30)
    today = first + timedelta(days=89)

    def at(day: date, hour: int, minute: int) -> str:
        data = ReportInput(
            occurred_at=datetime.combine(day, time(hour, minute)),
            category="Theft",
            location="Elm Street car park",
            account="A bicycle taken.",
            anonymous=True,
        )
        return ReportService(office.manager).create(data).row.number

    before = at(first - timedelta(days=1), 23, 59)
    inside = [at(first, 0, 0), at(first, 23, 59), at(today, 0, 0), at(today, 23, 59)]
    [found] = suggested_problems(office.manager, today)
    assert found.numbers == tuple(inside) and found.earlier == 1
    assert before not in found.numbers


def _trail(problem_id: int, action: str) -> list:
    return list(
        AuditEntry.select().where(
            (AuditEntry.record_type == "problem")
            & (AuditEntry.record_id == str(problem_id))
            & (AuditEntry.action == action)
        )
    )


def test_adding_a_partner_twice_is_said_and_audited_once(office):
    problems = ProblemService(office.manager)
    problem_id = problems.create(ProblemInput("Car park thefts", place("Elm Street car park")))
    assert problems.add_partner(problem_id, office.reporter_id) is True
    assert problems.add_partner(problem_id, office.reporter_id) is False  # already a partner
    assert len(problems.card(problem_id).partners) == 1
    assert len(_trail(problem_id, "add_partner")) == 1


def test_closing_a_closed_problem_is_refused_and_keeps_its_date(office):
    problems = ProblemService(office.manager)
    problem_id = problems.create(ProblemInput("Car park thefts", place("Elm Street car park")))
    problems.close(problem_id, "reduced", "Lighting fixed.")
    Problem.update(closed_on=days_ago(40)).where(Problem.id == problem_id).execute()
    with pytest.raises(ValidationError, match="already closed"):
        problems.close(problem_id, "eliminated", "Closed again by a second manager.")
    closed = Problem.get_by_id(problem_id)
    assert (closed.closed_on, closed.result) == (days_ago(40), "reduced")
    assert closed.closing_note == "Lighting fixed."
    assert len(_trail(problem_id, "close")) == 1


def test_a_pdf_that_cannot_be_built_is_not_recorded_as_printed(office, tmp_path):
    problems = ProblemService(office.manager)
    problem_id = problems.create(ProblemInput("Car park thefts", place("Elm Street car park")))
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file where a folder should be")
    with pytest.raises(OSError):
        save_problem_pdf(office.manager, problem_id, not_a_folder / "problem.pdf")
    assert _trail(problem_id, "print") == []
    folder = tmp_path / "out"
    folder.mkdir()
    out = save_problem_pdf(office.manager, problem_id, folder / "problem.pdf")
    assert len(_trail(problem_id, "print")) == 1
    assert list(folder.iterdir()) == [out]  # the PDF, nothing half-written beside it


def test_a_problem_without_a_place_says_its_assessment_needs_one(office, tmp_path):
    problems = ProblemService(office.manager)
    problem_id = problems.create(ProblemInput("Thefts across the estate"))
    problems.link_reports(problem_id, [take(office, days_ago(20))[1]])
    problems.move(problem_id, "response")
    card = problems.card(problem_id)
    assert card.assessment is None
    assert card.assessment_needs == ("location",)
    pdf = save_problem_pdf(office.manager, problem_id, tmp_path / "problem.pdf")
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "Not assessed yet: it needs the problem's location" in text
    assert "once the response" not in text  # it has begun: that is not what is missing
    with_place = problems.create(ProblemInput("Car park thefts", place("Elm Street car park")))
    assert problems.card(with_place).assessment_needs == ("response", "reports")


def test_a_void_report_is_not_linked_by_number(office):
    problems = ProblemService(office.manager)
    problem_id = problems.create(ProblemInput("Car park thefts", place("Elm Street car park")))
    report_id, number = take(office, days_ago(20))
    _, good = take(office, days_ago(10))
    ReportService(office.manager).void(report_id, "Entered twice.")
    with pytest.raises(ValidationError, match=f"{number} is void"):
        problems.link_reports(problem_id, [good, number.lower()])
    assert problems.card(problem_id).reports == ()  # all or none
    assert _trail(problem_id, "link_reports") == []


def test_an_action_with_a_merged_away_contact_is_refused_at_the_partner_field(office):
    """add_partner refused a contact merged into another; the action log took it, and the
    action then named a record that only points on to the kept contact."""
    problems = ProblemService(office.manager)
    problem_id = problems.create(ProblemInput("Car park thefts", place("Elm Street car park")))
    twin = Contact.create(kind="person", name="Zoe Adeyemi (typed twice)")
    Contact.update(merged_into=office.reporter_id).where(Contact.id == twin.id).execute()
    with pytest.raises(ValidationError) as refused:
        problems.log_action(problem_id, date.today(), "Met the owner", twin.id)
    assert refused.value.field == "partner"
    assert problems.log_action(problem_id, date.today(), "Met the owner", office.reporter_id)
