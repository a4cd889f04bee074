"""Interactions: every contact the office has with a person, with links to what it concerned."""

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
from models.events import Event
from models.org import User
from models.problems import Problem
from models.reports import Report


class Interaction(BaseModel):
    occurred_at = DateTimeField(index=True)
    officer = ForeignKeyField(User, null=True, backref="interactions", on_delete="SET NULL")
    channel = CharField(max_length=12, index=True)
    purpose = CharField(max_length=120, default="")
    summary = TextField(default="")
    duration_minutes = IntegerField(null=True)
    follow_up_on = DateField(null=True, index=True)
    follow_up_done_at = DateTimeField(null=True)  # schema v9: the follow-up was done
    is_tip = BooleanField(default=False)
    report = ForeignKeyField(Report, null=True, backref="interactions", on_delete="SET NULL")
    event = ForeignKeyField(Event, null=True, backref="interactions", on_delete="SET NULL")
    problem = ForeignKeyField(Problem, null=True, backref="interactions", on_delete="SET NULL")
    created_at = DateTimeField(default=utcnow)

    class Meta:
        # v9: an officer's follow-ups due, by day
        indexes = ((("officer", "follow_up_on"), False),)


class InteractionContact(BaseModel):
    interaction = ForeignKeyField(Interaction, backref="contact_links", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, backref="interaction_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("interaction", "contact"), True), (("contact",), False))
