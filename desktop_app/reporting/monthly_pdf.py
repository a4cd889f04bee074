"""The manager's monthly report as a PDF: a pure function from MonthlyData to a file.

Black-and-white safe: tables in greys with clear rules, trend lines told apart by dash pattern
and marker, not by colour. Raw differences everywhere; a percentage only beside counts of 20+.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.reporting.fonts import fonts
from desktop_app.services.monthly import AGE_BUCKETS, TIME_BANDS, WEEKDAYS, MonthlyData
from desktop_app.services.patrol import ACTIVITY_LABELS

PAPER = {"A4": A4, "Letter": LETTER}
CHANNEL = {
    "in_person": "In person",
    "phone": "Phone",
    "email": "Email",
    "walk_in": "Walk-in",
    "meeting": "Meeting",
    "event": "Event",
    "letter": "Letter",
    "text": "Text message",
}
EVENT_KIND = {
    "neighbourhood_watch": "Neighbourhood-watch meeting",
    "safety_workshop": "Safety workshop",
    "family_safety_night": "Family safety night",
    "school_programme": "School safety programme",
    "community_event": "Community event",
    "safety_walk": "Lighting / safety walk",
}
DASHES = [None, (6, 3), (2, 2), (8, 3, 2, 3), (1, 3)]
MARKERS = ["FilledCircle", "FilledSquare", "FilledTriangle", "FilledDiamond", "Cross"]
GREYS = [
    colors.black,
    colors.HexColor("#444444"),
    colors.HexColor("#666666"),
    colors.HexColor("#222222"),
    colors.HexColor("#888888"),
]


def difference(new: int, old: int) -> str:
    """Raw difference; a percentage too, but only when the old count is big enough to mean it."""
    diff = new - old
    text = "0" if diff == 0 else f"{diff:+,d}".replace("-", "−")
    if old >= 20 and diff:
        pct = diff / old * 100
        shown = f"{pct:+.0f}" if abs(pct) >= 1 else f"{pct:+.1f}"  # never a misleading "−0 %"
        text += f" ({shown} %)".replace("-", "−")
    return text


class _Styles:
    def __init__(self) -> None:
        regular, bold = fonts()
        base = getSampleStyleSheet()
        self.regular, self.bold = regular, bold
        self.body = ParagraphStyle(
            "b", parent=base["BodyText"], fontName=regular, fontSize=9.5, leading=13
        )
        self.small = ParagraphStyle("s", parent=self.body, fontSize=8, leading=10)
        self.cell = ParagraphStyle("c", parent=self.body, fontSize=8.5, leading=10.5)
        self.h1 = ParagraphStyle(
            "h1",
            parent=base["Heading1"],
            fontName=bold,
            fontSize=15,
            leading=19,
            spaceBefore=6,
            spaceAfter=6,
            keepWithNext=1,  # a heading never stands alone at the foot of a page
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=base["Heading2"],
            fontName=bold,
            fontSize=11.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        )
        self.title = ParagraphStyle(
            "t", parent=base["Title"], fontName=bold, fontSize=24, leading=30
        )
        self.subtitle = ParagraphStyle("st", parent=self.body, fontSize=14, leading=20, alignment=1)


def _p(text: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)


def _table(
    st: _Styles,
    header: list[str],
    rows: list[list[Any]],
    widths: list[float] | None = None,
    numeric_from: int = 1,
    total: bool = False,
) -> Table:
    """A grey-ruled table whose header row repeats on every page it spans."""
    right = ParagraphStyle("r", parent=st.small, alignment=2)
    data = [[_p(h, right if i >= numeric_from else st.small) for i, h in enumerate(header)]]
    for row in rows:
        data.append(
            [
                c
                if isinstance(c, Paragraph)
                else _p(c, st.cell)
                if i < numeric_from
                else f"{c:,}"
                if isinstance(c, int)
                else str(c)
                for i, c in enumerate(row)
            ]
        )
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("FONTNAME", (0, 0), (-1, -1), st.regular),
        ("FONTSIZE", (0, 1), (-1, -1), 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#999999")),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if total and len(data) > 1:
        style += [
            ("FONTNAME", (0, -1), (-1, -1), st.bold),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ]
    table.setStyle(TableStyle(style))
    return table


def _trend_chart(st: _Styles, data: MonthlyData, width: float) -> Drawing:
    """One line per main category, told apart by dash pattern and marker (black and white)."""
    height = 66 * mm
    legend_width = 48 * mm
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 10 * mm, 14 * mm
    chart.width, chart.height = width - legend_width - 14 * mm, height - 20 * mm
    series = list(data.trend.items())
    chart.data = [values for _, values in series] or [[0] * len(data.trend_months)]
    chart.categoryAxis.categoryNames = [m.strftime("%b\n%y") for m in data.trend_months]
    chart.categoryAxis.labels.fontName = st.regular
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fontName = st.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max((max(v) for _, v in series), default=0)
    chart.valueAxis.valueMax = max(5, top + 1)
    chart.valueAxis.valueStep = _nice_step(top)
    chart.valueAxis.gridStrokeColor = colors.HexColor("#cccccc")
    chart.valueAxis.visibleGrid = True
    for i in range(len(series)):
        line = chart.lines[i]
        line.strokeColor = GREYS[i % len(GREYS)]
        line.strokeWidth = 1.4
        if DASHES[i % len(DASHES)]:
            line.strokeDashArray = DASHES[i % len(DASHES)]
        line.symbol = makeMarker(MARKERS[i % len(MARKERS)], size=4)
    drawing.add(chart)
    left = width - legend_width + 2 * mm
    for i, (name, values) in enumerate(series):
        y = height - 10 * mm - i * 7 * mm
        drawing.add(
            Line(
                left,
                y,
                left + 12 * mm,
                y,
                strokeColor=GREYS[i % len(GREYS)],
                strokeWidth=1.4,
                strokeDashArray=DASHES[i % len(DASHES)],
            )
        )
        marker = makeMarker(MARKERS[i % len(MARKERS)], size=4)
        marker.x, marker.y = left + 6 * mm, y
        drawing.add(marker)
        drawing.add(
            String(
                left + 14 * mm, y - 2.5, f"{name} ({values[-1]})", fontName=st.regular, fontSize=7.5
            )
        )
    if not series:
        drawing.add(
            String(
                chart.x + 20 * mm,
                chart.y + chart.height / 2,
                "No reports in these 13 months",
                fontName=st.regular,
                fontSize=9,
            )
        )
    return drawing


def _nice_step(top: int) -> int:
    """A round axis step (1, 2, 5, 10, 20, 25, 50, …) giving about five gridlines."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if top / step <= 6:
            return step
    return 20000


