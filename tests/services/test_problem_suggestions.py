"""Suggested problems: places where reports of one category repeat more than they used to."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from desktop_app.services.clock import now_local
from desktop_app.services.errors import PermissionDenied
from desktop_app.services.problems.suggestions import set_aside, suggested_problems
from desktop_app.services.reports import ReportInput, ReportService
from desktop_app.services.settings import SettingsService
from models.problems import Problem, ProblemReport
from models.reports import Report


def take(office, days_ago: int, category: str = "Theft", where: str = "Elm Street car park"):
    day = now_local().date() - timedelta(days=days_ago)
    data = ReportInput(
        occurred_at=datetime.combine(day, time(2, 30)),
        category=category,
        location=where,
        account=f"{category} reported {days_ago} days ago.",
        reporter_id=office.reporter_id,
    )
    detail = ReportService(office.manager).create(data)
    return detail.row.id, detail.row.number


def test_five_thefts_in_sixty_days_and_none_before_are_suggested_with_those_reports(office):
    taken = [take(office, days) for days in (58, 40, 31, 12, 3)]
    take(office, 20, category="Vandalism")  # one of another kind: not enough on its own
    take(office, 100)  # a theft before the window: not one of the suggestion's reports
    [found] = suggested_problems(office.manager)
    assert (found.location, found.category, found.count) == ("Elm Street car park", "Theft", 5)
    assert found.report_ids == tuple(report_id for report_id, _ in taken)
    assert found.numbers == tuple(number for _, number in taken)


def test_a_place_with_reports_at_its_steady_rate_is_not_suggested(office):
    for days in range(2, 455, 18):  # one every 18 days for fifteen months: 5 in each 90 days
        take(office, days)
    assert suggested_problems(office.manager) == []
    for days in (1, 4, 6, 9, 11):  # five more in a fortnight: not quite twice the old rate
        take(office, days)
    assert suggested_problems(office.manager) == []
    take(office, 13)  # a sixth: twice the year before's rate (21 in 365 days) and more
    [found] = suggested_problems(office.manager)
    assert (found.count, found.earlier) == (11, 21)


def test_a_void_report_is_never_counted(office):
    reports = ReportService(office.manager)
    taken = [take(office, days) for days in (30, 20, 10, 5)]
    reports.void(taken[0][0], "Entered twice by mistake")
    assert suggested_problems(office.manager) == []  # three left: fewer than four
    extra = take(office, 2)
    [found] = suggested_problems(office.manager)
    assert found.report_ids == (taken[1][0], taken[2][0], taken[3][0], extra[0])


def test_the_number_of_reports_is_an_office_setting(office):
    for days in (30, 20, 10):
        take(office, days)
    assert suggested_problems(office.manager) == []
    SettingsService(office.manager).update(problem_min_reports=3)
    assert [s.count for s in suggested_problems(office.manager)] == [3]


def test_set_aside_holds_until_a_newer_report_comes_in(office):
    for days in (30, 20, 10, 5):
        take(office, days)
    [found] = suggested_problems(office.manager)
    set_aside(office.manager, found)
    assert suggested_problems(office.manager) == []
    take(office, 1)
    assert [s.count for s in suggested_problems(office.manager)] == [5]


def test_a_place_an_open_problem_works_on_is_not_suggested_again(office):
    taken = [take(office, days) for days in (30, 20, 10, 5)]
    problem = Problem.create(title="Car park thefts", identified_on=now_local().date())
    ProblemReport.create(problem=problem, report=taken[0][0])
    assert suggested_problems(office.manager) == []
    problem.stage = "closed"
    problem.save()
    assert len(suggested_problems(office.manager)) == 1


def test_only_managers_set_suggestions_aside_front_desk_does_not_see_them(office):
    for days in (30, 20, 10, 5):
        take(office, days)
    [found] = suggested_problems(office.officer)
    with pytest.raises(PermissionDenied):
        set_aside(office.officer, found)
    with pytest.raises(PermissionDenied):
        suggested_problems(office.desk)
    assert Report.select().count() == 4
