"""User accounts: creation, roles, sign-in with argon2id hashes and lockout after failed tries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desktop_app.services import audit
from desktop_app.services.errors import NotFound, PermissionDenied, SignInError, ValidationError
from desktop_app.services.permissions import ROLE_PERMISSIONS, require
from desktop_app.services.session import SYSTEM_ROLE, Session, workstation_name
from desktop_app.services.settings import LockoutPolicy, SettingsService
from desktop_app.services.unknown_names import minutes_left, name_tag, record_unknown_try
from desktop_app.services.validation import choice, clean_line
from models.base import utcnow
from models.database import db, locked
from models.org import User

# OWASP's minimum for argon2id: 19 MiB, 2 iterations, 1 lane.
HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
# Checked against when an account is locked, so a locked account answers no faster than an open
# one (or than a name that is no account). Same parameters as HASHER; no password matches it.
DUMMY_HASH = (
    "$argon2id$v=19$m=19456,t=2,p=1$U4LT44nayWm/UKokuQLRqA"
    "$kCqVi8hQSEM395IRYDVTGmKLTpa9swfx7d0/GJuR31Y"
)
WRONG_SIGNIN = "Wrong username or password"
MIN_PASSWORD_LENGTH = 8
USER_ROLES = tuple(ROLE_PERMISSIONS)
# Whose accounts each account-keeping role may create, change and reset.
MAY_MANAGE: dict[str, frozenset[str]] = {
    "manager": frozenset({"front_desk", "officer", "manager"}),
    "admin": frozenset({"front_desk", "officer", "admin"}),
    SYSTEM_ROLE: frozenset(USER_ROLES),
}


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    locked: bool


def _row(user: User) -> UserRow:
    locked = user.locked_until is not None and user.locked_until > utcnow()
    return UserRow(user.id, user.username, user.display_name, user.role, user.active, locked)


def _audit_view(row: UserRow) -> dict[str, object]:
    return {
        "username": row.username,
        "display_name": row.display_name,
        "role": row.role,
        "active": row.active,
    }


def _check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            "password", f"Password must be at least {MIN_PASSWORD_LENGTH} characters"
        )
    if len(password) > 1024:
        raise ValidationError("password", "Password is too long (at most 1,024 characters)")
    return password


def _check_username(username: str) -> str:
    clean = clean_line("username", username, max_length=64, label="Username").lower()
    if not all(ch.isalnum() or ch in "._-" for ch in clean):
        raise ValidationError(
            "username", "Username may use letters, digits, dot, dash and underscore"
        )
    return clean


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def session_for(user: User) -> Session:
    return Session(user.id, user.username, user.display_name, user.role, workstation_name())


def has_users() -> bool:
    """True once any account exists (the first-run flow runs until then)."""
    return bool(User.select().exists())


class UserService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _may_manage(self, role: str) -> None:
        """Neither account-keeping role can make the other: an admin cannot create, promote to or
        reset a manager (who reads every record), and a manager cannot do so for an admin (who
        holds the backups). A refusal is audited like any other."""
        if role not in MAY_MANAGE.get(self.session.role, frozenset()):
            audit.record_refusal(self.session, f"user.manage:{role}")
            raise PermissionDenied(f"manage {role.replace('_', ' ')} accounts", self.session.role)

    def _target_role(self, user_id: int) -> str:
        row = User.select(User.role).where(User.id == user_id).tuples().first()
        if row is None:
            raise NotFound(f"no user with id {user_id}")
        return str(row[0])

    def list_users(self, include_inactive: bool = True) -> list[UserRow]:
        require(self.session, "user.read")
        query = User.select().order_by(User.display_name)
        if not include_inactive:
            query = query.where(User.active == True)  # noqa: E712
        return [_row(u) for u in query]

    def officers(self) -> list[UserRow]:
        """Active users who patrol, for assignment pick-lists."""
        require(self.session, "user.read")
        query = (
            User.select()
            .where((User.active == True) & User.role.in_(("officer", "manager")))  # noqa: E712
            .order_by(User.display_name)
        )
        return [_row(u) for u in query]

    def create_user(self, username: str, display_name: str, role: str, password: str) -> UserRow:
        require(self.session, "user.manage")
        if role in ROLE_PERMISSIONS:
            self._may_manage(role)
        return _create(self.session, username, display_name, role, password)

    def set_active(self, user_id: int, active: bool) -> UserRow:
        require(self.session, "user.manage")
        self._may_manage(self._target_role(user_id))
        with db.atomic():
            user = User.get_or_none(User.id == user_id)
            if user is None:
                raise NotFound(f"no user with id {user_id}")
            if not active and user.id == self.session.user_id:
                raise ValidationError("active", "You cannot deactivate your own account")
            before = _audit_view(_row(user))
            user.active = active
            user.save()
            after = _row(user)
            audit.record(self.session, "update", "user", user.id, before, _audit_view(after))
        return after

    def set_role(self, user_id: int, role: str) -> UserRow:
        require(self.session, "user.manage")
        choice("role", role, USER_ROLES, "Role")
        self._may_manage(self._target_role(user_id))
        self._may_manage(role)
        if user_id == self.session.user_id:
            raise ValidationError("role", "You cannot change your own role; ask another manager")
        with db.atomic():
            user = User.get_or_none(User.id == user_id)
            if user is None:
                raise NotFound(f"no user with id {user_id}")
            before = _audit_view(_row(user))
            user.role = role
            user.save()
            after = _row(user)
            audit.record(self.session, "update", "user", user.id, before, _audit_view(after))
        return after

    def set_password(self, user_id: int, password: str) -> None:
        require(self.session, "user.manage")
        self._may_manage(self._target_role(user_id))
        _check_password(password)
        with db.atomic():
            user = User.get_or_none(User.id == user_id)
            if user is None:
                raise NotFound(f"no user with id {user_id}")
            user.password_hash = hash_password(password)
            user.failed_signins = 0
            user.locked_until = None
            user.save()
            audit.record(self.session, "password_reset", "user", user.id, None, None)


def _create(
    actor: Session | None, username: str, display_name: str, role: str, password: str
) -> UserRow:
    name = _check_username(username)
    shown = clean_line("display_name", display_name, max_length=120, label="Display name")
    choice("role", role, USER_ROLES, "Role")
    _check_password(password)
    digest = hash_password(password)  # slow on purpose: done before the write lock is taken
    with db.atomic():
        if User.select().where(User.username == name).exists():
            raise ValidationError("username", f"the username '{name}' is taken")
        user = User.create(username=name, display_name=shown, role=role, password_hash=digest)
        row = _row(user)
        audit.record(actor or session_for(user), "create", "user", user.id, None, _audit_view(row))
    return row


def check_new_account(username: str, display_name: str, password: str) -> None:
    """Refuse what creating this account would refuse, before anything is written (`beacon init`
    checks every argument before it makes a database file)."""
    _check_username(username)
    clean_line("display_name", display_name, max_length=120, label="Display name")
    _check_password(password)


def create_first_manager(username: str, display_name: str, password: str) -> Session:
    """The first-run flow: only while there are no accounts, create a manager and sign in."""
    if has_users():
        raise ValidationError("username", "Beacon already has accounts; sign in instead")
    row = _create(None, username, display_name, "manager", password)
    return session_for(User.get_by_id(row.id))


@dataclass(frozen=True)
class _Reservation:
    """An account's sign-in try, counted before its password is checked."""

    user_id: int
    username: str
    password_hash: str
    active: bool
    locked_minutes: int  # more than 0: the account was already locked; the minutes left
    last_try: bool  # this try used up the allowance and locked the account


