"""Changing reports: taking a new one, the changes an open report allows, voiding one."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from desktop_app.services import audit
from desktop_app.services.clock import now_utc, to_local
from desktop_app.services.errors import NotFound, ValidationError
from desktop_app.services.import_journal import refuse_running_imports
from desktop_app.services.patrol import PatrolService
from desktop_app.services.permissions import allowed, require
from desktop_app.services.pick_rules import recheck
from desktop_app.services.reports.numbering import next_number, number_parts, raise_sequence
from desktop_app.services.reports.queries import ReportQueries
from desktop_app.services.reports.types import CleanReport, ReportDetail, ReportInput
from desktop_app.services.reports.validation import (
    check_action_taken,
    check_police_reference,
    validate,
)
from desktop_app.services.session import Session
from desktop_app.services.validation import choice, clean_text
from models.contacts import Contact
from models.database import db, locked
from models.interactions import Interaction, InteractionContact
from models.org import Category, Location, User, Zone
from models.reports import Report, ReportPerson

# The contact a report taken from its reporter counts as, by the report's source.
TAKEN_CHANNELS = {"walk_in": "walk_in", "phone": "phone", "email": "email"}


def insert_report(session: Session, clean: CleanReport) -> int:
    """Write a checked report (numbered now unless it brings its own number), its people and
    the contact with its reporter, audited; call inside the saving transaction."""
    values = dict(clean.values)
    received: datetime = values["received_at"]  # type: ignore[assignment]
    number = str(values.pop("number") or "")
    if number:
        raise_sequence(*number_parts(number))
    else:
        number = next_number(to_local(received).year)
    if values.get("status") == "closed":  # an imported closed report: closed when received
        values["closed_at"] = received
    report = Report.create(
        number=number, received_by=session.user_id, updated_at=received, **values
    )
    for person in clean.people:
        ReportPerson.create(
            report=report.id,
            contact=person.contact_id,
            name=person.name,
            role=person.role,
            description=person.description,
        )
    channel = TAKEN_CHANNELS.get(str(values["source"]))
    if values.get("reporter") and channel:
        interaction = Interaction.create(
            occurred_at=received,
            officer=session.user_id,
            channel=channel,
            purpose="Report taken",
            summary=f"Report {number} taken.",
            report=report.id,
            created_at=received,
        )
        InteractionContact.create(interaction=interaction.id, contact=values["reporter"])
    logged = {k: v for k, v in values.items() if k != "account"}
    audit.record(
        session,
        "create",
        "report",
        report.id,
        None,
        {**logged, "number": number, "people": len(clean.people)},
    )
    return int(report.id)


class ReportCommands(ReportQueries):
    """The writes of ReportService; each returns the report as it now is."""

    def validate(self, data: ReportInput) -> CleanReport:
        """Every check a report must pass; all failing fields together (ValidationErrors)."""
        return validate(data)

    def create(self, data: ReportInput, link_entry_id: int | None = None) -> ReportDetail:
        """Save a new report with its number, people and audit entry, in one transaction; with
        link_entry_id, the patrol entry it was raised from points at it in the same one."""
        require(self.session, "report.create")
        if link_entry_id is not None:
            PatrolService(self.session).check_can_link(link_entry_id)
        clean = validate(data)
        with db.atomic():
            values: Any = clean.values  # again under the write lock: retired or merged since?
            recheck(values["category"], values["location"])
            _refuse_running_imports(clean)
            report_id = insert_report(self.session, clean)
            if link_entry_id is not None:
                PatrolService(self.session).link_report(link_entry_id, report_id)
        return self.get(report_id)

    def set_status(self, report_id: int, status: str) -> ReportDetail:
        choice("status", status, ("new", "in_progress", "closed"), "Status")
        closed = now_utc() if status == "closed" else None
        return self._change(report_id, True, status=status, closed_at=closed)

    def assign(self, report_id: int, officer_id: int | None) -> ReportDetail:
        if officer_id is not None:
            officer = User.get_or_none((User.id == officer_id) & (User.active == True))  # noqa: E712
            if officer is None or officer.role not in ("officer", "manager"):
                raise ValidationError("assigned_officer", "Choose an active officer")
        return self._change(report_id, False, assigned_officer=officer_id)

    def set_follow_up(self, report_id: int, due: date | None) -> ReportDetail:
        return self._change(report_id, True, follow_up_due=due)

    def set_action_taken(
        self, report_id: int, text: str, police_reference: str | None = None
    ) -> ReportDetail:
        changes: dict[str, object] = {"action_taken": check_action_taken(text)}
        if police_reference is not None:
            ref = check_police_reference(police_reference)
            changes["police_reference"] = ref
            if ref:
                changes["police_notified"] = True
        return self._change(report_id, True, **changes)

    def void(self, report_id: int, reason: str) -> ReportDetail:
        """Reports are never deleted: voided with a reason, they stay visible and marked."""
        require(self.session, "report.void")
        why = clean_text("void_reason", reason, max_length=1000, required=True, label="The reason")
        if len(why) < 5:
            raise ValidationError(
                "void_reason", "Say why the report is void (at least a few words)"
            )
        with db.atomic():
            report = locked(Report.select().where(Report.id == report_id)).first()
            if report is None:
                raise NotFound(f"no report with id {report_id}")
            if report.status == "void":
                raise ValidationError("void_reason", "This report is already void")
            before = {"status": report.status, "void_reason": report.void_reason}
            report.status, report.void_reason, report.updated_at = "void", why, now_utc()
            report.save()
            after = {"status": "void", "void_reason": why}
            audit.record(self.session, "void", "report", report.id, before, after)
        return self.get(report_id)

    def _require_change(self, report_id: int, permission_if_assigned: bool) -> None:
        assigned = (
            Report.select(Report.assigned_officer).where(Report.id == report_id).tuples().first()
        )
        if assigned is None:
            raise NotFound(f"no report with id {report_id}")
        mine = assigned[0] == self.session.user_id
        if not (
            permission_if_assigned and mine and allowed(self.session.role, "report.update_assigned")
        ):
            require(self.session, "report.update")

    def _change(
        self, report_id: int, permission_if_assigned: bool, **changes: object
    ) -> ReportDetail:
        # The permission is decided before the write transaction opens, so that a refusal's
        # audit entry is committed rather than rolled back with the refused change.
        self._require_change(report_id, permission_if_assigned)
        with db.atomic():
            report = locked(Report.select().where(Report.id == report_id)).first()
            if report is None:
                raise NotFound(f"no report with id {report_id}")
            if report.status == "void":
                raise ValidationError(
                    "status", "This report is void; it can be read but not changed"
                )
            before = {k: _plain(report.__data__.get(k)) for k in changes}
            for key, value in changes.items():
                setattr(report, key, value)
            report.updated_at = now_utc()
            report.save()
            after = {k: _plain(report.__data__.get(k)) for k in changes}
            if before != after:
                audit.record(self.session, "update", "report", report.id, before, after)
        return self.get(report_id)


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _refuse_running_imports(clean: CleanReport) -> None:
    """No link to a row a running import wrote (its undo could not remove the row then)."""
    values: Any = clean.values
    refuse_running_imports(
        [
            ("location", Location, values["location"]),
            ("location", Zone, values["zone"]),
            ("category", Category, values["category"]),
            ("reporter", Contact, values["reporter"]),
            *((f"people.{i}", Contact, p.contact_id) for i, p in enumerate(clean.people)),
        ]
    )
