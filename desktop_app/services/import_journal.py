"""The journals of running imports, as other services see them: rows an import has written are
not linked to until it has finished (its undo could not remove them otherwise)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from peewee import Model

from desktop_app.services.errors import ValidationError, raise_all
from models.contacts import Contact
from models.org import Category, Location, Setting, Zone
from models.reports import Report

JOURNAL = "import.pending."
RUNNING = "was added by an import that is still running; try again when it has finished"
# How a refused row is named to the user.
NAMES: dict[type[Model], Any] = {
    Location: Location.name,
    Zone: Zone.name,
    Category: Category.name,
    Contact: Contact.name,
    Report: Report.number,
}


def journals() -> list[tuple[str, dict[str, Any]]]:
    """Every import journal, (key, data); one query, and usually none."""
    found: Any = Setting.select(Setting.key, Setting.value).where(Setting.key.startswith(JOURNAL))
    return [(key, json.loads(value)) for key, value in found.tuples()]


def _importing(table: str, row_id: int, pending: list[tuple[str, dict[str, Any]]]) -> bool:
    return any(
        low <= row_id <= high
        for _, data in pending
        for low, high in data.get("ranges", {}).get(table, [])
    )


def refuse_running_imports(links: Iterable[tuple[str, type[Model], int | None]]) -> None:
    """Raise ValidationError(s) at each field whose row (model, id) a running import wrote.
    Call inside the saving transaction, so an import's undo cannot slip in between."""
    wanted = [(f, m, i) for f, m, i in links if i is not None]
    pending = journals() if wanted else []
    if not pending:
        return
    errors = []
    for field, model, row_id in wanted:
        if _importing(model._meta.table_name, int(row_id), pending):
            name = model.select(NAMES[model]).where(model._meta.primary_key == row_id).scalar()
            errors.append(ValidationError(field, f"'{name}' {RUNNING}"))
    raise_all(errors)
