"""The rows of a contact's or a place's timeline: one UNION ALL query, each branch one index
search (the contact's or the location's own column), in SQLite and PostgreSQL alike.

Every branch yields the same seven columns: (source, link id, when, a, b, c, d). source says
which branch the row came from (the constants below), link id orders rows of one branch as
they were linked, when is a stored timestamp (a day for problems), a..d are the texts the
history line is made of.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from functools import reduce
from typing import Any

from peewee import JOIN, SQL, Select, Value

from models.database import db
from models.events import Attendance, Event
from models.interactions import Interaction, InteractionContact
from models.org import Category, Location, User
from models.patrol import PatrolEntry, PatrolEntryContact
from models.problems import Problem, ProblemPartner
from models.reports import Report, ReportPerson

# Sources, in the order lines of the same moment are listed.
INTERACTION, REPORT_MADE, REPORT_INVOLVED, EVENT, PATROL, PROBLEM = range(6)
REPORT_THERE, PATROL_THERE, EVENT_THERE, PROBLEM_THERE = range(10, 14)

Row = tuple[int, int, Any, Any, Any, Any, Any]


def _columns(source: int, link: Any, when: Any, *texts: Any) -> list[Any]:
    return [Value(source), link, when, *texts, *[Value(None)] * (4 - len(texts))]


def contact_branches(contact_id: int, reports: bool, patrols: bool) -> list[Select]:
    """What the office did with the contact; reports and patrol meetings only when allowed."""
    branches: list[Select] = [
        InteractionContact.select(
            *_columns(
                INTERACTION,
                InteractionContact.id,
                Interaction.occurred_at,
                Interaction.channel,
                Interaction.purpose,
                Interaction.summary,
                User.display_name,
            )
        )
        .join(Interaction)
        .join(User, JOIN.LEFT_OUTER, on=(Interaction.officer == User.id))
        .where(InteractionContact.contact == contact_id)
    ]
    if reports:
        branches.append(
            Report.select(
                *_columns(
                    REPORT_MADE,
                    Report.id,
                    Report.occurred_at,
                    Report.number,
                    Category.name,
                    Location.name,
                    Report.status,
                )
            )
            .join(Category, JOIN.LEFT_OUTER, on=(Report.category == Category.id))
            .switch(Report)
            .join(Location, JOIN.LEFT_OUTER, on=(Report.location == Location.id))
            .where(Report.reporter == contact_id)
        )
        branches.append(
            ReportPerson.select(
                *_columns(
                    REPORT_INVOLVED,
                    ReportPerson.id,
                    Report.occurred_at,
                    Report.number,
                    ReportPerson.role,
                    ReportPerson.description,
                )
            )
            .join(Report)
            .where(ReportPerson.contact == contact_id)
        )
    branches.append(
        Attendance.select(
            *_columns(
                EVENT, Attendance.id, Event.starts_at, Event.title, Attendance.status, Event.venue
            )
        )
        .join(Event)
        .where(Attendance.contact == contact_id)
    )
    if patrols:
        branches.append(
            PatrolEntryContact.select(
                *_columns(
                    PATROL,
                    PatrolEntryContact.id,
                    PatrolEntry.at,
                    Location.name,
                    PatrolEntry.observation,
                )
            )
            .join(PatrolEntry)
            .join(Location, JOIN.LEFT_OUTER, on=(PatrolEntry.location == Location.id))
            .where(PatrolEntryContact.contact == contact_id)
        )
    branches.append(
        ProblemPartner.select(
            *_columns(
                PROBLEM, ProblemPartner.id, Problem.identified_on, Problem.title, Problem.stage
            )
        )
        .join(Problem)
        .where(ProblemPartner.contact == contact_id)
    )
    return branches


def place_branches(
    location_id: int, reports: bool, patrols: bool, events: bool, problems: bool
) -> list[Select]:
    """What happened at the location; each kind only for those who may read it (none at all
    for an administrator, who keeps the pick-lists but reads no records)."""
    branches: list[Select] = []
    if reports:
        branches.append(
            Report.select(
                *_columns(
                    REPORT_THERE,
                    Report.id,
                    Report.occurred_at,
                    Report.number,
                    Category.name,
                    Report.status,
                )
            )
            .join(Category, JOIN.LEFT_OUTER, on=(Report.category == Category.id))
            .where(Report.location == location_id)
        )
    if patrols:
        branches.append(
            PatrolEntry.select(
                *_columns(
                    PATROL_THERE,
                    PatrolEntry.id,
                    PatrolEntry.at,
                    PatrolEntry.activity,
                    PatrolEntry.observation,
                    User.display_name,
                )
            )
            .join(User, JOIN.LEFT_OUTER, on=(PatrolEntry.officer == User.id))
            .where(PatrolEntry.location == location_id)
        )
    if events:
        branches.append(
            Event.select(
                *_columns(
                    EVENT_THERE, Event.id, Event.starts_at, Event.title, Event.status, Event.venue
                )
            ).where(Event.location == location_id)
        )
    if problems:
        branches.append(
            Problem.select(
                *_columns(
                    PROBLEM_THERE, Problem.id, Problem.identified_on, Problem.title, Problem.stage
                )
            ).where(Problem.location == location_id)
        )
    return branches


def union_all(branches: Sequence[Select], newest: int | None = None) -> Select:
    """The branches as one statement; with newest, only each branch's newest rows (which hold
    the newest overall), read backwards along the branch's index."""
    if newest is not None:
        branches = [
            Select([b.order_by(SQL("3 DESC")).limit(newest).alias(f"b{i}")], [SQL("*")])
            for i, b in enumerate(branches)
        ]
    return reduce(operator.add, branches)  # peewee's + is UNION ALL


def timeline_rows(branches: Sequence[Select], newest: int | None = None) -> list[Row]:
    """Every branch's rows from one statement, as the driver returns them (no per-row model),
    in branch order and, within a branch, the order the links were made; none without a
    branch (nothing the reader may see)."""
    if not branches:
        return []
    query = union_all(branches, newest)
    rows: list[Row] = [tuple(r) for r in db.execute(query).fetchall()]
    rows.sort(key=lambda r: (r[0], r[1]))
    return rows
