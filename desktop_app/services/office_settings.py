"""The office's settings as stored: the record type, the one public loader everything reads, and
the computer's defaults (time zone, country) for the settings an office has not set.

Kept apart from SettingsService (which edits them with permissions and audit) so that the clock,
which needs the office's time zone, can read them without importing the service that uses it.
"""

from __future__ import annotations

import json
import locale
import logging
import os
from dataclasses import dataclass, fields
from datetime import tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

import pycountry
import tzlocal

from models.org import Setting

log = logging.getLogger(__name__)

PAPER_SIZES = ("A4", "Letter")
# Where Letter is the usual paper; A4 everywhere else.
_LETTER_COUNTRIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PR"})
FALLBACK_COUNTRY = "GB"  # when the computer's locale names none (C, POSIX, a bare macOS app)
# Files in a zone folder that are not zones people choose.
_NOT_ZONES = frozenset({"localtime", "Factory", "posixrules"})


def local_zone_name() -> str:
    """The computer's IANA time zone name (TZ first, then the system's setting, on Linux, macOS
    and Windows alike), or UTC when it cannot be found."""
    try:
        name = tzlocal.get_localzone_name()
        if name:
            ZoneInfo(name)
            return name
    except (LookupError, ValueError, OSError) as exc:  # a computer with a broken zone setting
        log.warning("cannot tell this computer's time zone: %s", exc)
    return "UTC"


@lru_cache(maxsize=1)
def _zone_names() -> frozenset[str]:
    return frozenset(available_timezones()) - _NOT_ZONES


def is_time_zone(name: str) -> bool:
    return name in _zone_names()


def time_zone_names() -> list[str]:
    """The zones to offer: by region (Europe/London), without the legacy aliases (Etc/GMT+5)."""
    legacy = ("Etc/", "SystemV/", "posix/", "right/")
    return [*sorted(n for n in _zone_names() if "/" in n and not n.startswith(legacy)), "UTC"]


def country_name(code: str) -> str | None:
    """The English short name of an ISO 3166 alpha-2 code, or None for an unknown code."""
    country = pycountry.countries.get(alpha_2=code.upper()) if len(code) == 2 else None
    return None if country is None else str(getattr(country, "common_name", country.name))


def countries() -> list[tuple[str, str]]:
    """Every ISO 3166 country as (code, name), in the order of the names."""
    listed = [(str(c.alpha_2), country_name(str(c.alpha_2)) or "") for c in pycountry.countries]
    return sorted(listed, key=lambda pair: pair[1].casefold())


def usual_paper_size(country: str) -> str:
    return "Letter" if country.upper() in _LETTER_COUNTRIES else "A4"


def country_from_locale(name: str) -> str | None:
    """The country in a locale name: 'en_GB.UTF-8' (POSIX) or 'English_United Kingdom.1252'
    (Windows); None for C, POSIX or a name without one."""
    base = name.split(".", 1)[0].split("@", 1)[0]
    if "_" not in base:
        return None
    territory = base.split("_", 1)[1]
    if len(territory) == 2:
        return territory.upper() if country_name(territory) else None
    try:
        return str(pycountry.countries.lookup(territory).alpha_2)
    except LookupError:
        return None


def local_country() -> str:
    """The computer's country, from its locale settings, or FALLBACK_COUNTRY."""
    names = [os.environ.get(var, "") for var in ("LC_ALL", "LC_TELEPHONE", "LANG")]
    names.append(locale.setlocale(locale.LC_CTYPE))  # only asks: Windows sets no LANG
    for name in names:
        code = country_from_locale(name)
        if code:
            return code
    return FALLBACK_COUNTRY


@dataclass(frozen=True)
class OfficeSettings:
    office_name: str = "Security Office"
    address: str = ""
    phone: str = ""
    country: str = ""  # ISO 3166 alpha-2; empty: the computer's
    time_zone: str = ""  # IANA name; empty: the computer's
    paper_size: str = "A4"
    idle_lock_minutes: int = 15
    lockout_attempts: int = 5
    lockout_minutes: int = 10
    backup_folder: str = ""
    attachment_max_mb: int = 20  # the largest file one attachment may be
    retention_years: int = 6  # the retention review lists contacts quiet this long
    problem_min_reports: int = 4  # reports of a kind at a place in 90 days that suggest a problem

    def zone_name(self) -> str:
        """The zone in use: the office's when set, else the computer's."""
        return self.time_zone or local_zone_name()

    def zone(self) -> tzinfo:
        return ZoneInfo(self.zone_name())

    def country_code(self) -> str:
        """The country in use: the office's when set, else the computer's."""
        return self.country or local_country()


# The settings in the order they are shown (`beacon settings show`, README): the fields' order.
SETTING_KEYS = tuple(f.name for f in fields(OfficeSettings))
FIELD_NAMES = frozenset(SETTING_KEYS)


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
