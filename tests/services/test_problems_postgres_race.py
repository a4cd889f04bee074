"""Two managers close the same problem at once on PostgreSQL: the second sees it closed and is
told so (the read holds the row), instead of closing it again over the first one's result."""

from __future__ import annotations

import threading

import psycopg2
import pytest

from desktop_app.services.errors import ValidationError
from desktop_app.services.problems import ProblemCommands, ProblemInput
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
        except BaseException as exc:  # noqa: BLE001 - handed to the test
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
