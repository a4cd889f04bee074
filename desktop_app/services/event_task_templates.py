"""The checklist each kind of event starts with: a manager lists, adds, edits, reorders, removes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from peewee import fn

from desktop_app.services import audit
from desktop_app.services.errors import NotFound, ValidationError
from desktop_app.services.permissions import require
from desktop_app.services.session import Session
from desktop_app.services.validation import choice, clean_line
from models.database import db
from models.events import EVENT_KINDS, EventTaskTemplate

MAX_DAYS_BEFORE = 365


@dataclass(frozen=True)
class TemplateRow:
    id: int
    kind: str
    position: int
    title: str
    days_before: int  # the task is due this many days before the event's day


def _row(t: EventTaskTemplate) -> TemplateRow:
    return TemplateRow(t.id, t.kind, t.position, t.title, t.days_before)


def _snapshot(t: EventTaskTemplate) -> dict[str, Any]:
    return {"kind": t.kind, "position": t.position, "title": t.title, "days_before": t.days_before}


def _days(value: int) -> int:
    if not 0 <= value <= MAX_DAYS_BEFORE:
        raise ValidationError("days_before", f"Days before the event: from 0 to {MAX_DAYS_BEFORE}")
    return value


class TemplateService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def templates(self, kind: str) -> list[TemplateRow]:
        require(self.session, "event.read")
        query = (
            EventTaskTemplate.select()
            .where(EventTaskTemplate.kind == kind)
            .order_by(EventTaskTemplate.position, EventTaskTemplate.id)
        )
        return [_row(t) for t in query]

    def add(self, kind: str, title: str, days_before: int = 7) -> int:
        require(self.session, "event.plan")
        choice("kind", kind, EVENT_KINDS, "Kind")
        clean = clean_line("title", title, max_length=200, label="Task")
        days = _days(days_before)
        with db.atomic():
            last = (
                EventTaskTemplate.select(fn.MAX(EventTaskTemplate.position))
                .where(EventTaskTemplate.kind == kind)
                .scalar()
            )
            row = EventTaskTemplate.create(
                kind=kind, title=clean, days_before=days, position=(last or 0) + 1
            )
            audit.record(
                self.session, "create", "event_task_template", row.id, None, _snapshot(row)
            )
        return int(row.id)

    def edit(self, template_id: int, title: str, days_before: int) -> None:
        require(self.session, "event.plan")
        clean = clean_line("title", title, max_length=200, label="Task")
        days = _days(days_before)
        with db.atomic():
            row = self._get(template_id)
            before = _snapshot(row)
            row.title, row.days_before = clean, days
            row.save()
            audit.record(
                self.session, "update", "event_task_template", template_id, before, _snapshot(row)
            )

    def reorder(self, kind: str, template_ids: list[int]) -> None:
        """Put the kind's templates in the order given (every one of them, once)."""
        require(self.session, "event.plan")
        with db.atomic():
            rows = {
                t.id: t for t in EventTaskTemplate.select().where(EventTaskTemplate.kind == kind)
            }
            if sorted(rows) != sorted(template_ids):
                raise ValidationError("templates", "The list changed meanwhile; open it again")
            before = [t.id for t in sorted(rows.values(), key=lambda t: (t.position, t.id))]
            for position, template_id in enumerate(template_ids):
                EventTaskTemplate.update(position=position).where(
                    EventTaskTemplate.id == template_id
                ).execute()
            audit.record(
                self.session,
                "update",
                "event_task_template",
                kind,
                {"order": before},
                {"order": list(template_ids)},
            )

    def move(self, template_id: int, step: int) -> None:
        """One place up (step -1) or down (+1) within its kind; at an end, nothing moves."""
        row = self._get(template_id)
        ids = [t.id for t in self.templates(row.kind)]
        at = ids.index(template_id)
        to = at + step
        if not 0 <= to < len(ids):
            return
        ids[at], ids[to] = ids[to], ids[at]
        self.reorder(row.kind, ids)

    def remove(self, template_id: int) -> None:
        require(self.session, "event.plan")
        with db.atomic():
            row = self._get(template_id)
            before = _snapshot(row)
            row.delete_instance()
            audit.record(self.session, "delete", "event_task_template", template_id, before, None)

    @staticmethod
    def _get(template_id: int) -> EventTaskTemplate:
        row = EventTaskTemplate.get_or_none(EventTaskTemplate.id == template_id)
        if row is None:
            raise NotFound("that checklist line was removed meanwhile")
        return row
