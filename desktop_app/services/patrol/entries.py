"""Writing patrol entries: a specific observation in a running shift, and a report linked later."""

from __future__ import annotations

import re
from datetime import datetime

from desktop_app.services import audit
from desktop_app.services.clock import FUTURE_GRACE, now_utc, office_zone, to_utc
from desktop_app.services.errors import NotFound, ValidationError
from desktop_app.services.import_journal import refuse_running_imports
from desktop_app.services.patrol.queries import PatrolEntryQueries
from desktop_app.services.patrol.shifts import get_shift, require_own_shift
from desktop_app.services.patrol.types import EntryRow
from desktop_app.services.permissions import require
from desktop_app.services.pick_rules import recheck, usable_location
from desktop_app.services.validation import Checks, choice, clean_text, pick
from models.contacts import Contact
from models.database import db
from models.org import Location, Zone
from models.patrol import ACTIVITIES, PatrolEntry, PatrolEntryContact, PatrolShift
from models.reports import Report

# Entries that say nothing a reader can use later; the form asks for specifics instead.
VAGUE = re.compile(
    r"^(all (quiet|ok|clear|good|secure)|nothing( to report)?|ntr|ok|fine|quiet|"
    r"no issues?|n/?a|none|as usual|routine|patrolled( area)?)[.! ]*$",
    re.IGNORECASE,
)


class PatrolEntries(PatrolEntryQueries):
    """The entry writes of PatrolService; each returns the entry as it now is."""

    def add_entry(
        self,
        shift_id: int,
        activity: str,
        location: str,
        observation: str,
        action_taken: str = "",
        at: datetime | None = None,
        people: tuple[int, ...] = (),
        report_id: int | None = None,
    ) -> EntryRow:
        require(self.session, "patrol.write")
        check = Checks()
        check(lambda: choice("activity", activity, ACTIVITIES, "Activity"))
        loc = check(lambda: usable_location(pick(Location, "location", location, "Location", 120)))
        text = check(lambda: _specific(observation))
        action = check(
            lambda: clean_text("action_taken", action_taken, max_length=5000, label="Action taken")
        )
        check(lambda: _known_contacts(people))
        if report_id is not None and not Report.select().where(Report.id == report_id).exists():
            check.errors.append(ValidationError("report", "The linked report was not found"))
        check.done()
        when = to_utc(at, office_zone()) if at else now_utc()
        require_own_shift(self.session, shift_id)
        with db.atomic():
            recheck(None, loc.id)  # retired or merged away since the check above?
            shift = get_shift(shift_id)
            when = _entry_time(shift, when)
            zone = loc.__data__.get("zone") or shift.__data__.get("zone")
            refuse_running_imports(
                [
                    ("location", Location, loc.id),
                    ("location", Zone, zone),
                    ("report", Report, report_id),
                    *(("people", Contact, c) for c in people),
                ]
            )
            entry = PatrolEntry.create(
                shift=shift_id,
                at=when,
                officer=shift.__data__["officer"],
                zone=zone,
                location=loc.id,
                activity=activity,
                observation=text,
                action_taken=action,
                report=report_id,
            )
            for contact_id in dict.fromkeys(people):
                PatrolEntryContact.create(entry=entry.id, contact=contact_id)
            after = {
                "shift": shift_id,
                "at": when.isoformat(),
                "activity": activity,
                "location": loc.name,
                "people": len(people),
                "report": report_id,
            }
            audit.record(self.session, "create", "patrol_entry", entry.id, None, after)
        return self.entry(entry.id)

    def check_can_link(self, entry_id: int) -> None:
        """Raise (and audit) unless this session may link the entry to a report."""
        require(self.session, "patrol.write")
        shift = (
            PatrolEntry.select(PatrolEntry.shift).where(PatrolEntry.id == entry_id).tuples().first()
        )
        if shift is None:
            raise NotFound(f"no patrol entry with id {entry_id}")
        require_own_shift(self.session, shift[0])

    def link_report(self, entry_id: int, report_id: int) -> EntryRow:
        self.check_can_link(entry_id)
        with db.atomic():
            entry = PatrolEntry.get_or_none(PatrolEntry.id == entry_id)
            if entry is None:
                raise NotFound(f"no patrol entry with id {entry_id}")
            get_shift(entry.__data__["shift"])
            if not Report.select().where(Report.id == report_id).exists():
                raise ValidationError("report", "The report was not found")
            refuse_running_imports([("report", Report, report_id)])
            before = entry.__data__.get("report")
            PatrolEntry.update(report=report_id).where(PatrolEntry.id == entry_id).execute()
            audit.record(
                self.session,
                "update",
                "patrol_entry",
                entry.id,
                {"report": before},
                {"report": report_id},
            )
        return self.entry(entry_id)


def _entry_time(shift: PatrolShift, when: datetime) -> datetime:
    """The entry's stored time, checked against its shift: running, started, not in the future."""
    if shift.ended_at is not None:
        raise ValidationError("shift", "This shift has ended; entries go into a running shift")
    # Times are typed to the minute: the minute the shift started belongs to it.
    if when < shift.started_at.replace(second=0, microsecond=0):
        raise ValidationError("at", "The time is before the shift started")
    when = max(when, shift.started_at)
    if when > now_utc() + FUTURE_GRACE:
        raise ValidationError("at", "The time cannot be in the future")
    return when


def _specific(observation: str) -> str:
    text = clean_text(
        "observation", observation, max_length=5000, required=True, label="Observation"
    )
    if VAGUE.match(text) or len(text) < 8:
        raise ValidationError(
            "observation",
            "Say what you checked and what you saw, e.g. "
            "'Checked the rear gates: locked, no damage'",
        )
    return text


def _known_contacts(people: tuple[int, ...]) -> None:
    for contact_id in people:
        if not Contact.select().where(Contact.id == contact_id).exists():
            raise ValidationError("people", "A person met was not found; choose them again")
