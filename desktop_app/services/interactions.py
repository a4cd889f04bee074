"""Interactions logged with contacts, officers' follow-ups due, and partners gone quiet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from peewee import fn

from desktop_app.services import audit
from desktop_app.services.clock import now_local, now_utc, past_moment, stored_datetime, to_local
from desktop_app.services.errors import NotFound, ValidationError
from desktop_app.services.interaction_links import report_by_id, report_by_number
from desktop_app.services.permissions import allowed, require
from desktop_app.services.session import Session
from desktop_app.services.validation import Checks, choice, clean_line, clean_text
from models.contacts import CHANNELS, Contact
from models.database import db
from models.events import Event
from models.interactions import Interaction, InteractionContact
from models.problems import Problem


@dataclass(frozen=True)
class InteractionInput:
    contact_ids: tuple[int, ...]
    channel: str
    purpose: str
    summary: str = ""
    follow_up_on: date | None = None
    occurred_at: datetime | None = None  # aware, or naive office time; default now
    report_id: int | None = None
    report_number: str = ""  # as typed (wr-2026-42); the report it names, when no report_id
    event_id: int | None = None
    problem_id: int | None = None


@dataclass(frozen=True)
class FollowUp:
    interaction_id: int
    due: date
    contact_ids: tuple[int, ...]
    contact_names: tuple[str, ...]
    purpose: str
    summary: str
    days_late: int  # 0 when due today


@dataclass(frozen=True)
class OverduePartner:
    contact_id: int
    name: str
    organisation: str
    stay_in_touch_days: int
    last_contact: datetime | None  # office time; None when never contacted
    days_overdue: int


def _exists(model: Any, record_id: int | None, field: str, what: str) -> int | None:
    if record_id is None:
        return None
    if not model.select(model.id).where(model.id == record_id).exists():
        raise ValidationError(field, f"There is no {what} with id {record_id}")
    return record_id


class InteractionService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def log(self, data: InteractionInput) -> int:
        """Record an interaction by the signed-in user with one or more contacts; every failing
        field reported together, audited in the same transaction. Returns its id."""
        require(self.session, "interaction.create")
        if data.problem_id is not None:  # the link names the problem on the reader's timeline
            require(self.session, "problem.read")
        attempt = Checks()
        given = data.occurred_at
        occurred = (attempt(lambda: past_moment("occurred_at", given)) if given else None) or (
            now_utc()
        )
        channel = attempt(lambda: choice("channel", data.channel, CHANNELS, "Channel"))
        purpose = attempt(lambda: clean_line("purpose", data.purpose, max_length=120))
        summary = attempt(lambda: clean_text("summary", data.summary, max_length=5000))
        attempt(lambda: _check_follow_up(data.follow_up_on, to_local(occurred).date()))
        attempt(lambda: _check_contacts(data.contact_ids))
        links = (
            attempt(
                lambda: (
                    report_by_id(self.session, data.report_id)
                    or report_by_number(self.session, data.report_number)
                )
            ),
            attempt(lambda: _exists(Event, data.event_id, "event", "event")),
            attempt(lambda: _exists(Problem, data.problem_id, "problem", "problem")),
        )
        attempt.done()
        with db.atomic():
            interaction = Interaction.create(
                occurred_at=occurred,
                officer=self.session.user_id,
                channel=channel,
                purpose=purpose,
                summary=summary,
                follow_up_on=data.follow_up_on,
                report=links[0],
                event=links[1],
                problem=links[2],
            )
            for contact_id in dict.fromkeys(data.contact_ids):
                InteractionContact.create(interaction=interaction.id, contact=contact_id)
            audit.record(
                self.session,
                "create",
                "interaction",
                interaction.id,
                None,
                {
                    # Not the purpose or summary: free text that may name the person, which
                    # anonymising must be able to erase (the chain cannot be rewritten).
                    "channel": channel,
                    "contacts": sorted(set(data.contact_ids)),
                    "follow_up_on": data.follow_up_on,
                    "report": links[0],
                    "event": links[1],
                    "problem": links[2],
                },
            )
        return int(interaction.id)

    def follow_ups_due(self, today: date | None = None) -> list[FollowUp]:
        """The signed-in user's follow-ups due today or earlier and not yet done, oldest first."""
        require(self.session, "interaction.create")
        day = today or now_local().date()
        rows: list[Any] = list(
            Interaction.select(Interaction.id, Interaction.follow_up_on, Interaction.purpose)
            .select_extend(Interaction.summary)
            .where(
                (Interaction.officer == self.session.user_id)
                & (Interaction.follow_up_on <= day)
                & Interaction.follow_up_done_at.is_null()
            )
            .order_by(Interaction.follow_up_on, Interaction.id)
        )
        people = _people_of([r.id for r in rows])
        return [
            FollowUp(
                r.id,
                r.follow_up_on,
                tuple(i for i, _ in people.get(r.id, ())),
                tuple(n for _, n in people.get(r.id, ())),
                r.purpose,
                r.summary,
                (day - r.follow_up_on).days,
            )
            for r in rows
        ]

    def mark_follow_up_done(self, interaction_id: int) -> None:
        """The follow-up was done: off the list. One's own, or anyone's for a manager."""
        require(self.session, "interaction.create")
        with db.atomic():
            row = Interaction.get_or_none(Interaction.id == interaction_id)
            if row is None or row.follow_up_on is None:
                raise NotFound(f"no follow-up with id {interaction_id}")
            mine = row.__data__.get("officer") == self.session.user_id
            if not mine:
                require(self.session, "contact.oversee")
            if row.follow_up_done_at is not None:
                raise ValidationError("follow_up", "This follow-up is already done")
            done = now_utc()
            Interaction.update(follow_up_done_at=done).where(
                Interaction.id == interaction_id
            ).execute()
            audit.record(
                self.session,
                "update",
                "interaction",
                interaction_id,
                {"follow_up_done_at": None},
                {"follow_up_done_at": done},
            )

    def partners_overdue(self, today: date | None = None) -> list[OverduePartner]:
        """Contacts with a stay-in-touch interval whose last interaction is older than it (or
        who were never contacted), longest overdue first. For managers."""
        require(self.session, "contact.oversee")
        day = today or now_local().date()
        partners: list[Any] = list(
            Contact.select(
                Contact.id, Contact.name, Contact.organisation, Contact.stay_in_touch_days
            )
            .select_extend(Contact.created_at)
            .where(Contact.stay_in_touch_days.is_null(False) & Contact.merged_into.is_null())
        )
        last = _last_contacts([p.id for p in partners])
        overdue: list[OverduePartner] = []
        for p in partners:
            seen = last.get(p.id)
            since = to_local(seen or stored_datetime(p.created_at)).date()
            late = (day - (since + timedelta(days=p.stay_in_touch_days))).days
            if late > 0:
                overdue.append(
                    OverduePartner(
                        p.id,
                        p.name,
                        p.organisation,
                        p.stay_in_touch_days,
                        to_local(seen),
                        late,
                    )
                )
        overdue.sort(key=lambda o: (-o.days_overdue, o.name))
        return overdue


