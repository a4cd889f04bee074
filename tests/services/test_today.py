"""The Today page's counts: each is the length of the list its click opens, for the reader."""

from __future__ import annotations

import pytest

from desktop_app.services.reports import ReportService
from desktop_app.services.today import KEYS, TodayService
from tests.services.today_records import fill_morning


@pytest.fixture
def busy(office):
    return fill_morning(office)


def opened(today: TodayService, key: str) -> int:
    """How many rows the list behind key shows."""
    reports = ReportService(today.session)
    lists = {
        "new_reports": lambda: reports.count(today.new_reports_filter()),
        "unassigned": lambda: reports.count(today.unassigned_filter()),
        "my_reports": lambda: len(today.my_reports()),
        "follow_ups": lambda: len(today.follow_ups()),
        "partners_overdue": lambda: len(today.partners_overdue()),
        "events": lambda: len(today.events()),
        "problems_waiting": lambda: len(today.problems_waiting()),
        "suggested": lambda: len(today.suggested()),
    }
    return int(lists[key]())


def test_a_managers_counts(busy):
    today = TodayService(busy.manager)
    found = today.counts()
    assert found.counts == {
        "new_reports": 6,  # taken today (the void one too): all but the one taken 5 days ago
        "unassigned": 5,  # open and no one's: the four thefts and the old one
        "my_reports": 0,
        "follow_ups": 0,  # the officer's, not the manager's
        "partners_overdue": 1,
        "events": 1,
        "problems_waiting": 1,
        "suggested": 1,
    }
    assert found.open_tasks == 1
    assert all(found.counts[k] == opened(today, k) for k in found.counts)


def test_an_officers_counts(busy):
    today = TodayService(busy.officer)
    found = today.counts()
    assert set(found.counts) == set(KEYS) - {"partners_overdue"}
    assert (found.counts["my_reports"], found.counts["follow_ups"]) == (1, 2)
    assert found.overdue_follow_ups == 1
    assert all(found.counts[k] == opened(today, k) for k in found.counts)


def test_the_front_desk_sees_no_report_or_problem_counts(busy):
    found = TodayService(busy.desk).counts()
    assert set(found.counts) == {"follow_ups", "events"}
