"""The Audit view for managers: who did what and when, filtered, and a check of the chain."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.audit import ChainReport
from desktop_app.services.audit_log import AuditFilter, AuditRow, AuditService
from desktop_app.services.session import Session
from desktop_app.vocabulary import AUDIT_ACTION_LABELS, RECORD_TYPE_LABELS, label
from ui.i18n import QT_TRANSLATE_NOOP, vocabulary
from ui.models.paged import Column, PagedTableModel
from ui.tasks import TaskRunner
from ui.widgets.filters import any_day_edit, day_or_none, filter_combo, list_table

PAGE = 200


def record_kind(record_type: str) -> str:
    """'Patrol entry' for patrol_entry, in the user's language."""
    return vocabulary(label(RECORD_TYPE_LABELS, record_type)).replace("_", " ")


COLUMNS: list[Column[AuditRow]] = [
    Column(QT_TRANSLATE_NOOP("columns", "#"), lambda r: str(r.id), align_right=True),
    Column(QT_TRANSLATE_NOOP("columns", "When"), lambda r: r.at.strftime("%d %b %Y %H:%M")),
    Column(QT_TRANSLATE_NOOP("columns", "Who"), lambda r: r.username),
    Column(QT_TRANSLATE_NOOP("columns", "Workstation"), lambda r: r.workstation),
    Column(
        QT_TRANSLATE_NOOP("columns", "Action"),
        lambda r: vocabulary(label(AUDIT_ACTION_LABELS, r.action)).replace("_", " "),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Record"),
        lambda r: f"{record_kind(r.record_type)} {r.record_name or r.record_id}".strip(),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Changes"), lambda r: r.changes),
]


class AuditDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditView")
        self.setWindowTitle(self.tr("Audit trail"))
        self.service = AuditService(session)
        self.runner = TaskRunner(self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.user = filter_combo("auditFilterUser", self.tr("User"))
        self.user.addItem(self.tr("Everyone"), "")
        for name in self.service.usernames():
            self.user.addItem(name, name)
        self.record_type = filter_combo("auditFilterRecord", self.tr("Record type"))
        self.record_type.addItem(self.tr("All records"), "")
        for kind in self.service.record_types():
            self.record_type.addItem(record_kind(kind), kind)
        self.record_id = QLineEdit()
        self.record_id.setObjectName("auditFilterRecordId")
        self.record_id.setPlaceholderText(self.tr("Id or report number"))
        self.record_id.setMaximumWidth(150)
        self.date_from = any_day_edit("auditFilterFrom")
        self.date_to = any_day_edit("auditFilterTo")
        for widget in (self.user, self.record_type, self.record_id):
            bar.addWidget(widget)
        bar.addWidget(QLabel(self.tr("from")))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.date_to)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model: PagedTableModel[AuditRow] = PagedTableModel(COLUMNS, self)
        self.table = list_table("auditTable", self.model, (60, 130, 100, 110, 90, 210))
        layout.addWidget(self.table, 1)
        foot = QHBoxLayout()
        self.chain_result = QLabel()
        self.chain_result.setObjectName("auditChainResult")
        self.chain_result.setWordWrap(True)
        foot.addWidget(self.chain_result, 1)
        verify = QPushButton(self.tr("Verify the chain"))
        verify.setObjectName("auditVerifyButton")
        verify.clicked.connect(self.verify)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        foot.addWidget(verify)
        foot.addWidget(close)
        layout.addLayout(foot)
        for combo in (self.user, self.record_type):
            combo.currentIndexChanged.connect(self.reload)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.reload)
        self.record_id.editingFinished.connect(self.reload)
        self.resize(1100, 640)
        self.reload()

    @Slot()
    def reload(self, *args: object) -> None:
        flt = AuditFilter(
            str(self.user.currentData() or ""),
            str(self.record_type.currentData() or ""),
            self.record_id.text(),
            day_or_none(self.date_from),
            day_or_none(self.date_to),
        )
        service = self.service

        def fetch(before: int | None) -> tuple[list[AuditRow], int | None]:
            rows = service.entries(flt, before_id=before, limit=PAGE)
            return rows, (rows[-1].id if len(rows) == PAGE else None)

        self.model.set_source(fetch)

    @Slot()
    def verify(self) -> None:
        """Hashing the whole trail takes a while on a big office: it runs off the GUI thread."""
        self.chain_result.setText(self.tr("Checking every entry…"))
        service = self.service

        def done(report: ChainReport) -> None:
            self.chain_result.setText(("✔ " if report.ok else "✖ ") + report.describe())
            self.chain_result.setStyleSheet(
                "" if report.ok else "color: #b00020; font-weight: 600;"
            )

        self.runner.submit(
            "verify audit chain", lambda progress: service.verify(), on_result=done, owner=self
        )

    @classmethod
    def ask(cls, session: Session, parent: QWidget | None = None) -> None:
        cls(session, parent).exec()
