"""The demo's interactions: the desk's talk with each named reporter, and officers' contacts."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from desktop_app.demo import phrases as P
from desktop_app.demo.bulk import Bulk, Ids
from desktop_app.demo.contacts import People
from desktop_app.demo.office import Office
from desktop_app.demo.reports import ReportFact
from desktop_app.demo.run import DemoRun
from models.interactions import Interaction, InteractionContact

INTERACTION_COLUMNS = (
    "id",
    "occurred_at",
    "officer_id",
    "channel",
    "purpose",
    "summary",
    "duration_minutes",
    "follow_up_on",
    "is_tip",
    "report_id",
    "event_id",
    "problem_id",
    "created_at",
)


def make_interactions(
    run: DemoRun, office: Office, people: People, reports: list[ReportFact]
) -> int:
    """Write them all; returns how many."""
    writer = _InteractionWriter(run)
    _report_interactions(writer, run, office, reports)
    _other_interactions(writer, run, office, people)
    writer.flush()
    return writer.count


class _InteractionWriter:
    def __init__(self, run: DemoRun) -> None:
        self.rows = Bulk(Interaction, INTERACTION_COLUMNS)
        self.links = Bulk(
            InteractionContact, ["id", "interaction_id", "contact_id"], parents=[self.rows]
        )
        self.ids = Ids(Interaction)
        self.link_ids = Ids(InteractionContact)
        self.count = 0

    def take(self) -> int:
        return self.ids.take()

    def link(self, interaction: int, contact: int) -> None:
        """Each demo interaction has one contact, so its link is where it is counted."""
        self.links.add(self.link_ids.take(), interaction, contact)
        self.count += 1

    def flush(self) -> None:
        self.rows.flush()
        self.links.flush()


def _report_interactions(
    writer: _InteractionWriter, run: DemoRun, office: Office, reports: list[ReportFact]
) -> None:
    """The desk took each named reporter's report: an interaction with that contact."""
    rng = run.rng
    for rid, category, location, occurred, reporter in reports:
        if reporter is None:
            continue
        i = writer.take()
        local_at = min(
            occurred + timedelta(hours=rng.randint(1, 20)), run.end - timedelta(minutes=1)
        )
        at = run.utc(local_at)
        writer.rows.add(
            i,
            at,
            rng.choice(office.desk_ids),
            "walk_in",
            "Report taken",
            f"Took a {category.lower()} report about {location}.",
            rng.randint(5, 25),
            None,
            False,
            rid,
            None,
            None,
            at,
        )
        writer.link(i, reporter)


def _other_interactions(
    writer: _InteractionWriter, run: DemoRun, office: Office, people: People
) -> None:
    """Officers' calls, visits and meetings with partners and residents, now and then a tip."""
    rng = run.rng
    for _ in range(int(run.scale.interactions_per_day * run.span)):
        day = run.random_day()
        local = datetime.combine(day, time(rng.randint(8, 20), rng.randint(0, 59)))
        purpose = rng.choice(P.INTERACTION_PURPOSES)
        contact = (
            rng.choice(people.partner_ids)
            if rng.random() < 0.55
            else rng.choice(people.resident_ids)
        )
        i = writer.take()
        at = run.utc(local)
        follow = day + timedelta(days=rng.randint(7, 30)) if rng.random() < 0.15 else None
        writer.rows.add(
            i,
            at,
            rng.choice(office.officer_ids),
            run.pick_weighted(
                ("in_person", "phone", "email", "meeting", "text"), (40, 30, 15, 10, 5)
            ),
            purpose,
            f"{purpose} with {people.names[contact]}.",
            rng.randint(3, 60),
            follow,
            purpose == "Tip about activity",
            None,
            None,
            None,
            at,
        )
        writer.link(i, contact)
