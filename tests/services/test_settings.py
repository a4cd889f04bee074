"""Office settings: each checked in one place, the computer's defaults, a new office in one go."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.services.errors import ValidationError
from desktop_app.services.office_settings import (
    SETTING_KEYS,
    country_from_locale,
    load_office_settings,
)
from desktop_app.services.picklists import DEFAULT_CATEGORIES, PicklistService
from desktop_app.services.settings import SettingsService, clean_setting, setting_from_text
from desktop_app.services.setup import start_office
from desktop_app.services.users import has_users
from models.audit import AuditEntry

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("time_zone", "Mars/Olympus", "Europe/London"),
        ("country", "XX", "two-letter"),
        ("country", "United Kingdom", "two-letter"),
        ("paper_size", "A3", "A4"),
        ("office_name", "", "required"),
        ("phone", "0" * 41, "too long"),
    ],
)
def test_each_setting_is_checked_and_the_error_names_it(manager, key, value, words):
    audited = AuditEntry.select().count()
    with pytest.raises(ValidationError) as caught:
        SettingsService(manager).update(**{key: value})
    assert caught.value.field == key
    assert words in caught.value.message
    assert AuditEntry.select().count() == audited


def test_the_office_country_address_and_phone_are_kept_and_audited(manager):
    saved = SettingsService(manager).update(
        country="ie", address="1 Quay Street, Galway", phone="+353 91 555 0100"
    )
    assert (saved.country, saved.address, saved.phone) == (
        "IE",
        "1 Quay Street, Galway",
        "+353 91 555 0100",
    )
    assert load_office_settings().country == "IE"
    entry = AuditEntry.select().where(AuditEntry.record_type == "settings").get()
    assert json.loads(entry.after)["country"] == "IE"


def test_the_country_is_the_computers_until_the_office_sets_one(manager, monkeypatch):
    for name in ("LC_ALL", "LC_TELEPHONE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_AT.UTF-8")
    assert load_office_settings().country_code() == "AT"
    SettingsService(manager).update(country="NZ")
    assert load_office_settings().country_code() == "NZ"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("en_GB.UTF-8", "GB"),
        ("fr_CA", "CA"),
        ("sr_RS.UTF-8@latin", "RS"),
        ("English_United Kingdom.1252", "GB"),  # how Windows names its locales
        ("C.UTF-8", None),
        ("POSIX", None),
        ("", None),
    ],
)
def test_a_locale_name_gives_its_country(name, country):
    assert country_from_locale(name) == country


def test_the_settings_have_a_stable_documented_order():
    assert SETTING_KEYS[:6] == (
        "office_name",
        "address",
        "phone",
        "country",
        "time_zone",
        "paper_size",
    )
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert all(f"`{key}`" in readme for key in SETTING_KEYS)


def test_a_setting_typed_as_text_is_read_as_its_kind():
    assert setting_from_text("idle_lock_minutes", " 20 ") == 20
    assert setting_from_text("time_zone", "Europe/Dublin") == "Europe/Dublin"
    with pytest.raises(ValidationError) as caught:
        setting_from_text("idle_lock_minutes", "soon")
    assert caught.value.field == "idle_lock_minutes" and "whole number" in caught.value.message
    with pytest.raises(ValidationError) as unknown:
        setting_from_text("colour", "red")
    assert unknown.value.field == "colour"
    assert "office_name" in unknown.value.message and "time_zone" in unknown.value.message


def _zone_in_a_process(db_path: Path, tz: str, set_zone: str | None) -> str:
    """The zone the clock uses, in a fresh process whose TZ says another."""
    script = textwrap.dedent(
        f"""
        from desktop_app.services.clock import now_local
        from desktop_app.services.session import Session
        from desktop_app.services.settings import SettingsService
        from models.connection import connect
        from models.database import DatabaseTarget

        connect(DatabaseTarget("sqlite", {str(db_path)!r}))
        if {set_zone!r}:
            SettingsService(Session.cli()).update(time_zone={set_zone!r})
        print(now_local().tzinfo.key)
        """
    )
    env = {**os.environ, "TZ": tz}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_computers_zone_follows_tz_and_the_office_setting_wins(database, db_path):
    assert _zone_in_a_process(db_path, "America/Chicago", None) == "America/Chicago"
    assert _zone_in_a_process(db_path, "America/Chicago", "Asia/Tokyo") == "Asia/Tokyo"
    assert _zone_in_a_process(db_path, "Europe/Paris", None) == "Asia/Tokyo"


GOOD_OFFICE = {
    "office_name": "Riverside Community Safety Office",
    "address": "1 Market Street",
    "phone": "0161 496 0000",
    "country": "GB",
    "time_zone": "Europe/London",
    "paper_size": "A4",
}


def test_a_new_office_is_set_up_in_one_go_by_its_first_manager(database):
    session = start_office("morgan", "Morgan Ellis", "correct-horse", GOOD_OFFICE)
    assert (session.username, session.role) == ("morgan", "manager")
    assert [c.name for c in PicklistService(session).categories()] == list(DEFAULT_CATEGORIES)
    saved = load_office_settings()
    assert {key: getattr(saved, key) for key in GOOD_OFFICE} == GOOD_OFFICE
    who = {e.username for e in AuditEntry.select().where(AuditEntry.record_type != "user")}
    assert who == {"morgan"}


def test_a_refused_setting_leaves_no_half_made_office(database):
    with pytest.raises(ValidationError) as caught:
        start_office(
            "morgan", "Morgan Ellis", "correct-horse", {**GOOD_OFFICE, "time_zone": "Mars/Olympus"}
        )
    assert caught.value.field == "time_zone"
    assert not has_users()
    assert load_office_settings().office_name != GOOD_OFFICE["office_name"]
    assert AuditEntry.select().count() == 0


def test_time_zones_work_where_the_computer_has_no_zone_database():
    """As on Windows: no zoneinfo folder, so the zones come from the tzdata package."""
    script = textwrap.dedent(
        """
        import zoneinfo
        from desktop_app.services.settings import clean_setting
        assert zoneinfo.TZPATH == ()
        print(clean_setting("time_zone", "America/Chicago"), len(zoneinfo.available_timezones()))
        """
    )
    env = {**os.environ, "PYTHONTZPATH": ""}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    zone, count = done.stdout.split()
    assert zone == "America/Chicago" and int(count) > 400


@pytest.mark.parametrize(
    ("key", "value", "start"),
    [
        ("time_zone", "Mars/Olympus", "Unknown time zone “Mars/Olympus”"),
        ("country", "XX", "Unknown country code “XX”"),
        ("idle_lock_minutes", 999, "Give a whole number from 0 to 480"),
        ("colour", "red", "“colour” is not an office setting"),
    ],
)
def test_setting_messages_are_sentences_with_names_in_curly_quotes(key, value, start):
    with pytest.raises(ValidationError) as caught:
        clean_setting(key, value)
    assert caught.value.message.startswith(start) and "'" not in caught.value.message


def test_a_number_typed_as_words_is_refused_in_the_same_style():
    with pytest.raises(ValidationError) as caught:
        setting_from_text("lockout_minutes", "ten")
    assert caught.value.message == "“ten” is not a number; give a whole number from 1 to 1440"
