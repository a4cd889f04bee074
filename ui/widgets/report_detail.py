"""One report in full beside the list: facts, account, people, history, and what may be changed."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.clock import now_local
from desktop_app.services.errors import ValidationError
from desktop_app.services.permissions import allowed
from desktop_app.services.reports import ReportDetail, ReportService
from desktop_app.services.session import Session
from desktop_app.services.users import UserService
from desktop_app.vocabulary import (
    AUDIT_ACTION_LABELS,
    PERSON_ROLE_LABELS,
    REPORT_SOURCE_LABELS,
    REPORT_STATUS_LABELS,
    SEVERITY_LABELS,
    label,
)
from ui.dialogs.void_report import VoidReportDialog
from ui.i18n import vocabulary
from ui.tasks import TaskRunner
from ui.widgets.attachments_panel import AttachmentsPanel
from ui.widgets.place_history import PlaceHistoryDialog
from ui.widgets.report_supplements import SupplementsPanel
from ui.writes import submit_write


def _when(value: object) -> str:
    return value.strftime("%d %b %Y %H:%M") if value else "—"  # type: ignore[attr-defined]


class ReportDetailPane(QScrollArea):
    changed = Signal(object)  # ReportDetail
    print_requested = Signal(object)  # ReportDetail

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDetail")
        self.setWidgetResizable(True)
        self.session = session
        self.runner = runner
        self.reports = ReportService(session)
        self.detail: ReportDetail | None = None
        body = QWidget()
        layout = QVBoxLayout(body)
        self.title = QLabel(self.tr("Choose a report in the list"))
        self.title.setObjectName("reportDetailTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.facts = QLabel()
        self.facts.setObjectName("reportDetailFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.facts.linkActivated.connect(self._open_place)
        layout.addWidget(self.facts)
        self.account = QPlainTextEdit()
        self.account.setObjectName("reportDetailAccount")
        self.account.setReadOnly(True)
        self.account.setMaximumHeight(150)
        layout.addWidget(self.account)
        self.supplements = SupplementsPanel(session)
        self.supplements.corrected.connect(self._changed)
        layout.addWidget(self.supplements)
        self.attachments = AttachmentsPanel(session, runner)
        self.attachments.changed.connect(self._attachments_changed)
        layout.addWidget(self.attachments)

        self.handling = QGroupBox(self.tr("Handling"))
        self.handling.setObjectName("reportDetailActions")
        form = QFormLayout(self.handling)
        status_row = QHBoxLayout()
        self.status = QComboBox()
        self.status.setObjectName("reportStatus")
        self.status.setAccessibleName(self.tr("Status"))
        for value in ("new", "in_progress", "closed"):
            self.status.addItem(vocabulary(REPORT_STATUS_LABELS[value]), value)
        self.status_button = QPushButton(self.tr("Set status"))
        self.status_button.setObjectName("reportStatusButton")
        self.status_button.clicked.connect(self._set_status)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.status_button)
        form.addRow(self.tr("Status:"), status_row)
        assign_row = QHBoxLayout()
        self.officer = QComboBox()
        self.officer.setObjectName("reportAssign")
        self.officer.setAccessibleName(self.tr("Assigned officer"))
        self.assign_button = QPushButton(self.tr("Assign"))
        self.assign_button.setObjectName("reportAssignButton")
        self.assign_button.clicked.connect(self._assign)
        assign_row.addWidget(self.officer, 1)
        assign_row.addWidget(self.assign_button)
        form.addRow(self.tr("Assigned to:"), assign_row)
        follow_row = QHBoxLayout()
        self.has_follow_up = QCheckBox(self.tr("Follow up by"))
        self.has_follow_up.setObjectName("reportHasFollowUp")
        self.follow_up = QDateEdit()
        self.follow_up.setObjectName("reportFollowUp")
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat("dd MMM yyyy")
        self.follow_button = QPushButton(self.tr("Set"))
        self.follow_button.setObjectName("reportFollowUpButton")
        self.follow_button.clicked.connect(self._set_follow_up)
        follow_row.addWidget(self.has_follow_up)
        follow_row.addWidget(self.follow_up, 1)
        follow_row.addWidget(self.follow_button)
        form.addRow(self.tr("Follow-up:"), follow_row)
        self.action_taken = QPlainTextEdit()
        self.action_taken.setObjectName("reportActionTaken")
        self.action_taken.setTabChangesFocus(True)
        self.action_taken.setMaximumHeight(70)
        form.addRow(self.tr("Action taken:"), self.action_taken)
        ref_row = QHBoxLayout()
        self.police_reference = QLineEdit()
        self.police_reference.setObjectName("reportPoliceReference")
        self.police_reference.setPlaceholderText(self.tr("Police reference"))
        self.save_action = QPushButton(self.tr("Save"))
        self.save_action.setObjectName("reportSaveActionButton")
        self.save_action.clicked.connect(self._save_action)
        ref_row.addWidget(self.police_reference, 1)
        ref_row.addWidget(self.save_action)
        form.addRow(self.tr("Police:"), ref_row)
        self.message = QLabel()
        self.message.setProperty("role", "fieldError")
        self.message.setObjectName("reportDetailError")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        form.addRow(self.message)
        layout.addWidget(self.handling)

        buttons = QHBoxLayout()
        self.receipt_button = QPushButton(self.tr("Print receipt"))
        self.receipt_button.setObjectName("reportReceiptButton")
        self.receipt_button.clicked.connect(lambda: self.print_requested.emit(self.detail))
        self.void_button = QPushButton(self.tr("Void…"))
        self.void_button.setObjectName("voidReportButton")
        self.void_button.clicked.connect(self._void)
        buttons.addWidget(self.receipt_button)
        buttons.addStretch(1)
        buttons.addWidget(self.void_button)
        layout.addLayout(buttons)

        history_box = QGroupBox(self.tr("History"))
        history_layout = QVBoxLayout(history_box)
        self.history = QPlainTextEdit()
        self.history.setObjectName("reportHistory")
        self.history.setReadOnly(True)
        self.history.setMinimumHeight(90)
        history_layout.addWidget(self.history)
        layout.addWidget(history_box)
        layout.addStretch(1)
        self.setWidget(body)
        self._officers_loaded = False
        self.show_detail(None)

    def _load_officers(self) -> None:
        if self._officers_loaded:
            return
        self.officer.addItem(self.tr("— nobody —"), None)
        if allowed(self.session.role, "user.read"):
            for user in UserService(self.session).officers():
                self.officer.addItem(user.display_name, user.id)
        self._officers_loaded = True

    def show_detail(self, detail: ReportDetail | None) -> None:
        self.detail = detail
        self.message.setVisible(False)
        self.supplements.show_detail(detail)
        has = detail is not None
        for widget in (
            self.facts,
            self.account,
            self.attachments,
            self.handling,
            self.receipt_button,
            self.void_button,
            self.history,
        ):
            widget.setVisible(has)
        if detail is None:
            self.title.setText(self.tr("Choose a report in the list to see it here."))
            return
        self._load_officers()
        row = detail.row
        void = row.status == "void"
        e = html.escape
        title = self.tr("{0} — {1} (VOID)") if void else self.tr("{0} — {1}")
        self.title.setText(f"<h3>{title.format(e(row.number), e(row.category))}</h3>")
        people = "".join(
            f"<br>{e(vocabulary(label(PERSON_ROLE_LABELS, p.role)))}: {e(p.name)}"
            f"{' · ' + e(p.details) if p.details else ''}"
            f"{' — ' + e(p.description) if p.description else ''}"
            for p in detail.people
        )
        follow = row.follow_up_due.strftime("%d %b %Y") if row.follow_up_due else "—"
        where = e(row.location) + (f" ({e(row.zone)})" if row.zone else "")
        if detail.location_id is not None:  # the place's history is a click away
            where = f'<a href="place:{detail.location_id}">{where}</a>'

        source = vocabulary(label(REPORT_SOURCE_LABELS, detail.source)).lower()
        lines = [
            self.tr("<b>Status:</b> {0} &nbsp; <b>Severity:</b> {1}").format(
                vocabulary(label(REPORT_STATUS_LABELS, row.status)),
                vocabulary(label(SEVERITY_LABELS, row.severity)),
            ),
            self.tr("<b>Where:</b> {0}").format(where),
            self.tr("<b>Happened:</b> {0} &nbsp; <b>Received:</b> {1} by {2} ({3})").format(
                _when(row.occurred_at), _when(row.received_at), e(detail.received_by), source
            ),
            self.tr("<b>Reported by:</b> {0}").format(
                e(detail.reporter_details or row.reporter or "—")
            ),
            self.tr("<b>Assigned to:</b> {0} &nbsp; <b>Follow-up:</b> {1}").format(
                e(row.assigned_officer or "—"), follow
            ),
        ]
        if detail.police_notified:
            lines.append(
                self.tr("<b>Police notified</b>, reference {0}").format(
                    e(detail.police_reference or "—")
                )
            )
        if void:
            lines.append(self.tr("<b>Void:</b> {0}").format(e(detail.void_reason)))
        self.facts.setText("<br>".join(lines) + people)
        self.account.setPlainText(detail.account)
        self.attachments.show_for(report_id=row.id)
        self.status.setCurrentIndex(max(self.status.findData(row.status), 0))
        self.officer.setCurrentIndex(max(self.officer.findData(detail.assigned_officer_id), 0))
        self.has_follow_up.setChecked(row.follow_up_due is not None)
        due = row.follow_up_due or now_local().date()
        self.follow_up.setDate(QDate(due.year, due.month, due.day))
        self.action_taken.setPlainText(detail.action_taken)
        self.police_reference.setText(detail.police_reference)
        self.history.setPlainText(
            self.tr("No changes recorded since it was taken (or imported).")
            if not detail.history
            else "\n".join(
                f"{h.at.strftime('%d %b %Y %H:%M')}  {h.who}  "
                + vocabulary(label(AUDIT_ACTION_LABELS, h.action))
                + (f": {h.changes}" if h.changes else "")
                for h in detail.history
            )
        )
        mine = detail.assigned_officer_id == self.session.user_id
        can_update = allowed(self.session.role, "report.update") or (
            mine and allowed(self.session.role, "report.update_assigned")
        )
        self.handling.setVisible(can_update)
        self.handling.setEnabled(not void)
        self.assign_button.setEnabled(allowed(self.session.role, "report.update"))
        self.officer.setEnabled(allowed(self.session.role, "report.update"))
        self.void_button.setVisible(allowed(self.session.role, "report.void"))
        self.void_button.setEnabled(not void)

    @Slot(str)
    def _open_place(self, link: str) -> None:
        if link.startswith("place:"):
            dialog = PlaceHistoryDialog(self.session, int(link[6:]), self.runner, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()

    def _apply(self, name: str, change: Callable[[], ReportDetail]) -> None:
        """Run a service change on a worker, the pane disabled meanwhile; then show its message
        here, or the updated report."""
        self.message.setVisible(False)
        submit_write(self.runner, name, change, self, self._changed, self._refused)

    def _changed(self, detail: ReportDetail) -> None:
        self.show_detail(detail)
        self.changed.emit(detail)

    def _attachments_changed(self) -> None:
        if self.detail is not None:  # the history tells of the file attached or removed
            self._changed(self.reports.get(self.detail.row.id))

    def _refused(self, exc: ValidationError) -> None:
        self.message.setText(exc.message)
        self.message.setVisible(True)

    @Slot()
    def _set_status(self) -> None:
        if self.detail:
            reports = self.reports
            report_id, status = self.detail.row.id, str(self.status.currentData())
            self._apply("report status", lambda: reports.set_status(report_id, status))

    @Slot()
    def _assign(self) -> None:
        if self.detail:
            reports = self.reports
            report_id, officer = self.detail.row.id, self.officer.currentData()
            self._apply("report assignment", lambda: reports.assign(report_id, officer))

    @Slot()
    def _set_follow_up(self) -> None:
        if self.detail:
            reports = self.reports
            report_id = self.detail.row.id
            due = self.follow_up.date().toPython() if self.has_follow_up.isChecked() else None
            self._apply("report follow-up", lambda: reports.set_follow_up(report_id, due))  # type: ignore[arg-type]

    @Slot()
    def _save_action(self) -> None:
        if self.detail:
            reports = self.reports
            report_id = self.detail.row.id
            text, ref = self.action_taken.toPlainText(), self.police_reference.text()
            self._apply("report action", lambda: reports.set_action_taken(report_id, text, ref))

    @Slot()
    def _void(self) -> None:
        if self.detail is None:
            return
        report_id = self.detail.row.id
        reports = self.reports
        result = VoidReportDialog.ask(
            self.detail.row.number, lambda reason: reports.void(report_id, reason), self
        )
        if isinstance(result, ReportDetail):
            self._changed(result)
