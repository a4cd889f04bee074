"""Community events: meetings, workshops, safety nights, walks; tasks and attendance."""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from models.base import BaseModel, utcnow
from models.contacts import Contact
from models.org import Location, User, Zone

EVENT_KINDS = (
    "neighbourhood_watch",
    "safety_workshop",
    "family_safety_night",
    "school_programme",
    "community_event",
    "safety_walk",
)
EVENT_STATUSES = ("planned", "confirmed", "held", "cancelled")
ATTENDANCE_STATUSES = ("registered", "attended", "no_show")


class EventSeries(BaseModel):
    """Schema v11: a recurring event's rule. The rule (RFC 5545 RRULE text, e.g.
    "FREQ=MONTHLY;BYDAY=1TU") runs from starts_local, the first occurrence's start as a naive
    wall-clock time in the office's zone, so 19:00 stays 19:00 across a daylight-saving change;
    occurrences are Event rows made up to `horizon` (an office-local date)."""

    rule = CharField(max_length=200)
    starts_local = DateTimeField()
    duration_minutes = IntegerField()
    horizon = DateField()
    created_at = DateTimeField(default=utcnow)


class Event(BaseModel):
    kind = CharField(max_length=24, index=True)
    title = CharField(max_length=160)
    starts_at = DateTimeField(index=True)
    ends_at = DateTimeField()
    venue = CharField(max_length=200, default="")
    location = ForeignKeyField(Location, null=True, backref="events", on_delete="SET NULL")
    lead_officer = ForeignKeyField(User, null=True, backref="events_led", on_delete="SET NULL")
    capacity = IntegerField(null=True)
    status = CharField(max_length=12, default="planned", index=True)
    description = TextField(default="")
    walk_ins = IntegerField(default=0)
    outcome_notes = TextField(default="")
    concerns_raised = TextField(default="")
    created_at = DateTimeField(default=utcnow)
    # Schema v11 (appended by the migration, so last here too):
    zone = ForeignKeyField(Zone, null=True, backref="events", on_delete="SET NULL")
    cancel_reason = TextField(default="")
    series = ForeignKeyField(EventSeries, null=True, backref="events", on_delete="SET NULL")
    # The start the series' rule gave this occurrence (UTC; its RECURRENCE-ID), kept when the
    # occurrence itself is moved, so "this and following" knows where it stands in the series.
    series_start = DateTimeField(null=True)
    updated_at = DateTimeField(null=True)


class EventOfficer(BaseModel):
    event = ForeignKeyField(Event, backref="officers", on_delete="CASCADE")
    officer = ForeignKeyField(User, backref="events_staffed", on_delete="CASCADE")

    class Meta:
        indexes = ((("event", "officer"), True),)


class EventPartner(BaseModel):
    event = ForeignKeyField(Event, backref="partners", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, backref="events_partnered", on_delete="CASCADE")

    class Meta:
        indexes = ((("event", "contact"), True),)


class EventTask(BaseModel):
    event = ForeignKeyField(Event, backref="tasks", on_delete="CASCADE")
    title = CharField(max_length=200)
    owner = ForeignKeyField(User, null=True, backref="event_tasks", on_delete="SET NULL")
    due_on = DateField(null=True)
    done = BooleanField(default=False)
    done_at = DateTimeField(null=True)


class EventTaskTemplate(BaseModel):
    """Schema v11: the planning checklist a new event of a kind starts with (a manager edits it);
    due `days_before` the event's day, owned by the event's lead unless the task is reassigned."""

    kind = CharField(max_length=24, index=True)
    position = IntegerField(default=0)
    title = CharField(max_length=200)
    days_before = IntegerField(default=7)


class Attendance(BaseModel):
    event = ForeignKeyField(Event, backref="attendance", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, backref="attendance", on_delete="RESTRICT")
    status = CharField(max_length=12, default="registered")
    registered_at = DateTimeField(default=utcnow)
    checked_in_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("event", "contact"), True), (("contact",), False))
