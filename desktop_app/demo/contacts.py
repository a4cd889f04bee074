"""The demo's contacts: partner groups and agencies, schools, businesses and residents."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, time

from anyascii import anyascii

from desktop_app.demo import names as W
from desktop_app.demo.bulk import Bulk, Ids
from desktop_app.demo.office import Office
from desktop_app.demo.run import DemoRun
from models.base import name_key
from models.contacts import Contact, ContactMembership, ContactRole

CONTACT_COLUMNS = (
    "id",
    "kind",
    "name",
    "name_key",
    "organisation",
    "phone",
    "phone_digits",
    "email",
    "address",
    "zone_id",
    "preferred_channel",
    "consent",
    "consent_at",
    "consent_method",
    "stay_in_touch_days",
    "notes",
    "created_at",
    "updated_at",
)
# (kind, name, role, keep in touch every N days, index of its zone)
INSTITUTIONS = (
    ("school", "Oakfield Primary School", "school liaison", 30, 3),
    ("school", "Riverside College", "school liaison", 30, 3),
    ("community_group", "Elm Park Community Centre", "venue", 60, 0),
)


@dataclass
class People:
    """The contacts made, by the part they play in the other generators."""

    contact_ids: list[int] = field(default_factory=list)
    partner_ids: list[int] = field(default_factory=list)
    resident_ids: list[int] = field(default_factory=list)
    names: dict[int, str] = field(default_factory=dict)
    taken_names: set[str] = field(default_factory=set)
    reach: dict[int, tuple[str, str]] = field(default_factory=dict)  # id -> (phone, email)


class _ContactWriter:
    def __init__(self, run: DemoRun, office: Office, people: People) -> None:
        self.run = run
        self.office = office
        self.people = people
        self.rows = Bulk(Contact, CONTACT_COLUMNS)
        self.roles = Bulk(ContactRole, ["id", "contact_id", "role"], parents=[self.rows])
        self.role_ids = Ids(ContactRole)
        self.ids = Ids(Contact)
        self.members = Bulk(
            ContactMembership,
            ["id", "person_id", "organisation_id", "created_at"],
            parents=[self.rows],
        )
        self.member_ids = Ids(ContactMembership)

    def add(
        self,
        kind: str,
        name: str,
        organisation: str,
        role: str | None,
        keep_in_touch: int | None,
        zone_id: int | None = None,
        phone: bool = True,
        same_as: int | None = None,
    ) -> int:
        """A contact; same_as: a contact this one is typed again for, with its phone and email."""
        rng = self.run.rng
        i = self.ids.take()
        number = self.run.phone() if phone and same_as is None else ""
        street = rng.choice(W.STREETS)
        created = self.run.utc(
            datetime.combine(self.run.random_day(), time(rng.randint(9, 17), rng.randint(0, 59)))
        )
        consent = rng.random() < 0.6
        email_name = "".join(
            ch for ch in name.lower().replace(" ", ".") if ch.isalnum() or ch == "."
        )
        if self.run.scale.varied_people:  # addresses people can type: Wiśniewska, wisniewska
            plain = unicodedata.normalize("NFKD", email_name.replace("ł", "l").replace("ø", "o"))
            email_name = "".join(ch for ch in plain if ch.isascii()).replace("..", ".")
        email = f"{email_name}@example.org" if rng.random() < 0.7 else ""
        if same_as is not None:
            number, email = self.people.reach[same_as]
        self.people.reach[i] = (number, email)
        self.rows.add(
            i,
            kind,
            name,
            name_key(name),
            organisation,
            number,
            "".join(ch for ch in number if ch.isdigit()),
            email,
            f"{rng.randint(1, 180)} {street}, {W.TOWN}",
            zone_id or rng.choice(self.office.zone_ids),
            rng.choice(("in_person", "phone", "email", "text")),
            consent,
            created if consent else None,
            rng.choice(("Signed form at the desk", "Verbal, by phone", "Email reply"))
            if consent
            else "",
            keep_in_touch,
            "",
            created,
            created,
        )
        if role:
            self.roles.add(self.role_ids.take(), i, role)
        self.people.contact_ids.append(i)
        self.people.names[i] = name
        self.people.taken_names.add(_folded(name))
        return i

    def join(self, person: int, organisation: int) -> None:
        self.members.add(self.member_ids.take(), person, organisation, self.run.utc(self.run.end))

    def flush(self) -> None:
        self.rows.flush()
        self.roles.flush()
        self.members.flush()


def make_contacts(run: DemoRun, office: Office) -> People:
    people = People()
    writer = _ContactWriter(run, office, people)
    _partners(writer, office, people)
    _businesses(run, writer, people)
    _residents(run, writer, people)
    _memberships(run, writer, people)
    writer.flush()
    return people


def _partners(writer: _ContactWriter, office: Office, people: People) -> None:
    """Community groups (one per zone in turn), partner agencies, schools and a venue."""
    zone_ids = office.zone_ids
    for index, group in enumerate(W.COMMUNITY_GROUPS):
        people.partner_ids.append(
            writer.add(
                "community_group",
                group,
                group,
                "community group lead",
                60,
                zone_ids[index % len(zone_ids)],
            )
        )
    for agency in W.PARTNER_AGENCIES:
        people.partner_ids.append(
            writer.add("partner_agency", agency, agency, "partner agency", 90)
        )
    for kind, name, role, keep_in_touch, zone_index in INSTITUTIONS:
        people.partner_ids.append(
            writer.add(kind, name, name, role, keep_in_touch, zone_ids[zone_index])
        )


def _businesses(run: DemoRun, writer: _ContactWriter, people: People) -> None:
    rng = run.rng
    for _ in range(max(40, run.scale.contacts // 12)):
        trade = rng.choice(W.BUSINESS_KINDS)
        owner = _person_name(run, people.taken_names)
        shop = f"{rng.choice(W.STREETS).split()[0]} {trade}"
        cid = writer.add(
            "business", owner, shop, "business owner", 90 if rng.random() < 0.4 else None
        )
        people.partner_ids.append(cid)


def _residents(run: DemoRun, writer: _ContactWriter, people: People) -> None:
    """Residents, some of them block captains, and a few duplicates as front desks make them."""
    rng = run.rng
    while len(people.contact_ids) < run.scale.contacts - 6:
        name = _person_name(run, people.taken_names)
        captain = rng.random() < 0.04
        role = "block captain" if captain else None
        if not captain and run.scale.varied_people and rng.random() < 0.05:
            role = rng.choice(W.MORE_ROLES)
        # Everyone the office works with leaves a number; in a town of 50,000 not every resident
        # did, and the reserved drama ranges hold 17,000.
        phone = captain or role is not None or not run.scale.varied_people or rng.random() < 0.25
        cid = writer.add("resident", name, "", role, 30 if captain else None, phone=phone)
        people.resident_ids.append(cid)
        if captain:
            people.partner_ids.append(cid)
    # Data-quality checks should find these.
    for original in rng.sample(people.resident_ids, 6):
        people.resident_ids.append(
            writer.add("resident", people.names[original].upper(), "", None, None, same_as=original)
        )


def _memberships(run: DemoRun, writer: _ContactWriter, people: People) -> None:
    """Each group, agency and school has two or three named people: block captains lead the
    community groups, residents are a school's or an agency's contact person."""
    rng = run.rng
    captains = [i for i in people.partner_ids if i in set(people.resident_ids)]
    organisations = [i for i in people.partner_ids if i not in set(people.resident_ids)]
    for organisation in organisations[: len(W.COMMUNITY_GROUPS) + len(W.PARTNER_AGENCIES) + 3]:
        pool = captains if captains and rng.random() < 0.5 else people.resident_ids
        for person in rng.sample(pool, min(len(pool), rng.randint(2, 3))):
            writer.join(person, organisation)


def _folded(name: str) -> str:
    return anyascii(name).casefold()


def _person_name(run: DemoRun, taken: set[str]) -> str:
    """A person's name no other demo contact has, accents and case aside (the six the desk
    typed twice are made on purpose); the large demo draws from a town's worth of surnames,
    now and then with a middle initial."""
    rng = run.rng
    while True:
        if not run.scale.varied_people:
            name = f"{rng.choice(W.FIRST_NAMES)} {rng.choice(W.LAST_NAMES)}"
        else:
            first = rng.choice(W.FIRST_NAMES + W.MORE_FIRST_NAMES)
            last = rng.choice(W.LAST_NAMES + W.MORE_LAST_NAMES + W.TOWN_SURNAMES)
            initial = f" {chr(rng.randint(65, 90))}." if rng.random() < 0.1 else ""
            name = f"{first}{initial} {last}"
        if _folded(name) not in taken:
            taken.add(_folded(name))
            return name
