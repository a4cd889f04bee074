"""Problem solving on PostgreSQL: the v12 migration from a v11 office, suggested problems,
opening one, its assessment and setting one aside (skipped when PostgreSQL is not installed)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from desktop_app.services.clock import now_local
from desktop_app.services.picklists import PicklistService
from desktop_app.services.problems import ProblemService, set_aside, suggested_problems
from desktop_app.services.reports import ReportInput, ReportService
from desktop_app.services.settings import SettingsService
from desktop_app.services.users import create_first_manager
from models.connection import connect
from models.database import db, resolve_target
from models.migrations import SCHEMA_VERSION, ensure_schema, schema_version
from models.problems import Problem


def test_problem_solving_on_postgresql(pg_url):
    connect(resolve_target(pg_url, {}))
    manager = create_first_manager("morgan", "Morgan Ellis", "correct-horse")
    SettingsService(manager).update(time_zone="Europe/London")
    picklists = PicklistService(manager)
    picklists.ensure_default_categories()
    north = picklists.add_zone("North")
    picklists.add_location("Elm Street car park", north.id)
    picklists.add_location("Corner shop", north.id)
    today = now_local().date()
    numbers = []
    for n in (200, 60, 50, 40, 30, 20):
        data = ReportInput(
            occurred_at=datetime.combine(today - timedelta(days=n), time(0, 0)),
            category="Theft",
            location="Elm Street car park",
            account="A bicycle taken from the rack.",
            anonymous=True,
        )
        numbers.append(ReportService(manager).create(data).row.number)
    [found] = suggested_problems(manager)
    assert found.numbers == tuple(numbers[1:])
    problems = ProblemService(manager)
    problem_id = problems.open_from_suggestion(found)
    problems.set_periods(
        problem_id,
        today - timedelta(days=89),
        today - timedelta(days=45),
        today - timedelta(days=44),
        today,
    )
    assessment = problems.card(problem_id).assessment
    assert (assessment.baseline, assessment.after) == (2, 3)
    assert suggested_problems(manager) == []
    problems.close(problem_id, "no_change", "Back to the suggestions.")
    [again] = suggested_problems(manager)
    set_aside(manager, again)
    assert suggested_problems(manager) == []
    # v11 -> v12: the columns and the table come back, each problem's stage dated
    db.execute_sql('ALTER TABLE "problem" DROP COLUMN "stage_since"')
    db.execute_sql('ALTER TABLE "problem" DROP COLUMN "closing_note"')
    db.execute_sql('DROP TABLE "ignored_suggestion"')
    db.execute_sql('UPDATE "schema_version" SET version = 11 WHERE version = 12')
    assert schema_version(db.obj) == 11
    ensure_schema(db.obj)
    assert schema_version(db.obj) == SCHEMA_VERSION
    moved = Problem.get_by_id(problem_id)
    assert moved.stage_since.date() == today and moved.closing_note == ""
    assert [s.numbers for s in suggested_problems(manager)] == [found.numbers]
