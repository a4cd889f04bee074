"""Taking a person's details out of what people wrote about them: their name becomes the
anonymised label, their phone (however written), email and address become "(erased)".

Used by anonymising on the notes about the person (their interactions, the concerns they raised
at events, the problem actions they were partner in), on autosaved drafts, and on the audit
trail's values, which older writers (and some current ones) keep in text no key seals: the trail
is written again with those values unnamed and its chain re-hashed (models.audit_reseal)."""

from __future__ import annotations

import json
import re
from typing import Any

import phonenumbers
from peewee import Model

from desktop_app.services.phones import digits_of, e164, region
from desktop_app.services.session import Session
from models.audit_hash import canonical
from models.audit_reseal import Closing, rewrite_trail
from models.audit_seal import ERASED, is_sealed
from models.database import db
from models.event_records import EventConcern, WalkFinding
from models.interactions import Interaction, InteractionContact
from models.problems import ProblemAction
from models.reports import ReportDraft

ERASE_ACTION = "erase_personal"  # the closing entry of a rewrite of the trail


class Unnamer:
    """One contact's details, as they were before anonymising, and what replaces them."""

    def __init__(self, contact: Any, label: str, country: str) -> None:
        self.contact_id = int(contact.id)
        pairs = ((contact.name, label), (contact.email, ERASED), (contact.address, ERASED))
        self.words = [(str(v).strip(), to) for v, to in pairs if str(v or "").strip()]
        self.region = region(country)
        self.phone = e164(str(contact.phone or ""), country)
        national = phonenumbers.parse(self.phone).national_number if self.phone else ""
        self.digits = str(national)

    def may_mention(self, text: str) -> bool:
        """A quick test before the exact one: could text hold any of the details?"""
        low = text.lower()
        if any(word.lower() in low for word, _ in self.words):
            return True
        return bool(self.digits) and self.digits in digits_of(text)

    def text(self, text: str) -> str:
        """text with the name replaced by the label and the other details by ERASED."""
        if not self.may_mention(text):
            return text
        for word, to in self.words:
            # Whole words only: a short name must not eat into other words of the trail.
            text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", to, text, flags=re.IGNORECASE)
        if self.phone is None:
            return text
        possible = phonenumbers.Leniency.POSSIBLE  # a made-up or new range is still their number
        for match in reversed(list(phonenumbers.PhoneNumberMatcher(text, self.region, possible))):
            found = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
            if found == self.phone:
                text = text[: match.start] + ERASED + text[match.end :]
        return text

    def values(self, value: Any) -> Any:
        """value (decoded JSON) with every open string unnamed; sealed values as they are."""
        if isinstance(value, dict):
            return {k: self.values(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.values(v) for v in value]
        if isinstance(value, str) and not is_sealed(value):
            return self.text(value)
        return value


def unname_notes(person: Unnamer) -> None:
    """The notes about the person, rewritten: their interactions' purpose and summary, the
    concerns they raised, the actions of problems they were partner in, the recommendation of
    a walk finding about their business. (Reports are records of fact, listed for review.)"""
    theirs = InteractionContact.select(InteractionContact.interaction).where(
        InteractionContact.contact == person.contact_id
    )
    notes: list[tuple[type[Model], Any, tuple[str, ...]]] = [
        (Interaction, Interaction.id.in_(theirs), ("purpose", "summary")),
        (EventConcern, EventConcern.contact == person.contact_id, ("text",)),
        (ProblemAction, ProblemAction.partner == person.contact_id, ("action",)),
        (WalkFinding, WalkFinding.business == person.contact_id, ("recommendation",)),
    ]
    for model, where, fields in notes:
        key: Any = model._meta.primary_key
        columns = [model._meta.fields[f] for f in fields]
        rows: Any = model.select(key, *columns).where(where).tuples()
        for row in rows:
            now = {f: person.text(str(v or "")) for f, v in zip(fields, row[1:], strict=True)}
            if list(now.values()) != [str(v or "") for v in row[1:]]:
                model.update(**now).where(key == row[0]).execute()


def unname_drafts(people: list[Unnamer]) -> None:
    """Everyone's autosaved drafts (a walk-in form typed with the person as reporter): their
    details taken out, the rest left for the user to finish."""
    rows: Any = ReportDraft.select(ReportDraft.id, ReportDraft.data).tuples()
    for draft_id, data in rows:
        if not any(p.may_mention(str(data)) for p in people):
            continue
        try:
            values = json.loads(data)
        except ValueError:
            values = str(data)
        for person in people:
            values = person.values(values)
        ReportDraft.update(data=json.dumps(values, ensure_ascii=False, sort_keys=True)).where(
            ReportDraft.id == draft_id
        ).execute()


def _unnamed_text(stored: str | None, people: list[Unnamer]) -> str | None:
    """An entry's before or after with the people's details taken out of its open values;
    stored itself (byte for byte) when it holds none."""
    if not stored or not any(p.may_mention(stored) for p in people):
        return stored
    values = json.loads(stored)
    for person in people:
        values = person.values(values)
    text = canonical(values) if isinstance(values, dict) else json.dumps(values)
    return stored if json.loads(stored) == values else text


def unname_trail(session: Session, people: list[Unnamer]) -> int:
    """The audit entries whose open values hold the people's details (an older interaction
    entry's purpose, a concern's text, the contacts an undone import kept), written again
    without them, the chain re-hashed and closed by an entry of the session's user. Returns how
    many entries changed."""

    def transform(row: dict[str, Any]) -> tuple[str | None, str | None]:
        return _unnamed_text(row["before"], people), _unnamed_text(row["after"], people)

    closing = Closing(
        ERASE_ACTION,
        session.username,
        session.workstation,
        {"contacts": sorted(p.contact_id for p in people)},
        counted_as="entries",
    )
    return rewrite_trail(db.obj, transform, closing)
