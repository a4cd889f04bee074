"""Sealing a contact's personal values in the audit trail with the contact's own key
(crypto-shredding).

An entry about a contact (record type "contact" and the contact's id, or a nested dict with the
contact's "id", as a merge writes both contacts) keeps its field names and every other value in
the clear; each personal value becomes "sealed:v1:<contact id>:<Fernet token>". The entry's hash
covers that text. Reading the trail opens what it can; once the contact is anonymised its key is
gone and the value reads as ERASED.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from cryptography.fernet import Fernet, InvalidToken

from models.privacy import ContactKey

PERSONAL_FIELDS = frozenset(
    {"name", "name_key", "organisation", "phone", "phone_digits", "email", "address", "notes"}
)
PREFIX = "sealed:v1:"
ERASED = "(erased)"

KeyFor = Callable[[int], str | None]


def _contact_id(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def key_for(contact_id: int, create: bool = True) -> str | None:
    """The contact's key, made now (in the caller's transaction) when it has none and create."""
    row = ContactKey.get_or_none(ContactKey.contact_id == contact_id)
    if row is not None:
        return str(row.key)
    if not create:
        return None
    key = Fernet.generate_key().decode("ascii")
    ContactKey.create(contact_id=contact_id, key=key)
    return key


def is_sealed(value: object) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX)


def _seal_dict(values: Mapping[str, Any], contact_id: int | None, keys: KeyFor) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, Mapping):
            nested = _contact_id(value.get("id"))
            out[name] = _seal_dict(value, nested, keys) if nested is not None else dict(value)
        elif (
            contact_id is not None
            and name in PERSONAL_FIELDS
            and value not in (None, "")
            and not is_sealed(value)
        ):
            key = keys(contact_id)
            token = Fernet(key.encode("ascii")).encrypt(json.dumps(value).encode("utf-8"))  # type: ignore[union-attr]
            out[name] = f"{PREFIX}{contact_id}:{token.decode('ascii')}"
        else:
            out[name] = value
    return out


def seal(
    record_type: str,
    record_id: object,
    values: Mapping[str, Any] | None,
    keys: KeyFor = key_for,
) -> Mapping[str, Any] | None:
    """values with the contacts' personal values sealed; others as they are."""
    if values is None:
        return None
    top = _contact_id(record_id) if record_type == "contact" else None
    return _seal_dict(values, top, keys)


def sealed_contacts(values: object) -> set[int]:
    """The contact ids whose sealed values occur in values (a decoded before or after)."""
    found: set[int] = set()
    if isinstance(values, Mapping):
        for value in values.values():
            found |= sealed_contacts(value)
    elif is_sealed(values):
        head = str(values)[len(PREFIX) :].split(":", 1)[0]
        if head.isdigit():
            found.add(int(head))
    return found


def keys_of(contact_ids: Iterable[int]) -> dict[int, str]:
    """The keys still held for these contacts (one query)."""
    ids = sorted(set(contact_ids))
    if not ids:
        return {}
    rows = ContactKey.select(ContactKey.contact_id, ContactKey.key).where(
        ContactKey.contact_id.in_(ids)
    )
    return {int(r.contact_id): str(r.key) for r in rows}


def unseal(values: Any, keys: Mapping[int, str]) -> Any:
    """values with each sealed value opened with its contact's key, or ERASED without one."""
    if isinstance(values, Mapping):
        return {name: unseal(value, keys) for name, value in values.items()}
    if not is_sealed(values):
        return values
    head, _, token = str(values)[len(PREFIX) :].partition(":")
    key = keys.get(int(head)) if head.isdigit() else None
    if key is None:
        return ERASED
    try:
        return json.loads(Fernet(key.encode("ascii")).decrypt(token.encode("ascii")))
    except (InvalidToken, ValueError):
        return ERASED
