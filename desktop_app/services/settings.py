"""Office settings kept in the database: name, address, time zone, paper size, lock and lockout."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop_app.services import audit
from desktop_app.services.clock import forget_office_zone
from desktop_app.services.errors import ValidationError
from desktop_app.services.office_settings import (
    FIELD_NAMES,
    OfficeSettings,
    load_office_settings,
)
from desktop_app.services.permissions import require
from desktop_app.services.session import Session
from desktop_app.services.validation import choice, clean_line
from models.database import db
from models.org import Setting


@dataclass(frozen=True)
class LockoutPolicy:
    attempts: int
    minutes: int


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
        unknown = set(changes) - FIELD_NAMES
        if unknown:
            raise ValidationError(sorted(unknown)[0], "not an office setting")
        clean = dict(changes)
        if "office_name" in clean:
            clean["office_name"] = clean_line(
                "office_name", clean["office_name"], max_length=120, label="Office name"
            )
        for key, limit in (("address", 240), ("phone", 40), ("backup_folder", 400)):
            if key in clean:
                clean[key] = clean_line(key, clean[key], max_length=limit, required=False)
        if clean.get("time_zone"):
            try:
                ZoneInfo(clean["time_zone"])
            except (ZoneInfoNotFoundError, ValueError):
                raise ValidationError(
                    "time_zone",
                    f"unknown time zone '{clean['time_zone']}' (use a name such as Europe/London)",
                ) from None
        if "paper_size" in clean:
            choice("paper_size", clean["paper_size"], ("A4", "Letter"), "Paper size")
        for key, low, high in (
            ("idle_lock_minutes", 0, 480),
            ("lockout_attempts", 1, 50),
            ("lockout_minutes", 1, 1440),
            ("attachment_max_mb", 1, 200),
        ):
            if key in clean:
                value = clean[key]
                if not isinstance(value, int) or not low <= value <= high:
                    raise ValidationError(key, f"must be a whole number from {low} to {high}")
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
