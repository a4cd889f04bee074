"""The contact directory, on SQLite and PostgreSQL: a phone fragment typed in the other format
and a name typed without its accents find the contact; each filter; last contact and next
follow-up kept by the database from the interactions; pages by keyset, never OFFSET."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.services.clock import now_local, now_utc
from desktop_app.services.contact_directory import (
    ContactDirectory,
    DirectoryCursor,
    DirectoryFilter,
    filtered,
    page_query,
)
from desktop_app.services.contacts import ContactService
from desktop_app.services.errors import PermissionDenied
from desktop_app.services.phones import e164, search_forms
from desktop_app.services.session import Session
from desktop_app.services.settings import SettingsService
from models.connection import close, connect
from models.contacts import Contact, ContactRole
from models.database import DatabaseTarget, db, is_sqlite, resolve_target
from models.interactions import Interaction, InteractionContact


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, db_path: Path) -> Iterator[DatabaseTarget]:
    if request.param == "sqlite":
        target = DatabaseTarget("sqlite", str(db_path))
    else:
        target = resolve_target(request.getfixturevalue("pg_url"), {})
    connect(target)
    yield target
    close()


@pytest.fixture
def people(office) -> dict[str, int]:
    SettingsService(office.manager).update(country="GB")
    make = ContactService(office.manager).create
    return {
        "anna": make("Anna Wiśniewska", "0161 496 0431", email="anna@example.org").id,
        "ben": make("Ben Okafor", "+44 161 496 0999", address="12 Birch Avenue").id,
        "cafe": make("Dev Patel", "0113 496 0777", kind="business", organisation="Harbour Café").id,
        "lea": make("Léa Dubois", "+33 1 23 45 67 89", notes="Speaks French and Polish").id,
    }


def names(office, flt: DirectoryFilter) -> list[str]:
    """The names the list shows for flt, checked against its count."""
    directory = ContactDirectory(office.desk)
    rows, _cursor = directory.page(flt)
    assert directory.count(flt) == len(rows)
    return [r.name for r in rows]


def talk(contact_id: int, at: datetime, follow_up: date | None = None) -> int:
    interaction = Interaction.create(occurred_at=at, channel="phone", follow_up_on=follow_up)
    InteractionContact.create(interaction=interaction, contact=contact_id)
    return int(interaction.id)


@pytest.mark.parametrize(
    ("typed", "who"),
    [
        ("+44 161 496 04", "Anna Wiśniewska"),  # stored national, typed international
        ("0161 4960 43", "Anna Wiśniewska"),  # grouped differently
        ("00441614960431", "Anna Wiśniewska"),  # dialled from abroad
        ("0161 496 09", "Ben Okafor"),  # stored international, typed national
        ("496 0999", "Ben Okafor"),  # a run from the middle
        ("(0113) 496-0777", "Dev Patel"),
        ("+33 1 23 45", "Léa Dubois"),
    ],
)
def test_a_phone_fragment_in_either_format_finds_the_contact(office, people, typed, who):
    assert names(office, DirectoryFilter(text=typed)) == [who]


@pytest.mark.parametrize(
    ("typed", "who"),
    [
        ("wisniewska", "Anna Wiśniewska"),
        ("WIŚNIEW", "Anna Wiśniewska"),
        ("lea dub", "Léa Dubois"),
        ("harbour cafe", "Dev Patel"),  # organisation, accent typed without
        ("birch", "Ben Okafor"),  # address
        ("anna@exam", "Anna Wiśniewska"),  # email
        ("polish", "Léa Dubois"),  # notes
    ],
)
def test_words_typed_without_accents_find_the_contact(office, people, typed, who):
    assert names(office, DirectoryFilter(text=typed)) == [who]


def test_the_phone_search_forms_cover_both_formats():
    assert search_forms("+44 161 496", "GB") == ["0161496", "44161496"]
    assert search_forms("0161 496 0431", "GB") == ["01614960431", "441614960431"]
    assert search_forms("ab 12", "GB") == []
    assert e164("0161 496 0431", "GB") == e164("+44 (161) 496-0431", "FR") == "+441614960431"
    assert e164("12", "GB") is None


def test_a_changed_phone_is_found_by_its_new_number_only(office, people):
    Contact.update(phone="07700 900123").where(Contact.id == people["anna"]).execute()
    assert names(office, DirectoryFilter(text="+44 7700 900")) == ["Anna Wiśniewska"]
    assert names(office, DirectoryFilter(text="0161 496 04")) == []


def test_each_filter_narrows_the_list(office, people):
    ContactRole.create(contact=people["ben"], role="block captain")
    Contact.update(consent=True, zone=office.zones["North"]).where(
        Contact.id == people["lea"]
    ).execute()
    everyone = {"Anna Wiśniewska", "Ben Okafor", "Dev Patel", "Léa Dubois", "Zoë Adeyemi"}
    assert set(names(office, DirectoryFilter())) == everyone
    assert names(office, DirectoryFilter(kind="business")) == ["Dev Patel"]
    assert names(office, DirectoryFilter(role="block captain")) == ["Ben Okafor"]
    assert names(office, DirectoryFilter(consent=True)) == ["Léa Dubois"]
    assert names(office, DirectoryFilter(zone_id=office.zones["North"])) == ["Léa Dubois"]
    assert set(names(office, DirectoryFilter(consent=False))) == everyone - {"Léa Dubois"}
    assert names(office, DirectoryFilter(kind="business", text="wisn")) == []


def test_not_contacted_in_n_days_lists_who_has_gone_quiet_longest_first(office, people):
    now = now_utc()
    talk(people["anna"], now - timedelta(days=200))
    talk(people["ben"], now - timedelta(days=400))
    talk(people["cafe"], now - timedelta(days=500))
    talk(people["cafe"], now - timedelta(days=3))  # the latest counts
    quiet = names(office, DirectoryFilter(quiet_days=90))
    assert quiet == ["Ben Okafor", "Anna Wiśniewska"]  # never contacted is not "gone quiet"
    assert names(office, DirectoryFilter(quiet_days=300)) == ["Ben Okafor"]


def test_a_follow_up_is_due_until_someone_is_in_touch_on_or_after_its_day(office, people):
    today = now_local().date()
    now = now_utc()
    talk(people["anna"], now - timedelta(days=10), follow_up=today - timedelta(days=2))
    talk(people["ben"], now - timedelta(days=10), follow_up=today - timedelta(days=5))
    talk(people["cafe"], now - timedelta(days=1), follow_up=today + timedelta(days=7))
    assert names(office, DirectoryFilter(follow_up_due=True)) == ["Ben Okafor", "Anna Wiśniewska"]
    talk(people["anna"], now)  # the follow-up call: Anna's reminder is done
    assert names(office, DirectoryFilter(follow_up_due=True)) == ["Ben Okafor"]
    row = next(
        r
        for r in ContactDirectory(office.desk).page(DirectoryFilter())[0]
        if r.id == people["cafe"]
    )
    assert row.follow_up_on == today + timedelta(days=7)
    assert row.last_contact is not None


def test_last_contact_follows_interactions_moved_changed_and_removed(office, people):
    now = now_utc().replace(microsecond=0)
    first = talk(people["anna"], now - timedelta(days=30))
    later = talk(people["anna"], now - timedelta(days=2))

    def last(key: str) -> datetime | None:
        value = Contact.get_by_id(people[key]).last_contact_at
        return datetime.fromisoformat(value) if isinstance(value, str) else value

    assert last("anna") == now - timedelta(days=2)
    InteractionContact.update(contact=people["ben"]).where(
        InteractionContact.interaction == later
    ).execute()  # as a merge moves links
    assert (last("anna"), last("ben")) == (now - timedelta(days=30), now - timedelta(days=2))
    Interaction.update(occurred_at=now - timedelta(days=1)).where(Interaction.id == first).execute()
    assert last("anna") == now - timedelta(days=1)
    Interaction.delete().where(Interaction.id == first).execute()
    assert last("anna") is None


def test_merged_contacts_are_left_out(office, people):
    Contact.update(merged_into=people["anna"]).where(Contact.id == people["ben"]).execute()
    assert "Ben Okafor" not in names(office, DirectoryFilter())
    assert names(office, DirectoryFilter(text="0161 496 09")) == []


def test_pages_follow_each_other_by_keyset_without_offset(office, people):
    make = ContactService(office.manager).create
    for i in range(25):
        make(f"Resident {i:02d}")
    directory = ContactDirectory(office.desk)
    seen, cursor, pages = [], None, 0
    while True:
        rows, cursor = directory.page(DirectoryFilter(), after=cursor, limit=7)
        seen += [r.name for r in rows]
        pages += 1
        if cursor is None:
            break
        sql, _params = page_query(DirectoryFilter(), cursor, 7, "GB").sql()
        assert "OFFSET" not in sql.upper()
    assert len(seen) == len(set(seen)) == directory.count(DirectoryFilter()) == 30
    assert seen == sorted(seen, key=str.casefold) and pages == 5


def test_front_desk_officers_and_managers_find_contacts_others_do_not(office, people):
    for session in (office.desk, office.officer, office.manager):
        assert ContactDirectory(session).count(DirectoryFilter(text="wisn")) == 1
    admin = Session(None, "root", "Admin", "admin", "test-pc")
    with pytest.raises(PermissionDenied):
        ContactDirectory(admin).page(DirectoryFilter())


FILTERS = {
    "text": DirectoryFilter(text="wisn"),
    "phone": DirectoryFilter(text="0161 496"),
    "kind": DirectoryFilter(kind="business"),
    "zone": DirectoryFilter(zone_id=1),
    "role": DirectoryFilter(role="block captain"),
    "consent": DirectoryFilter(consent=True),
    "quiet": DirectoryFilter(quiet_days=90),
    "follow-up": DirectoryFilter(follow_up_due=True),
}


@pytest.mark.parametrize("name", FILTERS)
def test_every_filter_reads_an_index_not_the_whole_table(office, people, name):
    """SQLite's plan for a page (past a cursor) and for the count: a SEARCH of contact, never
    a SCAN of contact or interaction."""
    if not is_sqlite():
        pytest.skip("the plan checked is SQLite's")
    flt = FILTERS[name]
    directory = ContactDirectory(office.desk)
    directory.page(flt, limit=1)
    value = {"follow-up": date(2020, 1, 1), "quiet": datetime(2020, 1, 1)}.get(name, "a")
    queries = [
        page_query(flt, DirectoryCursor(value, 1), 50, "GB"),
        filtered(Contact.select(Contact.id), flt, "GB"),
    ]
    for query in queries:
        sql, params = query.sql()
        plan = [r[3] for r in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()]
        assert not [step for step in plan if step.startswith("SCAN t1")], plan
        assert not [step for step in plan if "interaction" in step], plan
