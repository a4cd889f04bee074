"""Patrol shifts and their timed entries (the daily activity report)."""

from __future__ import annotations

from peewee import CharField, DateTimeField, ForeignKeyField, TextField

from models.base import BaseModel, utcnow
from models.contacts import Contact
from models.org import Location, User, Zone
from models.reports import Report

PATROL_TYPES = ("foot", "vehicle", "bicycle", "fixed_post")
ACTIVITIES = (
    "routine_check",
    "community_engagement",
    "incident_observed",
    "hazard_noted",
    "assistance_given",
    "other",
)


class PatrolShift(BaseModel):
    officer = ForeignKeyField(User, backref="shifts", on_delete="RESTRICT")
    started_at = DateTimeField(index=True)
    ended_at = DateTimeField(null=True)
    zone = ForeignKeyField(Zone, null=True, backref="shifts", on_delete="RESTRICT")
    patrol_type = CharField(max_length=12, default="foot")
    weather = CharField(max_length=60, default="")
    relieved = ForeignKeyField(User, null=True, backref="relieved_by", on_delete="SET NULL")
    summary = TextField(default="")
    handover_notes = TextField(default="")
    created_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("officer", "started_at"), False), (("zone", "started_at"), False))


class PatrolEntry(BaseModel):
    """One timed line of a shift log. Officer and zone are copied from the shift (and the
    location's zone) so the million-row browse filters on one indexed table without joins."""

    shift = ForeignKeyField(PatrolShift, backref="entries", on_delete="CASCADE")
    at = DateTimeField(index=True)
    officer = ForeignKeyField(User, backref="patrol_entries", on_delete="RESTRICT")
    zone = ForeignKeyField(Zone, null=True, backref="patrol_entries", on_delete="RESTRICT")
    location = ForeignKeyField(Location, null=True, backref="patrol_entries", on_delete="RESTRICT")
    activity = CharField(max_length=24)
    observation = TextField(default="")
    action_taken = TextField(default="")
    report = ForeignKeyField(Report, null=True, backref="patrol_entries", on_delete="SET NULL")

    class Meta:
        indexes = (
            (("shift", "at"), False),
            (("zone", "at"), False),
            (("officer", "at"), False),
            (("location", "at"), False),
            (("activity", "at"), False),
        )


class PatrolEntryContact(BaseModel):
    """A person met during a patrol entry."""

    entry = ForeignKeyField(PatrolEntry, backref="people_met", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, backref="patrol_meetings", on_delete="RESTRICT")

    class Meta:
        indexes = ((("entry", "contact"), True), (("contact",), False))
