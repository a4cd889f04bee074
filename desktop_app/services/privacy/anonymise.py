"""Anonymising a contact (GDPR Art. 17 as the model): the details that identify them are erased
everywhere the database holds them, while the records and the figures they count in stay.

- The contact row: name, phone, email, address, notes (and a resident's organisation) cleared.
- The search indexes: rewritten by their triggers, then merged (SQLite FTS5 'optimize'), so no
  segment keeps the old words; deleted content is zeroed (secure_delete) and the WAL truncated.
- The notes about the contact (their interactions, the concerns they raised at events, the
  problem actions they were partner in) and everyone's autosaved drafts: their name becomes the
  label; their phone (however written), email and address are erased (privacy.unname).
- The audit trail: the contact's values there are sealed with the contact's key
  (models.audit_seal); the key is deleted here, so they read "(erased)" and the chain still holds.
  Text no key seals (an older interaction entry's purpose, a concern's text, the contacts an
  undone import kept) is unnamed in place and the chain re-hashed from there, closed by an
  "erase_personal" entry that keeps the old end's hash (as schema v10's reseal does).
- Free text written by people (a report's account, action taken, supplements, the names of people
  involved who are not contacts) is not rewritten: the reports that mention the name are listed
  for someone to review.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from desktop_app.services import audit
from desktop_app.services.clock import now_utc
from desktop_app.services.errors import NotFound, ValidationError
from desktop_app.services.office_settings import load_office_settings
from desktop_app.services.permissions import require
from desktop_app.services.privacy.unname import Unnamer, unname_drafts, unname_notes, unname_trail
from desktop_app.services.session import Session
from models.base import name_key
from models.contacts import Contact
from models.corrections import ReportSupplement
from models.database import db, is_sqlite
from models.privacy import AnonymisedContact, ContactKey
from models.reports import Report, ReportPerson
from models.search_index import CONTACT_FTS, REPORT_FTS

log = logging.getLogger(__name__)

PERSON_KINDS = frozenset({"resident"})  # whose organisation is their own (an employer)


@dataclass(frozen=True)
class ReportToReview:
    id: int
    number: str
    fields: tuple[str, ...]  # where the name occurs: account, action taken, supplement, people


@dataclass(frozen=True)
class Anonymised:
    contact_id: int
    label: str  # what the contact is called now
    to_review: tuple[ReportToReview, ...]


def anonymous_label(contact_id: int) -> str:
    return f"Anonymised contact #{contact_id}"


def name_terms(name: str) -> list[str]:
    """What counts as a mention: the whole name, and the family name (its last word) when it is
    long enough not to match everywhere."""
    words = name.split()
    terms = [" ".join(words)] if words else []
    if len(words) > 1 and len(words[-1]) >= 3:
        terms.append(words[-1])
    return terms


def _mentioning(column: Any, terms: list[str]) -> Any:
    condition = None
    for term in terms:
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        like = column ** f"%{escaped}%"  # ILIKE on PostgreSQL, LIKE (ASCII case-free) on SQLite
        condition = like if condition is None else condition | like
    return condition


def reports_mentioning(name: str) -> list[ReportToReview]:
    """The reports whose free text mentions the name, with where."""
    terms = name_terms(name)
    if not terms:
        return []
    found: dict[int, set[str]] = {}
    sources: list[tuple[str, Any]] = [
        ("account", Report.select(Report.id).where(_mentioning(Report.account, terms))),
        ("action taken", Report.select(Report.id).where(_mentioning(Report.action_taken, terms))),
        ("supplement", ReportSupplement.select(ReportSupplement.report).where(
            _mentioning(ReportSupplement.reason, terms)
            | _mentioning(ReportSupplement.changes, terms))),
        ("people", ReportPerson.select(ReportPerson.report).where(
            _mentioning(ReportPerson.name, terms) | _mentioning(ReportPerson.description, terms))),
    ]  # fmt: skip
    for where, query in sources:
        for (report_id,) in query.tuples():
            found.setdefault(int(report_id), set()).add(where)
    named: Any = Report.select(Report.id, Report.number).where(Report.id.in_(list(found)))
    numbers: dict[int, str] = dict(named.tuples())
    order = [s for s, _ in sources]
    return [
        ReportToReview(i, str(numbers[i]), tuple(w for w in order if w in found[i]))
        for i in sorted(found, key=lambda i: str(numbers[i]))
    ]


def _erase(contact: Any, session: Session, person: Unnamer) -> None:
    """The row cleared, the people it stands for in reports unnamed, the notes about them
    unnamed, its audit key destroyed."""
    label = anonymous_label(contact.id)
    Contact.update(
        name=label,
        name_key=name_key(label),
        organisation="" if contact.kind in PERSON_KINDS else contact.organisation,
        phone="",
        phone_digits="",
        email="",
        address="",
        notes="",
        consent_method="",
        updated_at=now_utc(),
    ).where(Contact.id == contact.id).execute()
    ReportPerson.update(name="").where(ReportPerson.contact == contact.id).execute()
    unname_notes(person)
    ContactKey.delete().where(ContactKey.contact_id == contact.id).execute()
    AnonymisedContact.delete().where(AnonymisedContact.contact_id == contact.id).execute()
    AnonymisedContact.create(contact_id=contact.id, at=now_utc(), by_username=session.username)


def anonymise(session: Session, contact_id: int) -> Anonymised:
    """Erase what identifies the contact; returns the reports whose text still names them."""
    require(session, "contact.privacy")
    with db.atomic():
        contact = Contact.get_or_none(Contact.id == contact_id)
        if contact is None:
            raise NotFound(f"no contact with id {contact_id}")
        into = contact.__data__["merged_into"]
        if into is not None:  # its records are the kept contact's now: erase the person there
            raise ValidationError(
                "contact",
                f"Contact {contact_id} was merged into contact {into}; anonymise contact {into} "
                "(the duplicates merged into it are erased with it)",
            )
        to_review: dict[int, ReportToReview] = {}
        country = load_office_settings().country_code()
        people: list[Unnamer] = []
        for person in [contact, *merged_into(contact_id)]:
            already = AnonymisedContact.get_or_none(AnonymisedContact.contact_id == person.id)
            if not already:
                to_review.update((r.id, r) for r in reports_mentioning(person.name))
            people.append(Unnamer(person, anonymous_label(person.id), country))
            _erase(person, session, people[-1])
        unname_drafts(people)
        unname_trail(session, people)
        audit.record(
            session,
            "anonymise",
            "contact",
            contact_id,
            None,
            {"reports_to_review": sorted(r.number for r in to_review.values())},
        )
    scrub()
    listed = tuple(sorted(to_review.values(), key=lambda r: r.number))
    return Anonymised(contact_id, anonymous_label(contact_id), listed)


def merged_into(contact_id: int) -> list[Any]:
    """The duplicates merged into the contact, and those merged into them: the same person's
    old rows, which still hold the details they had when merged."""
    found: list[Any] = []
    seen, frontier = {contact_id}, [contact_id]
    while frontier:
        rows = list(Contact.select().where(Contact.merged_into.in_(frontier)))
        rows = [row for row in rows if row.id not in seen]
        seen.update(row.id for row in rows)
        found.extend(rows)
        frontier = [row.id for row in rows]
    return found


def scrub() -> None:
    """Leave no old copy of erased text in the file: the search indexes merged into fresh
    segments, and the WAL copied back and emptied. On PostgreSQL the rewritten tables are
    compacted (VACUUM FULL), which drops the dead row versions that still held the text."""
    if is_sqlite():
        with db.atomic():
            for table in (CONTACT_FTS, REPORT_FTS):
                db.execute_sql(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return
    tables = (
        *("contact", "report_person", "contact_key", "audit_entry", "report_draft", "interaction"),
        *("event_concern", "problem_action", "walk_finding", CONTACT_FTS, REPORT_FTS),
    )
    try:
        db.execute_sql(f"VACUUM FULL {', '.join(tables)}")
    except Exception as exc:  # e.g. not the tables' owner: the space is reused in time instead
        log.warning("could not compact the tables after anonymising: %s", exc)
