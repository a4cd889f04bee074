"""Accounts: argon2id hashes, sign-in, lockout after repeated wrong passwords."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher

from desktop_app.services.errors import SignInError, ValidationError
from desktop_app.services.settings import SettingsService
from desktop_app.services.users import UserService, authenticate, create_first_manager, has_users
from models.audit import AuditEntry
from models.base import utcnow
from models.org import User


def test_first_manager_only_while_there_are_no_accounts(database):
    assert not has_users()
    session = create_first_manager("Morgan", "Morgan Ellis", "correct-horse")
    assert (session.username, session.role) == ("morgan", "manager")
    with pytest.raises(ValidationError, match="already has accounts"):
        create_first_manager("other", "Other", "correct-horse")


def test_passwords_are_stored_as_argon2id_with_at_least_owasp_parameters(manager):
    stored = User.get(User.username == "morgan").password_hash
    assert stored.startswith("$argon2id$")
    params = dict(p.split("=") for p in stored.split("$")[3].split(","))
    assert int(params["m"]) >= 19 * 1024 and int(params["t"]) >= 2
    assert "correct-horse" not in stored


def test_sign_in_checks_the_password_and_is_audited(manager):
    session = authenticate("MORGAN ", "correct-horse")
    assert session.display_name == "Morgan Ellis"
    with pytest.raises(SignInError, match="Wrong username or password"):
        authenticate("morgan", "wrong-horse")
    with pytest.raises(SignInError, match="Wrong username or password"):
        authenticate("nobody", "whatever1")
    actions = [e.action for e in AuditEntry.select().order_by(AuditEntry.id)]
    assert actions[-3:] == ["signin", "signin_failed", "signin_failed"]


def test_five_wrong_passwords_lock_the_account_for_ten_minutes(manager):
    for _ in range(4):
        with pytest.raises(SignInError, match="Wrong username"):
            authenticate("morgan", "nope-nope")
    with pytest.raises(SignInError, match="locked for 10 minutes"):
        authenticate("morgan", "nope-nope")
    with pytest.raises(SignInError, match="locked"):
        authenticate("morgan", "correct-horse")  # even the right password waits
    user = User.get(User.username == "morgan")
    assert user.locked_until > utcnow() + timedelta(minutes=9)
    User.update(locked_until=utcnow() - timedelta(seconds=1)).execute()
    assert authenticate("morgan", "correct-horse").username == "morgan"


def test_a_successful_sign_in_resets_the_count(manager):
    for _ in range(4):
        with pytest.raises(SignInError):
            authenticate("morgan", "nope-nope")
    authenticate("morgan", "correct-horse")
    assert User.get(User.username == "morgan").failed_signins == 0
    for _ in range(4):  # four more wrong ones do not lock: the count started again
        with pytest.raises(SignInError, match="Wrong username"):
            authenticate("morgan", "nope-nope")


def test_lockout_follows_the_office_settings(manager):
    SettingsService(manager).update(lockout_attempts=2, lockout_minutes=30)
    with pytest.raises(SignInError, match="Wrong username"):
        authenticate("morgan", "nope-nope")
    with pytest.raises(SignInError, match="locked for 30 minutes"):
        authenticate("morgan", "nope-nope")


def test_a_weaker_hash_is_upgraded_at_sign_in(manager):
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash("correct-horse")
    User.update(password_hash=weak).where(User.username == "morgan").execute()
    authenticate("morgan", "correct-horse")
    upgraded = User.get(User.username == "morgan").password_hash
    assert upgraded != weak and "m=19456,t=2" in upgraded


def test_bad_accounts_are_refused_at_the_field(manager):
    users = UserService(manager)
    with pytest.raises(ValidationError) as short:
        users.create_user("sam", "Sam", "officer", "short")
    assert short.value.field == "password"
    with pytest.raises(ValidationError) as taken:
        users.create_user("MORGAN", "Another Morgan", "officer", "long-enough")
    assert taken.value.field == "username"
    with pytest.raises(ValidationError, match="Role must be one of"):
        users.create_user("sam", "Sam", "sheriff", "long-enough")


def test_an_inactive_account_cannot_sign_in(manager):
    users = UserService(manager)
    officer = users.create_user("akhan", "Asha Khan", "officer", "patrol-pass")
    users.set_active(officer.id, False)
    with pytest.raises(SignInError):
        authenticate("akhan", "patrol-pass")
