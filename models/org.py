"""The office itself: users, zones, locations, report categories and office settings."""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from models.base import BaseModel, utcnow

ROLES = ("front_desk", "officer", "manager", "admin")


class User(BaseModel):
    username = CharField(max_length=64, unique=True)
    display_name = CharField(max_length=120)
    role = CharField(max_length=20, index=True)
    password_hash = CharField(max_length=255)
    active = BooleanField(default=True)
    failed_signins = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    last_signin_at = DateTimeField(null=True)
    created_at = DateTimeField(default=utcnow)


class Zone(BaseModel):
    name = CharField(max_length=80)
    name_key = CharField(max_length=80, unique=True)
    description = TextField(default="")
    active = BooleanField(default=True)


class Location(BaseModel):
    name = CharField(max_length=120)
    name_key = CharField(max_length=120, unique=True)
    address = CharField(max_length=200, default="")
    zone = ForeignKeyField(Zone, null=True, backref="locations", on_delete="RESTRICT")
    kind = CharField(max_length=40, default="")  # car park, street, shop, school, ...
    active = BooleanField(default=True)


class Category(BaseModel):
    name = CharField(max_length=80)
    name_key = CharField(max_length=80, unique=True)
    sort_order = IntegerField(default=0)
    active = BooleanField(default=True)


class Setting(BaseModel):
    """Office settings as JSON values under a key (office name, time zone, paper size, ...)."""

    key = CharField(max_length=64, primary_key=True)
    value = TextField()
