"""Reading problems: the board (every problem by stage, filtered) and one problem's card with
its analysis and assessment."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any

from peewee import JOIN, fn

from desktop_app.services.clock import (
    local_day_bounds,
    now_local,
    office_zone,
    stored_datetime,
    to_local,
)
from desktop_app.services.errors import NotFound
from desktop_app.services.permissions import require
from desktop_app.services.problems.assessment import assess, needs
from desktop_app.services.problems.types import (
    BANDS,
    ActionRow,
    Analysis,
    BoardFilter,
    LinkedReport,
    PartnerRow,
    ProblemCard,
    ProblemRow,
)
from desktop_app.services.session import Session
from models.contacts import Contact
from models.org import Category, Location, User, Zone
from models.problems import STAGES, Problem, ProblemAction, ProblemPartner, ProblemReport
from models.reports import Report


def _linked_counts() -> Any:
    return (
        ProblemReport.select(fn.COUNT(ProblemReport.id))
        .join(Report)
        .where((ProblemReport.problem == Problem.id) & (Report.status != "void"))
    )


def _rows(query: Any) -> list[ProblemRow]:
    rows = []
    for id_, title, place, zone, stage, since, identified, coordinator, reports in query:
        rows.append(
            ProblemRow(
                id_,
                title,
                place or "",
                zone or "",
                stage,
                to_local(stored_datetime(since)).date() if since else _as_date(identified),
                coordinator or "",
                _as_date(identified),
                int(reports or 0),
            )
        )
    return rows


def _as_date(value: Any) -> date:
    return date.fromisoformat(value[:10]) if isinstance(value, str) else value


def _board_query() -> Any:
    return (
        Problem.select(
            Problem.id,
            Problem.title,
            Location.name,
            Zone.name,
            Problem.stage,
            Problem.stage_since,
            Problem.identified_on,
            User.display_name,
            _linked_counts(),
        )
        .join(Location, JOIN.LEFT_OUTER, on=(Problem.location == Location.id))
        .switch(Problem)
        .join(Zone, JOIN.LEFT_OUTER, on=(Problem.zone == Zone.id))
        .switch(Problem)
        .join(User, JOIN.LEFT_OUTER, on=(Problem.coordinator == User.id))
    )


class ProblemQueries:
    def __init__(self, session: Session) -> None:
        self.session = session

    def board(self, flt: BoardFilter | None = None) -> list[ProblemRow]:
        """Problems in stage order (scanning … closed), the longest waiting first in each."""
        require(self.session, "problem.read")
        flt = flt or BoardFilter()
        query = _board_query()
        for column, value in (
            (Problem.zone, flt.zone_id),
            (Problem.coordinator, flt.coordinator_id),
            (Problem.stage, flt.stage),
        ):
            if value is not None:
                query = query.where(column == value)
        if flt.waiting_days is not None:  # open ones only: a closed problem waits for nothing
            day = now_local().date() - timedelta(days=flt.waiting_days)
            query = query.where(
                (Problem.stage != "closed") & (Problem.stage_since < local_day_bounds(day)[0])
            )
        rows = _rows(query.order_by(Problem.stage_since, Problem.id).tuples())
        return sorted(rows, key=lambda r: STAGES.index(r.stage) if r.stage in STAGES else 99)

    def card(self, problem_id: int) -> ProblemCard:
        require(self.session, "problem.read")
        problem: Any = Problem.get_or_none(Problem.id == problem_id)
        if problem is None:
            raise NotFound(f"no problem with id {problem_id}")
        [row] = _rows(_board_query().where(Problem.id == problem_id).tuples())
        reports = linked_reports(problem_id)
        counted = [r for r in reports if r.status != "void"]
        categories = sorted(c for (c,) in _category_ids(problem_id).tuples())
        return ProblemCard(
            row,
            problem.location_id,
            problem.zone_id,
            problem.coordinator_id,
            problem.description,
            problem.analysis,
            problem.response_plan,
            problem.result,
            problem.closed_on,
            problem.closing_note,
            partners(problem_id),
            tuple(reports),
            actions(problem_id),
            analyse(counted),
            assess(problem, categories, now_local().date()),
            needs(problem, categories),
        )


def _category_ids(problem_id: int) -> Any:
    return (
        Report.select(Report.category)
        .join(ProblemReport)
        .where(
            (ProblemReport.problem == problem_id)
            & (Report.status != "void")
            & Report.category.is_null(False)
        )
        .distinct()
    )


def linked_reports(problem_id: int) -> list[LinkedReport]:
    zone = office_zone()
    query: Any = (
        Report.select(
            Report.id,
            Report.number,
            Report.occurred_at,
            Category.name,
            Location.name,
            Report.status,
        )
        .join(ProblemReport)
        .switch(Report)
        .join(Category, JOIN.LEFT_OUTER, on=(Report.category == Category.id))
        .switch(Report)
        .join(Location, JOIN.LEFT_OUTER, on=(Report.location == Location.id))
        .where(ProblemReport.problem == problem_id)
        .order_by(Report.occurred_at, Report.id)
        .tuples()
    )
    return [
        LinkedReport(i, n, to_local(stored_datetime(at), zone), c or "", loc or "", status)
        for i, n, at, c, loc, status in query
    ]


def partners(problem_id: int) -> tuple[PartnerRow, ...]:
    query: Any = (
        Contact.select(Contact.id, Contact.name, Contact.organisation, Contact.phone)
        .join(ProblemPartner)
        .where(ProblemPartner.problem == problem_id)
        .order_by(Contact.name_key)
        .tuples()
    )
    return tuple(PartnerRow(*row) for row in query)


def actions(problem_id: int) -> tuple[ActionRow, ...]:
    query: Any = (
        ProblemAction.select(
            ProblemAction.id,
            ProblemAction.on,
            User.display_name,
            ProblemAction.action,
            Contact.name,
        )
        .join(User, JOIN.LEFT_OUTER, on=(ProblemAction.by == User.id))
        .switch(ProblemAction)
        .join(Contact, JOIN.LEFT_OUTER, on=(ProblemAction.partner == Contact.id))
        .where(ProblemAction.problem == problem_id)
        .order_by(ProblemAction.on, ProblemAction.id)
        .tuples()
    )
    return tuple(
        ActionRow(i, _as_date(on), by or "", text, p or "") for i, on, by, text, p in query
    )


def band_of(moment: datetime) -> int:
    return next(i for i, (_, end) in enumerate(BANDS) if moment.hour < end)


def analyse(reports: list[LinkedReport]) -> Analysis:
    """Counts by category (most first) and by weekday × time of day, office time."""
    by_category = Counter(r.category or "—" for r in reports)
    grid = Counter((r.occurred_at.weekday(), band_of(r.occurred_at)) for r in reports)
    return Analysis(
        len(reports),
        tuple(sorted(by_category.items(), key=lambda kv: (-kv[1], kv[0]))),
        dict(grid),
    )
