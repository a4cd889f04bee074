"""An event's planning checklist: tasks with owner, due date and done; the overdue ones."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from peewee import JOIN

from desktop_app.services import audit
from desktop_app.services.clock import now_local, now_utc, stored_datetime, to_local
from desktop_app.services.errors import NotFound, ValidationError
from desktop_app.services.permissions import require
from desktop_app.services.session import Session
from desktop_app.services.validation import clean_line
from models.database import db
from models.events import Event, EventTask, EventTaskTemplate
from models.org import User


@dataclass(frozen=True)
class TaskRow:
    id: int
    event_id: int
    title: str
    owner_id: int | None
    owner_name: str
    due_on: date | None
    done: bool
    done_at: datetime | None  # office time
    overdue: bool  # not done and due before today (office time)


@dataclass(frozen=True)
class OverdueTask:
    task: TaskRow
    event_title: str
    event_starts: datetime  # office time


def _today() -> date:
    return now_local().date()


def _row(task: Any, today: date) -> TaskRow:
    owner_id = task.__data__.get("owner")
    owner_name = getattr(task, "owner_name", None)
    return TaskRow(
        task.id,
        task.__data__["event"],
        task.title,
        owner_id,
        owner_name or "",
        task.due_on,
        bool(task.done),
        to_local(stored_datetime(task.done_at)) if task.done_at else None,
        not task.done and task.due_on is not None and task.due_on < today,
    )


def task_snapshot(task: EventTask) -> dict[str, Any]:
    return {
        "event": task.__data__["event"],
        "title": task.title,
        "owner": task.__data__.get("owner"),
        "due_on": task.due_on,
        "done": bool(task.done),
    }


def _tasks_query() -> Any:
    return EventTask.select(EventTask, User.display_name.alias("owner_name")).join(
        User, JOIN.LEFT_OUTER, on=(EventTask.owner == User.id)
    )


def _owner(owner_id: int | None) -> int | None:
    if owner_id is None:
        return None
    user = User.get_or_none(User.id == owner_id)
    if user is None or not user.active:
        raise ValidationError("owner", "Choose an owner whose account is open")
    return owner_id


def add_template_tasks(event_id: int, kind: str, owner_id: int | None, day: date) -> int:
    """The kind's checklist for a new event (inside the caller's transaction and audit): each
    task due its template's days before the event's day, owned by the event's lead."""
    templates = (
        EventTaskTemplate.select()
        .where(EventTaskTemplate.kind == kind)
        .order_by(EventTaskTemplate.position, EventTaskTemplate.id)
    )
    rows = [
        {
            "event": event_id,
            "title": t.title,
            "owner": owner_id,
            "due_on": day - timedelta(days=t.days_before),
        }
        for t in templates
    ]
    if rows:
        EventTask.insert_many(rows).execute()
    return len(rows)


class EventTaskService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def tasks(self, event_id: int) -> list[TaskRow]:
        """The event's checklist: by due date (undated last), then as added."""
        require(self.session, "event.read")
        today = _today()
        query = (
            _tasks_query()
            .where(EventTask.event == event_id)
            .order_by(EventTask.due_on.is_null(), EventTask.due_on, EventTask.id)
        )
        return [_row(t, today) for t in query.objects()]

    def overdue(self, event_id: int | None = None) -> list[OverdueTask]:
        """Tasks not done and due before today, of one event or of every event not cancelled."""
        require(self.session, "event.read")
        today = _today()
        query = (
            _tasks_query()
            .switch(EventTask)
            .join(Event)
            .select_extend(Event.title.alias("event_title"), Event.starts_at.alias("event_at"))
            .where(
                (EventTask.done == False)  # noqa: E712
                & (EventTask.due_on < today)
                & (Event.status != "cancelled")
            )
            .order_by(EventTask.due_on, Event.starts_at, EventTask.id)
        )
        if event_id is not None:
            query = query.where(EventTask.event == event_id)
        return [
            OverdueTask(_row(t, today), t.event_title, to_local(stored_datetime(t.event_at)))
            for t in query.objects()
        ]

    def add(
        self, event_id: int, title: str, owner_id: int | None = None, due_on: date | None = None
    ) -> int:
        require(self.session, "event.plan")
        clean = clean_line("title", title, max_length=200, label="Task")
        owner = _owner(owner_id)
        with db.atomic():
            if not Event.select().where(Event.id == event_id).exists():
                raise NotFound(f"no event with id {event_id}")
            task = EventTask.create(event=event_id, title=clean, owner=owner, due_on=due_on)
            audit.record(self.session, "create", "event_task", task.id, None, task_snapshot(task))
        return int(task.id)

    def edit(self, task_id: int, title: str, owner_id: int | None, due_on: date | None) -> None:
        require(self.session, "event.plan")
        clean = clean_line("title", title, max_length=200, label="Task")
        owner = _owner(owner_id)
        with db.atomic():
            task = self._get(task_id)
            before = task_snapshot(task)
            task.title, task.due_on = clean, due_on
            task.owner = owner  # type: ignore[assignment]  # an id is a row to peewee
            task.save()
            audit.record(self.session, "update", "event_task", task_id, before, task_snapshot(task))

    def set_done(self, task_id: int, done: bool) -> None:
        """Tick or untick: whoever runs events may."""
        require(self.session, "event.run")
        with db.atomic():
            task = self._get(task_id)
            if bool(task.done) == done:
                return
            before = task_snapshot(task)
            task.done, task.done_at = done, (now_utc() if done else None)
            task.save()
            audit.record(self.session, "update", "event_task", task_id, before, task_snapshot(task))

    def remove(self, task_id: int) -> None:
        require(self.session, "event.plan")
        with db.atomic():
            task = self._get(task_id)
            before = task_snapshot(task)
            task.delete_instance()
            audit.record(self.session, "delete", "event_task", task_id, before, None)

    @staticmethod
    def _get(task_id: int) -> EventTask:
        task = EventTask.get_or_none(EventTask.id == task_id)
        if task is None:
            raise NotFound("that task was removed meanwhile")
        return task