def can_oversee(session: Session) -> bool:
    return allowed(session.role, "contact.oversee")


def _check_follow_up(follow_up_on: date | None, day: date) -> None:
    if follow_up_on is not None and follow_up_on < day:
        raise ValidationError("follow_up_on", "The follow-up date is before the interaction")


def _check_contacts(contact_ids: tuple[int, ...]) -> None:
    if not contact_ids:
        raise ValidationError("contacts", "Choose who the interaction was with")
    found = Contact.select(Contact.id).where(Contact.id.in_(list(contact_ids))).count()
    if found != len(set(contact_ids)):
        raise ValidationError("contacts", "One of the contacts no longer exists")


def _people_of(interaction_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    people: dict[int, list[tuple[int, str]]] = {}
    if not interaction_ids:
        return people
    query: Any = (
        InteractionContact.select(InteractionContact.interaction, Contact.id, Contact.name)
        .join(Contact)
        .where(InteractionContact.interaction.in_(interaction_ids))
        .order_by(InteractionContact.id)
        .tuples()
    )
    for interaction_id, contact_id, name in query:
        people.setdefault(interaction_id, []).append((contact_id, name))
    return people


def _last_contacts(contact_ids: list[int]) -> dict[int, datetime]:
    if not contact_ids:
        return {}
    query: Any = (
        InteractionContact.select(InteractionContact.contact, fn.MAX(Interaction.occurred_at))
        .join(Interaction)
        .where(InteractionContact.contact.in_(contact_ids))
        .group_by(InteractionContact.contact)
        .tuples()
    )
    return {contact_id: stored_datetime(at) for contact_id, at in query}
