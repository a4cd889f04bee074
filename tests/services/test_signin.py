"""Sign-in under attack: parallel guessing, probing for usernames, and whatever is typed as a name.

Each test runs on SQLite and on PostgreSQL (the latter skipped when PostgreSQL is not installed).
"""

from __future__ import annotations

import multiprocessing
import queue
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher

from desktop_app.services import users
from desktop_app.services.errors import SignInError
from desktop_app.services.session import Session
from desktop_app.services.settings import SettingsService
from desktop_app.services.users import UserService, authenticate, create_first_manager
from models.audit import AuditEntry
from models.connection import close, connect
from models.database import DatabaseTarget, resolve_target
from models.org import Setting, User

WORKERS, TRIES = 12, 3


@dataclass(frozen=True)
class SignInOffice:
    target: DatabaseTarget
    manager: Session


@pytest.fixture(params=["sqlite", "postgresql"])
def signin_office(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SignInOffice]:
    """An office with one manager (morgan / correct-horse), on each engine in turn."""
    if request.param == "sqlite":
        target = DatabaseTarget("sqlite", str(tmp_path / "beacon.db"))
    else:
        target = resolve_target(request.getfixturevalue("pg_url"), {})
    connect(target)
    manager = create_first_manager("morgan", "Morgan Ellis", "correct-horse")
    yield SignInOffice(target, manager)
    close()


class CountingHasher(PasswordHasher):
    """The application's hasher with the same parameters, counting every argon2 run."""

    def __init__(self, base: PasswordHasher) -> None:
        super().__init__(
            time_cost=base.time_cost,
            memory_cost=base.memory_cost,
            parallelism=base.parallelism,
            hash_len=base.hash_len,
            salt_len=base.salt_len,
        )
        self.runs = 0
        self.checked_against: list[str] = []  # the stored hashes passwords were verified against

    def verify(self, hash: str | bytes, password: str | bytes) -> Any:
        self.runs += 1
        self.checked_against.append(hash.decode() if isinstance(hash, bytes) else hash)
        return super().verify(hash, password)

    def hash(self, password: str | bytes, *, salt: bytes | None = None) -> str:
        self.runs += 1
        return super().hash(password, salt=salt)


def _answers(username: str, password: str, tries: int) -> list[str]:
    answers = []
    for _ in range(tries):
        with pytest.raises(SignInError) as refused:
            authenticate(username, password)
        answers.append(str(refused.value))
    return answers


def _guess_wrong(target: DatabaseTarget, tries: int, start: Any, results: Any) -> None:
    """One attacking workstation: wrong passwords for morgan, counting real password checks."""
    try:
        connect(target)
        hasher = CountingHasher(users.HASHER)
        users.HASHER = hasher
        real = User.get(User.username == "morgan").password_hash
        start.wait(timeout=120)
        answers = []
        for i in range(tries):
            try:
                authenticate("morgan", f"guess-number-{i}")
                answers.append("signed in")
            except SignInError as refused:
                answers.append(str(refused))
        close()
        results.put((sum(h == real for h in hasher.checked_against), answers))
    except BaseException as crash:  # the parent reports it instead of waiting for a timeout
        results.put((-1, [repr(crash)]))


