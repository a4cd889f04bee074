"""Loading the demo: the checks before, the generators in their fixed order, the audit after."""

from __future__ import annotations

from datetime import UTC, date, datetime

from desktop_app.demo.bulk import fix_sequences
from desktop_app.demo.contacts import make_contacts
from desktop_app.demo.events import make_events
from desktop_app.demo.interactions import make_interactions
from desktop_app.demo.names import DEMO_PASSWORD
from desktop_app.demo.office import make_office
from desktop_app.demo.patrols import make_patrols
from desktop_app.demo.problems import make_problems
from desktop_app.demo.reports import make_reports
from desktop_app.demo.run import DemoRun, Progress
from desktop_app.demo.scales import SCALES, DemoSummary
from desktop_app.services import audit
from desktop_app.services.errors import ValidationError
from desktop_app.services.office_settings import load_office_settings
from desktop_app.services.permissions import require
from desktop_app.services.session import Session
from models.contacts import Contact
from models.database import db
from models.patrol import PatrolEntry
from models.reports import Report


def office_is_empty() -> bool:
    """True while the office has no reports, patrol entries or contacts (the demo may go in)."""
    return not (
        Report.select().exists() or PatrolEntry.select().exists() or Contact.select().exists()
    )


def load_demo(
    session: Session,
    seed: int = 1,
    scale: str = "small",
    until: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty office with the demo, in one transaction (all or nothing)."""
    require(session, "picklist.manage")
    if scale not in SCALES:
        raise ValidationError("scale", "scale must be small or large")
    if not office_is_empty():
        raise ValidationError(
            "database",
            "this database already holds records; load the demo into a "
            "new, empty database (use --db to choose one)",
        )
    tz = load_office_settings().zone()
    end = until or datetime.now(UTC).astimezone(tz).date()
    run = DemoRun(seed, SCALES[scale], end, tz, progress)
    with db.atomic():
        return build(run, session)


def build(run: DemoRun, actor: Session) -> DemoSummary:
    """Every generator in turn (the order fixes what the random source gives each)."""
    run.progress(1, "office and staff")
    office = make_office(run)
    run.progress(5, "contacts")
    people = make_contacts(run, office)
    run.progress(10, "reports")
    reports = make_reports(run, office, people)
    run.progress(30, "patrol logs")
    shifts, entries = make_patrols(run, office, people, reports)
    run.progress(85, "interactions")
    interactions = make_interactions(run, office, people, reports)
    run.progress(90, "events")
    events = make_events(run, office, people)
    run.progress(95, "problems")
    problems = make_problems(run, office, people, reports)
    fix_sequences()
    summary = DemoSummary(
        users=len(office.user_ids),
        zones=len(office.zone_ids),
        locations=len(office.locations),
        contacts=len(people.contact_ids),
        shifts=shifts,
        patrol_entries=entries,
        reports=len(reports),
        interactions=interactions,
        events=events,
        problems=problems,
        password=DEMO_PASSWORD,
    )
    after = {k: v for k, v in summary.__dict__.items() if k != "password"}
    audit.record(
        actor,
        "demo_load",
        "database",
        "",
        None,
        {"scale": run.scale.name, "until": run.until.isoformat(), **after},
    )
    run.progress(100, "done")
    return summary
