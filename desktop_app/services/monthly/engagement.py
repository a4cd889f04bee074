"""Community engagement: contacts with people, new contacts, tips, and the events held."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from peewee import fn

from desktop_app.reporting.monthly import EventLine
from desktop_app.services.monthly.periods import Periods
from models.contacts import Contact
from models.events import ATTENDANCE_STATUSES, Attendance, Event
from models.interactions import Interaction, InteractionContact


@dataclass(frozen=True)
class EngagementSection:
    interactions_by_channel: dict[str, int]
    people_reached: int
    new_contacts: int
    tips: int
    events: list[EventLine]


def collect_engagement(p: Periods) -> EngagementSection:
    in_month = (Interaction.occurred_at >= p.start) & (Interaction.occurred_at < p.end)
    channel_rows: Any = (
        Interaction.select(Interaction.channel, fn.COUNT(Interaction.id))
        .where(in_month)
        .group_by(Interaction.channel)
        .tuples()
    )
    people_reached = (
        InteractionContact.select(fn.COUNT(fn.DISTINCT(InteractionContact.contact)))
        .join(Interaction)
        .where(in_month)
        .scalar()
    ) or 0
    new_contacts = (
        Contact.select()
        .where((Contact.created_at >= p.start) & (Contact.created_at < p.end))
        .count()
    )
    tips = (
        Interaction.select()
        .where(in_month & (Interaction.is_tip == True))  # noqa: E712 - a peewee expression
        .count()
    )
    return EngagementSection(
        {ch: n for ch, n in channel_rows},
        int(people_reached),
        new_contacts,
        tips,
        collect_events(p),
    )


def collect_events(p: Periods) -> list[EventLine]:
    """Events held this month, by kind: how many, registered, attended and walk-ins."""
    held = Event.select(Event.id, Event.kind, Event.walk_ins).where(
        (Event.starts_at >= p.start) & (Event.starts_at < p.end) & (Event.status == "held")
    )
    counted: Any = (
        Attendance.select(Attendance.event, Attendance.status, fn.COUNT(Attendance.id))
        .where(Attendance.event.in_([e.id for e in held]))
        .group_by(Attendance.event, Attendance.status)
        .tuples()
    )
    attendance = {(event_id, status): n for event_id, status, n in counted}
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for event in held:
        line = per_kind[event.kind]
        line[0] += 1
        line[1] += sum(attendance.get((event.id, s), 0) for s in ATTENDANCE_STATUSES)
        line[2] += attendance.get((event.id, "attended"), 0)
        line[3] += event.walk_ins
    return [EventLine(kind, *vals) for kind, vals in sorted(per_kind.items())]
