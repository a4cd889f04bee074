"""`beacon settings show|set` as a user runs them: every key, checked as in the dialog, audited."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.services.office_settings import SETTING_KEYS


def beacon(*args: str, db: Path, tz: str = "Europe/Paris") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TZ": tz, "LANG": "en_IE.UTF-8"}
    env.pop("BEACON_DB", None)
    env.pop("LC_ALL", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def new_office(tmp_path: Path) -> Path:
    path = tmp_path / "office.db"
    done = beacon("init", "--office-name", "Harbour Office", db=path)
    assert done.returncode == 0, done.stderr
    return path


def shown(db: Path, tz: str = "Europe/Paris") -> dict[str, str]:
    done = beacon("settings", "show", db=db, tz=tz)
    assert done.returncode == 0, done.stderr
    pairs = [line.partition(": ")[::2] for line in done.stdout.splitlines()]
    assert [key for key, _ in pairs if key] == list(SETTING_KEYS)  # every key, in order
    return {key: value for key, value in pairs if key}


def test_show_prints_every_setting_one_a_line_with_the_computers_defaults(new_office):
    values = shown(new_office, tz="America/Chicago")
    assert values["office_name"] == "Harbour Office"
    assert values["time_zone"] == "America/Chicago"  # the computer's, until the office sets one
    assert values["country"] == "IE"
    assert values["paper_size"] == "A4"
    assert values["idle_lock_minutes"] == "15"


def test_set_changes_a_setting_the_office_setting_wins_and_it_is_audited(new_office):
    for key, value in (
        ("time_zone", "Asia/Tokyo"),
        ("paper_size", "Letter"),
        ("idle_lock_minutes", "30"),
        ("address", "1 Quay Street, Galway"),
    ):
        done = beacon("settings", "set", key, value, db=new_office)
        assert done.returncode == 0, done.stderr
        assert f"{key}: {value}" in done.stdout
    values = shown(new_office, tz="America/Chicago")
    assert values["time_zone"] == "Asia/Tokyo"
    assert (values["paper_size"], values["idle_lock_minutes"]) == ("Letter", "30")
    assert values["address"] == "1 Quay Street, Galway"
    con = sqlite3.connect(str(new_office))
    changes = [
        (who, json.loads(after))
        for who, after in con.execute(
            "SELECT username, after FROM audit_entry WHERE record_type = 'settings' ORDER BY id"
        )
    ]
    con.close()
    assert {"time_zone": "Asia/Tokyo"} in [after for _, after in changes]
    assert all(who.startswith("cli:") for who, _ in changes)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("set", "colour", "red"), "the settings are: office_name, address, phone"),
        (("set", "time_zone", "Mars/Olympus"), "Europe/London"),
        (("set", "country", "XX"), "two-letter ISO 3166 code"),
        (("set", "paper_size", "A3"), "A4, Letter"),
        (("set", "idle_lock_minutes", "soon"), "whole number"),
        (("set", "lockout_attempts", "0"), "whole number from 1 to 50"),
    ],
)
def test_a_bad_setting_is_one_line_that_says_what_to_do(new_office, args, words):
    done = beacon("settings", *args, db=new_office)
    assert done.returncode != 0
    assert done.stderr.startswith("beacon: ") and done.stderr.count("\n") == 1, done.stderr
    assert words in done.stderr and args[1] in done.stderr
    assert "Traceback" not in done.stderr
    assert shown(new_office)["paper_size"] == "A4"  # nothing changed


def test_settings_without_an_action_says_which_there_are(new_office):
    done = beacon("settings", db=new_office)
    assert done.returncode != 0
    assert "beacon settings show" in done.stderr and "Traceback" not in done.stderr
