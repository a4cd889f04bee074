"""Deny by default: only what a role lists is allowed, and refusals are audited."""

from __future__ import annotations

import pytest

from desktop_app.services.errors import PermissionDenied
from desktop_app.services.permissions import ROLE_PERMISSIONS, allowed
from desktop_app.services.picklists import PicklistService
from desktop_app.services.session import Session
from desktop_app.services.users import UserService
from models.audit import AuditEntry
from models.org import Zone


def test_unknown_roles_and_permissions_are_refused():
    assert not allowed("janitor", "picklist.read")
    assert not allowed("manager", "picklist.explode")
    assert not allowed("", "report.create")


def test_every_role_may_read_pick_lists_but_only_managers_change_them():
    for role in ROLE_PERMISSIONS:
        assert allowed(role, "picklist.read")
    assert [r for r in ROLE_PERMISSIONS if allowed(r, "picklist.manage")] == ["manager"]


def test_admins_do_not_read_report_content():
    assert not allowed("admin", "report.read")
    assert allowed("admin", "backup.run")


def test_a_refused_action_changes_nothing_and_is_audited(manager):
    desk = UserService(manager).create_user("priya", "Priya Patel", "front_desk", "desk-password")
    session = Session(desk.id, desk.username, desk.display_name, desk.role, "desk-pc")
    with pytest.raises(PermissionDenied, match="front desk"):
        PicklistService(session).add_zone("North")
    assert Zone.select().count() == 0
    refusal = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert (refusal.action, refusal.username, refusal.record_id) == (
        "permission_refused",
        "priya",
        "picklist.manage",
    )


def test_the_command_line_session_is_recorded_as_the_os_user(cli_session):
    PicklistService(cli_session).add_zone("North")
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert entry.username.startswith("cli:")
