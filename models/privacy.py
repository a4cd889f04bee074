"""Privacy (schema v10): each contact's key that seals their personal values in the audit trail,
and the contacts that have been anonymised."""

from __future__ import annotations

from peewee import DateTimeField, IntegerField, TextField

from models.base import BaseModel, utcnow


class ContactKey(BaseModel):
    """The key (Fernet, base64) a contact's personal values in audit entries are sealed with.
    Anonymising the contact deletes it: the sealed values can then never be read again, while
    the hash chain, which covers the sealed text, stays whole. No foreign key: a key outlives
    nothing it should not, and is removed only by anonymising."""

    contact_id = IntegerField(unique=True)
    key = TextField()
    created_at = DateTimeField(default=utcnow)


class AnonymisedContact(BaseModel):
    """A contact whose identifying details were erased, and when: kept apart from the contact row
    so nothing else needs to know, and free of personal data itself."""

    contact_id = IntegerField(unique=True)
    at = DateTimeField(default=utcnow)
    by_username = TextField(default="")
