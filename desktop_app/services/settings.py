"""Office settings kept in the database: name, address, country, time zone, paper, lock, lockout."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from desktop_app.services import audit
from desktop_app.services.clock import forget_office_zone
from desktop_app.services.errors import ValidationError
from desktop_app.services.office_settings import (
    FIELD_NAMES,
    PAPER_SIZES,
    SETTING_KEYS,
    OfficeSettings,
    country_name,
    is_time_zone,
    load_office_settings,
)
from desktop_app.services.permissions import require
from desktop_app.services.session import Session
from desktop_app.services.validation import choice, clean_line
from models.database import db
from models.org import Setting

_TEXT_LIMITS = {"address": 240, "phone": 40, "backup_folder": 400}
_NUMBER_RANGES = {  # a new whole-number setting: its range goes here
    "idle_lock_minutes": (0, 480),
    "lockout_attempts": (1, 50),
    "lockout_minutes": (1, 1440),
    "attachment_max_mb": (1, 200),
    "retention_years": (1, 50),
    "problem_min_reports": (2, 50),
}


@dataclass(frozen=True)
class LockoutPolicy:
    attempts: int
    minutes: int


def _unknown_setting(key: str) -> ValidationError:
    return ValidationError(
        key, f"“{key}” is not an office setting; the settings are: {', '.join(SETTING_KEYS)}"
    )


def clean_setting(key: str, value: Any) -> Any:
    """One setting checked and tidied: the one place the dialog, the first run and the command
    line are checked. A ValidationError names the setting."""
    if key not in FIELD_NAMES:
        raise _unknown_setting(key)
    if key == "office_name":
        return clean_line(key, value, max_length=120, label="Office name")
    if key in _TEXT_LIMITS:
        text = clean_line(key, value, max_length=_TEXT_LIMITS[key], required=False)
        if key == "backup_folder" and text and not Path(text).is_absolute():
            raise ValidationError(
                key, f"'{text}' is a relative path; give the folder's full (absolute) path"
            )
        return text
    if key == "country":
        code = clean_line(key, value, max_length=60, required=False).upper()
        if code and country_name(code) is None:
            raise ValidationError(
                key,
                f"Unknown country code “{value}” (use a two-letter ISO 3166 code such as "
                "GB, US or IE)",
            )
        return code
    if key == "time_zone":
        zone = clean_line(key, value, max_length=60, required=False)
        if zone and not is_time_zone(zone):
            raise ValidationError(
                key,
                f"Unknown time zone “{zone}” (use a name such as Europe/London or America/Chicago)",
            )
        return zone
    if key == "paper_size":
        return choice(key, value, PAPER_SIZES, "Paper size")
    low, high = _NUMBER_RANGES[key]
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(key, f"Give a whole number from {low} to {high}")
    return value


def setting_from_text(key: str, text: str) -> Any:
    """A setting as typed on the command line, as the kind of value it holds (not yet checked)."""
    if key not in FIELD_NAMES:
        raise _unknown_setting(key)
    if isinstance(getattr(OfficeSettings(), key), int):
        try:
            return int(text.strip())
        except ValueError:
            low, high = _NUMBER_RANGES.get(key, (0, 0))
            raise ValidationError(
                key, f"“{text}” is not a number; give a whole number from {low} to {high}"
            ) from None
    return text


class SettingsService:
    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def office_name() -> str:
        """Shown before anyone signs in (sign-in dialog, window title), so no permission."""
        return load_office_settings().office_name

    @staticmethod
    def read_lockout_policy() -> LockoutPolicy:
        current = load_office_settings()
        return LockoutPolicy(current.lockout_attempts, current.lockout_minutes)

    def get(self) -> OfficeSettings:
        require(self.session, "settings.read")
        return load_office_settings()

    def update(self, **changes: Any) -> OfficeSettings:
        require(self.session, "settings.manage")
        clean = {key: clean_setting(key, value) for key, value in changes.items()}
        with db.atomic():
            before = load_office_settings()
            after = replace(before, **clean)
            for key, value in clean.items():
                Setting.insert(key=key, value=json.dumps(value)).on_conflict(
                    conflict_target=[Setting.key], update={Setting.value: json.dumps(value)}
                ).execute()
            changed_before = {k: v for k, v in asdict(before).items() if k in clean}
            audit.record(self.session, "update", "settings", "office", changed_before, clean)
        forget_office_zone()
        return after
