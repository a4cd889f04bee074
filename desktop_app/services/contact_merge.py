"""Merging two contacts that are one person or organisation: per field, the value kept; every
record that points at the other moves to the kept one; the other stays, pointing at the kept one
(merged_into) so old links still resolve. One transaction, one audit entry."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop_app.services import audit
from desktop_app.services.clock import now_utc, stored_datetime, to_local
from desktop_app.services.contact_links import link_counts, move_links
from desktop_app.services.contacts import phone_digits
from desktop_app.services.errors import ValidationError
from desktop_app.services.import_journal import refuse_running_imports
from desktop_app.services.permissions import require
from desktop_app.services.session import Session
from desktop_app.services.validation import clean_text
from desktop_app.vocabulary import CHANNEL_LABELS, CONTACT_KIND_LABELS, label
from models.base import name_key
from models.contacts import Contact
from models.database import db
from models.org import Zone
from models.privacy import AnonymisedContact

KEPT, OTHER, BOTH = "kept", "other", "both"  # a field's choice; BOTH only for notes
# Columns computed from another, set again from the chosen value rather than chosen.
DERIVED = {"name_key": ("name", name_key), "phone_digits": ("phone", phone_digits)}
# Kept by the database's triggers from the interactions (schema v8), which the merge moves.
ACTIVITY = {"last_contact_at", "follow_up_on"}
_NOT_CHOSEN = {"id", "merged_into", "created_at", "updated_at", *DERIVED, *ACTIVITY}
JOINED = ("notes",)  # fields whose two values may be kept together


def _group(name: str) -> str:
    """The choice a column belongs to: the consent columns (given, when, how, and any added
    later) are chosen together; every other column is its own choice."""
    return "consent" if name.startswith("consent") else name


def merge_fields() -> dict[str, list[str]]:
    """Choice -> its columns, in the model's order: found from the model, so a column added
    later is offered too."""
    fields: dict[str, list[str]] = {}
    for field in Contact._meta.sorted_fields:
        if field.name not in _NOT_CHOSEN:
            fields.setdefault(_group(field.name), []).append(field.name)
    return fields


@dataclass(frozen=True)
class MergeSide:
    """One of the two contacts as the merge shows it: its stored values by field, its zone's
    name, when it was last changed and how many records point at it, by table."""

    id: int
    values: dict[str, Any]
    zone_name: str
    updated_at: datetime | None
    links: dict[str, int]

    def shown(self, choice: str) -> str:
        """A field's value as text (the command line's; the dialog words some itself)."""
        values = self.values
        if choice == "zone":
            return self.zone_name
        if choice == "kind":
            return label(CONTACT_KIND_LABELS, values["kind"])
        if choice == "preferred_channel":
            return label(CHANNEL_LABELS, values["preferred_channel"])
        if choice == "consent":
            if not values["consent"]:
                return "no"
            at = values.get("consent_at")
            when = f"{to_local(stored_datetime(at)):%d %b %Y}" if at else ""
            return ", ".join(p for p in ("yes", when, values.get("consent_method") or "") if p)
        value = values.get(choice)
        return "" if value is None else " ".join(str(value).split())

    def empty(self, choice: str) -> bool:
        return all(self.values.get(c) in (None, "", False) for c in merge_fields()[choice])


@dataclass(frozen=True)
class MergePreview:
    kept: MergeSide
    other: MergeSide

    def choices(self, prefer: str = "newer") -> dict[str, str]:
        """A choice for each field: the side with a value; where both have one that differ,
        the kept one's (prefer='kept', the command line) or the one changed last ('newer')."""
        chosen = {}
        for choice in merge_fields():
            if self.kept.empty(choice) and not self.other.empty(choice):
                chosen[choice] = OTHER
            elif self.other.empty(choice) or prefer == KEPT or self._same(choice):
                chosen[choice] = KEPT
            else:
                newer = (self.other.updated_at or datetime.min) > (
                    self.kept.updated_at or datetime.min
                )
                chosen[choice] = OTHER if newer else KEPT
        return chosen

    def _same(self, choice: str) -> bool:
        return all(self.kept.values[c] == self.other.values[c] for c in merge_fields()[choice])


@dataclass(frozen=True)
class MergeResult:
    kept_id: int
    merged_id: int
    values: dict[str, Any]  # the kept contact's values after the merge, by field
    moved: dict[str, int]  # table -> records moved to the kept contact
    dropped: dict[str, int]  # table -> links the kept contact had already (removed)


