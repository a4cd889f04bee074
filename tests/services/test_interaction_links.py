"""An interaction linked to a report by its number, an event or a problem from a short list;
its moment checked like a report's; the timeline line names the record linked and opens it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desktop_app.services.clock import now_local, to_utc
from desktop_app.services.errors import PermissionDenied, ValidationError
from desktop_app.services.history import HistoryService
from desktop_app.services.interaction_links import InteractionLinkService
from desktop_app.services.interactions import InteractionInput, InteractionService
from desktop_app.services.reports import ReportInput, ReportService
from models.events import Attendance, Event
from models.interactions import Interaction
from models.problems import Problem, ProblemPartner


def _report(office, session=None, account="Bike taken from the rack by the library."):
    detail = ReportService(session or office.desk).create(
        ReportInput(
            occurred_at=datetime(2026, 3, 3, 14, 0),
            category="Theft",
            location="Market Square",
            account=account,
            anonymous=True,
        )
    )
    return detail.row.id, detail.row.number


def _log(office, **links) -> int:
    return InteractionService(office.officer).log(
        InteractionInput((office.reporter_id,), "phone", "Bike theft follow-up", **links)
    )


def _field_error(office, **given) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        _log(office, **given)
    return caught.value


def test_a_report_typed_by_its_number_is_linked_and_named_on_the_timeline(office):
    report_id, number = _report(office)
    typed = number.lower().replace("-0000", "-")  # wr-2026-1: as a desk officer types it
    interaction_id = _log(office, report_number=typed)
    assert Interaction.get_by_id(interaction_id).report_id == report_id
    items = HistoryService(office.officer).contact_history(office.reporter_id, {"interaction"})
    [line] = items.items
    assert (line.link_kind, line.link_id) == ("report", report_id)
    assert number in line.detail


def test_an_unknown_a_malformed_or_a_void_report_number_is_told_at_the_field(office):
    report_id, number = _report(office)
    unknown = _field_error(office, report_number="WR-2026-00999")
    assert (unknown.field, unknown.message) == ("report_number", "There is no report WR-2026-00999")
    bad = _field_error(office, report_number="twelve")
    assert bad.field == "report_number" and "not a report number" in bad.message
    ReportService(office.manager).void(report_id, "Entered twice by mistake")
    void = _field_error(office, report_number=number)
    assert void.field == "report_number" and "void" in void.message
    assert Interaction.select().count() == 0


@pytest.mark.parametrize("year", [1, 1989, 2999])
def test_an_interaction_far_in_the_past_or_in_the_future_is_refused(office, year):
    error = _field_error(office, occurred_at=datetime(year, 6, 1, 10, 0))
    assert error.field == "occurred_at"
    assert Interaction.select().count() == 0


def test_a_moment_a_little_ahead_of_the_clock_or_last_week_is_kept(office):
    for moment in (now_local() + timedelta(minutes=2), now_local() - timedelta(days=7)):
        interaction_id = _log(office, occurred_at=moment)
        stored = Interaction.get_by_id(interaction_id).occurred_at
        assert abs(stored - to_utc(moment)) < timedelta(seconds=1)


def test_the_contacts_events_and_open_problems_come_first_in_the_lists(office):
    soon = now_local().replace(tzinfo=None) + timedelta(days=3)

    def event(title: str, start: datetime, status: str = "planned") -> int:
        return int(
            Event.create(
                kind="community_event",
                title=title,
                starts_at=to_utc(start),
                ends_at=to_utc(start + timedelta(hours=2)),
                status=status,
            ).id
        )

    other = event("Spring fair", soon - timedelta(days=1))
    theirs = event("Elm Park watch meeting", soon + timedelta(days=20))
    event("Called off", soon, "cancelled")
    event("Long ago", soon - timedelta(days=800), "held")
    mine = Problem.create(title="Bike thefts at the library", identified_on=date(2026, 2, 1))
    ProblemPartner.create(problem=mine.id, contact=office.reporter_id)
    Attendance.create(event=theirs, contact=office.reporter_id, status="registered")
    open_one = Problem.create(title="Graffiti on the underpass", identified_on=date(2026, 5, 1))
    Problem.create(title="Solved long ago", identified_on=date(2025, 1, 1), stage="closed")
    choices = InteractionLinkService(office.officer).choices((office.reporter_id,))
    assert [c.record_id for c in choices.events] == [theirs, other]
    assert choices.events[0].theirs and "Elm Park watch meeting" in choices.events[0].text
    assert [c.record_id for c in choices.problems] == [mine.id, open_one.id]
    desk = InteractionLinkService(office.desk).choices((office.reporter_id,))
    assert desk.problems == ()  # the front desk reads no problems


def test_an_interactions_event_or_problem_opens_from_its_timeline_line(office):
    problem = Problem.create(title="Bike thefts at the library", identified_on=date(2026, 2, 1))
    _log(office, problem_id=problem.id)
    [line] = HistoryService(office.manager).contact_history(office.reporter_id).items
    assert (line.link_kind, line.link_id) == ("problem", problem.id)
    assert "Bike thefts at the library" in line.detail


def test_an_interaction_linked_to_a_report_an_event_and_a_problem_names_all_three(office):
    """The line named only the first of its links: the event and the problem were saved but could
    not be seen from the timeline."""
    report_id, number = _report(office)
    when = datetime(2026, 4, 1, 18, 0)
    evening = Event.create(
        kind="safety_workshop", title="Lock your bike workshop", starts_at=when, ends_at=when
    )
    problem = Problem.create(title="Bike thefts at the library", identified_on=date(2026, 2, 1))
    _log(office, report_id=report_id, event_id=evening.id, problem_id=problem.id)
    [line] = [
        item
        for item in HistoryService(office.manager).contact_history(office.reporter_id).items
        if item.kind == "interaction"
    ]
    assert (line.link_kind, line.link_id) == ("report", report_id)  # Enter opens the report
    for name in (number, "Lock your bike workshop", "Bike thefts at the library"):
        assert name in line.detail


@pytest.mark.parametrize("role", ["desk", "officer", "manager"])
def test_a_report_is_linked_only_by_those_who_may_read_it(office, role):
    """The front desk reads only the reports it took: another's report, by number or by id, is
    'no report' to it (the same words as one that does not exist, so linking confirms nothing);
    officers and managers read every report and link it."""
    session = getattr(office, role)
    own_id, own_number = _report(office, session, "Taken by the one linking it.")
    other_id, other_number = _report(office, office.other_officer, "Taken by another officer.")
    log = InteractionService(session).log
    said = InteractionInput((office.reporter_id,), "phone", "Follow-up", report_number=own_number)
    assert Interaction.get_by_id(log(said)).report_id == own_id
    if role != "desk":
        for typed in ({"report_number": other_number}, {"report_id": other_id}):
            linked = log(InteractionInput((office.reporter_id,), "phone", "Follow-up", **typed))
            assert Interaction.get_by_id(linked).report_id == other_id
        return
    with pytest.raises(ValidationError) as by_number:
        log(InteractionInput((office.reporter_id,), "phone", "x", report_number=other_number))
    assert (by_number.value.field, by_number.value.message) == (
        "report_number",
        f"There is no report {other_number}",
    )
    with pytest.raises(ValidationError) as by_id:
        log(InteractionInput((office.reporter_id,), "phone", "x", report_id=other_id))
    assert by_id.value.message == f"There is no report with id {other_id}"
    ReportService(office.manager).void(other_id, "Entered twice by mistake")
    with pytest.raises(ValidationError, match=f"There is no report {other_number}"):
        log(InteractionInput((office.reporter_id,), "phone", "x", report_number=other_number))


def test_the_front_desk_may_not_link_a_problem_it_cannot_read(office):
    """The desk's list offers no problems, but the service took any problem id from it, and the
    desk's own timeline then showed the problem's title."""
    problem = Problem.create(title="Drug dealing behind the flats", identified_on=date(2026, 2, 1))
    with pytest.raises(PermissionDenied):
        InteractionService(office.desk).log(
            InteractionInput((office.reporter_id,), "walk_in", "Asked", problem_id=problem.id)
        )
    assert Interaction.select().count() == 0
