"""Possible duplicate contacts: the same phone number however it is written, the same email in
any case, or names alike once accents and case are set aside. Blocking, not all pairs: contacts
are grouped by a key (the number, the address, the first letters of two name words) and only
those in one group are compared, so 50,000 contacts take seconds, not hours.

A phone, email or name that more than SHARED contacts have is a switchboard, a family's
address or a common name, not a sign of one person entered twice: it is not listed."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from anyascii import anyascii
from rapidfuzz import fuzz, process

from desktop_app.services import audit
from desktop_app.services.clock import now_utc
from desktop_app.services.errors import ValidationError
from desktop_app.services.office_settings import load_office_settings
from desktop_app.services.permissions import require
from desktop_app.services.phones import digits_of, e164
from desktop_app.services.session import Session
from models.contacts import Contact
from models.database import db
from models.org import Setting
from models.privacy import AnonymisedContact

NAME_THRESHOLD = 90  # token-sort ratio (0-100) from which two names count as alike
SHARED = 10  # more contacts than this with one phone, email or name: not a duplicate sign
NOT_DUPLICATE = "contact.not_duplicate."  # Setting keys: a pair the office said are two people
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class PairContact:
    id: int
    name: str
    organisation: str
    phone: str
    email: str


@dataclass(frozen=True)
class DuplicatePair:
    """Two contacts that may be one, and why: first has the lower id."""

    first: PairContact
    second: PairContact
    same_phone: bool
    same_email: bool
    name_score: int | None  # 0-100 when the names are alike, else None

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why they matched, as the command line prints it ('same phone', 'similar names (92)')."""
        found = ["same phone"] if self.same_phone else []
        found += ["same email"] if self.same_email else []
        if self.name_score is not None:
            found.append(f"similar names ({self.name_score})")
        return tuple(found)

    @property
    def strength(self) -> tuple[int, int]:
        signs = self.same_phone + self.same_email + (self.name_score is not None)
        return signs, self.name_score or 0


def fold_name(name: str) -> str:
    """A name with accents, case, punctuation and word order set aside: 'Wiśniewska, Anna' and
    'anna wisniewska' both give 'anna wisniewska'."""
    return " ".join(sorted(_WORD.findall(anyascii(name).casefold())))


def email_key(email: str) -> str:
    email = email.strip().casefold()
    return email if "@" in email else ""


def _phone_key(phone: str, country: str) -> str:
    """The number in E.164 (+441614960431), or its digits when it is not a possible number."""
    return e164(phone, country) or digits_of(phone)


def phone_keys(phones: Iterable[tuple[int, str]], region: str) -> dict[int, str]:
    """contact id -> E.164 key, for the numbers that may equal another: one number written two
    ways ends in the same digits, so only numbers sharing their last seven are parsed."""
    by_tail: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for contact_id, phone in phones:
        digits = "".join(ch for ch in phone if ch.isdigit())
        if len(digits) >= 5:
            by_tail[digits[-7:]].append((contact_id, phone))
    keys: dict[int, str] = {}
    seen: dict[str, str] = {}
    for group in by_tail.values():
        if len(group) < 2:
            continue
        for contact_id, phone in group:
            if phone not in seen:
                seen[phone] = _phone_key(phone, region)
            keys[contact_id] = seen[phone]
    return keys


def _name_blocks(folded: Iterable[str]) -> dict[str, list[str]]:
    """Block key -> the folded names in it: a pair of the first two letters of two of its words
    (word order and a typo after the second letter still meet), or of a one-word name its first
    three letters."""
    blocks: dict[str, list[str]] = defaultdict(list)
    for name in folded:
        words = sorted({w for w in name.split() if len(w) >= 2})
        if len(words) == 1:
            blocks["1:" + words[0][:3]].append(name)
        for a, b in combinations(words, 2):
            blocks[f"{a[:2]}|{b[:2]}"].append(name)
    return blocks


def similar_names(folded: Iterable[str]) -> dict[tuple[str, str], int]:
    """(name a, name b) -> score for distinct folded names alike enough, a < b."""
    found: dict[tuple[str, str], int] = {}
    for names in _name_blocks(folded).values():
        if len(names) < 2:
            continue
        for i, name in enumerate(names):
            alike = process.extract(
                name, names, scorer=fuzz.token_sort_ratio, score_cutoff=NAME_THRESHOLD, limit=None
            )
            for other, score, j in alike:
                if j > i and other != name:
                    a, b = sorted((name, other))
                    found[(a, b)] = max(found.get((a, b), 0), round(score))
    return found


