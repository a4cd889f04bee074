"""Every check a report must pass before it is saved, shared by the form and the importer."""

from __future__ import annotations

from datetime import datetime

from desktop_app.services.clock import EARLIEST_YEAR, FUTURE_GRACE, now_utc, office_zone, to_utc
from desktop_app.services.errors import ValidationError
from desktop_app.services.pick_rules import usable_location
from desktop_app.services.reports.numbering import check_number_unused
from desktop_app.services.reports.types import MAX_ACCOUNT, CleanReport, PersonInput, ReportInput
from desktop_app.services.validation import Checks, choice, clean_line, clean_text, pick
from models.contacts import Contact
from models.org import Category, Location
from models.reports import PERSON_ROLES, SEVERITIES, SOURCES, STATUSES


def validate(data: ReportInput) -> CleanReport:
    """Every check a report must pass. All failing fields are reported together, in the
    order the form shows them (ValidationErrors), so the user fixes them in one go."""
    attempt = Checks()
    attempt(lambda: _check_reporter(data))
    category = attempt(lambda: check_category(data.category))
    location = attempt(lambda: check_location(data.location))
    times = attempt(lambda: check_times(data))
    attempt(lambda: choice("severity", data.severity, SEVERITIES, "Severity"))
    attempt(lambda: choice("source", data.source, SOURCES, "Source"))
    open_statuses = tuple(s for s in STATUSES if s != "void")
    attempt(lambda: choice("status", data.status, open_statuses, "Status"))
    account = attempt(lambda: check_account(data.account))
    action = attempt(lambda: check_action_taken(data.action_taken))
    reference = attempt(lambda: check_police_reference(data.police_reference))
    people = attempt(lambda: _check_people(data))
    number = attempt(lambda: check_number_unused(data.number))
    attempt.done()
    occurred, received = times
    values = {
        "number": number,
        "source": data.source,
        "received_at": received,
        "occurred_at": occurred,
        "reporter": data.reporter_id,
        "anonymous": data.anonymous,
        "category": category.id,
        "severity": data.severity,
        "location": location.id,
        "zone": location.__data__.get("zone"),
        "account": account,
        "action_taken": action,
        "police_notified": data.police_notified or bool(reference),
        "police_reference": reference,
        "status": data.status,
    }
    return CleanReport(values, people)


def check_category(text: str) -> Category:
    """The category the text names (any case), or a message at the field."""
    category: Category = pick(Category, "category", text, "Category", 80)
    return category


def check_location(text: str) -> Location:
    """The location the text names (any case), or a message at the field."""
    location: Location = pick(Location, "location", text, "Location", 120)
    return usable_location(location)


def check_account(text: str) -> str:
    """The account (narrative), cleaned; long enough to be of use later."""
    account = clean_text(
        "account", text, max_length=MAX_ACCOUNT, required=True, label="The account"
    )
    if len(account) < 10:
        raise ValidationError(
            "account",
            "The account is too short to be useful: say what happened, where and who was involved",
        )
    return account


def check_times(data: ReportInput) -> tuple[datetime, datetime]:
    """When it happened and when it was received, as stored (naive UTC), in a possible order."""
    zone = office_zone()
    now = now_utc()
    if data.occurred_at is None:
        raise ValidationError("occurred_at", "When it happened is required")
    occurred = to_utc(data.occurred_at, zone)
    if occurred > now + FUTURE_GRACE:
        raise ValidationError("occurred_at", "When it happened cannot be in the future")
    if occurred.year < EARLIEST_YEAR:
        raise ValidationError("occurred_at", "When it happened is too far in the past")
    received = to_utc(data.received_at, zone) if data.received_at else now
    if received > now + FUTURE_GRACE:
        raise ValidationError("received_at", "Received at cannot be in the future")
    if occurred > received + FUTURE_GRACE:
        raise ValidationError(
            "occurred_at", "It cannot have happened after the report was received"
        )
    return occurred, received


def check_action_taken(text: str) -> str:
    """What the office did about it, cleaned (optional)."""
    return clean_text("action_taken", text, max_length=5000, label="Action taken")


def check_police_reference(text: str) -> str:
    """The police's own reference, cleaned (optional)."""
    return clean_line(
        "police_reference", text, max_length=60, required=False, label="Police reference"
    )


def _check_reporter(data: ReportInput) -> None:
    if data.anonymous and data.reporter_id is not None:
        raise ValidationError("reporter", "A report is either anonymous or has a reporting person")
    if data.source != "officer" and not data.anonymous and data.reporter_id is None:
        raise ValidationError(
            "reporter", "Choose the reporting person, add them, or tick Anonymous"
        )
    if (
        data.reporter_id is not None
        and not Contact.select().where(Contact.id == data.reporter_id).exists()
    ):
        raise ValidationError("reporter", "The reporting person was not found; choose them again")


def _check_people(data: ReportInput) -> list[PersonInput]:
    people = []
    roles = tuple(r for r in PERSON_ROLES if r != "reporter")
    for index, person in enumerate(data.people):
        field_name = f"people.{index}"
        choice(field_name, person.role, roles, "Role")
        if person.contact_id is None:
            clean_line(
                field_name,
                person.name or person.description[:1],
                max_length=160,
                label="Each person involved needs a name or a description",
            )
        elif not Contact.select().where(Contact.id == person.contact_id).exists():
            raise ValidationError(field_name, "A person involved was not found")
        people.append(
            PersonInput(
                person.role,
                person.contact_id,
                clean_line(field_name, person.name, max_length=160, required=False, label="Name"),
                clean_text(field_name, person.description, max_length=2000, label="Description"),
            )
        )
    return people
