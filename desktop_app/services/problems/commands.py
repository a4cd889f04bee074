"""Working a problem: opening it (by hand or from a suggestion), moving it through SARA's stages,
linking reports and partners, logging actions, closing it with a result. One audited transaction
a change. Managers open, move and close problems (problem.manage); officers working one link
reports and partners, write the analysis and response plan and log actions (problem.act)."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.services import audit
from desktop_app.services.clock import now_local, now_utc
from desktop_app.services.errors import NotFound, ValidationError
from desktop_app.services.permissions import require
from desktop_app.services.problems.suggestions import Suggestion, worked_by
from desktop_app.services.problems.types import ProblemInput
from desktop_app.services.reports import canonical_number
from desktop_app.services.session import Session
from desktop_app.services.validation import Checks, choice, clean_line, clean_text
from models.contacts import Contact
from models.database import db, locked
from models.org import Location, User, Zone
from models.problems import (
    RESULTS,
    STAGES,
    Problem,
    ProblemAction,
    ProblemPartner,
    ProblemReport,
)
from models.reports import Report

MAX_TEXT = 20_000


def _problem(problem_id: int) -> Problem:
    """The problem, its row held until the transaction ends (a second manager waits, then
    reads what the first one wrote: on PostgreSQL a plain read would not wait)."""
    found: Problem | None = locked(Problem.select().where(Problem.id == problem_id)).first()
    if found is None:
        raise NotFound(f"no problem with id {problem_id}")
    return found


def _clean(data: ProblemInput) -> dict[str, Any]:
    checks = Checks()
    title = checks(lambda: clean_line("title", data.title, max_length=160, label="Title"))
    description = checks(lambda: clean_text("description", data.description, max_length=MAX_TEXT))
    identified = data.identified_on or now_local().date()
    if identified > now_local().date():
        checks.errors.append(
            ValidationError("identified_on", "Identified on cannot be later than today")
        )
    zone_id = data.zone_id
    if data.location_id is not None:
        place: Any = Location.get_or_none(Location.id == data.location_id)
        if place is None:
            checks.errors.append(ValidationError("location", "Choose a location from the list"))
        elif zone_id is None:
            zone_id = place.zone_id
    if zone_id is not None and Zone.get_or_none(Zone.id == zone_id) is None:
        checks.errors.append(ValidationError("zone", "Choose a zone from the list"))
    if data.coordinator_id is not None:
        who = User.get_or_none(User.id == data.coordinator_id)
        if who is None or not who.active or who.role not in ("officer", "manager"):
            checks.errors.append(
                ValidationError(
                    "coordinator", "The coordinator must be an active officer or manager"
                )
            )
    checks.done()
    return {
        "title": title,
        "description": description,
        "identified_on": identified,
        "location": data.location_id,
        "zone": zone_id,
        "coordinator": data.coordinator_id,
    }


def _fields(problem: Problem) -> dict[str, Any]:
    keep = (
        "title",
        "description",
        "identified_on",
        "location",
        "zone",
        "coordinator",
        "stage",
        "analysis",
        "response_plan",
        "baseline_from",
        "baseline_to",
        "after_from",
        "after_to",
        "result",
        "closed_on",
        "closing_note",
    )
    values = {}
    for name in keep:
        field = Problem._meta.fields[name]
        value = getattr(
            problem, field.column_name if name in ("location", "zone", "coordinator") else name
        )
        values[name] = value.isoformat() if isinstance(value, date) else value
    return values


class ProblemCommands:
    def __init__(self, session: Session) -> None:
        self.session = session

    def create(self, data: ProblemInput, report_ids: tuple[int, ...] = ()) -> int:
        require(self.session, "problem.manage")
        values = _clean(data)
        with db.atomic():
            problem = Problem.create(**values, stage="scanning", stage_since=now_utc())
            for report_id in report_ids:
                ProblemReport.create(problem=problem, report=report_id)
            after = _fields(problem) | {"reports": list(report_ids)}
            audit.record(self.session, "create", "problem", problem.id, None, after)
        return int(problem.id)

    def open_from_suggestion(self, suggestion: Suggestion) -> int:
        """A problem at the suggestion's place, its reports linked, at the analysis stage (the
        scanning is what made the suggestion). A suggestion an open problem already works (opened
        a moment ago, perhaps by another manager) is not opened again."""
        require(self.session, "problem.manage")
        title = f"{suggestion.category} at {suggestion.location}"
        data = ProblemInput(title[:160], suggestion.location_id, coordinator_id=None)
        with db.atomic():
            existing = worked_by(suggestion.location_id, suggestion.category_id)
            if existing is not None:
                raise ValidationError(
                    "suggestion",
                    f"This suggestion is already problem {existing}: open it from the board",
                )
            problem_id = self.create(data, suggestion.report_ids)
            self.move(problem_id, "analysis")
        return problem_id

    def update(self, problem_id: int, data: ProblemInput) -> None:
        require(self.session, "problem.manage")
        values = _clean(data)
        self._change(problem_id, "update", values)

    def set_notes(
        self, problem_id: int, analysis: str | None = None, response_plan: str | None = None
    ) -> None:
        require(self.session, "problem.act")
        values = {}
        if analysis is not None:
            values["analysis"] = clean_text("analysis", analysis, max_length=MAX_TEXT)
        if response_plan is not None:
            values["response_plan"] = clean_text(
                "response_plan", response_plan, max_length=MAX_TEXT
            )
        self._change(problem_id, "update", values)

    def move(self, problem_id: int, stage: str) -> None:
        """To another open stage (closing asks for a result: close()). Entering the response
        starts the assessment's after period, unless the problem has one already."""
        require(self.session, "problem.manage")
        choice("stage", stage, STAGES[:-1], "Stage")
        problem = _problem(problem_id)
        values: dict[str, Any] = {"stage": stage, "stage_since": now_utc()}
        if problem.stage == "closed":
            values |= {"result": "", "closed_on": None, "closing_note": ""}  # opened again
        if stage == "response" and problem.after_from is None:
            values["after_from"] = now_local().date()
        self._change(problem_id, "move", values)

    def close(self, problem_id: int, result: str, note: str) -> None:
        require(self.session, "problem.manage")
        checks = Checks()
        checks(lambda: choice("result", result, RESULTS, "Result"))
        text = checks(
            lambda: clean_text(
                "closing_note", note, max_length=MAX_TEXT, required=True, label="A closing note"
            )
        )
        checks.done()
        with db.atomic():  # read and written in one transaction: a second manager waits
            problem = _problem(problem_id)
            if problem.stage == "closed":
                raise ValidationError(
                    "stage",
                    f"This problem is already closed (on {problem.closed_on:%d %b %Y}): "
                    "reopen it first to close it again",
                )
            self._change(problem_id, "close", self._closing(result, text))

    @staticmethod
    def _closing(result: str, text: str) -> dict[str, Any]:
        return {
            "stage": "closed",
            "stage_since": now_utc(),
            "result": result,
            "closed_on": now_local().date(),
            "closing_note": text,
        }

    def set_periods(
        self,
        problem_id: int,
        baseline_from: date,
        baseline_to: date,
        after_from: date,
        after_to: date,
    ) -> None:
        require(self.session, "problem.manage")
        if baseline_to < baseline_from:
            raise ValidationError("baseline_to", "The baseline must end on or after its start")
        if after_to < after_from:
            raise ValidationError("after_to", "The after period must end on or after its start")
        if after_from <= baseline_to:
            raise ValidationError("after_from", "The after period must start after the baseline")
        self._change(
            problem_id,
            "update",
            {
                "baseline_from": baseline_from,
                "baseline_to": baseline_to,
                "after_from": after_from,
                "after_to": after_to,
            },
        )

    def _change(self, problem_id: int, action: str, values: dict[str, Any]) -> None:
        with db.atomic():
            problem = _problem(problem_id)
            before = _fields(problem)
            for name, value in values.items():
                setattr(problem, name, value)
            problem.save()
            after = _fields(problem)
            changed = [k for k in after if after[k] != before[k]]
            audit.record(
                self.session,
                action,
                "problem",
                problem_id,
                {k: before[k] for k in changed},
                {k: after[k] for k in changed},
            )

    def link_reports(self, problem_id: int, numbers: list[str]) -> int:
        """Link reports by number (as typed); returns how many were not linked before."""
        require(self.session, "problem.act")
        wanted = [canonical_number(n) for n in numbers if n.strip()]
        with db.atomic():  # the reports held as read: one voided meanwhile is not linked
            _problem(problem_id)
            found = _linkable_reports(wanted)
            linked: Any = ProblemReport.select(ProblemReport.report).where(
                ProblemReport.problem == problem_id
            )
            have = {report_id for (report_id,) in linked.tuples()}
            new = [found[n] for n in dict.fromkeys(wanted) if found[n] not in have]
            for report_id in new:
                ProblemReport.create(problem=problem_id, report=report_id)
            if new:
                audit.record(
                    self.session,
                    "link_reports",
                    "problem",
                    problem_id,
                    None,
                    {"reports": [n for n in dict.fromkeys(wanted) if found[n] in new]},
                )
        return len(new)

    def unlink_report(self, problem_id: int, report_id: int) -> None:
        require(self.session, "problem.act")
        with db.atomic():
            gone = (
                ProblemReport.delete()
                .where((ProblemReport.problem == problem_id) & (ProblemReport.report == report_id))
                .execute()
            )
            if gone:
                number = Report.get_by_id(report_id).number
                audit.record(
                    self.session, "unlink_report", "problem", problem_id, {"report": number}, None
                )

    def add_partner(self, problem_id: int, contact_id: int) -> bool:
        """True when the contact became a partner; False (nothing written, nothing audited)
        when they were one already."""
        require(self.session, "problem.act")
        with db.atomic():
            _problem(problem_id)
            _directory_contact(contact_id)
            added = (
                ProblemPartner.insert(problem=problem_id, contact=contact_id)
                .on_conflict_ignore()
                .as_rowcount()
                .execute()
            )
            if not added:
                return False
            audit.record(
                self.session, "add_partner", "problem", problem_id, None, {"partner": contact_id}
            )
        return True

    def remove_partner(self, problem_id: int, contact_id: int) -> None:
        require(self.session, "problem.act")
        with db.atomic():
            gone = (
                ProblemPartner.delete()
                .where(
                    (ProblemPartner.problem == problem_id) & (ProblemPartner.contact == contact_id)
                )
                .execute()
            )
            if gone:
                audit.record(
                    self.session,
                    "remove_partner",
                    "problem",
                    problem_id,
                    {"partner": contact_id},
                    None,
                )

    def log_action(
        self, problem_id: int, on: date, action: str, partner_id: int | None = None
    ) -> int:
        require(self.session, "problem.act")
        text = clean_text(
            "action", action, max_length=MAX_TEXT, required=True, label="What was done"
        )
        if on > now_local().date():
            raise ValidationError("on", "An action is logged when it has been done, not before")
        with db.atomic():
            _problem(problem_id)
            if partner_id is not None:
                _directory_contact(partner_id)
            row = ProblemAction.create(
                problem=problem_id, on=on, by=self.session.user_id, action=text, partner=partner_id
            )
            audit.record(
                self.session,
                "log_action",
                "problem",
                problem_id,
                None,
                {"on": on.isoformat(), "action": text, "partner": partner_id},
            )
        return int(row.id)


def _linkable_reports(wanted: list[str]) -> dict[str, int]:
    """The reports numbered `wanted` (held FOR SHARE on PostgreSQL), by number; refused at the
    field when one is missing or void (a void report is never counted: linked, it would only
    mislead)."""
    rows: Any = locked(
        Report.select(Report.id, Report.number, Report.status).where(Report.number.in_(wanted)),
        "FOR SHARE",
    ).tuples()
    rows = list(rows)
    found = {number: report_id for report_id, number, _ in rows}
    missing = [n for n in wanted if n not in found]
    if missing:
        raise ValidationError("reports", f"No report numbered {', '.join(missing)}")
    void = sorted(number for _, number, status in rows if status == "void")
    if void:
        said = (
            f"Report {void[0]} is void" if len(void) == 1 else f"Reports {', '.join(void)} are void"
        )
        raise ValidationError("reports", f"{said}: a void report is not linked")
    return found


def _directory_contact(contact_id: int) -> None:
    """Refused at the partner field unless the contact is in the directory (not merged away)."""
    contact: Any = Contact.get_or_none(Contact.id == contact_id)
    if contact is None or contact.merged_into_id is not None:
        raise ValidationError("partner", "Choose a contact from the directory")
