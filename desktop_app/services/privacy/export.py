"""Subject access: everything the office holds about one contact, as JSON for portability and
as the record a readable PDF is made from. Manager only; that an export happened is audited (not
what it held)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from peewee import JOIN

from desktop_app.services import audit
from desktop_app.services.errors import NotFound
from desktop_app.services.permissions import require
from desktop_app.services.session import Session
from models.audit import AuditEntry
from models.audit_seal import keys_of, sealed_contacts, unseal
from models.contacts import Contact, ContactMembership, ContactRole
from models.corrections import ReportSupplement
from models.database import db
from models.event_records import EventConcern, WalkFinding
from models.events import Attendance, Event, EventPartner
from models.interactions import Interaction, InteractionContact
from models.org import Category, Location, User, Zone
from models.patrol import PatrolEntry, PatrolEntryContact
from models.privacy import AnonymisedContact
from models.problems import Problem, ProblemAction, ProblemPartner
from models.reports import Report, ReportPerson

FORMAT = "beacon-subject-access/1"
# Contact columns that are the office's bookkeeping, not about the person.
_INTERNAL = {"name_key", "phone_digits", "merged_into"}


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _row(values: dict[str, Any]) -> dict[str, Any]:
    return {k: _plain(v) for k, v in values.items()}


def _details(contact_id: int) -> dict[str, Any]:
    c = Contact.get_or_none(Contact.id == contact_id)
    if c is None:
        raise NotFound(f"no contact with id {contact_id}")
    data = {k: v for k, v in c.__data__.items() if k not in _INTERNAL and k != "zone"}
    zone = Zone.get_or_none(Zone.id == c.__data__.get("zone"))
    data["zone"] = zone.name if zone else ""
    erased = AnonymisedContact.get_or_none(AnonymisedContact.contact_id == contact_id)
    data["anonymised_at"] = erased.at if erased else None
    return _row(data)


def _interactions(contact_id: int) -> list[dict[str, Any]]:
    rows: Any = (
        Interaction.select(Interaction, User.display_name.alias("officer_name"), Report.number)
        .join(InteractionContact)
        .switch(Interaction)
        .join(User, JOIN.LEFT_OUTER, on=(Interaction.officer == User.id))
        .switch(Interaction)
        .join(Report, JOIN.LEFT_OUTER, on=(Interaction.report == Report.id))
        .where(InteractionContact.contact == contact_id)
        .order_by(Interaction.occurred_at, Interaction.id)
        .dicts()
    )
    keep = ("id", "occurred_at", "channel", "purpose", "summary", "duration_minutes")
    return [
        _row({**{k: r[k] for k in keep}, "follow_up_on": r["follow_up_on"],
              "officer": r["officer_name"] or "", "report": r["number"] or "",
              "event_id": r["event"], "problem_id": r["problem"]})
        for r in rows
    ]  # fmt: skip


def _reports(contact_id: int) -> list[dict[str, Any]]:
    """Reports the contact made or is one of the people in, with their part in each."""
    parts: dict[int, list[dict[str, str]]] = {}
    for p in ReportPerson.select().where(ReportPerson.contact == contact_id):
        parts.setdefault(p.__data__["report"], []).append(
            {"role": p.role, "description": p.description}
        )
    made = Report.reporter == contact_id
    rows: Any = (
        Report.select(Report, Category.name.alias("category_name"), Location.name.alias("place"))
        .join(Category, JOIN.LEFT_OUTER, on=(Report.category == Category.id))
        .switch(Report)
        .join(Location, JOIN.LEFT_OUTER, on=(Report.location == Location.id))
        .where(made | Report.id.in_(list(parts)))
        .order_by(Report.received_at, Report.id)
        .objects()
    )
    out = []
    for r in rows:
        supplements = [
            _row({"number": s.number, "written_at": s.written_at, "reason": s.reason})
            for s in ReportSupplement.select().where(ReportSupplement.report == r.id)
        ]
        out.append(_row({
            "id": r.id, "number": r.number, "received_at": r.received_at,
            "occurred_at": r.occurred_at, "category": r.category_name or "",
            "location": r.place or "", "status": r.status, "account": r.account,
            "action_taken": r.action_taken, "made_by_them": r.__data__["reporter"] == contact_id,
            "involved_as": parts.get(r.id, []), "supplements": supplements,
        }))  # fmt: skip
    return out


def _patrol_entries(contact_id: int) -> list[dict[str, Any]]:
    rows: Any = (
        PatrolEntry.select(PatrolEntry, Location.name.alias("place"))
        .join(PatrolEntryContact)
        .switch(PatrolEntry)
        .join(Location, JOIN.LEFT_OUTER, on=(PatrolEntry.location == Location.id))
        .where(PatrolEntryContact.contact == contact_id)
        .order_by(PatrolEntry.at, PatrolEntry.id)
        .objects()
    )
    return [
        _row({"id": e.id, "at": e.at, "location": e.place or "", "activity": e.activity,
              "observation": e.observation, "action_taken": e.action_taken})
        for e in rows
    ]  # fmt: skip


def _events(contact_id: int) -> list[dict[str, Any]]:
    rows: Any = (
        Attendance.select(Attendance, Event.title, Event.starts_at, Event.kind)
        .join(Event)
        .where(Attendance.contact == contact_id)
        .order_by(Event.starts_at, Attendance.id)
        .dicts()
    )
    return [
        _row({"event_id": r["event"], "title": r["title"], "kind": r["kind"],
              "starts_at": r["starts_at"], "status": r["status"],
              "registered_at": r["registered_at"], "checked_in_at": r["checked_in_at"]})
        for r in rows
    ]  # fmt: skip


def _problems(contact_id: int) -> list[dict[str, Any]]:
    rows: Any = (
        Problem.select(Problem.id, Problem.title, Problem.stage, Problem.identified_on)
        .join(ProblemPartner)
        .where(ProblemPartner.contact == contact_id)
        .order_by(Problem.identified_on, Problem.id)
        .dicts()
    )
    out = [_row(r) for r in rows]
    for problem in out:
        actions = ProblemAction.select().where(
            (ProblemAction.problem == problem["id"]) & (ProblemAction.partner == contact_id)
        )
        problem["actions_with_them"] = [_row({"on": a.on, "action": a.action}) for a in actions]
    return out


def _linked(contact_id: int) -> dict[str, list[dict[str, Any]]]:
    """The organisations the person belongs to, and an organisation's people."""
    org, person = Contact.alias(), Contact.alias()
    theirs: Any = (
        ContactMembership.select(org.id, org.name, org.kind)
        .join(org, on=(ContactMembership.organisation == org.id))
        .where(ContactMembership.person == contact_id)
        .order_by(org.name_key)
        .dicts()
    )
    people: Any = (
        ContactMembership.select(person.id, person.name, person.kind)
        .join(person, on=(ContactMembership.person == person.id))
        .where(ContactMembership.organisation == contact_id)
        .order_by(person.name_key)
        .dicts()
    )
    return {"organisations": list(theirs), "people": list(people)}


