"""The planning checklist: tasks ticked by officers, added by managers, overdue ones; templates."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop_app.services.clock import now_local
from desktop_app.services.errors import PermissionDenied, ValidationError
from desktop_app.services.event_plan import EventPlanService
from desktop_app.services.event_task_templates import TemplateService
from desktop_app.services.event_tasks import EventTaskService
from models.audit import AuditEntry
from models.event_defaults import DEFAULT_TASK_TEMPLATES
from models.events import EVENT_KINDS
from tests.services.event_plan_records import night


def _soon(office, days: int):
    start = now_local().replace(tzinfo=None, hour=19, minute=0, second=0, microsecond=0)
    return EventPlanService(office.manager).create(night(office, start + timedelta(days=days)))


def test_a_new_office_has_a_checklist_for_every_kind(office):
    templates = TemplateService(office.manager)
    assert all(templates.templates(kind) for kind in EVENT_KINDS)
    assert set(DEFAULT_TASK_TEMPLATES) == set(EVENT_KINDS)


def test_overdue_tasks_are_those_not_done_and_due_before_today(office):
    event_id = _soon(office, 10)  # the handout is due in 7 days, the rest were due before
    tasks = EventTaskService(office.officer)
    overdue = tasks.overdue(event_id)
    assert [o.task.title for o in overdue] == ["Book the hall", "Print flyers", "Invite the school"]
    assert [t.overdue for t in tasks.tasks(event_id)] == [True, True, True, False]
    tasks.set_done(overdue[0].task.id, True)
    assert [o.task.title for o in tasks.overdue()] == ["Print flyers", "Invite the school"]
    EventPlanService(office.manager).set_status(event_id, "cancelled", "No hall")
    assert tasks.overdue() == []  # a cancelled event's tasks are nobody's worry


def test_officers_tick_managers_add_and_remove(office):
    event_id = _soon(office, 30)
    officer, manager = EventTaskService(office.officer), EventTaskService(office.manager)
    with pytest.raises(PermissionDenied):
        officer.add(event_id, "Order tea")
    task_id = manager.add(event_id, "Order tea", office.other_officer.user_id, None)
    officer.set_done(task_id, True)
    [tea] = [t for t in manager.tasks(event_id) if t.id == task_id]
    assert (tea.done, tea.owner_name, tea.due_on) == (True, "Brendan Murphy", None)
    assert tea.done_at is not None
    with pytest.raises(ValidationError):
        manager.edit(task_id, "  ", None, None)
    manager.remove(task_id)
    assert task_id not in [t.id for t in manager.tasks(event_id)]
    actions = [
        (e.action, e.record_type)
        for e in AuditEntry.select().where(AuditEntry.record_type == "event_task")
    ]
    assert actions == [("create", "event_task"), ("update", "event_task"), ("delete", "event_task")]


def test_a_manager_edits_and_reorders_a_kinds_template(office):
    templates = TemplateService(office.manager)
    new_id = templates.add("safety_walk", "Tell the council's lighting team", 5)
    templates.move(new_id, -1)
    titles = [t.title for t in templates.templates("safety_walk")]
    assert titles[-2:] == ["Tell the council's lighting team", "Print the findings sheet"]
    templates.edit(new_id, "Tell the lighting team", 4)
    templates.remove(templates.templates("safety_walk")[0].id)
    assert templates.templates("safety_walk")[0].title == (
        "Invite the business owners on the route"
    )
    with pytest.raises(PermissionDenied):
        TemplateService(office.officer).add("safety_walk", "Anything", 1)
    with pytest.raises(ValidationError) as caught:
        templates.add("safety_walk", "Too early", 900)
    assert caught.value.field == "days_before"
