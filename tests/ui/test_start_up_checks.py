"""After sign-in a manager is warned when the database holds what Beacon did not make."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop_app.services.session import Session
from models.database import db
from ui.app import warn_about_schema


def test_a_manager_is_warned_about_a_smuggled_trigger_and_a_missing_guard(
    qtbot, signed_in, monkeypatch
):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    assert warn_about_schema(signed_in, None) is None
    assert shown == []
    db.execute_sql("DROP TRIGGER audit_entry_no_delete")
    db.execute_sql(
        "CREATE TRIGGER promote AFTER INSERT ON report BEGIN UPDATE user SET role='manager'; END"
    )
    warn_about_schema(signed_in, None)
    assert len(shown) == 1
    assert "unknown trigger promote" in shown[0]
    assert "missing guard audit_entry_no_delete" in shown[0]
    officer = Session(None, "akhan", "Asha Khan", "officer", "pc")
    assert warn_about_schema(officer, None) is None
    assert len(shown) == 1  # an officer is not shown what only a manager can act on