def _account_name(typed: str) -> str | None:
    """The typed name as an account would spell it, or None when no account could have it (too
    long, blank, characters no username has): such a name is never looked up, so no database
    refuses it either (a 300-character name or a NUL would make PostgreSQL raise)."""
    try:
        return _check_username(typed or "")
    except ValidationError:
        return None


def _probe(username: str) -> Session:
    """Who a failed try is audited as: not signed in, on this workstation."""
    return Session(None, username, username, "anonymous", workstation_name())


def _reserve(name: str, policy: LockoutPolicy) -> _Reservation | None:
    """Count this try against the account before its password is checked, in one short
    transaction that holds the row (FOR UPDATE on PostgreSQL; SQLite's transactions are begun
    IMMEDIATE, so writers take turns). Workstations guessing at once each take their turn in the
    count, so only the office's number of tries ever reach argon2; and the lock is let go before
    argon2 runs, so other workstations' saves do not wait for it. None: no such account."""
    with db.atomic():
        user = locked(User.select().where(User.username == name)).first()
        if user is None:
            return None
        now = utcnow()
        if user.locked_until is not None and user.locked_until > now:
            audit.record(_probe(name), "signin_failed", "user", user.id, None, {"reason": "locked"})
            left = minutes_left(user.locked_until, now)
            return _Reservation(user.id, name, user.password_hash, user.active, left, False)
        tries = user.failed_signins + 1
        last = tries >= policy.attempts
        User.update(
            {
                User.failed_signins: 0 if last else tries,
                User.locked_until: now + timedelta(minutes=policy.minutes) if last else None,
            }
        ).where(User.id == user.id).execute()
        return _Reservation(user.id, name, user.password_hash, user.active, 0, last)


