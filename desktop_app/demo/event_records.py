"""What the demo's held events left behind: concerns raised (some followed up as interactions
with a follow-up date) and the findings of the lighting / safety walks (older ones mostly
fixed, recent ones open). Drawn from a random source of their own, so the rest of the demo
comes out as before."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from desktop_app.demo.bulk import Bulk, Ids
from desktop_app.demo.contacts import People
from desktop_app.demo.office import Office
from desktop_app.demo.run import DemoRun
from models.contacts import Contact
from models.event_records import EventConcern, WalkFinding
from models.interactions import Interaction, InteractionContact

CONCERNS = (
    "Cars speeding past the school gate at pick-up time.",
    "Street lamp out on the footpath behind the shops for weeks.",
    "Young people gathering in the bus shelter late at night; residents feel uneasy.",
    "Bikes stolen from the rack outside the library.",
    "Parking on the pavement makes pushchairs go into the road.",
    "Overgrown hedges hide the path from the houses opposite.",
    "Doorstep callers offering roof repairs to older residents.",
)
FINDINGS = (
    ("Street lamp out", "Report to the council's street lighting team."),
    ("Overgrown hedge hiding the path", "Ask the owner to cut it back below 1 m."),
    ("CCTV sign missing", "Shop to put up a sign at the entrance."),
    ("Broken lock on the bin store", "Managing agent to replace the lock."),
    ("Dark corner by the loading bay", "Business to fit a sensor light."),
    ("Gap in the fence", "Landowner to repair the fence panel."),
    ("Lighting fine", ""),
    ("Good sight lines from the road", ""),
)
SITES = ("Footpath behind Market Square", "Alley by the chip shop", "Car park stairwell")


@dataclass(frozen=True)
class HeldEvent:
    id: int
    kind: str
    starts: datetime  # office time, naive
    lead: int
    attended: tuple[int, ...]


class _RecordWriter:
    def __init__(self, run: DemoRun, office: Office, people: People) -> None:
        self.run, self.office, self.people = run, office, people
        self.rng = random.Random(f"{run.until.isoformat()}-{len(office.officer_ids)}-records")
        self.interactions = Bulk(
            Interaction,
            ["id", "occurred_at", "officer_id", "channel", "purpose", "summary",
             "follow_up_on", "follow_up_done_at", "is_tip", "event_id", "created_at"],
        )  # fmt: skip
        self.links = Bulk(
            InteractionContact,
            ["id", "interaction_id", "contact_id"],
            parents=[self.interactions],
        )
        self.concerns = Bulk(
            EventConcern,
            ["id", "event_id", "text", "contact_id", "interaction_id", "created_at"],
            parents=[self.interactions],
        )
        self.findings = Bulk(
            WalkFinding,
            ["id", "event_id", "location_id", "site", "item", "status", "recommendation",
             "business_id", "fixed_at", "fixed_by_id", "created_at"],
        )  # fmt: skip
        shops: Any = (
            Contact.select(Contact.id).where(Contact.kind == "business").order_by(Contact.id)
        )
        self.businesses = [c.id for c in shops] or people.partner_ids
        self.ids = (Ids(Interaction), Ids(InteractionContact), Ids(EventConcern), Ids(WalkFinding))

    def concerns_of(self, event: HeldEvent) -> None:
        rng, run = self.rng, self.run
        if rng.random() < 0.45 or not event.attended:
            return
        ends = event.starts + timedelta(hours=2)
        for text in rng.sample(CONCERNS, rng.randint(1, 2)):
            contact = rng.choice(event.attended)
            interaction = None
            if rng.random() < 0.35:  # a few become a follow-up with who raised it
                interaction = self._follow_up(event, contact, text, ends)
            self.concerns.add(
                self.ids[2].take(), event.id, text, contact, interaction, run.utc(ends)
            )

    def _follow_up(self, event: HeldEvent, contact: int, text: str, at: datetime) -> int:
        run = self.run
        due = at.date() + timedelta(days=self.rng.choice((7, 14)))
        done = run.utc(datetime.combine(due, time(11))) if due < run.until - timedelta(14) else None
        i = self.ids[0].take()
        self.interactions.add(
            i, run.utc(at), event.lead, "event", f"Concern raised: {text[:80]}", text, due, done,
            False, event.id, run.utc(at),
        )  # fmt: skip
        self.links.add(self.ids[1].take(), i, contact)
        return i

    def findings_of(self, event: HeldEvent) -> None:
        rng, run = self.rng, self.run
        places = list(self.office.locations.items())
        for item, recommendation in rng.sample(FINDINGS, rng.randint(3, 5)):
            ok = not recommendation
            if rng.random() < 0.6:
                location, site = rng.choice(places)[1][0], ""
            else:
                location, site = None, rng.choice(SITES)
            age = (run.until - event.starts.date()).days
            fixed = not ok and age > 45 and rng.random() < 0.75
            fixed_at = event.starts + timedelta(days=rng.randint(7, 40)) if fixed else None
            business = rng.choice(self.businesses) if not ok and rng.random() < 0.6 else None
            self.findings.add(
                self.ids[3].take(), event.id, location, site, item,
                "ok" if ok else ("fixed" if fixed else "needs_fixing"), recommendation, business,
                run.utc(fixed_at) if fixed_at else None, event.lead if fixed else None,
                run.utc(event.starts + timedelta(hours=2)),
            )  # fmt: skip

    def flush(self) -> None:
        for bulk in (self.concerns, self.links, self.findings):
            bulk.flush()


def make_event_records(run: DemoRun, office: Office, people: People, held: list[HeldEvent]) -> None:
    writer = _RecordWriter(run, office, people)
    for event in held:
        writer.concerns_of(event)
        if event.kind == "safety_walk":
            writer.findings_of(event)
    writer.flush()
