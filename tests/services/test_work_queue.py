"""An officer's work queue and the list's "assigned to" choices, through the report service."""

from __future__ import annotations

from datetime import timedelta

from desktop_app.services.clock import now_local
from desktop_app.services.reports import ReportFilter, ReportInput, ReportService
from desktop_app.services.reports.work_queue import follow_up_state


def walk_in(office, account: str) -> ReportInput:
    return ReportInput(
        occurred_at=now_local().replace(tzinfo=None) - timedelta(hours=2),
        category="Theft",
        location="Market Square",
        account=account,
        reporter_id=office.reporter_id,
    )


def test_the_queue_holds_the_officers_open_reports_overdue_first(office):
    service = ReportService(office.manager)
    today = now_local().date()
    made = {}
    for name, due in (
        ("later", today + timedelta(days=5)),
        ("none", None),
        ("overdue", today - timedelta(days=2)),
        ("today", today),
        ("closed", today - timedelta(days=9)),
        ("void", today - timedelta(days=9)),
        ("others", today - timedelta(days=9)),
    ):
        detail = service.create(walk_in(office, f"Bike taken: {name} case."))
        officer = office.other_officer if name == "others" else office.officer
        service.assign(detail.row.id, officer.user_id)
        if due is not None:
            service.set_follow_up(detail.row.id, due)
        made[name] = detail.row.number
    service.set_status(service.find_number(made["closed"]) or 0, "closed")
    service.void(service.find_number(made["void"]) or 0, "Entered twice by mistake")

    queue = ReportService(office.officer).work_queue()

    assert [item.report.number for item in queue.items] == [
        made["overdue"],
        made["today"],
        made["later"],
        made["none"],
    ]
    assert [item.follow_up for item in queue.items] == ["overdue", "today", "later", ""]
    assert (queue.overdue, queue.due_today) == (1, 1)


def test_follow_up_state_counts_only_open_reports(office):
    service = ReportService(office.manager)
    detail = service.create(walk_in(office, "Phone taken from a bag."))
    yesterday = now_local().date() - timedelta(days=1)
    row = service.set_follow_up(detail.row.id, yesterday).row
    assert follow_up_state(row) == "overdue"
    closed = service.set_status(detail.row.id, "closed").row
    assert follow_up_state(closed) == ""


def test_assigned_to_me_and_unassigned(office):
    service = ReportService(office.manager)
    mine = service.create(walk_in(office, "Wallet taken from a coat."))
    service.assign(mine.row.id, office.officer.user_id)
    nobody = service.create(walk_in(office, "Scooter taken from the rack."))
    officer = ReportService(office.officer)

    assigned, _ = officer.list(ReportFilter(assigned_officer_id=office.officer.user_id))
    unassigned, _ = officer.list(ReportFilter(unassigned=True))

    assert [r.number for r in assigned] == [mine.row.number]
    assert [r.number for r in unassigned] == [nobody.row.number]
    assert officer.count(ReportFilter(unassigned=True)) == 1
