"""Working a problem through SARA: stages audited, reports linked, analysis and assessment
computed from the reports (void ones never counted), displacement checked next door."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, time, timedelta

import pytest
from pypdf import PdfReader

from desktop_app.demo import load_demo
from desktop_app.services.clock import local_day_bounds, now_local
from desktop_app.services.errors import PermissionDenied, ValidationError
from desktop_app.services.picklists import PicklistService
from desktop_app.services.problems import (
    BoardFilter,
    ProblemInput,
    ProblemService,
    suggested_problems,
)
from desktop_app.services.problems.document import save_problem_pdf
from desktop_app.services.reports import ReportInput, ReportService
from desktop_app.services.session import Session
from desktop_app.services.settings import SettingsService
from models.audit import AuditEntry
from models.database import db
from models.org import Location
from models.problems import STAGES, Problem


def take(office, day: date, category="Theft", where="Elm Street car park", hour=22) -> tuple:
    data = ReportInput(
        occurred_at=datetime.combine(day, time(hour, 15)),
        category=category,
        location=where,
        account=f"{category} at {where}.",
        reporter_id=office.reporter_id,
    )
    detail = ReportService(office.manager).create(data)
    return detail.row.id, detail.row.number


def days_ago(n: int) -> date:
    return now_local().date() - timedelta(days=n)


def place(name: str) -> int:
    return Location.get(Location.name == name).id


def test_moving_a_problem_through_every_stage_is_audited(office):
    problems = ProblemService(office.manager)
    problem_id = problems.create(ProblemInput("Car park thefts", place("Elm Street car park")))
    for stage in STAGES[1:-1]:
        problems.move(problem_id, stage)
    problems.close(problem_id, "reduced", "Lighting fixed; thefts down.")
    trail = AuditEntry.select().where(
        (AuditEntry.record_type == "problem") & AuditEntry.action.in_(("move", "close"))
    )
    moves = [
        (json.loads(e.before)["stage"], json.loads(e.after)["stage"])
        for e in trail.order_by(AuditEntry.id)
    ]
    assert moves == [
        ("scanning", "analysis"),
        ("analysis", "response"),
        ("response", "assessment"),
        ("assessment", "closed"),
    ]
    assert all(e.username == "morgan" for e in trail)
    card = problems.card(problem_id)
    assert (card.row.stage, card.result, card.closing_note) == (
        "closed",
        "reduced",
        "Lighting fixed; thefts down.",
    )


def test_closing_asks_for_a_result_and_a_note(office):
    problems = ProblemService(office.manager)
    problem_id = problems.create(ProblemInput("Graffiti", place("Market Square")))
    with pytest.raises(ValidationError) as refused:
        problems.close(problem_id, "solved", "  ")
    assert {e.field for e in refused.value.errors} == {"result", "closing_note"}
    assert Problem.get_by_id(problem_id).stage == "scanning"


def test_reports_link_by_number_and_the_analysis_counts_them_void_ones_left_out(office):
    problems = ProblemService(office.manager)
    problem_id = problems.create(ProblemInput("Car park", place("Elm Street car park")))
    friday = now_local().date() - timedelta(days=(now_local().weekday() - 4) % 7 or 7)
    a = take(office, friday, hour=22)
    b = take(office, friday - timedelta(days=7), hour=23)
    c = take(office, friday - timedelta(days=1), category="Vandalism", hour=9)
    void = take(office, friday - timedelta(days=2), hour=22)
    with pytest.raises(ValidationError, match="WR-2020-00999"):
        problems.link_reports(problem_id, [a[1], "WR-2020-00999"])
    assert problems.link_reports(problem_id, [a[1], b[1].lower(), c[1], void[1], a[1]]) == 4
    ReportService(office.manager).void(void[0], "Entered twice")  # voided once linked
    analysis = problems.card(problem_id).analysis
    assert analysis.total == 3
    assert analysis.by_category == (("Theft", 2), ("Vandalism", 1))
    assert analysis.cell(4, 5) == 2  # Friday, 20:00-24:00
    assert analysis.cell(3, 2) == 1  # Thursday, 08:00-12:00


def test_a_suggestion_opened_as_a_problem_has_its_reports_linked(office):
    taken = [take(office, days_ago(n)) for n in (40, 30, 20, 10)]
    [suggestion] = suggested_problems(office.manager)
    problems = ProblemService(office.manager)
    problem_id = problems.open_from_suggestion(suggestion)
    card = problems.card(problem_id)
    assert [r.number for r in card.reports] == [number for _, number in taken]
    assert (card.row.title, card.row.stage) == ("Theft at Elm Street car park", "analysis")
    assert suggested_problems(office.manager) == []  # the problem works on it now


def test_the_assessment_compares_before_and_after_and_sees_displacement(office):
    picklists = PicklistService(office.manager)
    picklists.add_location("Elm Street shops", office.zones["North"])
    problems = ProblemService(office.manager)
    problem_id = problems.create(ProblemInput("Car park", place("Elm Street car park")))
    first = take(office, days_ago(150))
    problems.link_reports(problem_id, [first[1]])
    for n in (140, 120, 100):  # before: 4 at the car park, none next door
        take(office, days_ago(n))
    for n in (70, 50):  # after: 1 at the car park, 2 next door
        take(office, days_ago(n), where="Elm Street shops")
    take(office, days_ago(60))
    take(office, days_ago(60), where="Market Square")  # another zone: not a neighbour
    problems.set_periods(problem_id, days_ago(179), days_ago(90), days_ago(89), days_ago(1))
    found = problems.card(problem_id).assessment
    assert found is not None
    assert (found.baseline, found.after, found.change, found.change_percent) == (4, 1, -3, -75)
    assert (found.neighbours_baseline, found.neighbours_after) == (0, 2)
    assert found.complete and found.result == "displaced"


def test_the_after_period_starts_with_the_response(office):
    problems = ProblemService(office.manager)
    problem_id = problems.create(ProblemInput("Car park", place("Elm Street car park")))
    problems.link_reports(problem_id, [take(office, days_ago(20))[1]])
    assert problems.card(problem_id).assessment is None
    problems.move(problem_id, "response")
    found = problems.card(problem_id).assessment
    assert found is not None and found.after_from == now_local().date()
    assert (found.baseline, found.after, found.complete, found.result) == (1, 0, False, None)
    assert (found.after_to - found.after_from) == (found.baseline_to - found.baseline_from)


def test_the_board_filters_by_stage_zone_and_waiting(office):
    problems = ProblemService(office.manager)
    north = problems.create(ProblemInput("North one", place("Elm Street car park")))
    south = problems.create(ProblemInput("South one", place("Market Square")))
    problems.move(south, "analysis")
    closed = problems.create(ProblemInput("Closed long ago", place("Market Square")))
    problems.close(closed, "eliminated", "Gone.")
    Problem.update(stage_since=datetime(2020, 1, 1)).where(
        Problem.id.in_((north, closed))
    ).execute()
    assert [r.id for r in problems.board()] == [north, south, closed]  # stage order
    assert [r.id for r in problems.board(BoardFilter(zone_id=office.zones["South"]))] == [
        south,
        closed,
    ]
    assert [r.id for r in problems.board(BoardFilter(stage="analysis"))] == [south]
    assert [r.id for r in problems.board(BoardFilter(waiting_days=30))] == [north]


def test_who_may_do_what(office):
    problems = ProblemService(office.manager)
    problem_id = problems.create(ProblemInput("Car park", place("Elm Street car park")))
    officer = ProblemService(office.officer)
    officer.log_action(problem_id, now_local().date(), "Met the car park owner")
    officer.set_notes(problem_id, analysis="Evenings, unlit corner")
    with pytest.raises(PermissionDenied):
        officer.move(problem_id, "analysis")
    with pytest.raises(PermissionDenied):
        ProblemService(office.desk).board()
    assert [a.action for a in problems.card(problem_id).actions] == ["Met the car park owner"]


def test_a_demo_problems_assessment_equals_a_plain_sql_count(database):
    session = Session.cli()
    SettingsService(session).update(time_zone="Europe/London")
    load_demo(session, seed=5, scale="small", until=date(2026, 10, 31))
    manager = Session(None, "manager", "Manager", "manager", "test-pc")
    problem = Problem.get(Problem.stage == "closed")
    found = ProblemService(manager).card(problem.id).assessment
    assert found is not None
    sql = """SELECT COUNT(*) FROM report WHERE location_id = ? AND status <> 'void'
             AND occurred_at >= ? AND occurred_at < ? AND category_id IN (
               SELECT r.category_id FROM report r JOIN problem_report pr ON pr.report_id = r.id
               WHERE pr.problem_id = ? AND r.status <> 'void')"""
    for first, last, counted in (
        (problem.baseline_from, problem.baseline_to, found.baseline),
        (problem.after_from, problem.after_to, found.after),
    ):
        start, end = local_day_bounds(first)[0], local_day_bounds(last)[1]
        [(expected,)] = db.execute_sql(sql, (problem.location_id, start, end, problem.id))
        assert counted == expected
    assert found.baseline > 0


def test_the_problem_pdf_holds_the_baseline_and_after_counts(office, tmp_path):
    problems = ProblemService(office.manager)
    problem_id = problems.create(ProblemInput("Car park thefts", place("Elm Street car park")))
    problems.link_reports(problem_id, [take(office, days_ago(150))[1]])
    for n in (140, 120, 100):
        take(office, days_ago(n))
    take(office, days_ago(60))
    problems.set_periods(problem_id, days_ago(179), days_ago(90), days_ago(89), days_ago(1))
    problems.log_action(problem_id, days_ago(80), "Lights repaired with the council")
    out = save_problem_pdf(office.manager, problem_id, tmp_path / "problem.pdf")
    pages = PdfReader(out).pages
    text = " ".join(pages[0].extract_text().split())
    assert len(pages) == 1
    assert "Car park thefts" in text and "Lights repaired with the council" in text
    assert re.search(r"Baseline \d\d \w{3} \d{4} – \d\d \w{3} \d{4} 4 0", text), text
    assert re.search(r"After \d\d \w{3} \d{4} – \d\d \w{3} \d{4} 1 0", text), text
    assert "Change here: -3 (-75 %). Result: Reduced." in text
