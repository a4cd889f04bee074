"""The contact directory: finding people and organisations as the user types (name,
organisation, phone in any format, email, address, notes; accents and case ignored), filtered by
kind, zone, role, consent, "not contacted in N days" and "follow-up due", a page at a time by
keyset (no OFFSET), every filter along an index. Merged contacts are left out: the contact they
were merged into stands for them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from peewee import JOIN, SQL, Tuple, fn

from desktop_app.services.clock import now_local, now_utc, office_zone, stored_datetime, to_local
from desktop_app.services.office_settings import load_office_settings
from desktop_app.services.permissions import require
from desktop_app.services.phones import search_forms
from desktop_app.services.search import where_matches
from desktop_app.services.session import Session
from models.contacts import Contact, ContactRole
from models.database import is_sqlite
from models.org import Zone
from models.search_index import CONTACT_FTS

PAGE = 200


@dataclass(frozen=True)
class DirectoryFilter:
    text: str = ""  # words or a phone number, as typed
    kind: str | None = None
    zone_id: int | None = None
    role: str | None = None
    consent: bool | None = None
    quiet_days: int | None = None  # contacted before, but not in this many days
    follow_up_due: bool = False  # a follow-up on or before today, not yet overtaken


@dataclass(frozen=True)
class DirectoryRow:
    id: int
    name: str
    kind: str
    organisation: str
    phone: str
    email: str
    address: str
    zone: str
    roles: tuple[str, ...]
    consent: bool
    last_contact: datetime | None  # office time
    follow_up_on: date | None


@dataclass(frozen=True)
class DirectoryCursor:
    """Where a page ended: its last row's sort value and id."""

    value: Any
    id: int


def order_of(flt: DirectoryFilter) -> Any:
    """The column the list is in order of: by name; the follow-ups due, the most overdue first;
    the contacts gone quiet, the longest quiet first. Each filter's list is then one range of
    its own index, read in order, a page at a time."""
    if flt.follow_up_due:
        return Contact.follow_up_on
    if flt.quiet_days is not None:
        return Contact.last_contact_at
    return Contact.name_key


def phone_ids(forms: list[str]) -> Any:
    """A subquery of the contacts whose phone holds a run of digits starting with one of forms
    (each a string of digits, phones.search_forms)."""
    if is_sqlite():
        match = "phone : (" + " OR ".join(f'"{f}"*' for f in forms) + ")"
        return SQL(f"(SELECT rowid FROM {CONTACT_FTS} WHERE {CONTACT_FTS} MATCH ?)", (match,))
    # Weight B: organisation, phone and email (models.search_index_pg).
    query = " | ".join(f"{f}:*B" for f in forms)
    return SQL(f"(SELECT id FROM {CONTACT_FTS} WHERE doc @@ to_tsquery('simple', %s))", (query,))


def filtered(query: Any, flt: DirectoryFilter, country: str) -> Any:
    """query (over Contact) narrowed to the contacts flt lets through, merged ones left out."""
    # + 0: the test must not pick merged_into's index, which almost every contact matches;
    # the list is read along the filter's index or the name's.
    query = query.where((Contact.merged_into + 0).is_null())
    for column, value in (
        (Contact.kind, flt.kind),
        (Contact.zone, flt.zone_id),
        (Contact.consent, flt.consent),
    ):
        if value is not None:
            query = query.where(column == value)
    if flt.role:
        having = ContactRole.select(ContactRole.contact).where(ContactRole.role == flt.role)
        query = query.where(Contact.id.in_(having))
    if flt.quiet_days is not None:  # in touch before, not since: never contacted is not quiet
        query = query.where(Contact.last_contact_at < now_utc() - timedelta(days=flt.quiet_days))
    if flt.follow_up_due:
        query = query.where(Contact.follow_up_on <= now_local().date())
    forms = search_forms(flt.text, country)
    if forms:
        return query.where(Contact.id.in_(phone_ids(forms)))
    return where_matches(query, Contact.id, CONTACT_FTS, flt.text)