def _password_matches(password_hash: str, password: str) -> bool:
    try:
        return bool(HASHER.verify(password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def _locked_error(minutes: int) -> SignInError:
    return SignInError(
        "This account is locked after too many wrong passwords; "
        f"try again in {minutes} minute{'s' if minutes != 1 else ''}"
    )


def _locks_now_error(policy: LockoutPolicy) -> SignInError:
    return SignInError(
        f"Too many wrong passwords: the account is locked for {policy.minutes} minutes"
    )


def _refuse_unknown(typed: str, policy: LockoutPolicy) -> SignInError:
    """A name that is no account gets the answers an account would, at the same argon2 cost."""
    outcome = record_unknown_try(name_tag(HASHER, typed), policy)
    if outcome.locked_minutes:
        return _locked_error(outcome.locked_minutes)
    return _locks_now_error(policy) if outcome.locks_now else SignInError(WRONG_SIGNIN)


def _signed_in(reserved: _Reservation, password: str) -> Session:
    """The right password: the count starts again, a weaker hash is upgraded, and it is audited."""
    new_hash = HASHER.hash(password) if HASHER.check_needs_rehash(reserved.password_hash) else None
    with db.atomic():
        changes: dict[Any, Any] = {
            User.failed_signins: 0,
            User.locked_until: None,
            User.last_signin_at: utcnow(),
        }
        if new_hash:
            changes[User.password_hash] = new_hash
        User.update(changes).where(User.id == reserved.user_id).execute()
        session = session_for(User.get_by_id(reserved.user_id))
        audit.record(
            session,
            "signin",
            "user",
            reserved.user_id,
            None,
            {"rehashed": True} if new_hash else None,
        )
    return session


def authenticate(username: str, password: str) -> Session:
    """Sign in; counts failures and locks the account after too many (both office settings).

    Every try runs argon2 once, whether the name is an account or not and whether it is locked,
    and a name that is no account answers as an account would (see unknown_names), so neither the
    time taken nor the answer tells whether an account exists. Every refusal is audited; the typed
    name only when it is an account's.
    """
    policy = SettingsService.read_lockout_policy()
    name = _account_name(username)
    reserved = _reserve(name, policy) if name is not None else None
    if reserved is None:
        raise _refuse_unknown(username, policy)
    if reserved.locked_minutes:
        _password_matches(DUMMY_HASH, password)  # the same work as checking: time tells nothing
        raise _locked_error(reserved.locked_minutes)
    if _password_matches(reserved.password_hash, password) and reserved.active:
        return _signed_in(reserved, password)
    reason = "wrong password" if reserved.active else "inactive"
    with db.atomic():
        audit.record(
            _probe(reserved.username),
            "signin_failed",
            "user",
            reserved.user_id,
            None,
            {"reason": f"{reason}; account locked" if reserved.last_try else reason},
        )
    raise _locks_now_error(policy) if reserved.last_try else SignInError(WRONG_SIGNIN)


def get_user(user_id: int) -> UserRow:
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise NotFound(f"no user with id {user_id}")
    return _row(user)
