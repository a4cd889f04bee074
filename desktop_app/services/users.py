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
from desktop_app.services.settings import SettingsService
from desktop_app.services.validation import choice, clean_line
from models.base import utcnow
from models.database import db
from models.org import User

# OWASP's minimum for argon2id: 19 MiB, 2 iterations, 1 lane.
HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
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


def create_first_manager(username: str, display_name: str, password: str) -> Session:
    """The first-run flow: only while there are no accounts, create a manager and sign in."""
    if has_users():
        raise ValidationError("username", "Beacon already has accounts; sign in instead")
    row = _create(None, username, display_name, "manager", password)
    return session_for(User.get_by_id(row.id))


def authenticate(username: str, password: str) -> Session:
    """Sign in; counts failures and locks the account after too many (both office settings).

    The password is checked before the write transaction (argon2 is slow on purpose), and the
    outcome is committed before any error is raised, so failed tries are counted and audited.
    """
    name = (username or "").strip().lower()
    policy = SettingsService.read_lockout_policy()
    probe = Session(None, name or "(blank)", name, "anonymous", workstation_name())
    user = User.get_or_none(User.username == name)
    now = utcnow()
    if user is None or not user.active:
        with db.atomic():
            reason = "unknown user" if user is None else "inactive"
            audit.record(
                probe, "signin_failed", "user", user.id if user else "", None, {"reason": reason}
            )
        raise SignInError("Wrong username or password")
    if user.locked_until is not None and user.locked_until > now:
        minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
        with db.atomic():
            audit.record(probe, "signin_failed", "user", user.id, None, {"reason": "locked"})
        raise SignInError(
            "This account is locked after too many wrong passwords; "
            f"try again in {minutes} minute{'s' if minutes != 1 else ''}"
        )
    try:
        HASHER.verify(user.password_hash, password)
        verified = True
    except (VerificationError, InvalidHashError):
        verified = False
    if not verified:
        with db.atomic():
            fresh = User.get_by_id(user.id)  # the count as it stands now, not as first read
            fresh.failed_signins += 1
            locked = fresh.failed_signins >= policy.attempts
            if locked:
                fresh.locked_until = now + timedelta(minutes=policy.minutes)
                fresh.failed_signins = 0
            fresh.save()
            reason = "wrong password; account locked" if locked else "wrong password"
            audit.record(probe, "signin_failed", "user", user.id, None, {"reason": reason})
        if locked:
            raise SignInError(
                f"Too many wrong passwords: the account is locked for {policy.minutes} minutes"
            )
        raise SignInError("Wrong username or password")
    new_hash = HASHER.hash(password) if HASHER.check_needs_rehash(user.password_hash) else None
    with db.atomic():
        changes: dict[Any, Any] = {
            User.failed_signins: 0,
            User.locked_until: None,
            User.last_signin_at: now,
        }
        if new_hash:
            changes[User.password_hash] = new_hash
        User.update(changes).where(User.id == user.id).execute()
        session = session_for(user)
        audit.record(
            session, "signin", "user", user.id, None, {"rehashed": True} if new_hash else None
        )
    return session


def get_user(user_id: int) -> UserRow:
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise NotFound(f"no user with id {user_id}")
    return _row(user)
