"""Two managers close the same problem at once on PostgreSQL: the second sees it closed and is
told so (the read holds the row), instead of closing it again over the first one's result."""

from __future__ import annotations

import threading
from datetime import timedelta

import psycopg2
import pytest

from desktop_app.services.clock import now_local
from desktop_app.services.contacts import ContactService
from desktop_app.services.errors import ValidationError
from desktop_app.services.picklists import PicklistService
from desktop_app.services.problems import ProblemCommands, ProblemInput
from desktop_app.services.reports import ReportInput, ReportService
from desktop_app.services.users import create_first_manager
from models.audit import AuditEntry
from models.connection import connect
from models.database import db, resolve_target


def _waiting_on_a_lock(watch) -> bool:
    cur = watch.cursor()
    cur.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
        "AND datname = current_database()"
    )
    return bool(cur.fetchone()[0])


def test_a_problem_closed_meanwhile_is_not_closed_again_on_postgresql(pg_url):
    connect(resolve_target(pg_url, {}))
    manager = create_first_manager("morgan", "Morgan Ellis", "correct-horse")
    problems = ProblemCommands(manager)
    problem = problems.create(ProblemInput("Graffiti on the underpass"))
    first = psycopg2.connect(pg_url)  # the first manager's close, not yet committed
    first.cursor().execute(
        "UPDATE problem SET stage = 'closed', closed_on = CURRENT_DATE WHERE id = %s", (problem,)
    )
    watch = psycopg2.connect(pg_url)
    watch.autocommit = True
    outcome: list[BaseException | None] = []

    def second() -> None:
        try:
            problems.close(problem, "no_change", "Closed by the second manager.")
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)
        finally:
            db.close()

    worker = threading.Thread(target=second)
    worker.start()
    while not _waiting_on_a_lock(watch) and worker.is_alive():
        worker.join(0.05)
    first.commit()
    worker.join()
    first.close()
    watch.close()
    with pytest.raises(ValidationError, match="already closed"):
        if outcome[0] is not None:
            raise outcome[0]
    assert not AuditEntry.select().where(AuditEntry.action == "close").exists()


def test_a_partner_added_twice_and_a_void_report_on_postgresql(pg_url):
    """Adding a partner twice writes (and audits) once; a void report is refused at the field."""

    connect(resolve_target(pg_url, {}))
    manager = create_first_manager("morgan", "Morgan Ellis", "correct-horse")
    picklists = PicklistService(manager)
    picklists.ensure_default_categories()
    picklists.add_location("Market Square", picklists.add_zone("South").id)
    problems = ProblemCommands(manager)
    problem = problems.create(ProblemInput("Graffiti on the underpass"))
    partner = ContactService(manager).create("Quilliam Stores").id
    assert problems.add_partner(problem, partner) is True
    assert problems.add_partner(problem, partner) is False
    assert AuditEntry.select().where(AuditEntry.action == "add_partner").count() == 1
    report = ReportService(manager).create(
        ReportInput(
            occurred_at=now_local().replace(tzinfo=None) - timedelta(hours=2),
            category="theft",
            location="Market Square",
            account="Paint on the wall.",
            anonymous=True,
        )
    )
    ReportService(manager).void(report.row.id, "Entered twice by mistake")
    with pytest.raises(ValidationError, match="void"):
        problems.link_reports(problem, [report.row.number])
