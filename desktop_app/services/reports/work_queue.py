"""An officer's work queue: the open reports assigned to them, follow-ups due first.

One rule says when a follow-up is overdue (an open report whose follow-up day has passed, in
office time), so that My shift, the report list and the monthly report agree."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import Case

from desktop_app.services.clock import now_local
from desktop_app.services.permissions import require
from desktop_app.services.reports.queries import ReportQueries, joined_reports, report_row
from desktop_app.services.reports.types import ReportRow
from models.reports import Report

OPEN_STATUSES = ("new", "in_progress")
QUEUE_LIMIT = 500  # far more than one officer carries; the list says when it is cut


def follow_up_state(row: ReportRow, today: date | None = None) -> str:
    """'overdue', 'today' or 'later' for an open report with a follow-up day; '' otherwise."""
    if row.follow_up_due is None or row.status not in OPEN_STATUSES:
        return ""
    day = today or now_local().date()
    if row.follow_up_due < day:
        return "overdue"
    return "today" if row.follow_up_due == day else "later"


@dataclass(frozen=True)
class WorkItem:
    report: ReportRow
    follow_up: str  # as follow_up_state() says


@dataclass(frozen=True)
class WorkQueue:
    items: tuple[WorkItem, ...]
    today: date  # the office day the states were worked out for

    @property
    def overdue(self) -> int:
        return sum(item.follow_up == "overdue" for item in self.items)

    @property
    def due_today(self) -> int:
        return sum(item.follow_up == "today" for item in self.items)


class ReportWorkQueue(ReportQueries):
    """The work-queue read of ReportService."""

    def work_queue(self, officer_id: int | None = None) -> WorkQueue:
        """The officer's (by default this session's) open reports: follow-ups by due day (the
        overdue first), then those without one, newest first."""
        require(self.session, "report.read")
        who = officer_id or self.session.user_id
        today = now_local().date()
        no_date_last = Case(None, ((Report.follow_up_due.is_null(), 1),), 0)
        query = (
            joined_reports()
            .where((Report.assigned_officer == who) & Report.status.in_(OPEN_STATUSES))
            .order_by(no_date_last, Report.follow_up_due.asc(), Report.received_at.desc())
            .limit(QUEUE_LIMIT)
        )
        rows = [report_row(r) for r in query.objects()]
        return WorkQueue(tuple(WorkItem(r, follow_up_state(r, today)) for r in rows), today)
