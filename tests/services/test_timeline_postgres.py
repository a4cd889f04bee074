"""An interaction's timeline line on PostgreSQL: the one query joins its links' names in SQL."""

from __future__ import annotations

from datetime import timedelta

from desktop_app.services.clock import now_local
from desktop_app.services.contacts import ContactService
from desktop_app.services.history import HistoryService
from desktop_app.services.interactions import InteractionInput, InteractionService
from desktop_app.services.picklists import PicklistService
from desktop_app.services.problems import ProblemCommands, ProblemInput
from desktop_app.services.reports import ReportInput, ReportService
from desktop_app.services.users import create_first_manager
from models.connection import connect
from models.database import resolve_target


def test_an_interactions_links_are_named_on_the_timeline_on_postgresql(pg_url):
    """The timeline's one query names every link of an interaction (text joined in SQL), and
    the problem and report branches read the same there as on SQLite."""
    connect(resolve_target(pg_url, {}))
    manager = create_first_manager("morgan", "Morgan Ellis", "correct-horse")
    picklists = PicklistService(manager)
    picklists.ensure_default_categories()
    picklists.add_location("Market Square", picklists.add_zone("South").id)
    problem = ProblemCommands(manager).create(ProblemInput("Graffiti on the underpass"))
    resident = ContactService(manager).create("Ray Okafor", "0161 496 0456").id
    report = ReportService(manager).create(
        ReportInput(
            occurred_at=now_local().replace(tzinfo=None) - timedelta(hours=2),
            category="theft",
            location="Market Square",
            account="Paint on the wall.",
            anonymous=True,
        )
    )
    InteractionService(manager).log(
        InteractionInput(
            (resident,), "phone", "Called back", report_id=report.row.id, problem_id=problem
        )
    )
    [line] = HistoryService(manager).contact_history(resident).items
    assert (line.link_kind, line.link_id) == ("report", report.row.id)
    assert report.row.number in line.detail and "Graffiti on the underpass" in line.detail
