"""The 13-month trend chart: one line per main category, told apart without colour."""

from __future__ import annotations

from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm

from desktop_app.reporting.monthly.data import MonthlyData
from desktop_app.reporting.monthly.layout import MonthlyStyles

DASHES = [None, (6, 3), (2, 2), (8, 3, 2, 3), (1, 3)]
MARKERS = ["FilledCircle", "FilledSquare", "FilledTriangle", "FilledDiamond", "Cross"]
GREYS = [
    colors.black,
    colors.HexColor("#444444"),
    colors.HexColor("#666666"),
    colors.HexColor("#222222"),
    colors.HexColor("#888888"),
]
LEGEND_WIDTH = 48 * mm


def trend_chart(st: MonthlyStyles, data: MonthlyData, width: float) -> Drawing:
    """One line per main category, told apart by dash pattern and marker (black and white)."""
    height = 66 * mm
    drawing = Drawing(width, height)
    # The renderer sets the drawing's initial font before anything is drawn: reportlab's default
    # is Helvetica, which would be named (not embedded) in the PDF though no text uses it.
    drawing.initialFontName, drawing.initialFontSize = st.regular, 7
    series = list(data.trend.items())
    chart = _line_chart(st, data, series, width, height)
    drawing.add(chart)
    _legend(st, drawing, series, width, height)
    before = sum(1 for values in data.trend.values() for n in values[:1] if n is None)
    if before:
        drawing.add(
            String(
                chart.x,
                2 * mm,
                "No line before the first report: Beacon holds no earlier records.",
                fontName=st.regular,
                fontSize=7,
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


def _line_chart(
    st: MonthlyStyles,
    data: MonthlyData,
    series: list[tuple[str, list[int | None]]],
    width: float,
    height: float,
) -> HorizontalLineChart:
    chart = HorizontalLineChart()
    chart.x, chart.y = 10 * mm, 14 * mm
    chart.width, chart.height = width - LEGEND_WIDTH - 14 * mm, height - 20 * mm
    chart.data = [values for _, values in series] or [[0] * len(data.trend_months)]
    chart.categoryAxis.categoryNames = [m.strftime("%b\n%y") for m in data.trend_months]
    chart.categoryAxis.labels.fontName = st.regular
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fontName = st.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max((n for _, v in series for n in v if n is not None), default=0)
    chart.valueAxis.valueMax = max(5, top + 1)
    chart.valueAxis.valueStep = nice_step(top)
    chart.valueAxis.gridStrokeColor = colors.HexColor("#cccccc")
    chart.valueAxis.visibleGrid = True
    for i in range(len(series)):
        line = chart.lines[i]
        line.strokeColor = GREYS[i % len(GREYS)]
        line.strokeWidth = 1.4
        if DASHES[i % len(DASHES)]:
            line.strokeDashArray = DASHES[i % len(DASHES)]
        line.symbol = makeMarker(MARKERS[i % len(MARKERS)], size=4)
    return chart


def _legend(
    st: MonthlyStyles,
    drawing: Drawing,
    series: list[tuple[str, list[int | None]]],
    width: float,
    height: float,
) -> None:
    left = width - LEGEND_WIDTH + 2 * mm
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
                left + 14 * mm,
                y - 2.5,
                f"{name} ({'—' if values[-1] is None else values[-1]})",
                fontName=st.regular,
                fontSize=7.5,
            )
        )


def nice_step(top: int) -> int:
    """A round axis step (1, 2, 5, 10, 20, 25, 50, …) giving about five gridlines."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if top / step <= 6:
            return step
    return 20000
