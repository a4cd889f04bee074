"""The planning checklist each kind of event starts with in a new office (a manager edits it)."""

from __future__ import annotations

from peewee import Database

# kind -> (task title, days before the event's day it is due), in checklist order.
DEFAULT_TASK_TEMPLATES: dict[str, tuple[tuple[str, int], ...]] = {
    "neighbourhood_watch": (
        ("Book the meeting room", 21),
        ("Send the agenda to block captains", 7),
        ("Gather the month's figures for the zone", 3),
        ("Print the sign-in sheet", 1),
    ),
    "safety_workshop": (
        ("Book the venue", 28),
        ("Confirm the trainer", 21),
        ("Open registrations", 14),
        ("Print handouts", 3),
    ),
    "family_safety_night": (
        ("Book the hall", 28),
        ("Print flyers", 21),
        ("Invite the school", 14),
        ("Prepare the home-security handout", 3),
    ),
    "school_programme": (
        ("Agree dates with the school liaison", 28),
        ("Check safeguarding paperwork", 14),
        ("Prepare lesson materials", 7),
    ),
    "community_event": (
        ("Book the site and check the permit", 42),
        ("Invite partner agencies", 28),
        ("Arrange the stall and banners", 7),
        ("Print flyers", 14),
    ),
    "safety_walk": (
        ("Plan the route", 14),
        ("Invite the business owners on the route", 10),
        ("Check the torches and hi-vis vests", 2),
        ("Print the findings sheet", 1),
    ),
}


def fill_default_task_templates(database: Database) -> int:
    """Add the default checklists when the office has no templates yet; returns how many."""
    found = database.execute_sql('SELECT COUNT(*) FROM "event_task_template"').fetchone()
    if found and int(found[0]):
        return 0
    p = database.param
    added = 0
    for kind, tasks in DEFAULT_TASK_TEMPLATES.items():
        for position, (title, days_before) in enumerate(tasks):
            database.execute_sql(
                'INSERT INTO "event_task_template" (kind, position, title, days_before) '
                f"VALUES ({p}, {p}, {p}, {p})",
                (kind, position, title, days_before),
            )
            added += 1
    return added