class _Pairs:
    """Pairs gathered by id, each with every reason it has."""

    def __init__(self, refused: set[tuple[int, int]]) -> None:
        self.refused = refused
        self.found: dict[tuple[int, int], dict[str, Any]] = {}

    def add(self, a: int, b: int, reason: str, value: object = True) -> None:
        pair = (min(a, b), max(a, b))
        if a != b and pair not in self.refused:
            self.found.setdefault(pair, {})[reason] = value

    def add_groups(self, keys: dict[int, str], reason: str) -> None:
        groups: dict[str, list[int]] = defaultdict(list)
        for contact_id, key in keys.items():
            if key:
                groups[key].append(contact_id)
        for ids in groups.values():
            if 2 <= len(ids) <= SHARED:
                for a, b in combinations(ids, 2):
                    self.add(a, b, reason)


def _add_names(pairs: _Pairs, names: dict[int, str]) -> None:
    members: dict[str, list[int]] = defaultdict(list)
    for contact_id, name in names.items():
        folded = fold_name(name)
        if folded:
            members[folded].append(contact_id)
    rare = {name: ids for name, ids in members.items() if len(ids) <= SHARED}
    for ids in rare.values():
        for a, b in combinations(ids, 2):
            pairs.add(a, b, "name", 100)
    for (a_name, b_name), score in similar_names(rare).items():
        for a in rare[a_name]:
            for b in rare[b_name]:
                pairs.add(a, b, "name", score)


class _TellApart:
    """Alike names alone are weak evidence: two contacts whose emails, phones (each side has
    one) or middle initials differ are two people (Emeka X. and Emeka Q. Fitzgerald, or two Anna
    Smiths with their own numbers), which in a town of 50,000 is most pairs of alike names."""

    def __init__(self, region: str) -> None:
        self.region = region
        self.phones: dict[str, str] = {}

    def _phone(self, phone: str) -> str:
        if phone not in self.phones:
            self.phones[phone] = _phone_key(phone, self.region) if phone.strip() else ""
        return self.phones[phone]

    def __call__(self, a: PairContact, b: PairContact) -> bool:
        for first, second in (
            (email_key(a.email), email_key(b.email)),
            (self._phone(a.phone), self._phone(b.phone)),
            (_initials(a.name), _initials(b.name)),
        ):
            if first and second and first != second:
                return True
        return False


def _initials(name: str) -> str:
    """The one-letter words of a name (its middle initials), folded: 'Anna K. Smith' gives 'k'."""
    return " ".join(w for w in fold_name(name).split() if len(w) == 1)


def not_duplicate_pairs() -> set[tuple[int, int]]:
    keys: Any = Setting.select(Setting.key).where(Setting.key.startswith(NOT_DUPLICATE)).tuples()
    pairs = set()
    for (key,) in keys:
        first, _, second = key[len(NOT_DUPLICATE) :].partition(".")
        if first.isdigit() and second.isdigit():
            pairs.add((int(first), int(second)))
    return pairs


def find_duplicates(session: Session, limit: int | None = None) -> list[DuplicatePair]:
    """Possible duplicates among the contacts not merged away nor anonymised (their labels
    read alike, and they may not be merged), strongest first (most reasons, then the most alike
    names), each pair once; pairs marked as two people are left out."""
    require(session, "contact.merge")
    erased = AnonymisedContact.select(AnonymisedContact.contact_id)
    rows: Any = (
        Contact.select(Contact.id, Contact.name, Contact.organisation, Contact.phone, Contact.email)
        .where(Contact.merged_into.is_null() & Contact.id.not_in(erased))
        .tuples()
    )
    contacts = {row[0]: PairContact(*row) for row in rows}
    pairs = _Pairs(not_duplicate_pairs())
    region = load_office_settings().country_code()
    pairs.add_groups(phone_keys(((c.id, c.phone) for c in contacts.values()), region), "phone")
    pairs.add_groups({c.id: email_key(c.email) for c in contacts.values()}, "email")
    _add_names(pairs, {c.id: c.name for c in contacts.values()})
    told_apart = _TellApart(region)
    found = [
        DuplicatePair(contacts[a], contacts[b], "phone" in why, "email" in why, why.get("name"))
        for (a, b), why in pairs.found.items()
        if set(why) != {"name"} or not told_apart(contacts[a], contacts[b])
    ]
    found.sort(key=lambda p: (-p.strength[0], -p.strength[1], p.first.id, p.second.id))
    return found if limit is None else found[:limit]


def mark_not_duplicate(session: Session, first_id: int, second_id: int) -> None:
    """Record that two contacts are two people, so the pair is not offered again."""
    require(session, "contact.merge")
    a, b = min(first_id, second_id), max(first_id, second_id)
    if a == b:
        raise ValidationError("contact", "Choose two different contacts")
    with db.atomic():
        found = Contact.select(Contact.id).where(Contact.id.in_((a, b))).count()
        if found != 2:
            raise ValidationError("contact", "That contact no longer exists; list them again")
        key = f"{NOT_DUPLICATE}{a}.{b}"
        value = json.dumps({"by": session.username, "at": now_utc().isoformat()})
        Setting.delete().where(Setting.key == key).execute()
        Setting.create(key=key, value=value)
        audit.record(session, "not_duplicate", "contact", a, None, {"not_duplicate_of": b})
