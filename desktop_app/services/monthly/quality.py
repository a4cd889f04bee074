"""Data quality: what a manager should tidy up before trusting the month's numbers."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from desktop_app.services.clock import to_local
from desktop_app.services.monthly.periods import Periods, counted
from models.contacts import Contact
from models.reports import Report


@dataclass(frozen=True)
class QualitySection:
    missing_location_or_category: int
    overdue_follow_ups: int
    possible_duplicate_contacts: int


def collect_quality(p: Periods) -> QualitySection:
    missing = (
        Report.select()
        .where(counted(p.start, p.end) & (Report.location.is_null() | Report.category.is_null()))
        .count()
    )
    overdue = (
        Report.select()
        .where(
            Report.status.in_(("new", "in_progress"))
            & (Report.follow_up_due < to_local(p.end, p.zone).date())
        )
        .count()
    )
    duplicates = (
        Contact.select(Contact.name_key)
        .where(Contact.merged_into.is_null() & (Contact.name_key != ""))
        .group_by(Contact.name_key)
        .having(fn.COUNT(Contact.id) > 1)
        .count()
    )
    return QualitySection(missing, overdue, duplicates)
