"""Two workstations saving at the same moment get distinct, consecutive numbers."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from desktop_app.services.clock import now_local


def _save_reports(db_path: str, username: str, count: int, start, results) -> None:
    from datetime import timedelta

    from desktop_app.services.reports import ReportInput, ReportService
    from desktop_app.services.users import authenticate
    from models.connection import close, connect
    from models.database import DatabaseTarget

    connect(DatabaseTarget("sqlite", db_path))
    session = authenticate(username, "desk-password")
    service = ReportService(session)
    start.wait()  # both processes begin together
    numbers = []
    for i in range(count):
        detail = service.create(
            ReportInput(
                occurred_at=now_local().replace(tzinfo=None) - timedelta(minutes=30),
                category="Theft",
                location="Market Square",
                anonymous=True,
                account=f"Report {i} from {username}: purse taken from a stall.",
            )
        )
        numbers.append(detail.row.number)
    close()
    results.put(numbers)


def test_two_processes_saving_at_once_get_distinct_consecutive_numbers(office, db_path: Path):
    from desktop_app.services.users import UserService

    UserService(office.manager).create_user("tom", "Tom Hughes", "front_desk", "desk-password")
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(2)
    results = context.Queue()
    workers = [
        context.Process(target=_save_reports, args=(str(db_path), name, 40, start, results))
        for name in ("priya", "tom")
    ]
    for worker in workers:
        worker.start()
    numbers = results.get(timeout=120) + results.get(timeout=120)
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    year = now_local().year
    assert sorted(numbers) == [f"WR-{year}-{n:05d}" for n in range(1, 81)]
