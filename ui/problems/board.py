"""The board: every problem grouped by SARA stage (title, place, coordinator, days at the stage,
the long waiting ones said in words), narrowed by zone, coordinator, stage and waiting time.
Arrows move, Enter opens a problem's card."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.clock import now_local
from desktop_app.services.permissions import allowed
from desktop_app.services.problems import (
    STALE_DAYS,
    BoardFilter,
    ProblemRow,
    ProblemService,
    suggested_problems,
)
from desktop_app.services.session import Session
from desktop_app.vocabulary import PROBLEM_STAGE_LABELS
from ui.i18n import grouped
from ui.problems.common import Choices, load_choices, stage_label
from ui.tasks import TaskRunner

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STAGES = tuple(PROBLEM_STAGE_LABELS)  # scanning … closed, in SARA's order


@dataclass(frozen=True)
class BoardData:
    rows: list[ProblemRow]
    today: date
    suggestions: int
    choices: Choices | None  # read with the first load only


class ProblemBoard(QWidget):
    problem_opened = Signal(int)
    new_problem_requested = Signal()
    suggestions_requested = Signal()
    loaded = Signal()  # the board shows what was asked for (tests wait on it)

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemBoard")
        self.session, self.runner = session, runner
        self.choices: Choices | None = None
        self.rows: list[ProblemRow] = []
        self._again = False  # a filter changed while the last load ran
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addLayout(self._actions())
        layout.addLayout(self._filters())
        self.tree = QTreeWidget()
        self.tree.setObjectName("problemBoardList")
        self.tree.setAccessibleName(self.tr("Problems by stage"))
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [
                self.tr("Problem"),
                self.tr("Place (zone)"),
                self.tr("Coordinator"),
                self.tr("At this stage"),
                self.tr("Reports"),
            ]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 330), (2, 170), (3, 260), (4, 70)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.tree.setColumnWidth(column, width)
        self.tree.itemActivated.connect(self._activated)
        layout.addWidget(self.tree, 1)
        self.setFocusProxy(self.tree)

    # ---- parts -------------------------------------------------------------------------------
    def _actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.count = QLabel(self.tr("Loading…"))
        self.count.setObjectName("problemBoardCount")
        row.addWidget(self.count, 1)
        self.suggestions_button = QPushButton(self.tr("&Suggested problems…"))
        self.suggestions_button.setObjectName("suggestedProblemsButton")
        self.suggestions_button.clicked.connect(self.suggestions_requested)
        row.addWidget(self.suggestions_button)
        self.new_button = QPushButton(self.tr("&New problem…"))
        self.new_button.setObjectName("newProblemButton")
        self.new_button.clicked.connect(self.new_problem_requested)
        self.new_button.setVisible(allowed(self.session.role, "problem.manage"))
        row.addWidget(self.new_button)
        return row

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.zone = self._combo("problemZoneFilter", self.tr("Zone"), self.tr("Any zone"))
        self.coordinator = self._combo(
            "problemCoordinatorFilter", self.tr("Coordinator"), self.tr("Any coordinator")
        )
        self.stage = self._combo("problemStageFilter", self.tr("Stage"), self.tr("Any stage"))
        for stage in STAGES:
            self.stage.addItem(stage_label(stage), stage)
        self.waiting = QSpinBox()
        self.waiting.setObjectName("problemWaitingFilter")
        self.waiting.setAccessibleName(self.tr("Waiting at its stage more than (days)"))
        self.waiting.setRange(0, 3650)
        self.waiting.setSpecialValueText(self.tr("any time"))
        self.waiting.setSuffix(self.tr(" days"))
        self.waiting.setSingleStep(STALE_DAYS)
        self.waiting.valueChanged.connect(lambda _: self.reload())
        for text, widget in (
            (self.tr("&Zone:"), self.zone),
            (self.tr("&Coordinator:"), self.coordinator),
            (self.tr("S&tage:"), self.stage),
            (self.tr("&Waiting more than:"), self.waiting),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _combo(self, name: str, accessible: str, anything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem(anything, None)
        combo.currentIndexChanged.connect(lambda _: self.reload())
        return combo

    # ---- reading -----------------------------------------------------------------------------
    def filter(self) -> BoardFilter:
        days = self.waiting.value()
        return BoardFilter(
            self.zone.currentData(),
            self.coordinator.currentData(),
            self.stage.currentData(),
            days or None,
        )

    def show_filter(self, flt: BoardFilter) -> None:
        """The board narrowed to flt (the Today page's "waiting over 30 days")."""
        widgets = (self.zone, self.coordinator, self.stage, self.waiting)
        for widget in widgets:
            widget.blockSignals(True)
        for combo, value in (
            (self.zone, flt.zone_id),
            (self.coordinator, flt.coordinator_id),
            (self.stage, flt.stage),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.waiting.setValue(flt.waiting_days or 0)
        for widget in widgets:
            widget.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        session, flt, first = self.session, self.filter(), self.choices is None

        def work(progress: object) -> BoardData:
            rows = ProblemService(session).board(flt)
            return BoardData(
                rows,
                now_local().date(),
                len(suggested_problems(session)),
                load_choices(session) if first else None,
            )

        self.runner.submit("problem board", work, self._show, self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.count.setText(str(exc))

    def _show(self, data: BoardData) -> None:
        self._loading = False
        if data.choices is not None and self.choices is None:
            self._fill_choices(data.choices)
        if self._again:
            self._again = False
            self.reload()
            return
        self.rows = data.rows
        self.count.setText(grouped(self.tr("%n problem(s)", "", len(data.rows)), len(data.rows)))
        self.suggestions_button.setText(
            self.tr("&Suggested problems ({0})…").format(data.suggestions)
        )
        self._fill(data.rows, data.today)
        self.loaded.emit()

    def _fill_choices(self, choices: Choices) -> None:
        self.choices = choices
        for combo, pairs in ((self.zone, choices.zones), (self.coordinator, choices.coordinators)):
            combo.blockSignals(True)
            for id_, name in pairs:
                combo.addItem(name, id_)
            combo.blockSignals(False)

    def _fill(self, rows: list[ProblemRow], today: date) -> None:
        current = self.current_id()
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        chosen = None
        for stage in STAGES:
            here = [r for r in rows if r.stage == stage]
            if self.stage.currentData() not in (None, stage):
                continue
            group = QTreeWidgetItem([self.tr("{0} — {1}").format(stage_label(stage), len(here))])
            group.setFont(0, bold)
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            if not here:
                empty = QTreeWidgetItem([self.tr("none")])
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                group.addChild(empty)
            for row in here:
                item = self._item(row, today)
                group.addChild(item)
                if row.id == current:
                    chosen = item
            group.setExpanded(True)
        first = self._first_problem()
        target = chosen or first
        if target is not None:
            self.tree.setCurrentItem(target)

    def _item(self, row: ProblemRow, today: date) -> QTreeWidgetItem:
        days = row.waiting_days(today)
        waited = grouped(self.tr("%n day(s)", "", days), days)
        if row.stage != "closed" and days > STALE_DAYS:
            waited = self.tr("{0} — waiting over {1} days").format(waited, STALE_DAYS)
        place = f"{row.location} ({row.zone})" if row.zone else row.location
        item = QTreeWidgetItem(
            [
                row.title,
                place or self.tr("no place"),
                row.coordinator or self.tr("no coordinator"),
                waited,
                str(row.reports),
            ]
        )
        item.setData(0, ID_ROLE, row.id)
        item.setToolTip(0, row.title)
        item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _groups(self) -> list[QTreeWidgetItem]:
        groups = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [g for g in groups if g is not None]

    @staticmethod
    def _problems_in(group: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        items = (group.child(j) for j in range(group.childCount()))
        return [i for i in items if i is not None and i.data(0, ID_ROLE) is not None]

    def _first_problem(self) -> QTreeWidgetItem | None:
        for group in self._groups():
            for item in self._problems_in(group):
                return item
        return None

    # ---- choosing ----------------------------------------------------------------------------
    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def shown_titles(self) -> dict[str, list[str]]:
        """Stage → the titles listed under it (what a user reads on the board)."""
        found: dict[str, list[str]] = {}
        shown = (s for s in STAGES if self.stage.currentData() in (None, s))
        for stage, group in zip(shown, self._groups(), strict=True):
            found[stage] = [item.text(0) for item in self._problems_in(group)]
        return found

    @Slot(QTreeWidgetItem, int)
    def _activated(self, item: QTreeWidgetItem, column: int) -> None:
        value = item.data(0, ID_ROLE)
        if value is not None:
            self.problem_opened.emit(int(value))
        else:
            item.setExpanded(not item.isExpanded())
