"""The rows of a contact's or a place's timeline: one UNION ALL query, each branch one index
search (the contact's or the location's own column), in SQLite and PostgreSQL alike.

Every branch yields the same twelve columns: (source, link id, when, record id, place id, a,
b, c, d, linked kind, linked id, linked text). source says which branch the row came from (the
constants below), link id orders rows of one branch as they were linked, when is a stored
timestamp (a day for problems), record id is the interaction, report, event, patrol entry or
problem the line opens, place id its location (or NULL), a..d are the texts the history line is
made of; the last three name the report, event or problem an interaction is linked to (NULL for
every other line).

What a reader may see is a Scope: the kinds of record, and for the front desk only the reports
and interactions it took itself (own_user).
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from dataclasses import dataclass
from functools import reduce
from typing import Any

from peewee import JOIN, SQL, Case, Select, Value, fn

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

Row = tuple[int, int, Any, int, int | None, Any, Any, Any, Any, str | None, int | None, Any]

# The kinds of record a timeline holds (the filter's choices; TIMELINE_KIND_LABELS names them).
TIMELINE_KINDS = ("interaction", "report", "event", "patrol", "problem")


@dataclass(frozen=True)
class Scope:
    """What one reader may see: these kinds; with own_user, only the reports that user took
    and the interactions they logged."""

    kinds: frozenset[str]
    own_user: int | None = None


def _columns(
    source: int, link: Any, when: Any, record: Any, place: Any, *texts: Any, linked: Any = None
) -> list[Any]:
    padding = [Value(None)] * (4 - len(texts))
    return [Value(source), link, when, record, place, *texts, *padding, *(linked or _no_link())]


LINK_SEPARATOR = "\x1f"  # between the names of an interaction's links (never typed)
LINK_KINDS = ("report", "event", "problem")  # the order of those names


def _no_link() -> list[Any]:
    return [Value(None), Value(None), Value(None)]


def _interaction_link() -> list[Any]:
    """The record an interaction is linked to: its kind and id (a report first, should it have
    more than one: the line opens it), and the report's number, event's and problem's titles
    (each or empty), joined by LINK_SEPARATOR, so the line names every link."""
    kind = Case(
        None,
        (
            (Interaction.report.is_null(False), "report"),
            (Interaction.event.is_null(False), "event"),
            (Interaction.problem.is_null(False), "problem"),
        ),
        None,
    )
    record = fn.COALESCE(Interaction.report, Interaction.event, Interaction.problem)
    names = [fn.COALESCE(column, "") for column in (Report.number, Event.title, Problem.title)]
    text = names[0].concat(LINK_SEPARATOR).concat(names[1]).concat(LINK_SEPARATOR).concat(names[2])
    return [kind, record, text]


def _own(query: Select, column: Any, scope: Scope) -> Select:
    return query if scope.own_user is None else query.where(column == scope.own_user)


def contact_branches(contact_id: int, scope: Scope) -> list[Select]:
    """What the office did with the contact, each kind only when the scope holds it."""
    branches: list[Select] = []
    if "interaction" in scope.kinds:
        branches.append(_interactions(contact_id, scope))
    if "report" in scope.kinds:
        branches += _reports_of(contact_id, scope)
    if "event" in scope.kinds:
        branches.append(_events_of(contact_id))
    if "patrol" in scope.kinds:
        branches.append(_patrols_of(contact_id))
    if "problem" in scope.kinds:
        branches.append(_problems_of(contact_id))
    return branches


def _events_of(contact_id: int) -> Select:
    return (
        Attendance.select(
            *_columns(
                EVENT,
                Attendance.id,
                Event.starts_at,
                Event.id,
                Event.location,
                Event.title,
                Attendance.status,
                Event.venue,
            )
        )
        .join(Event)
        .where(Attendance.contact == contact_id)
    )


def _patrols_of(contact_id: int) -> Select:
    return (
        PatrolEntryContact.select(
            *_columns(
                PATROL,
                PatrolEntryContact.id,
                PatrolEntry.at,
                PatrolEntry.id,
                PatrolEntry.location,
                Location.name,
                PatrolEntry.observation,
            )
        )
        .join(PatrolEntry)
        .join(Location, JOIN.LEFT_OUTER, on=(PatrolEntry.location == Location.id))
        .where(PatrolEntryContact.contact == contact_id)
    )


def _problems_of(contact_id: int) -> Select:
    return (
        ProblemPartner.select(
            *_columns(
                PROBLEM,
                ProblemPartner.id,
                Problem.identified_on,
                Problem.id,
                Problem.location,
                Problem.title,
                Problem.stage,
            )
        )
        .join(Problem)
        .where(ProblemPartner.contact == contact_id)
    )


def _interactions(contact_id: int, scope: Scope) -> Select:
    query = (
        InteractionContact.select(
            *_columns(
                INTERACTION,
                InteractionContact.id,
                Interaction.occurred_at,
                Interaction.id,
                Value(None),
                Interaction.channel,
                Interaction.purpose,
                Interaction.summary,
                User.display_name,
                linked=_interaction_link(),
            )
        )
        .join(Interaction)
        .join(User, JOIN.LEFT_OUTER, on=(Interaction.officer == User.id))
        .switch(Interaction)
        .join(Report, JOIN.LEFT_OUTER, on=(Interaction.report == Report.id))
        .switch(Interaction)
        .join(Event, JOIN.LEFT_OUTER, on=(Interaction.event == Event.id))
        .switch(Interaction)
        .join(Problem, JOIN.LEFT_OUTER, on=(Interaction.problem == Problem.id))
        .where(InteractionContact.contact == contact_id)
    )
    return _own(query, Interaction.officer, scope)


def _reports_of(contact_id: int, scope: Scope) -> list[Select]:
    """Reports the contact made, and those they are a victim, witness or subject in."""
    made = (
        Report.select(
            *_columns(
                REPORT_MADE,
                Report.id,
                Report.occurred_at,
                Report.id,
                Report.location,
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
    involved = (
        ReportPerson.select(
            *_columns(
                REPORT_INVOLVED,
                ReportPerson.id,
                Report.occurred_at,
                Report.id,
                Report.location,
                Report.number,
                ReportPerson.role,
                ReportPerson.description,
            )
        )
        .join(Report)
        .where(ReportPerson.contact == contact_id)
    )
    return [_own(made, Report.received_by, scope), _own(involved, Report.received_by, scope)]


def place_branches(location_id: int, scope: Scope) -> list[Select]:
    """What happened at the location, each kind only when the scope holds it (none at all for
    an administrator, who keeps the pick-lists but reads no records)."""
    kinds = {
        "report": _reports_there,
        "patrol": _patrols_there,
        "event": _events_there,
        "problem": _problems_there,
    }
    return [branch(location_id, scope) for kind, branch in kinds.items() if kind in scope.kinds]


def _reports_there(location_id: int, scope: Scope) -> Select:
    reports = (
        Report.select(
            *_columns(
                REPORT_THERE,
                Report.id,
                Report.occurred_at,
                Report.id,
                Report.location,
                Report.number,
                Category.name,
                Report.status,
            )
        )
        .join(Category, JOIN.LEFT_OUTER, on=(Report.category == Category.id))
        .where(Report.location == location_id)
    )
    return _own(reports, Report.received_by, scope)


def _patrols_there(location_id: int, scope: Scope) -> Select:
    return (
        PatrolEntry.select(
            *_columns(
                PATROL_THERE,
                PatrolEntry.id,
                PatrolEntry.at,
                PatrolEntry.id,
                PatrolEntry.location,
                PatrolEntry.activity,
                PatrolEntry.observation,
                User.display_name,
            )
        )
        .join(User, JOIN.LEFT_OUTER, on=(PatrolEntry.officer == User.id))
        .where(PatrolEntry.location == location_id)
    )


def _events_there(location_id: int, scope: Scope) -> Select:
    return Event.select(
        *_columns(
            EVENT_THERE,
            Event.id,
            Event.starts_at,
            Event.id,
            Event.location,
            Event.title,
            Event.status,
            Event.venue,
        )
    ).where(Event.location == location_id)


def _problems_there(location_id: int, scope: Scope) -> Select:
    return Problem.select(
        *_columns(
            PROBLEM_THERE,
            Problem.id,
            Problem.identified_on,
            Problem.id,
            Problem.location,
            Problem.title,
            Problem.stage,
        )
    ).where(Problem.location == location_id)


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
