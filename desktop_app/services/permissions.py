"""Who may do what: each action names a permission, one function decides, deny by default."""

from __future__ import annotations

from desktop_app.services import audit
from desktop_app.services.errors import PermissionDenied
from desktop_app.services.session import SYSTEM_ROLE, Session
from desktop_app.vocabulary import USER_ROLE_LABELS

# Permissions are "<record>.<verb>". A permission not listed for a role is refused.
FRONT_DESK = frozenset(
    {
        "picklist.read",
        "contact.read",
        "contact.create",
        "contact.consent",
        "interaction.create",
        "report.create",
        "report.read_own",
        "event.read",
        "event.register",
        "user.read",
        "settings.read",
        "draft.own",
    }
)
OFFICER = FRONT_DESK | frozenset(
    {
        "contact.update",
        "contact.history",
        "report.read",
        "report.update_assigned",
        "patrol.read",
        "patrol.write",
        "event.run",
        "problem.read",
        "problem.act",
    }
)
MANAGER = OFFICER | frozenset(
    {
        "report.update",
        "report.approve",
        "report.void",
        "event.plan",
        "problem.manage",
        "report.print",
        "picklist.manage",
        "user.manage",
        "audit.read",
        "data.export",
        "data.import",
        "contact.merge",
        # subject access, anonymising and the retention review (desktop_app.services.privacy)
        "contact.privacy",
        "contact.oversee",
    }
)
ADMIN = frozenset(
    {
        "picklist.read",
        "user.read",
        "user.manage",
        "settings.read",
        "settings.manage",
        "backup.run",
        "audit.read",
    }
)

ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    "front_desk": FRONT_DESK,
    "officer": OFFICER,
    "manager": MANAGER | frozenset({"settings.manage"}),
    "admin": ADMIN,
}

ALL_PERMISSIONS: frozenset[str] = frozenset().union(*ROLE_PERMISSIONS.values())

ROLE_LABELS = USER_ROLE_LABELS  # the one table lives in desktop_app.vocabulary


def allowed(role: str, permission: str) -> bool:
    """True only when the role is known and lists the permission."""
    if role == SYSTEM_ROLE:
        return permission in ALL_PERMISSIONS
    return permission in ROLE_PERMISSIONS.get(role, frozenset())


def require(session: Session, permission: str) -> None:
    """Raise PermissionDenied (and audit the refusal) unless the session's role allows it.

    Call it before opening a write transaction: a refusal raised inside one is rolled back
    together with its audit entry."""
    if allowed(session.role, permission):
        return
    audit.record_refusal(session, permission)
    raise PermissionDenied(permission, session.role)
