"""kill -9 in the middle of anonymising (the trail rewritten, its guards still lifted): the
database is as it was before, the contact still named, the guards in place and `beacon check`
passes; anonymising again then completes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from peewee import DatabaseError

from desktop_app.services import audit
from desktop_app.services.check import run_check
from desktop_app.services.contacts import ContactService
from desktop_app.services.interactions import InteractionInput, InteractionService
from desktop_app.services.privacy.anonymise import anonymise
from models.audit import AuditEntry
from models.connection import close, connect
from models.contacts import Contact
from models.database import DatabaseTarget, db

ROOT = Path(__file__).resolve().parents[2]
NAME = "Quilliam Farthingdale"

KILLED = """
import os, signal, sys
from desktop_app.services.privacy import anonymise
from desktop_app.services.session import Session
from models import audit_reseal
from models.connection import connect
from models.database import DatabaseTarget
from models.org import User

def killed(database):  # the rewritten entries written, the guards not yet back
    os.kill(os.getpid(), signal.SIGKILL)

audit_reseal.install_audit_guards = killed
connect(DatabaseTarget("sqlite", sys.argv[1]))
user = User.get(User.username == "morgan")
session = Session(user.id, user.username, user.display_name, user.role, "killed-pc")
anonymise.anonymise(session, int(sys.argv[2]))
"""


def test_anonymising_killed_mid_rewrite_leaves_the_office_as_before(office, db_path, tmp_path):
    person = ContactService(office.desk).create(NAME, "07700 900813")
    logged = InteractionService(office.officer).log(InteractionInput((person.id,), "phone", "x"))
    # as an older writer did: the purpose (the name) in the entry
    audit.record(office.officer, "create", "interaction", logged, None, {"purpose": NAME})
    entries = AuditEntry.select().count()
    close()
    script = tmp_path / "killed.py"
    script.write_text(KILLED, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, str(script), str(db_path), str(person.id)], env=env, timeout=120
    )
    assert done.returncode == -signal.SIGKILL

    connect(DatabaseTarget("sqlite", str(db_path)))
    assert Contact.get_by_id(person.id).name == NAME
    assert AuditEntry.select().count() == entries
    assert run_check().ok
    with pytest.raises(DatabaseError):  # the guards are in place: the trail refuses a change
        db.execute_sql("UPDATE audit_entry SET action = 'x' WHERE id = 1")
    anonymise(office.manager, person.id)
    assert Contact.get_by_id(person.id).name != NAME
    assert run_check().ok
