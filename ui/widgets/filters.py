"""The pieces every list's filter bar and table share: combos, 'any day' date edits, tables."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDate
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QTableView

from ui.models.paged import RowStyleDelegate

NO_DATE = QDate(2000, 1, 1)  # a date edit's minimum, shown as "any day"


def filter_combo(name: str, accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    return combo


def any_day_edit(name: str) -> QDateEdit:
    """A date edit that starts at 'any day' (no limit) and offers a calendar."""
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd MMM yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(QCoreApplication.translate("filters", "any day"))
    edit.setDate(NO_DATE)
    return edit


def day_or_none(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


def list_table(name: str, model: QAbstractItemModel, widths: Sequence[int] = ()) -> QTableView:
    """A read-only list: whole rows selected, one line per row, last column stretched."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setItemDelegate(RowStyleDelegate(table))  # struck-through and bold rows
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the list: whole rows have no cells to visit
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(widths):
        if width:
            table.setColumnWidth(column, width)
    return table
