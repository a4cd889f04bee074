"""Schema v9 (the contact card): an older office's people are linked to their organisations."""

from __future__ import annotations

import sqlite3

from models.connection import close, connect
from models.contacts import ContactMembership
from models.database import DatabaseTarget, db
from models.schema_check import schema_drift


def test_a_version_8_office_links_people_to_the_organisations_their_text_names(tmp_path):
    path = tmp_path / "office.db"
    connect(DatabaseTarget("sqlite", str(path)))
    close()
    con = sqlite3.connect(str(path))  # as version 8 left it: no memberships yet
    con.execute('DROP TABLE "contact_membership"')
    con.execute('DROP INDEX "interaction_officer_id_follow_up_on"')
    con.execute('ALTER TABLE "contact" DROP COLUMN "consent_withdrawn_at"')
    con.execute('ALTER TABLE "interaction" DROP COLUMN "follow_up_done_at"')
    con.executemany(
        "INSERT INTO contact (id, kind, name, name_key, organisation, phone, phone_digits, email,"
        " address, preferred_channel, consent, consent_method, notes, created_at, updated_at)"
        " VALUES (?, ?, ?, '', ?, '', '', '', '', '', 0, '', '', '2026-01-01', '2026-01-01')",
        [
            (1, "school", "Oakfield Primary School", "Oakfield Primary School"),
            (2, "resident", "Ann Lee", "oakfield primary  school"),  # as typed at the desk
            (3, "resident", "Bo Chan", "A shop we do not know"),
        ],
    )
    con.execute("UPDATE schema_version SET version = 8")
    con.commit()
    con.close()
    connect(DatabaseTarget("sqlite", str(path)))
    try:
        links = [(m.person_id, m.organisation_id) for m in ContactMembership.select()]
        assert links == [(2, 1)]
        assert schema_drift(db.obj) == []
    finally:
        close()


def test_version_9_migrates_a_postgresql_office_too(pg_url):
    from desktop_app.services.contact_card import ContactCardService
    from desktop_app.services.contacts import ContactService
    from desktop_app.services.session import Session
    from models.database import resolve_target

    connect(resolve_target(pg_url, {}))
    session = Session.cli()
    school = ContactService(session).create("Oakfield Primary School", kind="school")
    person = ContactService(session).create("Ann Lee", organisation="Oakfield Primary School")
    for sql in (
        'DROP TABLE "contact_membership"',
        'DROP INDEX "interaction_officer_id_follow_up_on"',
        'ALTER TABLE "contact" DROP COLUMN "consent_withdrawn_at"',
        'ALTER TABLE "interaction" DROP COLUMN "follow_up_done_at"',
        "UPDATE schema_version SET version = 8",
    ):
        db.execute_sql(sql)
    close()
    connect(resolve_target(pg_url, {}))
    try:
        card = ContactCardService(session)
        assert [o.id for o in card.card(person.id).organisations] == [school.id]
        card.give_consent(person.id, "Signed form")
        assert card.withdraw_consent(person.id).consent_withdrawn_at is not None
    finally:
        close()
