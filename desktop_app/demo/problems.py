"""The demo's problems: five SARA cases at hot spots, counted from the demo's own reports."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from desktop_app.demo.bulk import Bulk, Ids
from desktop_app.demo.contacts import People
from desktop_app.demo.office import Office
from desktop_app.demo.reports import ReportFact
from desktop_app.demo.run import DemoRun
from models.problems import Problem, ProblemAction, ProblemPartner, ProblemReport

# (title, location, category of its reports, stage reached, result)
PLANS = (
    ("Bicycle thefts at Elm Street car park", "Elm Street car park", "Theft", "response", ""),
    (
        "Dark footpath behind Market Square",
        "Footpath behind Market Square",
        "Lighting / maintenance",
        "closed",
        "reduced",
    ),
    (
        "Late-night noise at Riverside Park",
        "Riverside Park",
        "Noise / disturbance",
        "analysis",
        "",
    ),
    ("Shoplifting at Harbour Road shops", "Harbour Road shops", "Theft", "scanning", ""),
    (
        "Parking at Oakfield Primary drop-off",
        "Oakfield Primary School",
        "Traffic / parking",
        "assessment",
        "",
    ),
)
STAGES = ("scanning", "analysis", "response", "assessment", "closed")
ACTIONS = (
    "Reviewed the reports and mapped the times",
    "Met partners on site",
    "Council agreed repairs",
    "Extra patrol passes added to the plan",
    "Leaflet drop to residents",
)
PROBLEM_COLUMNS = (
    "id",
    "title",
    "location_id",
    "zone_id",
    "identified_on",
    "stage",
    "coordinator_id",
    "description",
    "analysis",
    "response_plan",
    "baseline_from",
    "baseline_to",
    "baseline_count",
    "after_from",
    "after_to",
    "after_count",
    "result",
    "closed_on",
    "created_at",
    "stage_since",
    "closing_note",
)


def make_problems(run: DemoRun, office: Office, people: People, reports: list[ReportFact]) -> int:
    """Write the five problems with their reports, partner and actions; returns how many."""
    writer = _ProblemWriter(run, office, people, reports)
    for index, plan in enumerate(PLANS):
        writer.add(index, *plan)
    writer.flush()
    return len(PLANS)


class _Counts:
    """Reports in the 90 days before a problem was found and, once assessed, in 90 days after."""

    def __init__(self, run: DemoRun, identified: date, stage: str, occurred: list[date]) -> None:
        self.base_from = identified - timedelta(days=90)
        self.base_to = identified - timedelta(days=1)
        self.baseline = sum(1 for d in occurred if self.base_from <= d <= self.base_to)
        self.after_from: date | None = None
        self.after_to: date | None = None
        self.after: int | None = None
        if stage in ("assessment", "closed"):
            after_from = identified + timedelta(days=60)
            after_to = min(after_from + timedelta(days=89), run.until - timedelta(days=1))
            self.after = sum(1 for d in occurred if after_from <= d <= after_to)
            self.after_from, self.after_to = after_from, after_to

    def result(self) -> str:
        if self.after == 0:
            return "eliminated"
        return "reduced" if (self.after or 0) < self.baseline else "no_change"


class _ProblemWriter:
    def __init__(
        self, run: DemoRun, office: Office, people: People, reports: list[ReportFact]
    ) -> None:
        self.run = run
        self.office = office
        self.people = people
        self.reports = reports
        self.problems = Bulk(Problem, PROBLEM_COLUMNS)
        self.links = Bulk(ProblemReport, ["id", "problem_id", "report_id"], parents=[self.problems])
        self.acts = Bulk(
            ProblemAction,
            ["id", "problem_id", "on", "by_id", "action", "partner_id", "created_at"],
            parents=[self.problems],
        )
        self.partners = Bulk(
            ProblemPartner, ["id", "problem_id", "contact_id"], parents=[self.problems]
        )
        self.ids, self.link_ids = Ids(Problem), Ids(ProblemReport)
        self.act_ids, self.partner_ids = Ids(ProblemAction), Ids(ProblemPartner)

    def add(
        self, index: int, title: str, location: str, category: str, stage: str, result: str
    ) -> None:
        run = self.run
        loc_id, zone_id = self.office.locations[location]
        identified = run.start + timedelta(days=int(run.span * (0.25 + 0.1 * index)))
        matching = [
            (rid, occ)
            for rid, cat, loc, occ, _ in self.reports
            if cat == category and loc == location
        ]
        counts = _Counts(run, identified, stage, [occ.date() for _, occ in matching])
        p = self.ids.take()
        self.problems.add(
            p,
            title,
            loc_id,
            zone_id,
            identified,
            stage,
            run.rng.choice(self.office.officer_ids),
            f"Repeated {category.lower()} reports at {location}.",
            "Most incidents in the evening; poor lighting and no natural surveillance."
            if stage != "scanning"
            else "",
            "Joint patrols, lighting repairs with the council, advice to users."
            if stage in ("response", "assessment", "closed")
            else "",
            counts.base_from,
            counts.base_to,
            counts.baseline,
            counts.after_from,
            counts.after_to,
            counts.after,
            counts.result() if stage == "closed" else result,
            counts.after_to if stage == "closed" else None,
            run.utc(datetime.combine(identified, time(10, 0))),
            run.utc(datetime.combine(self._stage_since(identified, stage, counts), time(10, 0))),
            "Repairs done and patrols kept up; reports fell and stayed down."
            if stage == "closed"
            else "",
        )
        for rid, occ in matching:
            if occ.date() >= counts.base_from:
                self.links.add(self.link_ids.take(), p, rid)
        partner = self.people.partner_ids[index % 18]
        self.partners.add(self.partner_ids.take(), p, partner)
        self._actions(p, identified, stage, partner)

    def _stage_since(self, identified: date, stage: str, counts: _Counts) -> date:
        """A stage a fortnight each (or the day it closed), never after the demo's end."""
        if stage == "closed" and counts.after_to is not None:
            return counts.after_to
        reached = identified + timedelta(days=14 * STAGES.index(stage))
        return min(reached, self.run.until - timedelta(days=1))

    def _actions(self, p: int, identified: date, stage: str, partner: int) -> None:
        """One action for each stage reached and the next, every 12 days, none in the future."""
        rng = self.run.rng
        for k, text in enumerate(ACTIONS):
            on = identified + timedelta(days=7 + 12 * k)
            if on >= self.run.until or k > STAGES.index(stage) + 1:
                break
            self.acts.add(
                self.act_ids.take(),
                p,
                on,
                rng.choice(self.office.officer_ids),
                text,
                partner if k == 1 else None,
                self.run.utc(datetime.combine(on, time(15, 0))),
            )

    def flush(self) -> None:
        for bulk in (self.problems, self.links, self.acts, self.partners):
            bulk.flush()
