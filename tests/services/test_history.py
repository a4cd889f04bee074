"""A contact's timeline: one line per interaction, report, event, patrol meeting and problem."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest

from desktop_app.services.clock import now_local, to_utc
from desktop_app.services.errors import ValidationError
from desktop_app.services.history import HistoryService
from desktop_app.services.patrol import PatrolService
from desktop_app.services.permissions import allowed
from desktop_app.services.reports import PersonInput, ReportInput, ReportService
from desktop_app.services.session import Session
from models.database import db
from models.events import Attendance, Event
from models.org import Location
from models.problems import Problem, ProblemPartner


def _a_contact_known_everywhere(office) -> None:
    """Zoë reports a theft (a walk-in, so an interaction too), witnesses another, attends a
    meeting, is met on patrol and partners in a problem."""
    reports = ReportService(office.desk)
    reports.create(
        ReportInput(
            occurred_at=datetime(2026, 3, 3, 14, 0),
            category="Theft",
            location="Market Square",
            account="Bike taken from the rack by the library.",
            reporter_id=office.reporter_id,
        )
    )
    reports.create(
        ReportInput(
            occurred_at=datetime(2026, 3, 1, 22, 0),
            category="Vandalism",
            location="Elm Street car park",
            account="Two car windows smashed near the entrance.",
            anonymous=True,
            people=(PersonInput("witness", office.reporter_id, description="Saw two people"),),
        )
    )
    start = datetime(2026, 3, 10, 19, 0)
    event = Event.create(
        kind="neighbourhood_watch",
        title="Elm Park watch meeting",
        starts_at=to_utc(start),
        ends_at=to_utc(start + timedelta(hours=2)),
        venue="Community centre",
        status="held",
    )
    Attendance.create(event=event.id, contact=office.reporter_id, status="attended")
    patrol = PatrolService(office.officer)
    shift = patrol.start_shift(
        office.zones["North"], "foot", started_at=now_local() - timedelta(hours=3)
    )
    patrol.add_entry(
        shift.id,
        "community_engagement",
        "Elm Street car park",
        "Talked with Zoë about the new lights at the rack.",
        at=now_local() - timedelta(hours=2),
        people=(office.reporter_id,),
    )
    problem = Problem.create(title="Bike thefts at the library", identified_on=date(2026, 2, 1))
    ProblemPartner.create(problem=problem.id, contact=office.reporter_id)


def test_a_contacts_timeline_has_every_source_newest_first(office):
    _a_contact_known_everywhere(office)
    history = HistoryService(office.manager).contact_history(office.reporter_id)
    assert history.contact.name == "Zoë Adeyemi"
    lines = [(item.kind, item.title) for item in history.items]
    assert [kind for kind, _ in lines] == [
        "interaction",  # the report taken today
        "patrol",
        "event",
        "report",
        "report",
        "problem",
    ]
    titles = " | ".join(title for _, title in lines)
    assert "Met on patrol at Elm Street car park" in titles
    assert "reported: Theft at Market Square" in titles
    assert ": Witness" in titles
    assert "Elm Park watch meeting" in titles and "Partner in: Bike thefts" in titles
    assert [item.at for item in history.items] == sorted(
        (item.at for item in history.items), reverse=True
    )


def test_the_front_desk_sees_its_own_reports_and_interactions_only(office):
    """The desk took both reports (and the walk-in's interaction): it sees those, and none of
    the patrol meeting, the event or the problem."""
    _a_contact_known_everywhere(office)
    history = HistoryService(office.desk).contact_history(office.reporter_id)
    assert [item.kind for item in history.items] == ["interaction", "report", "report"]
    assert history.own_only


@pytest.fixture
def statements() -> Iterator[list[tuple[str, tuple[object, ...]]]]:
    """The SELECT statements the database runs while the test uses the fixture."""
    seen: list[tuple[str, tuple[object, ...]]] = []
    real = db.obj.execute_sql

    def spy(sql: str, params: object = None, *args: object, **kwargs: object) -> object:
        if sql.startswith("SELECT"):
            seen.append((sql, tuple(params or ())))  # type: ignore[call-overload]
        return real(sql, params, *args, **kwargs)

    db.obj.execute_sql = spy
    try:
        yield seen
    finally:
        del db.obj.execute_sql


# What a timeline reads besides the contact card (whose last-contact date reads interactions).
TIMELINE_TABLES = re.compile(r'"(report|attendance|event|patrol_entry|problem)\w*" AS')


def _timeline_plans(seen: list[tuple[str, tuple[object, ...]]]) -> list[list[str]]:
    """The query plan of each statement that read timeline records."""
    return [
        [row[3] for row in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()]
        for sql, params in seen
        if TIMELINE_TABLES.search(sql)
    ]


def test_a_contacts_history_is_one_query_of_index_searches(office, statements):
    _a_contact_known_everywhere(office)
    statements.clear()
    history = HistoryService(office.manager).contact_history(office.reporter_id)
    assert len(history.items) == 6
    [plan] = _timeline_plans(statements)  # one statement for every kind of record
    assert [line for line in plan if line.startswith("SCAN")] == [], plan
    assert sum("USING INDEX" in line for line in plan) >= 6, plan  # each branch by its index


def _a_busy_place(office) -> int:
    """Market Square: a report, a patrol entry, an event and a problem there."""
    market = Location.get(Location.name == "Market Square").id
    ReportService(office.desk).create(
        ReportInput(
            occurred_at=datetime(2026, 3, 3, 14, 0),
            category="Theft",
            location="Market Square",
            account="Stall cover cut overnight.",
            anonymous=True,
        )
    )
    patrol = PatrolService(office.officer)
    shift = patrol.start_shift(
        office.zones["South"], "foot", started_at=now_local() - timedelta(hours=3)
    )
    patrol.add_entry(
        shift.id,
        "routine_check",
        "Market Square",
        "Stalls locked, lights on.",
        at=now_local() - timedelta(hours=2),
    )
    start = datetime(2026, 3, 10, 19, 0)
    Event.create(
        kind="community_event",
        title="Market safety day",
        starts_at=to_utc(start),
        ends_at=to_utc(start + timedelta(hours=2)),
        venue="Market Square",
        location=market,
        status="held",
    )
    Problem.create(title="Stall thefts", identified_on=date(2026, 2, 1), location=market)
    return market


def test_a_places_history_has_every_kind_newest_first(office, statements):
    market = _a_busy_place(office)
    statements.clear()
    history = HistoryService(office.manager).place_history(market)
    assert (history.name, history.zone_name) == ("Market Square", "South")
    assert [(item.kind, item.title) for item in history.items] == [
        ("patrol", "Routine check"),
        ("event", "Market safety day"),
        ("report", f"WR-{now_local().year}-00001: Theft"),
        ("problem", "Stall thefts"),
    ]
    assert history.items[0].detail == "Stalls locked, lights on. (Asha Khan)"
    [plan] = _timeline_plans(statements)
    assert [line for line in plan if line.startswith("SCAN")] == [], plan


def test_the_front_desk_sees_the_events_and_its_own_reports_at_a_place(office):
    market = _a_busy_place(office)
    history = HistoryService(office.desk).place_history(market)
    assert [item.kind for item in history.items] == ["event", "report"]
    assert history.own_only


def test_an_administrator_who_may_not_read_events_sees_none_at_a_place(office):
    """An administrator keeps the pick-lists (picklist.read) but may not read events,
    reports, patrols or problems: a place's history tells them nothing of any."""
    market = _a_busy_place(office)
    session = Session(office.manager.user_id, "root", "Ada Admin", "admin", "test-pc")
    assert not allowed(session.role, "event.read")
    assert HistoryService(session).place_history(market).items == ()


def test_a_place_that_does_not_exist_is_a_message_not_a_crash(office):
    with pytest.raises(ValidationError, match="No such location"):
        HistoryService(office.manager).place_history(999)


def test_a_busy_places_history_can_be_asked_for_its_newest_lines_only(office, statements):
    market = _a_busy_place(office)
    whole = HistoryService(office.manager).place_history(market)
    statements.clear()
    newest = HistoryService(office.manager).place_history(market, limit=2)
    assert newest.items == whole.items[:2]
    [plan] = _timeline_plans(statements)
    tables = [line for line in plan if line.startswith("SCAN") and not re.match(r"SCAN b\d", line)]
    assert tables == [], plan  # only the branches' own results are walked
    # The big kinds come newest first along their (location, time) index, unsorted; a place's
    # few events and problems are sorted.
    searches = " ".join(plan)
    assert "report_location_id_occurred_at" in searches, plan
    assert "patrol_entry_location_id_at" in searches, plan
    assert sum("TEMP B-TREE" in line for line in plan) <= 2, plan