def _numbered_canvas(office: str, month: str) -> type[pdfcanvas.Canvas]:
    class NumberedCanvas(pdfcanvas.Canvas):
        """Defers each page so the footer can say 'page 3 of 9'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            regular, _ = fonts()
            width, height = self._pagesize
            self.saveState()
            self.setFont(regular, 8)
            self.setStrokeColor(colors.grey)
            self.setLineWidth(0.4)
            if self._pageNumber > 1:
                self.drawString(18 * mm, height - 12 * mm, f"{office} — monthly report, {month}")
                self.line(18 * mm, height - 13.5 * mm, width - 18 * mm, height - 13.5 * mm)
            self.line(18 * mm, 13.5 * mm, width - 18 * mm, 13.5 * mm)
            self.drawString(18 * mm, 9.5 * mm, office)
            self.drawRightString(width - 18 * mm, 9.5 * mm, f"page {self._pageNumber} of {total}")
            self.restoreState()

    return NumberedCanvas


def build_monthly_pdf(data: MonthlyData, out: Path) -> Path:
    """Write the monthly report for data to out (A4 or Letter, as data.paper says)."""
    st = _Styles()
    size = PAPER.get(data.paper, A4)
    month = data.month.strftime("%B %Y")
    doc = SimpleDocTemplate(
        str(out),
        pagesize=size,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=f"Monthly report {month}",
        author=data.office_name,
        subject=f"{data.office_name}, {month}",
    )
    width = size[0] - 36 * mm
    story: list[Any] = []

    # 1. Cover
    story += [
        Spacer(1, 40 * mm),
        _p(data.office_name, st.title),
        Spacer(1, 4 * mm),
        _p(f"Monthly report — {month}", st.subtitle),
        Spacer(1, 14 * mm),
        _p(f"Prepared by {data.prepared_by} on {data.prepared_on.strftime('%d %B %Y')}", st.body),
    ]
    if data.note:
        story += [Spacer(1, 8 * mm), _p("Manager's note", st.h2), _p(data.note, st.body)]
    story.append(PageBreak())

    # 2. Summary
    story += [_p("Summary", st.h1)] + [_p(line, st.body) for line in data.summary]
    if data.is_empty:
        story.append(
            _p("There is nothing to count for this month, so the tables below are empty.", st.body)
        )

    # 3. Reports by category
    story.append(_p("Reports by category", st.h2))
    story.append(
        _p(
            "Counted by when the incident happened; void reports are left out. "
            "Differences are raw counts; percentages appear only for counts of 20 or more.",
            st.small,
        )
    )
    cats = data.categories
    rows = [
        [
            c.name,
            c.this_month,
            c.last_month,
            difference(c.this_month, c.last_month),
            c.last_year,
            difference(c.this_month, c.last_year),
            c.ytd,
            c.ytd_last_year,
            difference(c.ytd, c.ytd_last_year),
        ]
        for c in cats
    ]
    totals = [
        sum(getattr(c, f) for c in cats)
        for f in ("this_month", "last_month", "last_year", "ytd", "ytd_last_year")
    ]
    rows.append(
        [
            "Total",
            totals[0],
            totals[1],
            difference(totals[0], totals[1]),
            totals[2],
            difference(totals[0], totals[2]),
            totals[3],
            totals[4],
            difference(totals[3], totals[4]),
        ]
    )
    story.append(
        _table(
            st,
            [
                "Category",
                "This month",
                "Last month",
                "Change",
                "Same month last year",
                "Change",
                "Year to date",
                "Last year to date",
                "Change",
            ],
            rows,
            [
                32 * mm,
                14 * mm,
                14 * mm,
                (width - 102 * mm) / 3,
                14 * mm,
                (width - 102 * mm) / 3,
                14 * mm,
                14 * mm,
                (width - 102 * mm) / 3,
            ],
            total=True,
        )
    )

    # 4. Trend
    story.append(
        KeepTogether(
            [_p("Trend: the main categories over 13 months", st.h2), _trend_chart(st, data, width)]
        )
    )

    # 5. Where and when
    story.append(_p("Where: top locations", st.h2))
    story.append(
        _table(
            st,
            ["Location", "Zone", "This month", "Last month", "Change"],
            [
                [p.name, p.zone, p.this_month, p.last_month, difference(p.this_month, p.last_month)]
                for p in data.top_locations
            ]
            or [["No reports with a location", "", "", "", ""]],
            [60 * mm, 40 * mm] + [(width - 100 * mm) / 3] * 3,
            numeric_from=2,
        )
    )
    story.append(_p("Zones", st.h2))
    story.append(
        _table(
            st,
            ["Zone", "This month", "Last month", "Change"],
            [
                [z.name, z.this_month, z.last_month, difference(z.this_month, z.last_month)]
                for z in data.zones
            ]
            or [["No reports with a zone", "", "", ""]],
            [70 * mm] + [(width - 70 * mm) / 3] * 3,
        )
    )
    story.append(_p("When: reports by day of the week and time of day", st.h2))
    grid = [[WEEKDAYS[d]] + data.when[d] + [sum(data.when[d])] for d in range(7)]
    grid.append(
        ["All days"]
        + [sum(data.when[d][b] for d in range(7)) for b in range(len(TIME_BANDS))]
        + [sum(map(sum, data.when))]
    )
    when_table = _table(
        st,
        ["Day", *list(TIME_BANDS), "All"],
        grid,
        [24 * mm] + [(width - 24 * mm) / 7] * 7,
        total=True,
    )
    peak = max((v for row in data.when for v in row), default=0)
    if peak:
        shades = []
        for d in range(7):
            for b in range(len(TIME_BANDS)):
                level = data.when[d][b] / peak
                if level >= 0.5:  # the busiest cells stand out in grey, also in black and white
                    grey = 0.55 + 0.35 * (1 - level)
                    shades.append(
                        (
                            "BACKGROUND",
                            (b + 1, d + 1),
                            (b + 1, d + 1),
                            colors.Color(grey, grey, grey),
                        )
                    )
        when_table.setStyle(TableStyle(shades))
    story.append(when_table)

    # 6. Patrol activity
    story.append(_p("Patrol activity", st.h1))
    entries = sum(data.entries_by_activity.values())
    story.append(
        _p(f"{data.shifts} shifts, {data.patrol_hours:g} patrol hours, {entries} entries.", st.body)
    )
    story.append(
        _table(
            st,
            ["Activity", "Entries"],
            [
                [ACTIVITY_LABELS.get(k, k), v]
                for k, v in sorted(data.entries_by_activity.items(), key=lambda kv: -kv[1])
            ]
            or [["No patrol entries", ""]],
            [80 * mm, 30 * mm],
        )
    )
    story.append(Spacer(1, 3 * mm))
    story.append(
        _table(
            st,
            ["Officer", "Shifts", "Hours", "Entries", "Community engagement"],
            [[o.name, o.shifts, f"{o.hours:g}", o.entries, o.engagement] for o in data.officers]
            or [["No shifts", "", "", "", ""]],
            [60 * mm] + [(width - 60 * mm) / 4] * 4,
        )
    )

    # 7. Report handling
    story.append(_p("Report handling", st.h1))
    median = f"{data.median_days_to_close:g} days" if data.median_days_to_close is not None else "—"
    story.append(
        _table(
            st,
            ["", "Count"],
            [
                ["Reports opened (received this month)", data.opened],
                ["Reports closed this month", data.closed],
                ["Median days to close (closed this month)", median],
            ],
            [100 * mm, 30 * mm],
        )
    )
    story.append(_p("Still open at the end of the month, by age", st.h2))
    story.append(
        _table(
            st,
            AGE_BUCKETS_HEADER,
            [[data.open_by_age[b] for b in AGE_BUCKETS] + [sum(data.open_by_age.values())]],
            [width / 5] * 5,
            numeric_from=0,
        )
    )
    story.append(_p("Voided this month", st.h2))
    story.append(
        _table(
            st,
            ["Report", "Reason"],
            [[n, _p(r, st.cell)] for n, r in data.voided] or [["None", ""]],
            [35 * mm, width - 35 * mm],
            numeric_from=2,
        )
    )

    # 8. Community engagement
    story.append(_p("Community engagement", st.h1))
    story.append(
        _table(
            st,
            ["", "Count"],
            [
                ["Contacts with people (interactions)", sum(data.interactions_by_channel.values())],
                ["Distinct people reached", data.people_reached],
                ["New contacts added", data.new_contacts],
                ["Tips received", data.tips],
            ],
            [100 * mm, 30 * mm],
        )
    )
    story.append(Spacer(1, 3 * mm))
    story.append(
        _table(
            st,
            ["Channel", "Interactions"],
            [
                [CHANNEL.get(k, k), v]
                for k, v in sorted(data.interactions_by_channel.items(), key=lambda kv: -kv[1])
            ]
            or [["None", ""]],
            [80 * mm, 30 * mm],
        )
    )
    story.append(_p("Events held", st.h2))
    story.append(
        _table(
            st,
            ["Kind", "Held", "Registered", "Attended", "Walk-ins"],
            [
                [EVENT_KIND.get(e.kind, e.kind), e.held, e.registered, e.attended, e.walk_ins]
                for e in data.events
            ]
            or [["No events held", "", "", "", ""]],
            [70 * mm] + [(width - 70 * mm) / 4] * 4,
        )
    )

    # 9. Problem solving
    story.append(_p("Problem solving (SARA)", st.h1))
    story.append(_p("Problems by stage as they stand today.", st.small))
    story.append(
        _table(
            st,
            ["Stage"] + [s.capitalize() for s in data.problems_by_stage],
            [["Problems", *list(data.problems_by_stage.values())]],
            [30 * mm] + [(width - 30 * mm) / 5] * 5,
        )
    )
    story.append(_p("Closed this month", st.h2))
    story.append(
        _table(
            st,
            ["Problem", "Location", "Baseline", "After", "Result"],
            [
                [
                    _p(p.title, st.cell),
                    p.location,
                    "—" if p.baseline is None else p.baseline,
                    "—" if p.after is None else p.after,
                    p.result.replace("_", " "),
                ]
                for p in data.problems_closed
            ]
            or [["None closed this month", "", "", "", ""]],
            [60 * mm, 45 * mm] + [(width - 105 * mm) / 3] * 3,
            numeric_from=2,
        )
    )

    # 10. Notable reports and next month's events
    story.append(_p("Notable reports (high and urgent)", st.h1))
    story.append(
        _table(
            st,
            ["Report", "When", "Severity", "What and where", "Summary"],
            [
                [
                    n.number,
                    n.occurred_at.strftime("%d %b %H:%M"),
                    n.severity.capitalize(),
                    _p(f"{n.category}, {n.location}", st.cell),
                    _p(n.summary, st.cell),
                ]
                for n in data.notable
            ]
            or [["None", "", "", "", ""]],
            [31 * mm, 20 * mm, 15 * mm, 40 * mm, width - 106 * mm],
            numeric_from=5,
        )
    )
    story.append(_p("Next month's events", st.h2))
    story.append(
        _table(
            st,
            ["When", "Event", "Venue", "Lead", "Status"],
            [
                [
                    e.starts_at.strftime("%a %d %b %H:%M"),
                    _p(e.title, st.cell),
                    _p(e.venue, st.cell),
                    e.lead,
                    e.status,
                ]
                for e in data.next_month_events
            ]
            or [["None planned", "", "", "", ""]],
            [30 * mm, 55 * mm, 40 * mm, 30 * mm, width - 155 * mm],
            numeric_from=5,
        )
    )

    # 11. Data quality
    story.append(_p("Data quality", st.h1))
    story.append(
        _table(
            st,
            ["Check", "Count"],
            [
                [
                    "Reports this month missing a location or category",
                    data.missing_location_or_category,
                ],
                ["Open reports past their follow-up date (as of today)", data.overdue_follow_ups],
                [
                    "Names shared by more than one contact (possible duplicates)",
                    data.possible_duplicate_contacts,
                ],
            ],
            [120 * mm, 30 * mm],
        )
    )

    doc.build(story, canvasmaker=_numbered_canvas(data.office_name, month))
    return out


AGE_BUCKETS_HEADER = [*AGE_BUCKETS, "All open"]
