"""Walk-in and officer-raised reports: taking them, numbering them, finding them again.

One purpose a module: types (inputs, rows, filter), numbering, validation, queries (reads),
commands (writes) and documents (receipt, PDF). ReportService joins the reads, writes and
documents one session may use; import everything from here.
"""

from __future__ import annotations

from desktop_app.services.reports.commands import ReportCommands, insert_report
from desktop_app.services.reports.documents import ReportDocuments, report_document
from desktop_app.services.reports.numbering import (
    MAX_NUMBER_LENGTH,
    NUMBER_IN_TEXT,
    NUMBER_ORDER,
    NUMBER_RE,
    canonical_number,
    check_number_unused,
    next_number,
    number_order,
    number_parts,
    raise_sequence,
    take_numbers,
)
from desktop_app.services.reports.paging import SORT_COLUMNS, ReportCursor
from desktop_app.services.reports.queries import ReportQueries, joined_reports, report_row
from desktop_app.services.reports.supplements import SupplementService
from desktop_app.services.reports.types import (
    MAX_ACCOUNT,
    CleanReport,
    FactChange,
    HistoryRow,
    PersonInput,
    PersonRow,
    ReportDetail,
    ReportFilter,
    ReportInput,
    ReportRow,
    SupplementRow,
)
from desktop_app.services.reports.validation import check_account, check_times, validate
from desktop_app.services.reports.work_queue import (
    ReportWorkQueue,
    WorkItem,
    WorkQueue,
    follow_up_state,
)


class ReportService(ReportCommands, ReportDocuments, ReportWorkQueue):
    """One session's use of the reports: the reads (ReportQueries, ReportWorkQueue), the writes
    (ReportCommands) and the documents (ReportDocuments), each checking the session's
    permissions."""


__all__ = [
    "MAX_ACCOUNT",
    "MAX_NUMBER_LENGTH",
    "NUMBER_IN_TEXT",
    "NUMBER_ORDER",
    "NUMBER_RE",
    "SORT_COLUMNS",
    "CleanReport",
    "FactChange",
    "HistoryRow",
    "PersonInput",
    "PersonRow",
    "ReportCommands",
    "ReportCursor",
    "ReportDetail",
    "ReportDocuments",
    "ReportFilter",
    "ReportInput",
    "ReportQueries",
    "ReportRow",
    "ReportService",
    "ReportWorkQueue",
    "SupplementRow",
    "SupplementService",
    "WorkItem",
    "WorkQueue",
    "canonical_number",
    "check_account",
    "check_number_unused",
    "check_times",
    "follow_up_state",
    "insert_report",
    "joined_reports",
    "next_number",
    "number_order",
    "number_parts",
    "raise_sequence",
    "report_document",
    "report_row",
    "take_numbers",
    "validate",
]
