"""Walk-in and officer-raised reports, the people involved, numbering and unsaved drafts."""

from __future__ import annotations

from peewee import (
    SQL,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
    fn,
)

from models.base import BaseModel, utcnow
from models.contacts import Contact
from models.org import Category, Location, User, Zone

SEVERITIES = ("low", "medium", "high", "urgent")
STATUSES = ("new", "in_progress", "closed", "void")
SOURCES = ("walk_in", "phone", "email", "officer")
PERSON_ROLES = ("victim", "witness", "subject", "reporter")


class ReportSequence(BaseModel):
    """The last number issued per year; bumped inside the saving transaction so none repeats."""

    year = IntegerField(primary_key=True)
    last = IntegerField(default=0)


class Report(BaseModel):
    number = CharField(max_length=16, unique=True)  # WR-YYYY-NNNNN
    source = CharField(max_length=12, default="walk_in")
    received_at = DateTimeField(default=utcnow, index=True)
    occurred_at = DateTimeField(index=True)
    # Null only for reports imported from another system, where who took them is not known.
    received_by = ForeignKeyField(User, null=True, backref="reports_taken", on_delete="RESTRICT")
    reporter = ForeignKeyField(Contact, null=True, backref="reports_made", on_delete="RESTRICT")
    anonymous = BooleanField(default=False)
    category = ForeignKeyField(Category, null=True, backref="reports", on_delete="RESTRICT")
    severity = CharField(max_length=10, default="low")
    location = ForeignKeyField(Location, null=True, backref="reports", on_delete="RESTRICT")
    zone = ForeignKeyField(Zone, null=True, backref="reports", on_delete="RESTRICT")
    account = TextField(default="")
    action_taken = TextField(default="")
    police_notified = BooleanField(default=False)
    police_reference = CharField(max_length=60, default="")
    status = CharField(max_length=12, default="new", index=True)
    assigned_officer = ForeignKeyField(
        User, null=True, backref="reports_assigned", on_delete="RESTRICT"
    )
    follow_up_due = DateField(null=True, index=True)
    closed_at = DateTimeField(null=True)
    void_reason = TextField(default="")
    approved_by = ForeignKeyField(User, null=True, backref="reports_approved", on_delete="RESTRICT")
    approved_at = DateTimeField(null=True)
    updated_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = (
            (("category", "occurred_at"), False),
            (("location", "occurred_at"), False),
            (("zone", "occurred_at"), False),
            (("assigned_officer", "status"), False),
            # v7, for the monthly figures: closed in a month, or after it ended (received_at
            # makes both index-only), and voided in it
            (("status", "closed_at", "received_at"), False),
            (("status", "occurred_at"), False),
        )


# Indexes the report list's keyset pages want, sorted by severity or by number (year, then
# numerically: the services' NUMBER_ORDER, then the id). Expression indexes, so they are added
# here rather than in Meta; schema v7 creates them on an older database.
REPORT_LIST_INDEXES = (
    Report.index(Report.severity, Report.id, name="report_severity_id"),
    Report.index(
        fn.SUBSTR(Report.number, SQL("4"), SQL("4")),
        fn.LENGTH(Report.number),
        Report.number,
        Report.id,
        name="report_number_order",
    ),
)
for _index in REPORT_LIST_INDEXES:
    Report.add_index(_index)


class ReportPerson(BaseModel):
    """Someone involved in a report: a contact, or a described person who is not one."""

    report = ForeignKeyField(Report, backref="people", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, null=True, backref="involvements", on_delete="RESTRICT")
    name = CharField(max_length=160, default="")
    role = CharField(max_length=12)
    description = TextField(default="")


class ReportDraft(BaseModel):
    """An unsaved form autosaved while it is edited, offered back after a crash (schema v2)."""

    user = ForeignKeyField(User, backref="drafts", on_delete="CASCADE")
    form = CharField(max_length=40)
    data = TextField()
    updated_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("user", "form"), True),)
