"""Test helper: an office with a morning's worth of things for the Today page."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from desktop_app.services.clock import now_local, now_utc
from desktop_app.services.interactions import InteractionInput, InteractionService
from desktop_app.services.problems import ProblemInput, ProblemService
from desktop_app.services.reports import ReportInput, ReportService
from models.contacts import Contact
from models.events import Event, EventTask
from models.org import Location
from models.problems import Problem
from models.reports import Report


def take(office, days_ago: int, where: str = "Market Square", category: str = "Theft") -> int:
    day = now_local().date() - timedelta(days=days_ago)
    data = ReportInput(
        occurred_at=datetime.combine(day, time(1, 0)),
        category=category,
        location=where,
        account="Bag taken.",
        reporter_id=office.reporter_id,
    )
    return ReportService(office.manager).create(data).row.id


def fill_morning(office):
    """A morning's worth: reports old and new, assigned and not, follow-ups, a quiet partner,
    an event this week with open tasks, a problem waiting, a suggestion."""
    reports = ReportService(office.manager)
    for n in (40, 30, 20, 10):  # four thefts at the car park: a suggested problem
        take(office, n, where="Elm Street car park")
    mine = take(office, 0)
    reports.assign(mine, office.officer.user_id)
    old = take(office, 5)
    Report.update(received_at=now_utc() - timedelta(days=5)).where(Report.id == old).execute()
    reports.void(take(office, 0), "Twice")
    today = now_local().date()
    log = InteractionService(office.officer).log
    log(InteractionInput((office.reporter_id,), "phone", "Call back", follow_up_on=today))
    late = InteractionInput(
        (office.reporter_id,),
        "phone",
        "Check the lock",
        follow_up_on=today - timedelta(days=2),
        occurred_at=datetime.combine(today - timedelta(days=3), time(10, 0)),
    )
    log(late)
    Contact.create(  # a partner to keep in touch with monthly, met two months ago
        kind="community_group",
        name="Harbour Traders",
        stay_in_touch_days=30,
        created_at=now_utc() - timedelta(days=60),
    )
    soon = Event.create(
        kind="safety_workshop",
        title="Bike marking",
        starts_at=now_utc() + timedelta(days=3),
        ends_at=now_utc() + timedelta(days=3, hours=2),
    )
    EventTask.create(event=soon, title="Book the hall")
    EventTask.create(event=soon, title="Print flyers", done=True)
    Event.create(
        kind="safety_walk",
        title="Too far ahead",
        starts_at=now_utc() + timedelta(days=10),
        ends_at=now_utc() + timedelta(days=10, hours=1),
    )
    square = Location.get(Location.name == "Market Square").id
    waiting = ProblemService(office.manager).create(ProblemInput("Square", square))
    Problem.update(stage_since=now_utc() - timedelta(days=40)).where(
        Problem.id == waiting
    ).execute()
    return office
