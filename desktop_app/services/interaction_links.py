"""What an interaction may be linked to: a report typed by its number, an event or a problem
picked from a short list in which the contact's own come first."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from desktop_app.services.clock import now_utc, to_local
from desktop_app.services.errors import ValidationError
from desktop_app.services.permissions import allowed, require
from desktop_app.services.reports.numbering import canonical_number
from desktop_app.services.reports.queries import readable
from desktop_app.services.session import Session
from desktop_app.vocabulary import PROBLEM_STAGE_LABELS, label
from models.events import Attendance, Event, EventPartner
from models.problems import Problem, ProblemPartner
from models.reports import Report

# The events offered: those of the last weeks and the coming months, not cancelled.
EVENTS_BACK = timedelta(days=90)
EVENTS_AHEAD = timedelta(days=120)
MOST_SHOWN = 25
# A number as typed at a desk: WR- optional, the sequence without its leading zeros (2026-42).
TYPED_NUMBER = re.compile(r"^(?:WR)?[-\s]?(\d{4})[-/\s](\d{1,9})$", re.IGNORECASE)


@dataclass(frozen=True)
class LinkChoice:
    record_id: int
    text: str
    theirs: bool  # the contact attends the event or is a partner in the problem


@dataclass(frozen=True)
class LinkChoices:
    events: tuple[LinkChoice, ...]
    problems: tuple[LinkChoice, ...]  # open ones only


def report_by_id(session: Session, report_id: int | None) -> int | None:
    """report_id, when the session may read that report; a message at the report field when not
    (the same as for no such report: linking must not confirm that another's report exists)."""
    if report_id is None:
        return None
    if not readable(session, Report.select(Report.id).where(Report.id == report_id)).exists():
        raise ValidationError("report", f"There is no report with id {report_id}")
    return report_id


def report_by_number(session: Session, text: str) -> int | None:
    """The id of the report a typed number names (wr-2026-42 as WR-2026-00042), or None for no
    number; an unknown or void report, or one the session may not read (the front desk reads
    those it took), is a message at the report-number field."""
    if not (text or "").strip():
        return None
    short = TYPED_NUMBER.match(text.strip())
    typed = f"WR-{short.group(1)}-{int(short.group(2)):05d}" if short else text
    try:
        number = canonical_number(typed)
    except ValidationError as exc:
        raise ValidationError("report_number", exc.message) from None
    row = readable(session, Report.select(Report.id, Report.status))
    row = row.where(Report.number == number).first()
    if row is None:
        raise ValidationError("report_number", f"There is no report {number}")
    if row.status == "void":
        raise ValidationError(
            "report_number", f"{number} is void: link the report that replaced it"
        )
    return int(row.id)


class InteractionLinkService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def choices(self, contact_ids: Iterable[int]) -> LinkChoices:
        """Recent and coming events and the open problems, the contacts' own first; each list
        only for those who may read its kind."""
        require(self.session, "interaction.create")
        people = list(contact_ids)
        role = self.session.role
        events = _events(people) if allowed(role, "event.read") else ()
        problems = _problems(people) if allowed(role, "problem.read") else ()
        return LinkChoices(events, problems)


def _events(people: list[int]) -> tuple[LinkChoice, ...]:
    now = now_utc()
    rows: list[Any] = list(
        Event.select(Event.id, Event.title, Event.starts_at)
        .where(
            Event.starts_at.between(now - EVENTS_BACK, now + EVENTS_AHEAD)
            & (Event.status != "cancelled")
        )
        .order_by(Event.starts_at)
    )
    ids = [r.id for r in rows]
    attending: Any = Attendance.select(Attendance.event).where(
        Attendance.contact.in_(people) & Attendance.event.in_(ids)
    )
    partnering: Any = EventPartner.select(EventPartner.event).where(
        EventPartner.contact.in_(people) & EventPartner.event.in_(ids)
    )
    theirs = {e for (e,) in attending.tuples()} | {e for (e,) in partnering.tuples()}
    rows.sort(key=lambda r: (r.id not in theirs, abs(r.starts_at - now)))
    return tuple(
        LinkChoice(r.id, f"{to_local(r.starts_at):%d %b %Y} · {r.title}", r.id in theirs)
        for r in rows[:MOST_SHOWN]
    )


def _problems(people: list[int]) -> tuple[LinkChoice, ...]:
    rows: list[Any] = list(
        Problem.select(Problem.id, Problem.title, Problem.stage)
        .where(Problem.stage != "closed")
        .order_by(Problem.identified_on.desc(), Problem.id.desc())
    )
    partner: Any = ProblemPartner.select(ProblemPartner.problem).where(
        ProblemPartner.contact.in_(people)
    )
    theirs = {p for (p,) in partner.tuples()}
    rows.sort(key=lambda r: r.id not in theirs)  # stable: newest first within each
    return tuple(
        LinkChoice(r.id, f"{r.title} ({label(PROBLEM_STAGE_LABELS, r.stage)})", r.id in theirs)
        for r in rows[:MOST_SHOWN]
    )