def page_query(
    flt: DirectoryFilter, after: DirectoryCursor | None, limit: int, country: str
) -> Any:
    """One page of the list in order_of(flt): the rows past after, one more than limit (to tell
    whether another page follows). A row-value comparison, (key, id) > (?, ?), is a range
    search on the index the list is read along."""
    query = (
        Contact.select(
            Contact.id,
            Contact.name,
            Contact.name_key,
            Contact.kind,
            Contact.organisation,
            Contact.phone,
            Contact.email,
            Contact.address,
            Contact.consent,
            Contact.last_contact_at,
            Contact.follow_up_on,
            Zone.name.alias("zone_name"),
            _roles_column(),
        )
        .join(Zone, JOIN.LEFT_OUTER, on=(Contact.zone == Zone.id))
        .switch(Contact)
    )
    query = filtered(query, flt, country)
    order = order_of(flt)
    if after is not None:
        key = Tuple(order, Contact.id) > Tuple(after.value, after.id)
        # Implied by the row values, and said again for SQLite, which seeks an index by its
        # first column only, never by a row value.
        query = query.where(key & (order >= after.value))
    return query.order_by(order, Contact.id).limit(limit + 1)


class ContactDirectory:
    """The Contacts tab's list: front desk, officers and managers all find contacts."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _country(self) -> str:
        return load_office_settings().country_code()

    def count(self, flt: DirectoryFilter) -> int:
        """How many contacts the list holds: the page's own filter, without its join or order."""
        require(self.session, "contact.read")
        return int(filtered(Contact.select(Contact.id), flt, self._country()).count())

    def page(
        self, flt: DirectoryFilter, after: DirectoryCursor | None = None, limit: int = PAGE
    ) -> tuple[list[DirectoryRow], DirectoryCursor | None]:
        """A page of the list (in order_of(flt)), starting after the cursor, and the cursor for
        the next page (None at the end)."""
        require(self.session, "contact.read")
        # Tuples, not model objects: a page of 200 built as objects cost more than its query.
        rows = list(page_query(flt, after, limit, self._country()).tuples())
        cursor = None
        if len(rows) > limit:
            last = rows[limit - 1]
            cursor = DirectoryCursor(last[_POSITION[order_of(flt).name]], int(last[0]))
        zone = office_zone()
        return [_row(r, zone) for r in rows[:limit]], cursor

    def roles(self) -> list[str]:
        """Every role some contact plays, for the role filter, alphabetically."""
        require(self.session, "contact.read")
        query: Any = ContactRole.select(ContactRole.role).distinct().order_by(ContactRole.role)
        return [str(role) for (role,) in query.tuples()]


_POSITION = {"name_key": 2, "last_contact_at": 9, "follow_up_on": 10}  # in page_query's columns
ROLE_SEPARATOR = "\x1f"  # between a contact's roles in one column (no role holds it)


def _roles_column() -> Any:
    """A contact's roles in one column: a subquery per row of the page, along the index of
    (contact, role), instead of a second query with the page's ids."""
    joined = (
        fn.GROUP_CONCAT(ContactRole.role, ROLE_SEPARATOR)
        if is_sqlite()
        else fn.STRING_AGG(ContactRole.role, ROLE_SEPARATOR)
    )
    return ContactRole.select(joined).where(ContactRole.contact == Contact.id).alias("role_list")


def _row(values: tuple[Any, ...], zone: Any) -> DirectoryRow:
    """A row of page_query() (its columns in their order) as the list shows it."""
    (id_, name, _key, kind, organisation, phone, email, address, consent, last, follow,
     zone_name, roles) = values  # fmt: skip
    if isinstance(follow, str):  # SQLite hands back what a trigger wrote as text
        follow = date.fromisoformat(follow[:10])
    return DirectoryRow(
        int(id_),
        name,
        kind,
        organisation,
        phone,
        email,
        address,
        zone_name or "",
        tuple(sorted(roles.split(ROLE_SEPARATOR))) if roles else (),
        bool(consent),
        to_local(stored_datetime(last), zone) if last else None,
        follow,
    )