def _event_records(contact_id: int) -> dict[str, list[dict[str, Any]]]:
    """Concerns the person raised at events, and safety-walk findings about their business."""
    concerns: Any = (
        EventConcern.select(EventConcern.event, Event.title, EventConcern.text)
        .select_extend(EventConcern.created_at)
        .join(Event)
        .where(EventConcern.contact == contact_id)
        .order_by(EventConcern.created_at, EventConcern.id)
        .dicts()
    )
    findings: Any = (
        WalkFinding.select(WalkFinding.event, Event.title, WalkFinding.site, WalkFinding.item)
        .select_extend(WalkFinding.status, WalkFinding.recommendation, WalkFinding.created_at)
        .join(Event)
        .where(WalkFinding.business == contact_id)
        .order_by(WalkFinding.created_at, WalkFinding.id)
        .dicts()
    )
    return {
        "concerns_raised": [_row(r) for r in concerns],
        "walk_findings": [_row(r) for r in findings],
    }


def _record_history(contact_id: int) -> list[dict[str, Any]]:
    """Every audited change of the contact's record (consent given, withdrawn, details edited),
    with their personal values opened (or "(erased)")."""
    entries = list(
        AuditEntry.select()
        .where((AuditEntry.record_type == "contact") & (AuditEntry.record_id == str(contact_id)))
        .order_by(AuditEntry.id)
    )
    loaded = [
        (e, json.loads(e.before) if e.before else {}, json.loads(e.after) if e.after else {})
        for e in entries
    ]
    keys = keys_of(c for _, b, a in loaded for side in (b, a) for c in sealed_contacts(side))
    return [
        _row({"at": e.at, "by": e.username, "action": e.action,
              "before": unseal(b, keys), "after": unseal(a, keys)})
        for e, b, a in loaded
    ]  # fmt: skip


def gather_subject_access(session: Session, contact_id: int) -> dict[str, Any]:
    """Everything about the contact, as plain JSON-ready values, read in one transaction (one
    moment's view). Not audited: record_subject_access records it when it is handed over."""
    require(session, "contact.privacy")
    with db.atomic():
        return {
            "format": FORMAT,
            "contact": _details(contact_id),
            "roles": [
                r.role for r in ContactRole.select().where(ContactRole.contact == contact_id)
            ],
            "interactions": _interactions(contact_id),
            "reports": _reports(contact_id),
            "patrol_entries": _patrol_entries(contact_id),
            "events": _events(contact_id),
            "events_partnered": [
                p.__data__["event"]
                for p in EventPartner.select().where(EventPartner.contact == contact_id)
            ],
            "problems": _problems(contact_id),
            **_linked(contact_id),
            **_event_records(contact_id),
            "record_history": _record_history(contact_id),
        }


def record_subject_access(session: Session, contact_id: int, formats: tuple[str, ...]) -> None:
    audit.record(session, "subject_access", "contact", contact_id, None, {"export": list(formats)})


def subject_access(
    session: Session, contact_id: int, formats: tuple[str, ...] = ("json",)
) -> dict[str, Any]:
    """Everything about the contact, its handing over audited: for a caller that hands it over
    at once (files go through access_pdf.save_subject_access, recorded once they are written)."""
    data = gather_subject_access(session, contact_id)
    with db.atomic():
        record_subject_access(session, contact_id, formats)
    return data


def write_json(data: dict[str, Any], out: Path) -> Path:
    """The export as a UTF-8 JSON file, readable by people and programs."""
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out
