"""Invitation lists: never anyone without consent, withdrawn or merged; CSV for a mail merge."""

from __future__ import annotations

import csv
import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.services.clock import now_utc
from desktop_app.services.contact_card import ContactCardService
from desktop_app.services.event_attendance import AttendanceService
from desktop_app.services.event_invitations import (
    CSV_HEADER,
    InvitationFilter,
    InvitationService,
)
from models.audit import AuditEntry
from models.base import name_key
from models.contacts import Contact, ContactRole
from models.database import db
from tests.event_people import make_event

# A contact as the property test draws it: (consent, withdrawn, merged, zone, kind, role)
PERSON = st.tuples(
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["North", "South", None]),
    st.sampled_from(["resident", "business", "school"]),
    st.sampled_from(["block captain", "business owner", None]),
)
CHOICE = st.tuples(
    st.lists(st.sampled_from(["North", "South"]), max_size=2, unique=True),
    st.lists(st.sampled_from(["block captain", "business owner"]), max_size=2, unique=True),
    st.lists(st.sampled_from(["resident", "business", "school"]), max_size=3, unique=True),
)


def _contact(n: int, consent: bool, withdrawn: bool, zone_id, kind: str, **more) -> Contact:
    name = more.pop("name", f"Person {n}")
    return Contact.create(
        name=name,
        name_key=name_key(name),
        kind=kind,
        zone=zone_id,
        consent=consent and not withdrawn,  # withdrawing consent clears it
        consent_at=now_utc() if consent else None,
        consent_withdrawn_at=now_utc() if withdrawn else None,
        **more,
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(drawn=st.lists(PERSON, max_size=12), choice=CHOICE)
def test_an_invitation_list_never_holds_anyone_without_consent(office, drawn, choice):
    zones, roles, kinds = choice
    with db.atomic() as txn:
        keep = _contact(0, True, False, None, "resident", name="Keeper")
        expected = set()
        for n, (consent, withdrawn, merged, zone, kind, role) in enumerate(drawn, 1):
            zone_id = office.zones[zone] if zone else None
            merged_into = keep.id if merged else None
            c = _contact(n, consent, withdrawn, zone_id, kind, merged_into=merged_into)
            if role:
                ContactRole.create(contact=c.id, role=role)
            if (
                consent
                and not withdrawn
                and not merged
                and (not zones or zone in zones)
                and (not roles or role in roles)
                and (not kinds or kind in kinds)
            ):
                expected.add(c.id)
        listed = InvitationService(office.desk).invitees(
            InvitationFilter(tuple(office.zones[z] for z in zones), tuple(roles), tuple(kinds))
        )
        found = {i.contact_id for i in listed} - {keep.id, office.reporter_id}
        assert found == expected
        for invitee in listed:
            c = Contact.get_by_id(invitee.contact_id)
            assert c.consent and c.consent_withdrawn_at is None and c.merged_into is None
        txn.rollback()


def test_withdrawing_consent_takes_someone_off_the_list(office):
    cards = ContactCardService(office.manager)
    cards.give_consent(office.reporter_id, "signed form")
    service = InvitationService(office.desk)
    assert [i.name for i in service.invitees(InvitationFilter())] == ["Zoë Adeyemi"]
    cards.withdraw_consent(office.reporter_id)
    assert service.invitees(InvitationFilter()) == []


def test_the_csv_reads_back_the_same_rows_and_runs_no_formula(office):
    _contact(
        1,
        True,
        False,
        office.zones["North"],
        "resident",
        name="Ann Archer",
        email="ann@example.org",
        phone="0161 496 0001",
        address="1 Elm Street",
        preferred_channel="email",
    )
    _contact(
        2,
        True,
        False,
        office.zones["North"],
        "business",
        name="=HYPERLINK(1)",
        organisation="+Corner Shop",
        phone="-5",
        address='2 "Market", Square\nBack door',
    )
    _contact(3, False, False, office.zones["North"], "resident", name="No Consent")
    service = InvitationService(office.desk)
    choice = InvitationFilter(zone_ids=(office.zones["North"],))
    out = io.StringIO(newline="")
    assert service.export_csv(choice, out, "invite.csv") == 2
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert tuple(rows[0]) == CSV_HEADER
    assert rows[1:] == [i.cells() for i in service.invitees(choice)]
    assert rows[1] == [
        "'=HYPERLINK(1)",
        "'+Corner Shop",
        "",
        "'-5",
        '2 "Market", Square\nBack door',
        "",
    ]
    assert rows[2] == [
        "Ann Archer",
        "",
        "ann@example.org",
        "0161 496 0001",
        "1 Elm Street",
        "Email",
    ]
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert entry.action == "export"
    assert json.loads(entry.after) == {"invitation_list": 2, "to": "invite.csv"}


def test_the_list_is_registered_for_an_event_in_one_step(office):
    event = make_event()
    a = _contact(1, True, False, office.zones["South"], "resident", name="Ann Archer")
    _contact(2, True, False, office.zones["North"], "resident", name="Ben Bright")
    done = InvitationService(office.desk).register(
        event, InvitationFilter(zone_ids=(office.zones["South"],))
    )
    assert done.added == (a.id,)
    listed = AttendanceService(office.desk).attendance(event)
    assert [p.name for p in listed.people] == ["Ann Archer"]
