"""Offices with known reports, for the PDF tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop_app.services.reports import ReportInput, ReportService


def add(office, when: datetime, category: str, location: str, n: int = 1, severity: str = "low"):
    service = ReportService(office.manager)
    made = []
    for i in range(n):
        made.append(
            service.create(
                ReportInput(
                    occurred_at=when.replace(minute=i % 60),
                    category=category,
                    location=location,
                    account=f"{category} number {i} at {location}, as told at the desk.",
                    anonymous=True,
                    severity=severity,
                )
            )
        )
    return made


@pytest.fixture
def month_office(office):
    """October 2026 against September 2026 and October 2025, with year-to-date history."""
    add(office, datetime(2026, 10, 3, 14, 0), "Theft", "Elm Street car park", 5)
    add(office, datetime(2026, 10, 9, 21, 0), "Vandalism", "Market Square", 3)
    add(office, datetime(2026, 10, 20, 9, 0), "Theft", "Market Square", 1, severity="urgent")
    void = add(office, datetime(2026, 10, 21, 9, 0), "Theft", "Market Square", 1)[0]
    ReportService(office.manager).void(void.row.id, "Entered twice by mistake")
    add(office, datetime(2026, 9, 12, 10, 0), "Theft", "Elm Street car park", 2)
    add(office, datetime(2026, 3, 1, 10, 0), "Theft", "Elm Street car park", 4)  # this year
    add(office, datetime(2025, 10, 15, 10, 0), "Theft", "Elm Street car park", 7)  # last year
    add(office, datetime(2025, 2, 15, 10, 0), "Vandalism", "Market Square", 2)
    return office
