"""After the event: outcome notes, and the concerns raised, each of which can become a
follow-up interaction with a contact (so it shows in their timeline and the officer's
follow-ups due)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from peewee import JOIN

from desktop_app.services import audit
from desktop_app.services.clock import stored_datetime, to_local
from desktop_app.services.errors import NotFound, ValidationError
from desktop_app.services.interactions import InteractionInput, InteractionService
from desktop_app.services.permissions import require
from desktop_app.services.session import Session
from desktop_app.services.validation import clean_line, clean_text
from models.contacts import Contact
from models.database import db
from models.event_records import EventConcern
from models.events import Event
from models.interactions import Interaction


@dataclass(frozen=True)
class Concern:
    id: int
    text: str
    contact_id: int | None
    contact_name: str
    interaction_id: int | None  # the follow-up made of it, if any
    follow_up_on: date | None
    raised_at: datetime  # office time


@dataclass(frozen=True)
class Outcome:
    event_id: int
    title: str
    notes: str
    # The free text of concerns from before concerns were records (schema v11): shown as it is,
    # read-only; new concerns are records.
    earlier_concerns: str
    concerns: tuple[Concern, ...]


def _event(event_id: int) -> Any:
    event = Event.get_or_none(Event.id == event_id)
    if event is None:
        raise NotFound(f"no event with id {event_id}")
    return event


def _contact(contact_id: int | None) -> int | None:
    if contact_id is None:
        return None
    found = Contact.get_or_none(Contact.id == contact_id)
    if found is None or found.__data__.get("merged_into") is not None:
        raise ValidationError("contact", "That contact no longer exists")
    return contact_id


def read_outcome(event_id: int) -> Outcome:
    event = _event(event_id)
    rows: Any = (
        EventConcern.select(
            EventConcern.id,
            EventConcern.text,
            EventConcern.contact,
            Contact.name,
            EventConcern.interaction,
            Interaction.follow_up_on,
            EventConcern.created_at,
        )
        .join(Contact, JOIN.LEFT_OUTER, on=(EventConcern.contact == Contact.id))
        .switch(EventConcern)
        .join(Interaction, JOIN.LEFT_OUTER, on=(EventConcern.interaction == Interaction.id))
        .where(EventConcern.event == event_id)
        .order_by(EventConcern.id)
        .tuples()
    )
    concerns = tuple(
        Concern(cid, text, contact, name or "", interaction, follow, to_local(stored_datetime(at)))
        for cid, text, contact, name, interaction, follow, at in rows
    )
    return Outcome(event.id, event.title, event.outcome_notes, event.concerns_raised, concerns)


class OutcomeService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def outcome(self, event_id: int) -> Outcome:
        require(self.session, "event.read")
        return read_outcome(event_id)

    def save_notes(self, event_id: int, notes: str) -> Outcome:
        require(self.session, "event.run")
        text = clean_text("notes", notes, max_length=10000, label="Outcome notes")
        with db.atomic():
            event = _event(event_id)
            if text != event.outcome_notes:
                Event.update(outcome_notes=text).where(Event.id == event_id).execute()
                audit.record(
                    self.session,
                    "update",
                    "event",
                    event_id,
                    {"outcome_notes": event.outcome_notes},
                    {"outcome_notes": text},
                )
            return read_outcome(event_id)

    def add_concern(self, event_id: int, text: str, contact_id: int | None = None) -> Outcome:
        """A concern raised at the event, by or about a contact (or no one in particular)."""
        require(self.session, "event.run")
        clean = clean_text("text", text, max_length=2000, required=True, label="The concern")
        with db.atomic():
            _event(event_id)
            concern = EventConcern.create(event=event_id, text=clean, contact=_contact(contact_id))
            audit.record(
                self.session,
                "update",
                "event",
                event_id,
                None,
                {"concern": concern.id, "text": clean, "contact": contact_id},
            )
            return read_outcome(event_id)

    def remove_concern(self, concern_id: int) -> Outcome:
        """A concern entered by mistake; one already followed up stays (its interaction does)."""
        require(self.session, "event.run")
        with db.atomic():
            concern = self._concern(concern_id)
            if concern.__data__.get("interaction") is not None:
                raise ValidationError("concern", "This concern has been followed up; it stays")
            event_id = concern.__data__["event"]
            concern.delete_instance()
            audit.record(
                self.session,
                "update",
                "event",
                event_id,
                {"concern": concern_id, "text": concern.text},
                None,
            )
            return read_outcome(event_id)

    def follow_up(
        self,
        concern_id: int,
        contact_id: int,
        follow_up_on: date,
        purpose: str = "",
        summary: str = "",
    ) -> Outcome:
        """Make the concern a follow-up interaction with the contact (linked to the event, due
        on follow_up_on): in the contact's timeline and the officer's follow-ups due."""
        require(self.session, "event.run")
        with db.atomic():
            concern = self._concern(concern_id)
            if concern.__data__.get("interaction") is not None:
                raise ValidationError("concern", "This concern is already being followed up")
            event_id = concern.__data__["event"]
            title = clean_line("purpose", purpose or _purpose(concern.text), max_length=120)
            interaction_id = InteractionService(self.session).log(
                InteractionInput(
                    (contact_id,),
                    "event",
                    title,
                    summary or concern.text,
                    follow_up_on=follow_up_on,
                    event_id=event_id,
                )
            )
            EventConcern.update(interaction=interaction_id, contact=contact_id).where(
                EventConcern.id == concern_id
            ).execute()
            audit.record(
                self.session,
                "update",
                "event",
                event_id,
                {"concern": concern_id, "interaction": None},
                {"concern": concern_id, "interaction": interaction_id, "contact": contact_id},
            )
            return read_outcome(event_id)

    @staticmethod
    def _concern(concern_id: int) -> Any:
        concern = EventConcern.get_or_none(EventConcern.id == concern_id)
        if concern is None:
            raise NotFound(f"no concern with id {concern_id}")
        return concern


def _purpose(text: str) -> str:
    """The interaction's purpose from the concern's first line, cut at a word."""
    first = " ".join(text.split("\n", 1)[0].split())
    line = f"Concern raised: {first}"
    return line if len(line) <= 120 else line[:117].rsplit(" ", 1)[0] + "…"