def _values(contact: Contact) -> dict[str, Any]:
    data = contact.__data__
    return {name: data.get(name) for names in merge_fields().values() for name in names}


def _side(contact: Contact) -> MergeSide:
    zone_id = contact.__data__.get("zone")
    zone = Zone.get_or_none(Zone.id == zone_id) if zone_id is not None else None
    return MergeSide(
        contact.id,
        _values(contact),
        zone.name if zone is not None else "",
        stored_datetime(contact.updated_at),
        link_counts(contact.id),
    )


def _both(keep_id: int, other_id: int) -> tuple[Contact, Contact]:
    if keep_id == other_id:
        raise ValidationError("contact", "Choose two different contacts to merge")
    kept = Contact.get_or_none(Contact.id == keep_id)
    other = Contact.get_or_none(Contact.id == other_id)
    missing = keep_id if kept is None else other_id if other is None else None
    if missing is not None:
        raise ValidationError("contact", f"There is no contact with id {missing}")
    assert kept is not None and other is not None
    for contact in (kept, other):
        into = contact.__data__["merged_into"]
        if into is not None:
            raise ValidationError(
                "contact",
                f"“{contact.name}” (id {contact.id}) was merged into contact {into} already; "
                f"merge into {into} instead",
            )
    erased: Any = AnonymisedContact.select(AnonymisedContact.contact_id).where(
        AnonymisedContact.contact_id.in_([keep_id, other_id])
    )
    for (erased_id,) in erased.tuples():
        raise ValidationError(
            "contact",
            f"Contact {erased_id} was anonymised: it cannot be merged (that would tie the "
            "erased person's records to a named contact again)",
        )
    return kept, other


def merge_preview(session: Session, keep_id: int, other_id: int) -> MergePreview:
    """Both contacts side by side, with the records that point at each."""
    require(session, "contact.merge")
    kept, other = _both(keep_id, other_id)
    return MergePreview(_side(kept), _side(other))


def _chosen(
    kept: dict[str, Any], other: dict[str, Any], choices: Mapping[str, str]
) -> tuple[dict[str, Any], list[str]]:
    """The kept contact's new values, and the fields taken (wholly or partly) from the other."""
    values = dict(kept)
    taken = []
    for choice, columns in merge_fields().items():
        pick = choices.get(choice, KEPT)
        if pick not in (KEPT, OTHER, BOTH) or (pick == BOTH and choice not in JOINED):
            raise ValidationError(choice, f"“{pick}” is not a choice for {choice}")
        if pick == KEPT:
            continue
        taken.append(choice)
        for column in columns:
            if pick == OTHER:
                values[column] = other[column]
            else:
                parts = [v for v in (kept[column], other[column]) if v]
                joined = "\n\n".join(dict.fromkeys(parts))
                values[column] = clean_text(choice, joined, max_length=5000)
    return values, taken


def merge_contacts(
    session: Session, keep_id: int, other_id: int, choices: Mapping[str, str] | None = None
) -> MergeResult:
    """Merge other_id into keep_id: the kept contact takes the chosen values (choices: field ->
    KEPT, OTHER or, for notes, BOTH; a field not named keeps the kept contact's value), every
    record pointing at the other moves to it, and the other points at it (merged_into)."""
    require(session, "contact.merge")
    with db.atomic():
        kept, other = _both(keep_id, other_id)
        refuse_running_imports([("contact", Contact, keep_id), ("contact", Contact, other_id)])
        before = _values(kept)
        values, taken = _chosen(before, _values(other), choices or {})
        moved, dropped = move_links(keep_id, other_id)
        now = now_utc()
        derived = {name: derive(values[source]) for name, (source, derive) in DERIVED.items()}
        Contact.update({**values, **derived, "updated_at": now}).where(
            Contact.id == keep_id
        ).execute()
        Contact.update(merged_into=keep_id, updated_at=now).where(Contact.id == other_id).execute()
        after = {
            **values,
            "merged_from": other_id,
            "taken_from_merged": taken,
            "moved": moved,
            **({"duplicate_links_dropped": dropped} if dropped else {}),
        }
        audit.record(session, "merge", "contact", keep_id, before, after)
    return MergeResult(keep_id, other_id, values, moved, dropped)


def resolve_contact(contact_id: int) -> int:
    """The contact an id stands for now: the one it was merged into (however many merges ago),
    or itself."""
    seen = {contact_id}
    current = contact_id
    while True:
        into = Contact.select(Contact.merged_into).where(Contact.id == current).scalar()
        if into is None or into in seen:
            return current
        seen.add(into)
        current = into
