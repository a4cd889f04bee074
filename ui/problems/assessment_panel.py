"""SARA's Assessment on a problem's card, computed, never typed: the matching reports in the
baseline period against as long after the response began, the change, the zone's other places
for displacement, and the result once the after period has ended. Managers change the periods."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.services.permissions import allowed
from desktop_app.services.problems import Assessment, ProblemCard
from desktop_app.services.session import Session
from ui.i18n import grouped
from ui.problems.common import day_text, result_label
from ui.problems.dialogs import PeriodsDialog
from ui.tasks import TaskRunner


class AssessmentPanel(QWidget):
    changed = Signal()

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemAssessment")
        self.session, self.runner = session, runner
        self.card: ProblemCard | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.intro = QLabel()
        self.intro.setObjectName("problemAssessmentIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, text in (
            ("categories", self.tr("Reports counted:")),
            ("baseline", self.tr("Baseline:")),
            ("after", self.tr("After the response:")),
            ("change", self.tr("Change here:")),
            ("neighbours", self.tr("Other places in the zone:")),
            ("result", self.tr("Result:")),
        ):
            label = QLabel()
            label.setObjectName(f"problemAssessment{key.title()}")
            label.setWordWrap(True)
            form.addRow(text, label)
            self.fields[key] = label
        layout.addLayout(form)
        self.closing = QLabel()
        self.closing.setObjectName("problemClosing")
        self.closing.setWordWrap(True)
        layout.addWidget(self.closing)
        row = QHBoxLayout()
        row.addStretch(1)
        self.periods_button = QPushButton(self.tr("Change &periods…"))
        self.periods_button.setObjectName("problemPeriodsButton")
        self.periods_button.clicked.connect(self.change_periods)
        self.periods_button.setVisible(allowed(session.role, "problem.manage"))
        row.addWidget(self.periods_button)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_card(self, card: ProblemCard) -> None:
        self.card = card
        a = card.assessment
        self.intro.setText(
            self.tr(
                "Matching reports (the categories of the linked reports, at the problem's place, "
                "void ones never counted) before the response, against as long a period after "
                "it began."
            )
            if a
            else self._not_yet(card.assessment_needs)
        )
        for label in self.fields.values():
            label.setText("—" if a is None else "")
        if a is not None:
            self._figures(a)
        if card.row.stage == "closed":
            self.closing.setText(
                self.tr("<b>Closed on {0} as {1}.</b> {2}").format(
                    day_text(card.closed_on),
                    result_label(card.result),
                    html.escape(card.closing_note),
                )
            )
        else:
            self.closing.setText("")

    def _not_yet(self, needs: tuple[str, ...]) -> str:
        """What the assessment lacks, said plainly, and how to give it."""
        words = {
            "response": self.tr(
                "the response to begin (Move to Response), or a manager to set its periods"
            ),
            "location": self.tr(
                "the problem's location, to know where to count (a manager chooses it with Edit…)"
            ),
            "reports": self.tr(
                "a linked report that is not void, to know what to count (link them in Analysis)"
            ),
        }
        said = [words[n] for n in needs if n in words]
        if not said:
            return self.tr("Not assessed yet.")
        return self.tr("Not assessed yet: it needs {0}.").format("; ".join(said))

    def _count(self, n: int) -> str:
        return grouped(self.tr("%n report(s)", "", n), n)

    def _figures(self, a: Assessment) -> None:
        f = self.fields
        f["categories"].setText(", ".join(a.categories))
        f["baseline"].setText(
            self.tr("{0} – {1}: {2}").format(
                day_text(a.baseline_from), day_text(a.baseline_to), self._count(a.baseline)
            )
        )
        after = self.tr("{0} – {1}: {2}").format(
            day_text(a.after_from), day_text(a.after_to), self._count(a.after)
        )
        if not a.complete:
            after += self.tr(" so far")
        f["after"].setText(after)
        percent = a.change_percent
        change = f"{a.change:+d}" + (f" ({percent:+d} %)" if percent is not None else "")
        f["change"].setText(change)
        f["neighbours"].setText(
            self.tr("{0} before, {1} after").format(a.neighbours_baseline, a.neighbours_after)
        )
        f["result"].setText(
            result_label(a.result)
            if a.result
            else self.tr("the after period ends on {0}; the result is known then").format(
                day_text(a.after_to)
            )
        )

    @Slot()
    def change_periods(self) -> None:
        if self.card is not None and PeriodsDialog.ask(self.session, self.runner, self.card, self):
            self.changed.emit()
