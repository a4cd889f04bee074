"""A contact's timeline: one line per interaction, report, event, patrol meeting and problem."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop_app.services.clock import now_local, to_utc
from desktop_app.services.history import HistoryService
from desktop_app.services.patrol import PatrolService
from desktop_app.services.reports import PersonInput, ReportInput, ReportService
from models.events import Attendance, Event
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
        "Interaction",  # the report taken today
        "Patrol",
        "Event",
        "Report",
        "Report",
        "Problem",
    ]
    titles = " | ".join(title for _, title in lines)
    assert "Met on patrol at Elm Street car park" in titles
    assert "reported: Theft at Market Square" in titles
    assert ": Witness" in titles
    assert "Elm Park watch meeting" in titles and "Partner in: Bike thefts" in titles
    assert [item.at for item in history.items] == sorted(
        (item.at for item in history.items), reverse=True
    )


def test_the_front_desk_sees_no_reports_or_patrols_in_a_timeline(office):
    _a_contact_known_everywhere(office)
    history = HistoryService(office.desk).contact_history(office.reporter_id)
    assert {item.kind for item in history.items} == {"Interaction", "Event", "Problem"}
