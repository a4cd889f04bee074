"""What a lighting / safety walk found, site by site: OK or needs fixing (open until marked
fixed), the recommendation and the business contacted; and the open findings of every walk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peewee import JOIN

from desktop_app.services import audit
from desktop_app.services.clock import now_utc, stored_datetime, to_local
from desktop_app.services.errors import NotFound, ValidationError
from desktop_app.services.permissions import require
from desktop_app.services.session import Session
from desktop_app.services.validation import Checks, choice, clean_line, clean_text
from models.contacts import Contact
from models.database import db
from models.event_records import WalkFinding
from models.events import Event
from models.org import Location, User

WALK_KIND = "safety_walk"
# What a walker records; "fixed" is reached only by marking a finding fixed.
RECORDED_STATUSES = ("ok", "needs_fixing")


@dataclass(frozen=True)
class FindingInput:
    item: str
    status: str = "needs_fixing"  # ok or needs_fixing
    location_id: int | None = None  # a known place, or
    site: str = ""  # free text where it is not one
    recommendation: str = ""
    business_id: int | None = None  # the business contacted about it


@dataclass(frozen=True)
class Finding:
    id: int
    event_id: int
    walk_title: str
    walk_at: datetime  # office time
    location_id: int | None
    site: str  # the location's name, or the free text
    item: str
    status: str  # ok, needs_fixing, fixed
    recommendation: str
    business_id: int | None
    business_name: str
    fixed_at: datetime | None  # office time
    fixed_by: str

    @property
    def open(self) -> bool:
        return self.status == "needs_fixing"


def _walk(event_id: int) -> Any:
    event = Event.get_or_none(Event.id == event_id)
    if event is None:
        raise NotFound(f"no event with id {event_id}")
    if event.kind != WALK_KIND:
        raise ValidationError("event", "Findings are recorded for lighting / safety walks")
    return event


def _exists(model: Any, record_id: int | None, field: str, message: str) -> int | None:
    if record_id is not None and model.get_or_none(model.id == record_id) is None:
        raise ValidationError(field, message)
    return record_id


def _clean(data: FindingInput) -> dict[str, Any]:
    attempt = Checks()
    values = {
        "item": attempt(lambda: clean_line("item", data.item, max_length=200, label="Item")),
        "status": attempt(lambda: choice("status", data.status, RECORDED_STATUSES, "Status")),
        "site": attempt(lambda: clean_line("site", data.site, max_length=200, required=False)),
        "recommendation": attempt(
            lambda: clean_text("recommendation", data.recommendation, max_length=2000)
        ),
        "location": attempt(
            lambda: _exists(Location, data.location_id, "site", "That place no longer exists")
        ),
        "business": attempt(
            lambda: _exists(Contact, data.business_id, "business", "That contact no longer exists")
        ),
    }
    if data.location_id is None and not (data.site or "").strip():
        attempt.errors.append(ValidationError("site", "Say where: a place or a site"))
    attempt.done()
    return values


def _query() -> Any:
    business = Contact.alias()
    return (
        WalkFinding.select(
            WalkFinding,
            Event.title.alias("walk_title"),
            Event.starts_at.alias("walk_at"),
            Location.name.alias("location_name"),
            business.name.alias("business_name"),
            User.display_name.alias("fixer"),
        )
        .join(Event, on=(WalkFinding.event == Event.id))
        .switch(WalkFinding)
        .join(Location, JOIN.LEFT_OUTER, on=(WalkFinding.location == Location.id))
        .switch(WalkFinding)
        .join(business, JOIN.LEFT_OUTER, on=(WalkFinding.business == business.id))
        .switch(WalkFinding)
        .join(User, JOIN.LEFT_OUTER, on=(WalkFinding.fixed_by == User.id))
    )


def _finding(f: Any) -> Finding:
    data = f.__data__
    return Finding(
        f.id,
        data["event"],
        f.walk_title,
        to_local(stored_datetime(f.walk_at)),
        data.get("location"),
        f.location_name or f.site,
        f.item,
        f.status,
        f.recommendation,
        data.get("business"),
        f.business_name or "",
        to_local(stored_datetime(f.fixed_at)) if f.fixed_at else None,
        f.fixer or "",
    )


def _audited(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k != "fixed_at"}


class WalkFindingService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def findings(self, event_id: int) -> list[Finding]:
        """The walk's findings in the order they were recorded."""
        require(self.session, "event.read")
        _walk(event_id)
        query = _query().where(WalkFinding.event == event_id).order_by(WalkFinding.id)
        return [_finding(f) for f in query.objects()]

    def open_findings(self) -> list[Finding]:
        """Every walk's findings still needing fixing, the oldest walk first."""
        require(self.session, "event.read")
        query = (
            _query()
            .where(WalkFinding.status == "needs_fixing")
            .order_by(Event.starts_at, WalkFinding.id)
        )
        return [_finding(f) for f in query.objects()]

    def add(self, event_id: int, data: FindingInput) -> Finding:
        require(self.session, "event.run")
        values = _clean(data)
        with db.atomic():
            _walk(event_id)
            row = WalkFinding.create(event=event_id, **values)
            audit.record(
                self.session, "update", "event", event_id, None, {"finding": row.id, **values}
            )
            return self._one(row.id)

    def update(self, finding_id: int, data: FindingInput) -> Finding:
        """Correct a finding; one already fixed keeps its fixed state (reopen() undoes it)."""
        require(self.session, "event.run")
        values = _clean(data)
        with db.atomic():
            row = self._row(finding_id)
            if row.status == "fixed":
                values["status"] = "fixed"
            before = {k: row.__data__.get(k) for k in values}
            WalkFinding.update(**values).where(WalkFinding.id == finding_id).execute()
            audit.record(
                self.session,
                "update",
                "event",
                row.__data__["event"],
                {"finding": finding_id, **before},
                {"finding": finding_id, **values},
            )
            return self._one(finding_id)

    def mark_fixed(self, finding_id: int) -> Finding:
        """The item was put right: off the open list, with when and who said so."""
        return self._fixed(finding_id, True)

    def reopen(self, finding_id: int) -> Finding:
        """Marked fixed by mistake (or broken again): open again."""
        return self._fixed(finding_id, False)

    def _fixed(self, finding_id: int, fixed: bool) -> Finding:
        require(self.session, "event.run")
        with db.atomic():
            row = self._row(finding_id)
            if fixed and row.status != "needs_fixing":
                raise ValidationError("status", "Only a finding that needs fixing can be fixed")
            if not fixed and row.status != "fixed":
                raise ValidationError("status", "This finding is not marked fixed")
            values = (
                {"status": "fixed", "fixed_at": now_utc(), "fixed_by": self.session.user_id}
                if fixed
                else {"status": "needs_fixing", "fixed_at": None, "fixed_by": None}
            )
            WalkFinding.update(**values).where(WalkFinding.id == finding_id).execute()
            audit.record(
                self.session,
                "update",
                "event",
                row.__data__["event"],
                {"finding": finding_id, "status": row.status},
                {"finding": finding_id, **_audited(values)},
            )
            return self._one(finding_id)

    @staticmethod
    def _row(finding_id: int) -> Any:
        row = WalkFinding.get_or_none(WalkFinding.id == finding_id)
        if row is None:
            raise NotFound(f"no finding with id {finding_id}")
        return row

    @staticmethod
    def _one(finding_id: int) -> Finding:
        return _finding(_query().where(WalkFinding.id == finding_id).objects().get())
