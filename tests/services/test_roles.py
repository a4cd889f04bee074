"""Every service action for every role: allowed ones work, the rest are refused and audited."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.services.audit_log import AuditFilter, AuditService
from desktop_app.services.backups import BackupService
from desktop_app.services.clock import now_local
from desktop_app.services.contact_card import ContactCardService
from desktop_app.services.contacts import ContactService
from desktop_app.services.drafts import DraftService
from desktop_app.services.errors import PermissionDenied
from desktop_app.services.events import EventService
from desktop_app.services.exporter import export
from desktop_app.services.importer import import_reports
from desktop_app.services.interactions import InteractionService
from desktop_app.services.monthly import MonthlyReportService
from desktop_app.services.patrol import EntryFilter, PatrolService
from desktop_app.services.permissions import ALL_PERMISSIONS, allowed
from desktop_app.services.picklists import PicklistService
from desktop_app.services.reports import ReportFilter, ReportInput, ReportService
from desktop_app.services.session import Session
from desktop_app.services.settings import SettingsService
from desktop_app.services.users import UserService
from models.audit import AuditEntry

ROLES = ("front_desk", "officer", "manager", "admin")

# The role table of the issue, as permissions. Anything not listed is refused.
EXPECTED = {
    "front_desk": {
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
    },
    "officer": {
        "picklist.read",
        "contact.read",
        "contact.create",
        "interaction.create",
        "report.create",
        "report.read_own",
        "event.read",
        "event.register",
        "user.read",
        "settings.read",
        "draft.own",
        "contact.consent",
        "contact.update",
        "contact.history",
        "report.read",
        "report.update_assigned",
        "patrol.read",
        "patrol.write",
        "event.run",
        "problem.read",
        "problem.act",
    },
    "manager": ALL_PERMISSIONS - {"backup.run"},
    "admin": {
        "picklist.read",
        "user.read",
        "user.manage",
        "settings.read",
        "settings.manage",
        "backup.run",
        "audit.read",
    },
}


@pytest.mark.parametrize("role", ROLES)
def test_the_role_table(role):
    for permission in sorted(ALL_PERMISSIONS):
        assert allowed(role, permission) is (permission in EXPECTED[role]), (role, permission)


def _report(office) -> ReportInput:
    return ReportInput(
        occurred_at=now_local().replace(tzinfo=None) - timedelta(hours=1),
        category="Theft",
        location="Market Square",
        anonymous=True,
        account="Purse taken from a stall while paying.",
    )


def _own_shift(session: Session, office) -> int:
    patrol = PatrolService(session)
    shift = patrol.open_shift()
    return (shift or patrol.start_shift(office.zones["South"], "foot")).id


def _assigned_report(session: Session, office) -> int:
    detail = ReportService(office.manager).create(_report(office))
    if session.user_id is not None:
        ReportService(office.manager).assign(detail.row.id, session.user_id) if session.role in (
            "officer",
            "manager",
        ) else None
    return detail.row.id


# permission -> an action that needs it (and, in the service, nothing more)
ACTIONS: dict[str, Callable[[Session, object, Path], object]] = {
    "picklist.read": lambda s, o, t: PicklistService(s).zones(),
    "picklist.manage": lambda s, o, t: PicklistService(s).add_zone(f"Zone of {s.username}"),
    "contact.read": lambda s, o, t: ContactService(s).search("adeyemi"),
    "contact.create": lambda s, o, t: ContactService(s).create(f"Visitor for {s.username}"),
    "contact.update": lambda s, o, t: ContactCardService(s).add_role(o.reporter_id, s.username),
    "contact.consent": lambda s, o, t: ContactCardService(s).give_consent(o.reporter_id, "Form"),
    "contact.oversee": lambda s, o, t: InteractionService(s).partners_overdue(),
    "report.create": lambda s, o, t: ReportService(s).create(_report(o)),
    "report.read_own": lambda s, o, t: ReportService(s).list(ReportFilter()),
    "report.update_assigned": lambda s, o, t: ReportService(s).set_status(
        _assigned_report(s, o), "in_progress"
    ),
    "report.update": lambda s, o, t: ReportService(s).assign(
        ReportService(o.manager).create(_report(o)).row.id, o.officer.user_id
    ),
    "report.void": lambda s, o, t: ReportService(s).void(
        ReportService(o.manager).create(_report(o)).row.id, "Entered twice by mistake"
    ),
    "report.print": lambda s, o, t: MonthlyReportService(s).gather(date(2026, 10, 1)),
    "patrol.read": lambda s, o, t: PatrolService(s).entries(EntryFilter()),
    "patrol.write": lambda s, o, t: PatrolService(s).add_entry(
        _own_shift(s, o), "routine_check", "Market Square", "Checked the stalls: all shut."
    ),
    "event.read": lambda s, o, t: EventService(s).between(date(2026, 1, 1), date(2026, 12, 31)),
    "user.read": lambda s, o, t: UserService(s).list_users(),
    "user.manage": lambda s, o, t: UserService(s).create_user(
        f"new{s.role.replace('_', '')}", "New Person", "officer", "a-good-password"
    ),
    "settings.read": lambda s, o, t: SettingsService(s).get(),
    "settings.manage": lambda s, o, t: SettingsService(s).update(phone="0161 496 0001"),
    "draft.own": lambda s, o, t: DraftService(s).save("walk_in", {"account": "half"}),
    "audit.read": lambda s, o, t: AuditService(s).entries(AuditFilter()),
    "backup.run": lambda s, o, t: BackupService(s).backup_now(t),
    "data.import": lambda s, o, t: import_reports(s, _csv(t)),
    "data.export": lambda s, o, t: export(s, "contacts", io.StringIO()),
}


def _csv(folder: Path) -> Path:
    path = folder / "one.csv"
    path.write_text(
        "occurred_at,category,location,narrative\n"
        "2026-10-01 10:00,Theft,Market Square,Purse taken from a stall.\n",
        encoding="utf-8",
    )
    return path


def _session(office, role: str) -> Session:
    return {"front_desk": office.desk, "officer": office.officer, "manager": office.manager}.get(
        role
    ) or _admin(office)


def _admin(office) -> Session:
    row = UserService(Session.cli()).create_user("sam", "Sam Fraser", "admin", "admin-password")
    return Session(row.id, row.username, row.display_name, "admin", "pc")


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("permission", sorted(ACTIONS))
def test_every_action_for_every_role(office, tmp_path, role, permission):
    session = _session(office, role)
    action = ACTIONS[permission]
    refusals = AuditEntry.select().where(AuditEntry.action == "permission_refused").count()
    if allowed(role, permission):
        action(session, office, tmp_path)
        assert (
            AuditEntry.select().where(AuditEntry.action == "permission_refused").count() == refusals
        )
    else:
        with pytest.raises(PermissionDenied):
            action(session, office, tmp_path)
        refused = (
            AuditEntry.select()
            .where(AuditEntry.action == "permission_refused")
            .order_by(AuditEntry.id.desc())
            .first()
        )
        assert refused is not None and refused.username == session.username


def test_every_permission_a_service_checks_is_in_the_table():
    """A permission name mistyped in a service would refuse everyone: catch it here."""
    import re

    root = Path(__file__).resolve().parents[2] / "desktop_app" / "services"
    used = set()
    for path in root.glob("*.py"):
        used |= set(re.findall(r'require\(self\.session, "([a-z_.]+)"\)', path.read_text()))
        used |= set(re.findall(r'require\(session, "([a-z_.]+)"\)', path.read_text()))
    assert used and used <= ALL_PERMISSIONS, used - ALL_PERMISSIONS


def test_neither_account_keeper_can_make_the_other(office):
    admin = _admin(office)
    with pytest.raises(PermissionDenied):
        UserService(admin).create_user("boss", "New Boss", "manager", "a-good-password")
    with pytest.raises(PermissionDenied):
        UserService(admin).set_password(office.manager.user_id, "taken-over-now")
    with pytest.raises(PermissionDenied):
        UserService(office.manager).create_user("root2", "Second Admin", "admin", "a-good-password")
    with pytest.raises(PermissionDenied):
        UserService(office.manager).set_role(office.officer.user_id, "admin")
    assert UserService(admin).create_user("desk3", "New Desk", "front_desk", "a-good-password")
    refusals = AuditEntry.select().where(AuditEntry.action == "permission_refused").count()
    assert refusals == 4
