"""The office's settings as stored: the record type and the one public loader everything reads.

Kept apart from SettingsService (which edits them with permissions and audit) so that the clock,
which needs the office's time zone, can read them without importing the service that uses it.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, fields
from datetime import datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from models.org import Setting


def local_zone_name() -> str:
    """The computer's IANA time zone name, or UTC when it cannot be found."""
    local = datetime.now().astimezone().tzinfo
    key = getattr(local, "key", None)
    if key:
        return str(key)
    try:
        with open("/etc/timezone", encoding="utf-8") as fh:
            name = fh.read().strip()
        ZoneInfo(name)
        return name
    except (OSError, ZoneInfoNotFoundError, ValueError):
        pass
    try:
        link = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in link:
            name = link.split("zoneinfo/", 1)[1]
            ZoneInfo(name)
            return name
    except (OSError, ZoneInfoNotFoundError, ValueError):
        pass
    return "UTC"


@dataclass(frozen=True)
class OfficeSettings:
    office_name: str = "Security Office"
    address: str = ""
    phone: str = ""
    time_zone: str = ""  # empty: the computer's
    paper_size: str = "A4"
    idle_lock_minutes: int = 15
    lockout_attempts: int = 5
    lockout_minutes: int = 10
    backup_folder: str = ""
    attachment_max_mb: int = 20  # the largest file one attachment may be

    def zone(self) -> tzinfo:
        return ZoneInfo(self.time_zone or local_zone_name())


FIELD_NAMES = frozenset(f.name for f in fields(OfficeSettings))


def load_office_settings() -> OfficeSettings:
    """The stored settings, defaults for any not set. No permission: they are not secret, and
    are needed before anyone signs in (window title, time zone, lockout policy)."""
    values: dict[str, Any] = {}
    for row in Setting.select():
        if row.key in FIELD_NAMES:
            try:
                values[row.key] = json.loads(row.value)
            except ValueError:
                continue
    return OfficeSettings(**values)
