"""Anonymising reaches every place the person's details were written down: an undone import's
audit entry, an autosaved walk-in draft, an interaction's audit entry written by an older Beacon
(it copied the purpose), concerns raised at events and a problem's action log (rows and audit).
After it none of their values is in the file or its WAL, and `beacon check` still passes."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop_app.services import audit
from desktop_app.services.audit_log import AuditFilter, AuditService
from desktop_app.services.check import run_check
from desktop_app.services.contacts import ContactService
from desktop_app.services.drafts import DraftService
from desktop_app.services.event_outcomes import OutcomeService
from desktop_app.services.importer import ImportFailed, ImportProblem, import_contacts
from desktop_app.services.interactions import InteractionInput, InteractionService
from desktop_app.services.privacy.anonymise import anonymise
from desktop_app.services.problems import ProblemCommands, ProblemInput
from models.audit import AuditEntry
from models.contacts import Contact
from models.event_records import EventConcern
from models.events import Event
from models.problems import ProblemAction
from tests.services.test_import_batches import write_csv

NAME = "Quilliam Farthingdale"
PHONE = "07700 900813"
EMAIL = "quilliam.q@zentharo.example"
ADDRESS = "17 Wyvernhallow Close"
GONE = ["Quilliam", "quilliam", "QUILLIAM", "900813", "zentharo", "Wyvernhallow"]
# The same phone as others write it down.
OTHER_PHONE = "+44 7700 900813"


def _left_in_file(path: Path) -> list[str]:
    wal = Path(f"{path}-wal")
    raw = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    return [value for value in GONE if value.encode() in raw]


def _anonymised_and_checked(office, contact_id: int, db_path: Path) -> None:
    anonymise(office.manager, contact_id)
    assert _left_in_file(db_path) == []
    assert audit.verify_chain().ok
    assert run_check().ok


def test_an_undone_import_that_kept_the_person_names_them_nowhere_after(office, tmp_path, db_path):
    """An import cut short keeps the contact rows that something saved meanwhile points at, and
    its audit entry names them: anonymising the kept person erases their name there too."""

    def saved_meanwhile_then_failed(written: int) -> None:
        if written == 1:
            person = Contact.get(Contact.name == NAME).id
            con = sqlite3.connect(db_path, isolation_level=None)  # an older Beacon, unguarded
            con.execute(
                "INSERT INTO report (number, source, received_at, occurred_at, anonymous, "
                "severity, account, action_taken, police_notified, police_reference, status, "
                "void_reason, updated_at, reporter_id) VALUES ('WR-2026-70000', 'walk_in', "
                "'2026-10-01 10:00:00', '2026-10-01 10:00:00', 0, 'low', 'x', '', 0, '', "
                "'new', '', '2026-10-01 10:00:00', ?)",
                (person,),
            )
            con.close()
        if written == 2:
            raise ImportFailed([ImportProblem(3, "name", "stopped")])

    path = write_csv(
        tmp_path / "c.csv",
        ["name", "phone", "email"],
        [[NAME, PHONE, EMAIL], ["Ada Other", "", ""], ["Bo Other", "", ""]],
    )
    with pytest.raises(Exception, match="could not be fully undone"):
        import_contacts(office.manager, path, batch_size=1, on_batch=saved_meanwhile_then_failed)
    person = Contact.get(Contact.name == NAME)
    undone = AuditEntry.get(AuditEntry.action == "import_undone")
    assert "contact" in json.loads(undone.after)["kept"]

    _anonymised_and_checked(office, person.id, db_path)


def test_a_walk_in_draft_naming_the_person_is_scrubbed(office, db_path):
    """The desk's autosaved walk-in form holds the reporter's name, phone (written another way)
    and email: anonymising leaves the draft without them; the rest of it stays the user's."""
    person = ContactService(office.desk).create(NAME, PHONE, EMAIL, ADDRESS)
    drafts = DraftService(office.desk)
    drafts.save(
        "walk_in",
        {
            "reporter_name": NAME.upper(),
            "reporter_phone": OTHER_PHONE,
            "reporter_email": EMAIL,
            "account": f"{NAME} of {ADDRESS} saw a van by the garages.",
        },
    )

    _anonymised_and_checked(office, person.id, db_path)
    kept = drafts.load("walk_in")
    assert kept is not None and "saw a van by the garages" in kept.data["account"]


def test_an_older_interaction_entry_holding_the_purpose_is_erased(office, db_path):
    """Before the fix an interaction's audit entry copied its purpose: the person's name there
    (and their phone) is erased on anonymising, and the chain, written again, still verifies."""
    person = ContactService(office.desk).create(NAME, PHONE, EMAIL, ADDRESS)
    interaction = InteractionService(office.officer).log(
        InteractionInput((person.id,), "phone", f"Call back {NAME}", "Rang back.")
    )
    audit.record(  # as the older writer did
        office.officer,
        "create",
        "interaction",
        interaction,
        None,
        {"channel": "phone", "purpose": f"Call back {NAME} on {OTHER_PHONE}", "contacts": [1]},
    )
    ContactService(office.desk).create("Someone Else", "07700 900999")  # entries after it

    _anonymised_and_checked(office, person.id, db_path)
    rows = AuditService(office.manager).entries(AuditFilter(record_type="interaction"))
    assert any("Anonymised contact" in r.changes for r in rows)


def test_concerns_and_problem_actions_naming_the_person_are_erased(office, db_path):
    """A concern the person raised at an event and a problem action with them as the partner
    are notes about them, like interactions: their details go, in the rows and the trail."""
    person = ContactService(office.desk).create(NAME, PHONE, EMAIL, ADDRESS)
    event = Event.create(
        kind="community_event",
        title="Fair",
        starts_at=datetime(2026, 3, 2, 10),
        ends_at=datetime(2026, 3, 2, 12),
    )
    OutcomeService(office.officer).add_concern(
        event.id, f"{NAME} ({OTHER_PHONE}, {EMAIL}) says the footpath is dark", person.id
    )
    problems = ProblemCommands(office.manager)
    problem = problems.create(ProblemInput("Graffiti on the underpass"))
    problems.log_action(problem, date(2026, 3, 3), f"Met {NAME} at {ADDRESS}", person.id)

    _anonymised_and_checked(office, person.id, db_path)
    assert "footpath is dark" in EventConcern.get().text
    assert ProblemAction.get().action.startswith("Met Anonymised contact")
