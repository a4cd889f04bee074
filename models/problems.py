"""SARA problem-solving: recurring local problems, their partners, reports and action log."""

from __future__ import annotations

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from models.base import BaseModel, utcnow
from models.contacts import Contact
from models.org import Category, Location, User, Zone
from models.reports import Report

STAGES = ("scanning", "analysis", "response", "assessment", "closed")
RESULTS = ("eliminated", "reduced", "displaced", "no_change")


class Problem(BaseModel):
    title = CharField(max_length=160)
    location = ForeignKeyField(Location, null=True, backref="problems", on_delete="SET NULL")
    zone = ForeignKeyField(Zone, null=True, backref="problems", on_delete="SET NULL")
    identified_on = DateField()
    stage = CharField(max_length=12, default="scanning", index=True)
    coordinator = ForeignKeyField(User, null=True, backref="problems", on_delete="SET NULL")
    description = TextField(default="")
    analysis = TextField(default="")
    response_plan = TextField(default="")
    baseline_from = DateField(null=True)
    baseline_to = DateField(null=True)
    baseline_count = IntegerField(null=True)
    after_from = DateField(null=True)
    after_to = DateField(null=True)
    after_count = IntegerField(null=True)
    result = CharField(max_length=12, default="")
    closed_on = DateField(null=True)
    created_at = DateTimeField(default=utcnow)
    # Schema v12 (appended by the migration, so last here too): when the problem reached its
    # stage (the Today page lists problems waiting at one for more than 30 days).
    stage_since = DateTimeField(null=True, default=utcnow)
    closing_note = TextField(default="")  # what the manager said when closing it


class ProblemPartner(BaseModel):
    problem = ForeignKeyField(Problem, backref="partners", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, backref="problems_partnered", on_delete="CASCADE")

    class Meta:
        indexes = ((("problem", "contact"), True),)


class ProblemReport(BaseModel):
    problem = ForeignKeyField(Problem, backref="report_links", on_delete="CASCADE")
    report = ForeignKeyField(Report, backref="problem_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("problem", "report"), True), (("report",), False))


class ProblemAction(BaseModel):
    problem = ForeignKeyField(Problem, backref="actions", on_delete="CASCADE")
    on = DateField()
    by = ForeignKeyField(User, null=True, backref="problem_actions", on_delete="SET NULL")
    action = TextField()
    partner = ForeignKeyField(Contact, null=True, backref="problem_actions", on_delete="SET NULL")
    created_at = DateTimeField(default=utcnow)


class IgnoredSuggestion(BaseModel):
    """Schema v12: a suggested problem (a place where reports of one category repeat) that a
    manager set aside. It stays set aside until a report of that category at that place comes
    in after `latest_report_at`, the newest one the manager saw."""

    location = ForeignKeyField(Location, backref="ignored_suggestions", on_delete="CASCADE")
    category = ForeignKeyField(Category, backref="ignored_suggestions", on_delete="CASCADE")
    latest_report_at = DateTimeField()
    ignored_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    ignored_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("location", "category"), True),)
