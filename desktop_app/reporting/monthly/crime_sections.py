"""The monthly report's first part: cover, summary, and what was reported, where and when."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, TableStyle

from desktop_app.reporting.monthly.chart import trend_chart
from desktop_app.reporting.monthly.data import TIME_BANDS, WEEKDAYS, CategoryCount, MonthlyData
from desktop_app.reporting.monthly.layout import MonthlyStyles, compared, grid
from desktop_app.reporting.styles import para

CATEGORY_HEADER = [
    "Category",
    "This month",
    "Last month",
    "Change",
    "Same month last year",
    "Change",
    "Year to date",
    "Last year to date",
    "Change",
]


def cover(st: MonthlyStyles, data: MonthlyData, width: float) -> list[Any]:
    month = data.month.strftime("%B %Y")
    story: list[Any] = [
        Spacer(1, 40 * mm),
        para(data.office_name, st.title),
        Spacer(1, 4 * mm),
        para(f"Monthly report — {month}", st.subtitle),
        Spacer(1, 14 * mm),
        para(f"Prepared by {data.prepared_by} on {data.prepared_on.strftime('%d %B %Y')}", st.body),
    ]
    if data.note:
        story += [Spacer(1, 8 * mm), para("Manager's note", st.h2), para(data.note, st.body)]
    story.append(PageBreak())
    return story


def summary(st: MonthlyStyles, data: MonthlyData, width: float) -> list[Any]:
    story = [para("Summary", st.h1)] + [para(line, st.body) for line in data.summary]
    if data.is_empty:
        story.append(
            para(
                "There is nothing to count for this month, so the tables below are empty.", st.body
            )
        )
    return story


def _category_row(name: str, counts: list[int], data: MonthlyData) -> list[Any]:
    this, last, last_year, ytd, ytd_last_year = counts
    return [
        name,
        this,
        *compared(this, last, data.last_month_known),
        *compared(this, last_year, data.last_year_known),
        ytd,
        *compared(ytd, ytd_last_year, data.last_year_known),
    ]


def _counts(c: CategoryCount) -> list[int]:
    return [c.this_month, c.last_month, c.last_year, c.ytd, c.ytd_last_year]


def categories(st: MonthlyStyles, data: MonthlyData, width: float) -> list[Any]:
    rows = [_category_row(c.name, _counts(c), data) for c in data.categories]
    totals = [sum(column) for column in zip(*(_counts(c) for c in data.categories), strict=True)]
    rows.append(_category_row("Total", totals or [0] * 5, data))
    change = (width - 102 * mm) / 3
    widths = [32 * mm, 14 * mm, 14 * mm, change, 14 * mm, change, 14 * mm, 14 * mm, change]
    return [
        para("Reports by category", st.h2),
        para(
            "Counted by when the incident happened; void reports are left out. "
            "Differences are raw counts; percentages appear only for counts of 20 or more.",
            st.small,
        ),
        grid(st, CATEGORY_HEADER, rows, widths, total=True),
    ]


def trend(st: MonthlyStyles, data: MonthlyData, width: float) -> list[Any]:
    return [
        KeepTogether(
            [
                para("Trend: the main categories over 13 months", st.h2),
                trend_chart(st, data, width),
            ]
        )
    ]


def places(st: MonthlyStyles, data: MonthlyData, width: float) -> list[Any]:
    locations = [
        [p.name, p.zone, p.this_month, *compared(p.this_month, p.last_month, data.last_month_known)]
        for p in data.top_locations
    ]
    zones = [
        [z.name, z.this_month, *compared(z.this_month, z.last_month, data.last_month_known)]
        for z in data.zones
    ]
    return [
        para("Where: top locations", st.h2),
        grid(
            st,
            ["Location", "Zone", "This month", "Last month", "Change"],
            locations or [["No reports with a location", "", "", "", ""]],
            [60 * mm, 40 * mm] + [(width - 100 * mm) / 3] * 3,
            numeric_from=2,
        ),
        para("Zones", st.h2),
        grid(
            st,
            ["Zone", "This month", "Last month", "Change"],
            zones or [["No reports with a zone", "", "", ""]],
            [70 * mm] + [(width - 70 * mm) / 3] * 3,
        ),
    ]


def time_grid(st: MonthlyStyles, data: MonthlyData, width: float) -> list[Any]:
    rows: list[list[Any]] = [
        [WEEKDAYS[d], *data.when[d], sum(data.when[d])] for d in range(len(WEEKDAYS))
    ]
    rows.append(
        ["All days"]
        + [sum(data.when[d][b] for d in range(len(WEEKDAYS))) for b in range(len(TIME_BANDS))]
        + [sum(map(sum, data.when))]
    )
    table = grid(
        st,
        ["Day", *list(TIME_BANDS), "All"],
        rows,
        [24 * mm] + [(width - 24 * mm) / 7] * 7,
        total=True,
    )
    table.setStyle(TableStyle(_busiest_cells(data.when)))
    return [para("When: reports by day of the week and time of day", st.h2), table]


def _busiest_cells(when: list[list[int]]) -> list[Any]:
    """Grey backgrounds for the busiest cells, so they stand out also in black and white."""
    peak = max((v for row in when for v in row), default=0)
    shades: list[Any] = []
    if not peak:
        return shades
    for d, row in enumerate(when):
        for b, value in enumerate(row):
            level = value / peak
            if level >= 0.5:
                grey = 0.55 + 0.35 * (1 - level)
                cell = (b + 1, d + 1)
                shades.append(("BACKGROUND", cell, cell, colors.Color(grey, grey, grey)))
    return shades
