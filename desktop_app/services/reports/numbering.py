"""Report numbers, WR-YYYY-NNNNN: read, checked, issued from a per-year sequence, never reused."""

from __future__ import annotations

import re

from peewee import SQL, fn

from desktop_app.services.errors import ServiceError, ValidationError
from models.database import is_sqlite
from models.reports import Report, ReportSequence

# Five digits or more: a busy year (or an import from an older system) can pass WR-YYYY-99999.
NUMBER_RE = re.compile(r"^WR-(\d{4})-(\d{5,})$")
NUMBER_IN_TEXT = re.compile(r"\bWR-\d{4}-\d{5,}\b", re.IGNORECASE)
MAX_NUMBER_LENGTH = 16  # Report.number's column

# The number sorts by year, then numerically (WR-2026-99999 before WR-2026-100000). The length
# stays a number when read back (peewee would make it text, like the column), so that a cursor
# holding it compares as one; 4 is written into the SQL, not bound, so that the query's
# expression is the index's (models/reports.py, report_number_order).
NUMBER_ORDER = (
    fn.SUBSTR(Report.number, SQL("4"), SQL("4")),
    fn.LENGTH(Report.number).coerce(False),
    Report.number,
)


def number_order(number: str) -> tuple[str, int, str]:
    """NUMBER_ORDER in Python: year, then numerically."""
    return number[3:7], len(number), number


def canonical_number(text: str) -> str:
    """A report number as stored (WR-2026-00042: upper case, five digits at least), or ""."""
    if not text:
        return ""
    found = NUMBER_RE.match(text.strip().upper())
    if not found:
        raise ValidationError("number", f"'{text}' is not a report number like WR-2026-00042")
    year, seq = found.group(1), int(found.group(2))
    number = f"WR-{year}-{seq:05d}"
    if len(number) > MAX_NUMBER_LENGTH:
        raise ValidationError("number", f"'{text}' is too long for a report number")
    if len(f"WR-{year}-{seq + 1:05d}") > MAX_NUMBER_LENGTH:  # the year's later numbers
        highest = f"WR-{year}-{10 ** (MAX_NUMBER_LENGTH - 8) - 2}"
        raise ValidationError(
            "number",
            f"'{number}' is too high: the numbers after it would not fit "
            f"(the highest is {highest})",
        )
    return number


def number_parts(number: str) -> tuple[int, int]:
    """The year and the sequence number of a canonical number."""
    found = NUMBER_RE.match(number)
    if not found:
        raise ValueError(f"not a canonical report number: {number!r}")
    return int(found.group(1)), int(found.group(2))


def check_number_unused(text: str) -> str:
    """A number given for a new report, canonical and not used already, or ""."""
    number = canonical_number(text)
    if not number:
        return ""
    if Report.select().where(Report.number == number).exists():
        raise ValidationError("number", f"{number} is already used by another report")
    return number


def next_number(year: int) -> str:
    """The next WR-YYYY-NNNNN; call inside the saving transaction, whose lock keeps it unique."""
    return take_numbers(year, 1)[0]


def take_numbers(year: int, count: int) -> list[str]:
    """The next count numbers of year, in one bump of the sequence (an import's batch)."""
    ReportSequence.insert(year=year, last=0).on_conflict_ignore().execute()
    ReportSequence.update(last=ReportSequence.last + count).where(
        ReportSequence.year == year
    ).execute()
    last = int(
        ReportSequence.select(ReportSequence.last).where(ReportSequence.year == year).scalar()
    )
    if len(f"WR-{year}-{last:05d}") > MAX_NUMBER_LENGTH:  # the caller's transaction rolls back
        raise ServiceError(
            f"the report numbers of {year} are used up: WR-{year}-{last:05d} would not fit "
            f"in {MAX_NUMBER_LENGTH} characters; ask your administrator to check the highest "
            f"number imported for {year}"
        )
    return [f"WR-{year}-{n:05d}" for n in range(last - count + 1, last + 1)]


def raise_sequence(year: int, seq: int) -> None:
    """A number given from elsewhere: later numbers of its year come after it."""
    # Two-argument MAX is SQLite's greatest-of; PostgreSQL spells it GREATEST.
    greatest = fn.MAX if is_sqlite() else fn.GREATEST
    ReportSequence.insert(year=year, last=seq).on_conflict(
        conflict_target=[ReportSequence.year],
        update={ReportSequence.last: greatest(ReportSequence.last, seq)},
    ).execute()
