"""One timeline per person (every interaction, report, event, patrol meeting and problem) and
per place (reports, patrol entries, events and problems there)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peewee import JOIN

from desktop_app.services import audit
from desktop_app.services.clock import office_zone, stored_datetime, to_local
from desktop_app.services.contacts import ContactMatch, ContactService
from desktop_app.services.errors import ValidationError
from desktop_app.services.office_settings import load_office_settings
from desktop_app.services.permissions import allowed, require
from desktop_app.services.printing import print_recorded
from desktop_app.services.session import Session
from desktop_app.services.timeline import (
    EVENT,
    EVENT_THERE,
    INTERACTION,
    LINK_KINDS,
    LINK_SEPARATOR,
    PATROL,
    PATROL_THERE,
    PROBLEM,
    PROBLEM_THERE,
    REPORT_INVOLVED,
    REPORT_MADE,
    REPORT_THERE,
    TIMELINE_KINDS,
    Row,
    Scope,
    contact_branches,
    place_branches,
    timeline_rows,
)
from desktop_app.vocabulary import (
    ACTIVITY_LABELS,
    ATTENDANCE_LABELS,
    CHANNEL_LABELS,
    EVENT_STATUS_LABELS,
    PERSON_ROLE_LABELS,
    PROBLEM_STAGE_LABELS,
    REPORT_STATUS_LABELS,
    TIMELINE_KIND_LABELS,
    label,
)
from models.contacts import ContactRole
from models.org import Location, Zone

if TYPE_CHECKING:
    from desktop_app.reporting.contact_pdf import ContactHistoryDocument


@dataclass(frozen=True)
class TimelineItem:
    at: datetime  # office time
    kind: str  # interaction, report, event, patrol, problem (timeline.TIMELINE_KINDS)
    title: str
    detail: str
    record_id: int = 0  # the interaction, report, event, patrol entry or problem it opens
    place_id: int | None = None  # where it happened, when known
    link_kind: str | None = None  # an interaction's linked report, event or problem: its kind
    link_id: int | None = None  # and its id (the line opens it)


@dataclass(frozen=True)
class PlaceHistory:
    location_id: int
    name: str
    zone_name: str
    items: tuple[TimelineItem, ...]  # newest first
    kinds: frozenset[str] = frozenset(TIMELINE_KINDS)  # the kinds this reader may see
    own_only: bool = False  # only the reports this reader took


@dataclass(frozen=True)
class ContactHistory:
    contact: ContactMatch
    roles: tuple[str, ...]
    items: tuple[TimelineItem, ...]  # newest first
    kinds: frozenset[str] = frozenset(TIMELINE_KINDS)  # the kinds this reader may see
    own_only: bool = False  # only the reports and interactions this reader took


def _readable_kinds(role: str) -> set[str]:
    permission = {
        "report": "report.read",
        "event": "event.read",
        "patrol": "patrol.read",
        "problem": "problem.read",
    }
    return {kind for kind, needed in permission.items() if allowed(role, needed)}


def contact_scope(session: Session) -> Scope:
    """The whole timeline for those who may read a contact's history (officers, managers); the
    front desk sees the reports it took itself and the interactions it logged, nothing else."""
    role = session.role
    if allowed(role, "contact.history"):
        return Scope(frozenset({"interaction"} | _readable_kinds(role)))
    kinds = {"interaction", "report"} if allowed(role, "report.read_own") else {"interaction"}
    return Scope(frozenset(kinds), own_user=session.user_id or -1)


def place_scope(session: Session) -> Scope:
    """A place's reports, patrol entries, events and problems, each for those who may read it;
    the front desk sees the reports there it took itself and the events at the venue."""
    role = session.role
    kinds = _readable_kinds(role)
    if "report" not in kinds and allowed(role, "report.read_own"):
        return Scope(frozenset(kinds | {"report"}), own_user=session.user_id or -1)
    return Scope(frozenset(kinds))


def _narrowed(scope: Scope, kinds: Iterable[str] | None) -> Scope:
    """The scope, filtered to the kinds asked for (None: every kind it holds)."""
    if kinds is None:
        return scope
    return Scope(scope.kinds & frozenset(kinds), scope.own_user)


class HistoryService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def contact_history(
        self, contact_id: int, kinds: Iterable[str] | None = None
    ) -> ContactHistory:
        """What the office has to do with the contact that this reader may see (contact_scope),
        of the kinds asked for, newest first. One query (timeline.py)."""
        require(self.session, "contact.read")
        contact = ContactService(self.session).get(contact_id)
        scope = contact_scope(self.session)
        shown = _narrowed(scope, kinds)
        items = _items(timeline_rows(contact_branches(contact_id, shown)), office_zone())
        roles = tuple(
            r.role
            for r in ContactRole.select()
            .where(ContactRole.contact == contact_id)
            .order_by(ContactRole.role)
        )
        return ContactHistory(contact, roles, items, scope.kinds, scope.own_user is not None)

    def place_history(
        self, location_id: int, limit: int | None = None, kinds: Iterable[str] | None = None
    ) -> PlaceHistory:
        """Everything that happened at a location that this reader may see (place_scope), of
        the kinds asked for (or its newest limit lines), newest first. One query."""
        require(self.session, "picklist.read")
        place: Any = (
            Location.select(Location.name, Zone.name.alias("zone_name"))
            .join(Zone, JOIN.LEFT_OUTER, on=(Location.zone == Zone.id))
            .where(Location.id == location_id)
            .objects()
            .first()
        )
        if place is None:
            raise ValidationError("location", "No such location")
        scope = place_scope(self.session)
        branches = place_branches(location_id, _narrowed(scope, kinds))
        items = _items(timeline_rows(branches, limit), office_zone())[:limit]
        return PlaceHistory(
            location_id,
            place.name,
            place.zone_name or "",
            items,
            scope.kinds,
            scope.own_user is not None,
        )

    def save_contact_pdf(self, contact_id: int, folder: Path) -> Path:
        """The contact's history as this reader may see it, as a PDF; its printing is recorded
        (it discloses what the office knows) once the file is built."""
        from desktop_app.reporting.contact_pdf import build_contact_pdf  # see _document

        history = self.contact_history(contact_id)
        settings = load_office_settings()
        document = _document(history, self.session.display_name)
        folder.mkdir(parents=True, exist_ok=True)
        return print_recorded(
            folder / f"contact-{contact_id}-history.pdf",
            lambda path: build_contact_pdf(
                document, settings.office_name, path, settings.paper_size
            ),
            lambda: audit.record(
                self.session,
                "print",
                "contact",
                contact_id,
                None,
                {"document": "history", "own_only": history.own_only},
            ),
        )


def _day(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _when(source: int, value: Any, zone: tzinfo) -> datetime:
    """Office time; a problem has a day, not a time: it is placed at nine in the morning."""
    if source in (PROBLEM, PROBLEM_THERE):
        return datetime.combine(_day(value), time(9)).replace(tzinfo=zone)
    return to_local(stored_datetime(value), zone)


def _line(source: int, a: Any, b: Any, c: Any, d: Any) -> tuple[str, str, str]:
    """(kind, title, detail) of one timeline row."""
    if source == INTERACTION:
        title = f"{label(CHANNEL_LABELS, a)}: {b or 'contact'}"
        return "interaction", title, f"{c} ({d or 'no officer'})".strip()
    if source == REPORT_MADE:
        return (
            "report",
            f"{a} reported: {b or '—'} at {c or '—'}",
            f"Status: {label(REPORT_STATUS_LABELS, d)}",
        )
    if source == REPORT_INVOLVED:
        return "report", f"{a}: {label(PERSON_ROLE_LABELS, b)}", c
    if source == EVENT:
        return "event", a, f"{label(ATTENDANCE_LABELS, b)} · {c}"
    if source == PATROL:
        return "patrol", f"Met on patrol at {a or '—'}", b
    if source == PROBLEM:
        return "problem", f"Partner in: {a}", f"Stage: {label(PROBLEM_STAGE_LABELS, b)}"
    return _place_line(source, a, b, c)


def _place_line(source: int, a: Any, b: Any, c: Any) -> tuple[str, str, str]:
    if source == REPORT_THERE:
        return "report", f"{a}: {b or '—'}", f"Status: {label(REPORT_STATUS_LABELS, c)}"
    if source == PATROL_THERE:
        return "patrol", label(ACTIVITY_LABELS, a), f"{b} ({c or 'no officer'})".strip()
    if source == EVENT_THERE:
        return "event", a, f"{label(EVENT_STATUS_LABELS, b)} · {c}"
    return "problem", a, f"Stage: {label(PROBLEM_STAGE_LABELS, b)}"


def _item(row: Row, zone: tzinfo) -> TimelineItem:
    source, _link, when, record, place, a, b, c, d, link_kind, link_id, link_text = row
    kind, title, detail = _line(source, a, b, c, d)
    if link_kind:  # an interaction about a report, event or problem says which, first
        names = zip(LINK_KINDS, str(link_text).split(LINK_SEPARATOR), strict=True)
        said = [f"{label(TIMELINE_KIND_LABELS, of)} {name}" for of, name in names if name]
        detail = " · ".join([*said, detail])
    at = _when(source, when, zone)
    return TimelineItem(at, kind, title, detail, int(record), place, link_kind, link_id)


def _items(rows: list[Row], zone: tzinfo) -> tuple[TimelineItem, ...]:
    """Newest first; lines of the same moment in source order, then as linked."""
    items = [_item(row, zone) for row in rows]
    items.sort(key=lambda item: item.at, reverse=True)
    return tuple(items)


def _document(history: ContactHistory, reader: str) -> ContactHistoryDocument:
    """The history as the PDF prints it (the reporting layer knows nothing of services). The PDF
    builder, and reportlab with it, loads with the first history printed, not with the window."""
    from desktop_app.reporting.contact_pdf import ContactHistoryDocument, HistoryLine

    c = history.contact
    return ContactHistoryDocument(
        name=c.name,
        organisation=c.organisation,
        address=c.address,
        phone=c.phone,
        email=c.email,
        zone=c.zone_name,
        roles=history.roles,
        items=tuple(
            HistoryLine(i.at, label(TIMELINE_KIND_LABELS, i.kind), i.title, i.detail)
            for i in history.items
        ),
        scope_note=(
            f"Only the reports taken and the interactions logged by {reader}."
            if history.own_only
            else ""
        ),
    )
