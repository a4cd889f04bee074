"""Every model in creation order, for create_tables and for tests."""

from __future__ import annotations

from peewee import Model

from models.audit import AuditAnchor, AuditEntry, SchemaVersion
from models.contacts import Contact, ContactMembership, ContactRole
from models.corrections import Attachment, AttachmentContent, ReportSupplement
from models.event_records import EventConcern, WalkFinding
from models.events import (
    Attendance,
    Event,
    EventOfficer,
    EventPartner,
    EventSeries,
    EventTask,
    EventTaskTemplate,
)
from models.interactions import Interaction, InteractionContact
from models.org import Category, Location, Setting, User, Zone
from models.patrol import PatrolEntry, PatrolEntryContact, PatrolShift
from models.privacy import AnonymisedContact, ContactKey
from models.problems import (
    IgnoredSuggestion,
    Problem,
    ProblemAction,
    ProblemPartner,
    ProblemReport,
)
from models.reports import Report, ReportDraft, ReportPerson, ReportSequence

ALL_MODELS: list[type[Model]] = [
    SchemaVersion,
    User,
    Zone,
    Location,
    Category,
    Setting,
    Contact,
    ContactRole,
    ContactMembership,
    ReportSequence,
    Report,
    ReportPerson,
    ReportDraft,
    PatrolShift,
    PatrolEntry,
    PatrolEntryContact,
    EventSeries,
    Event,
    EventOfficer,
    EventPartner,
    EventTask,
    EventTaskTemplate,
    Attendance,
    Problem,
    ProblemPartner,
    ProblemReport,
    ProblemAction,
    IgnoredSuggestion,
    Interaction,
    InteractionContact,
    EventConcern,
    WalkFinding,
    ReportSupplement,
    Attachment,
    AttachmentContent,
    AuditEntry,
    AuditAnchor,
    ContactKey,
    AnonymisedContact,
]
