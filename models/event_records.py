"""What an event leaves behind (schema v11): concerns raised, each of which can become a
follow-up interaction, and the findings of a lighting / safety walk, open until fixed."""

from __future__ import annotations

from peewee import CharField, DateTimeField, ForeignKeyField, TextField

from models.base import BaseModel, utcnow
from models.contacts import Contact
from models.events import Event
from models.interactions import Interaction
from models.org import Location, User

FINDING_STATUSES = ("ok", "needs_fixing", "fixed")


class EventConcern(BaseModel):
    """Schema v11: a concern raised at an event; following it up makes an interaction (a
    follow-up with the contact who raised it or can act on it)."""

    event = ForeignKeyField(Event, backref="concerns", on_delete="CASCADE")
    text = TextField()
    contact = ForeignKeyField(Contact, null=True, backref="concerns_raised", on_delete="SET NULL")
    interaction = ForeignKeyField(Interaction, null=True, backref="concern", on_delete="SET NULL")
    created_at = DateTimeField(default=utcnow)


class WalkFinding(BaseModel):
    """Schema v11: what a lighting / safety walk found at one site: an item that is OK or needs
    fixing (open until marked fixed), the recommendation, and the business contacted about it."""

    event = ForeignKeyField(Event, backref="findings", on_delete="CASCADE")
    location = ForeignKeyField(Location, null=True, backref="findings", on_delete="SET NULL")
    site = CharField(max_length=200, default="")  # free text when the site is not a location
    item = CharField(max_length=200)
    status = CharField(max_length=12, default="needs_fixing", index=True)
    recommendation = TextField(default="")
    business = ForeignKeyField(Contact, null=True, backref="findings", on_delete="SET NULL")
    fixed_at = DateTimeField(null=True)
    fixed_by = ForeignKeyField(User, null=True, backref="findings_fixed", on_delete="SET NULL")
    created_at = DateTimeField(default=utcnow)