@pytest.mark.slow
def test_parallel_wrong_passwords_are_checked_only_as_often_as_the_lockout_allows(signin_office):
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(WORKERS), context.Queue()
    workers = [
        context.Process(target=_guess_wrong, args=(signin_office.target, TRIES, start, results))
        for _ in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    try:
        outcomes = [results.get(timeout=300) for _ in workers]
    except queue.Empty:
        pytest.fail("a guessing process did not report back")
    finally:
        for worker in workers:
            worker.join(timeout=60)
    assert all(checked >= 0 for checked, _ in outcomes), outcomes
    assert sum(checked for checked, _ in outcomes) == 5  # the office's lockout_attempts
    answers = [answer for _, worker_answers in outcomes for answer in worker_answers]
    assert len(answers) == WORKERS * TRIES and "signed in" not in answers
    with pytest.raises(SignInError, match="locked"):
        authenticate("morgan", "correct-horse")  # the account is locked, even for the owner
    failures = AuditEntry.select().where(AuditEntry.action == "signin_failed").count()
    assert failures == WORKERS * TRIES + 1  # every refusal is audited


def test_an_unknown_name_costs_the_same_argon2_work_as_a_known_one(signin_office, monkeypatch):
    hasher = CountingHasher(users.HASHER)
    monkeypatch.setattr(users, "HASHER", hasher)
    runs: dict[str, list[int]] = {}
    for name in ("morgan", "nobody", "x" * 300):
        runs[name] = []
        for _ in range(6):  # five tries, then one after the lock
            before = hasher.runs
            with pytest.raises(SignInError):
                authenticate(name, "wrong-horse")
            runs[name].append(hasher.runs - before)
    assert runs["nobody"] == runs["morgan"] == runs["x" * 300]
    assert all(count >= 1 for count in runs["nobody"])


def test_known_inactive_and_unknown_names_get_the_same_answers(signin_office):
    users_service = UserService(signin_office.manager)
    officer = users_service.create_user("akhan", "Asha Khan", "officer", "patrol-pass")
    users_service.set_active(officer.id, False)
    known = _answers("morgan", "wrong-horse", 6)
    inactive = _answers("akhan", "patrol-pass", 6)  # its right password does not tell either
    unknown = _answers("nobody", "wrong-horse", 6)
    assert known == inactive == unknown
    assert known[0] == "Wrong username or password"
    assert "locked" in known[4] and "locked" in known[5]


def test_unknown_names_follow_the_office_lockout_settings(signin_office):
    SettingsService(signin_office.manager).update(lockout_attempts=2, lockout_minutes=30)
    assert _answers("nobody", "wrong-horse", 3) == _answers("morgan", "wrong-horse", 3)


@pytest.mark.parametrize(
    "typed",
    ["x" * 300, "mor\x00gan", "morgan\u202e", "morgan smith"],
    ids=["300 characters", "NUL", "direction override", "space"],
)
def test_an_impossible_username_gets_the_normal_refusal_and_is_audited(signin_office, typed):
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).first().id
    with pytest.raises(SignInError) as refused:
        authenticate(typed, "whatever1")
    assert str(refused.value) == "Wrong username or password"
    added = AuditEntry.select().where(AuditEntry.id > last).order_by(AuditEntry.id)
    assert [(e.action, e.username) for e in added] == [("signin_failed", "unknown account")]


def test_the_database_never_holds_the_text_typed_as_an_unknown_name(signin_office):
    typed = "Tr0ub4dor&3-in-the-wrong-box"  # a password typed into the username field
    for _ in range(2):
        with pytest.raises(SignInError):
            authenticate(typed, "whatever1")
    with pytest.raises(SignInError):
        authenticate("someone-else", "whatever1")
    with pytest.raises(SignInError):
        authenticate("morgan", "wrong-horse")
    stored = [str(v) for row in AuditEntry.select().tuples() for v in row]
    stored += [str(v) for row in Setting.select().tuples() for v in row]
    assert not [text for text in stored if typed.lower() in text.lower()]
    named = AuditEntry.select().where(AuditEntry.action == "signin_failed")
    assert [e.username for e in named] == ["unknown account"] * 3 + ["morgan"]
    # Tries at one unknown name can still be told apart from tries at another.
    tags = [e.record_id for e in named]
    assert tags[0] == tags[1] != tags[2] and tags[0]


def _another_workstation_can_write(target: DatabaseTarget) -> bool:
    """Whether a second connection could start writing right now, without waiting at all."""
    if target.kind == "sqlite":
        other = sqlite3.connect(target.location, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute(
                "UPDATE user SET failed_signins = failed_signins WHERE username = 'morgan'"
            )
            return True
        except sqlite3.OperationalError:
            return False
        finally:
            other.rollback()
            other.close()
    import psycopg2

    other = psycopg2.connect(target.location)
    try:
        cursor = other.cursor()
        cursor.execute("SET lock_timeout = '1ms'")
        cursor.execute(
            """UPDATE "user" SET failed_signins = failed_signins WHERE username = 'morgan'"""
        )
        cursor.execute("SELECT pg_try_advisory_xact_lock(7243311)")  # the audit append lock
        return bool(cursor.fetchone()[0])
    except psycopg2.errors.LockNotAvailable:
        return False
    finally:
        other.rollback()
        other.close()


def test_other_workstations_can_save_while_a_password_is_checked(signin_office, monkeypatch):
    seen: list[bool] = []

    class WatchingHasher(CountingHasher):
        def verify(self, hash: str | bytes, password: str | bytes) -> Any:
            seen.append(_another_workstation_can_write(signin_office.target))
            return super().verify(hash, password)

    monkeypatch.setattr(users, "HASHER", WatchingHasher(users.HASHER))
    with pytest.raises(SignInError):
        authenticate("morgan", "wrong-horse")
    authenticate("morgan", "correct-horse")
    assert seen == [True, True]
