"""Sign-in tries at names that are not accounts: counted and locked as an account's would be,
without keeping what was typed.

An attacker probing for usernames must not be able to tell a made-up name from a real one by the
answers, so a made-up name also "locks" after the office's number of tries. Those tries have to be
remembered across processes and workstations, so they live in the database: in the audit trail,
which records every failed sign-in anyway. Each entry for an unknown name carries, instead of the
name, a tag: an argon2id hash of the name with a per-database salt, at the same cost as checking a
password. Tries at one name can be correlated, and a password typed into the username box is no
cheaper to guess from the trail than from the account's own password hash. Computing the tag is
also the one argon2 run such a try costs, as checking a password is for an account.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher

from desktop_app.services import audit
from desktop_app.services.session import Session, workstation_name
from desktop_app.services.settings import LockoutPolicy
from models.audit import AuditEntry
from models.base import utcnow
from models.database import db
from models.org import Setting

UNKNOWN_ACCOUNT = "unknown account"  # the audit trail's username for every name that is no account
SALT_KEY = "signin_name_salt"  # an office setting nobody edits: the salt of the tags
TAG_PREFIX = "unknown-"
_TRIED = {"reason": UNKNOWN_ACCOUNT}
_TRIED_AND_LOCKED = {"reason": f"{UNKNOWN_ACCOUNT}; locked as an account would be"}
_ALREADY_LOCKED = {"reason": f"{UNKNOWN_ACCOUNT}; locked"}


@dataclass(frozen=True)
class UnknownTry:
    locked_minutes: int  # more than 0: the name was already "locked"; the minutes left
    locks_now: bool  # this try used up the allowance, as an account's last try would


def _salt() -> bytes:
    """This database's salt for the tags, made on first use (two workstations at once agree)."""
    row = Setting.get_or_none(Setting.key == SALT_KEY)
    if row is None:
        fresh = json.dumps(secrets.token_hex(16))
        Setting.insert(key=SALT_KEY, value=fresh).on_conflict_ignore().execute()
        row = Setting.get(Setting.key == SALT_KEY)
    return bytes.fromhex(json.loads(row.value))


def name_tag(hasher: PasswordHasher, typed: str) -> str:
    """The tag recorded for a typed name: slow and salted on purpose (see the module docstring).

    The name is normalised as account names are, so 'Nobody ' and 'nobody' count as one name.
    """
    name = " ".join((typed or "").split()).lower()
    encoded = hasher.hash(name, salt=_salt())
    digest = hashlib.sha256(encoded.rsplit("$", 1)[1].encode("ascii")).hexdigest()
    return TAG_PREFIX + digest[:24]


def _locked_until(tag: str, policy: LockoutPolicy) -> tuple[datetime | None, int]:
    """When the name's last "lock" ends, and the wrong tries counted since it began."""
    counted = (audit.canonical(_TRIED), audit.canonical(_TRIED_AND_LOCKED))
    recent = (
        AuditEntry.select(AuditEntry.at, AuditEntry.after)
        .where(
            (AuditEntry.record_type == "user")
            & (AuditEntry.record_id == tag)
            & AuditEntry.after.in_(counted)
        )
        .order_by(AuditEntry.id.desc())
        .limit(policy.attempts)
    )
    tries = 0
    for entry in recent:
        if entry.after == counted[1]:
            at = entry.at if isinstance(entry.at, datetime) else datetime.fromisoformat(entry.at)
            return at + timedelta(minutes=policy.minutes), tries
        tries += 1
    return None, tries


def record_unknown_try(tag: str, policy: LockoutPolicy) -> UnknownTry:
    """Audit a failed try at an unknown name and say how an account would have answered.

    The trail is read and appended to under the audit append lock, so the count is exact even
    with several workstations trying at once.
    """
    outcome = _audit_try(tag, policy)
    if not outcome.locked_minutes:
        _commit_as_an_account_would()
    return outcome


def _commit_as_an_account_would() -> None:
    """An account's open try commits twice: its count before the password check, its audit entry
    after. A made-up name's try commits only its audit entry, and the missing commit (a log flush)
    measured about 15 ms on PostgreSQL: enough to tell names apart. So the try makes one more
    commit of the same size, rewriting the salt's row as it is."""
    with db.atomic():
        Setting.update(value=Setting.value).where(Setting.key == SALT_KEY).execute()


def _audit_try(tag: str, policy: LockoutPolicy) -> UnknownTry:
    probe = Session(None, UNKNOWN_ACCOUNT, UNKNOWN_ACCOUNT, "anonymous", workstation_name())
    with db.atomic():
        audit.hold_append_lock()
        now = utcnow()
        until, tries = _locked_until(tag, policy)
        if until is not None and until > now:
            audit.record(probe, "signin_failed", "user", tag, None, _ALREADY_LOCKED)
            return UnknownTry(minutes_left(until, now), False)
        locks = tries + 1 >= policy.attempts
        audit.record(
            probe, "signin_failed", "user", tag, None, _TRIED_AND_LOCKED if locks else _TRIED
        )
        return UnknownTry(0, locks)


def minutes_left(until: datetime, now: datetime) -> int:
    """Whole minutes until a lock ends, rounded up, as the sign-in refusal says them."""
    return max(1, int((until - now).total_seconds() // 60) + 1)
