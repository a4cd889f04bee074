"""The monthly report's second part: patrols, handling, engagement, problems and data quality."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from desktop_app.reporting.monthly.data import AGE_BUCKETS, MonthlyData
from desktop_app.reporting.monthly.layout import MonthlyStyles, grid
from desktop_app.reporting.plural import plural
from desktop_app.reporting.styles import para
from desktop_app.vocabulary import (
    ACTIVITY_LABELS,
    CHANNEL_LABELS,
    EVENT_KIND_LABELS,
    EVENT_STATUS_LABELS,
    PROBLEM_RESULT_LABELS,
    PROBLEM_STAGE_LABELS,
    SEVERITY_LABELS,
    label,
)

AGE_BUCKETS_HEADER = [*AGE_BUCKETS, "All open"]


def _most_first(counts: dict[str, int], labels: dict[str, str]) -> list[list[Any]]:
    return [[label(labels, k), v] for k, v in sorted(counts.items(), key=lambda kv: -kv[1])]


def patrol(st: MonthlyStyles, data: MonthlyData, width: float) -> list[Any]:
    entries = sum(data.entries_by_activity.values())
    officers = [[o.name, o.shifts, f"{o.hours:g}", o.entries, o.engagement] for o in data.officers]
    return [
        para("Patrol activity", st.h1),
        para(
            f"{plural(data.shifts, 'shift')}, {plural(data.patrol_hours, 'patrol hour')}, "
            f"{plural(entries, 'entry', 'entries')}.",
            st.body,
        ),
        grid(
            st,
            ["Activity", "Entries"],
            _most_first(data.entries_by_activity, ACTIVITY_LABELS) or [["No patrol entries", ""]],
            [80 * mm, 30 * mm],
        ),
        Spacer(1, 3 * mm),
        grid(
            st,
            ["Officer", "Shifts", "Hours", "Entries", "Community engagement"],
            officers or [["No shifts", "", "", "", ""]],
            [60 * mm] + [(width - 60 * mm) / 4] * 4,
        ),
    ]


def handling(st: MonthlyStyles, data: MonthlyData, width: float) -> list[Any]:
    days = data.median_days_to_close
    median = plural(days, "day") if days is not None else "—"
    ages = [data.open_by_age[b] for b in AGE_BUCKETS] + [sum(data.open_by_age.values())]
    return [
        para("Report handling", st.h1),
        grid(
            st,
            ["", "Count"],
            [
                ["Reports opened (received this month)", data.opened],
                ["Reports closed this month", data.closed],
                ["Median days to close (closed this month)", median],
            ],
            [100 * mm, 30 * mm],
        ),
        para("Still open at the end of the month, by age", st.h2),
        grid(st, AGE_BUCKETS_HEADER, [ages], [width / 5] * 5, numeric_from=0),
        para("Voided this month", st.h2),
        grid(
            st,
            ["Report", "Reason"],
            [[n, para(r, st.cell)] for n, r in data.voided] or [["None", ""]],
            [35 * mm, width - 35 * mm],
            numeric_from=2,
        ),
    ]


def engagement(st: MonthlyStyles, data: MonthlyData, width: float) -> list[Any]:
    events = [
        [label(EVENT_KIND_LABELS, e.kind), e.held, e.registered, e.attended, e.walk_ins]
        for e in data.events
    ]
    return [
        para("Community engagement", st.h1),
        grid(
            st,
            ["", "Count"],
            [
                ["Contacts with people (interactions)", sum(data.interactions_by_channel.values())],
                ["Distinct people reached", data.people_reached],
                ["New contacts added", data.new_contacts],
                ["Tips received", data.tips],
            ],
            [100 * mm, 30 * mm],
        ),
        Spacer(1, 3 * mm),
        grid(
            st,
            ["Channel", "Interactions"],
            _most_first(data.interactions_by_channel, CHANNEL_LABELS) or [["None", ""]],
            [80 * mm, 30 * mm],
        ),
        para("Events held", st.h2),
        grid(
            st,
            ["Kind", "Held", "Registered", "Attended", "Walk-ins"],
            events or [["No events held", "", "", "", ""]],
            [70 * mm] + [(width - 70 * mm) / 4] * 4,
        ),
    ]


def problems(st: MonthlyStyles, data: MonthlyData, width: float) -> list[Any]:
    closed = [
        [
            para(p.title, st.cell),
            p.location,
            "—" if p.baseline is None else p.baseline,
            "—" if p.after is None else p.after,
            label(PROBLEM_RESULT_LABELS, p.result),
        ]
        for p in data.problems_closed
    ]
    return [
        para("Problem solving (SARA)", st.h1),
        para("Problems by stage as they stand today.", st.small),
        grid(
            st,
            ["Stage"] + [label(PROBLEM_STAGE_LABELS, s) for s in data.problems_by_stage],
            [["Problems", *list(data.problems_by_stage.values())]],
            [30 * mm] + [(width - 30 * mm) / 5] * 5,
        ),
        para("Closed this month", st.h2),
        grid(
            st,
            ["Problem", "Location", "Baseline", "After", "Result"],
            closed or [["None closed this month", "", "", "", ""]],
            [60 * mm, 45 * mm] + [(width - 105 * mm) / 3] * 3,
            numeric_from=2,
        ),
    ]


def notable(st: MonthlyStyles, data: MonthlyData, width: float) -> list[Any]:
    rows = [
        [
            n.number,
            n.occurred_at.strftime("%d %b %H:%M"),
            label(SEVERITY_LABELS, n.severity),
            para(f"{n.category}, {n.location}", st.cell),
            para(n.summary, st.cell),
        ]
        for n in data.notable
    ]
    return [
        para("Notable reports (high and urgent)", st.h1),
        grid(
            st,
            ["Report", "When", "Severity", "What and where", "Summary"],
            rows or [["None", "", "", "", ""]],
            [31 * mm, 20 * mm, 18 * mm, 40 * mm, width - 109 * mm],
            numeric_from=5,
        ),
    ]


def upcoming(st: MonthlyStyles, data: MonthlyData, width: float) -> list[Any]:
    rows = [
        [
            e.starts_at.strftime("%a %d %b %H:%M"),
            para(e.title, st.cell),
            para(e.venue, st.cell),
            e.lead,
            label(EVENT_STATUS_LABELS, e.status),
        ]
        for e in data.next_month_events
    ]
    return [
        para("Next month's events", st.h2),
        grid(
            st,
            ["When", "Event", "Venue", "Lead", "Status"],
            rows or [["None planned", "", "", "", ""]],
            [26 * mm, 53 * mm, 40 * mm, 30 * mm, width - 149 * mm],
            numeric_from=5,
        ),
    ]


def data_quality(st: MonthlyStyles, data: MonthlyData, width: float) -> list[Any]:
    checks = [
        ["Reports this month missing a location or category", data.missing_location_or_category],
        ["Open reports past their follow-up date (as of today)", data.overdue_follow_ups],
        [
            "Names shared by more than one contact (possible duplicates)",
            data.possible_duplicate_contacts,
        ],
    ]
    return [
        para("Data quality", st.h1),
        grid(st, ["Check", "Count"], checks, [120 * mm, 30 * mm]),
    ]
