"""Test helpers: contacts with a record in every table that points at contacts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from models.contacts import Contact, ContactMembership, ContactRole
from models.event_records import EventConcern, WalkFinding
from models.events import Attendance, Event, EventPartner
from models.interactions import Interaction, InteractionContact
from models.org import User
from models.patrol import PatrolEntry, PatrolEntryContact, PatrolShift
from models.problems import Problem, ProblemAction, ProblemPartner
from models.reports import Report, ReportPerson

WHEN = datetime(2026, 3, 2, 10, 0)


@dataclass
class Shared:
    """Records both contacts of a test link to: their links to these collide on a merge."""

    event: Event
    entry: PatrolEntry
    interaction: Interaction
    problem: Problem
    organisation: Contact  # a school both belong to
    member: Contact  # a person who belongs to both


def shared_records() -> Shared:
    officer = User.select().first()
    shift = PatrolShift.create(officer=officer, started_at=WHEN)
    return Shared(
        Event.create(kind="community_event", title="Fair", starts_at=WHEN, ends_at=WHEN),
        PatrolEntry.create(shift=shift, at=WHEN, officer=officer, activity="routine_check"),
        Interaction.create(occurred_at=WHEN, channel="phone"),
        Problem.create(title="Graffiti", identified_on=date(2026, 3, 1)),
        Contact.create(kind="school", name="Elm Primary"),
        Contact.create(kind="resident", name="Tom Liaison"),
    )


_numbers = iter(range(1, 10_000))


def link_everything(contact: Contact, shared: Shared, role: str = "block captain") -> None:
    """One record of every kind pointing at contact, some on records the other contact shares."""
    report = Report.create(
        number=f"WR-2026-{next(_numbers):05d}", occurred_at=WHEN, reporter=contact
    )
    ReportPerson.create(report=report, contact=contact, role="witness")
    ContactRole.create(contact=contact, role=role)
    ContactRole.create(contact=contact, role="resident")  # both have it: one is dropped
    officer = User.select().first()
    own_entry = PatrolEntry.create(
        shift=shared.entry.shift, at=WHEN, officer=officer, activity="routine_check"
    )
    for entry in (shared.entry, own_entry):
        PatrolEntryContact.create(entry=entry, contact=contact)
    EventPartner.create(event=shared.event, contact=contact)
    Attendance.create(event=shared.event, contact=contact)
    ProblemPartner.create(problem=shared.problem, contact=contact)
    ProblemAction.create(problem=shared.problem, on=date(2026, 3, 3), action="Met", partner=contact)
    InteractionContact.create(interaction=shared.interaction, contact=contact)
    own = Interaction.create(occurred_at=WHEN, channel="email")
    InteractionContact.create(interaction=own, contact=contact)
    ContactMembership.create(person=contact, organisation=shared.organisation)
    EventConcern.create(event=shared.event, text="Dark footpath", contact=contact)
    WalkFinding.create(event=shared.event, item="Lamp out", business=contact)
    ContactMembership.create(person=shared.member, organisation=contact)
