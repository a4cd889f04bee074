"""Counts with their noun in the right number, for the PDFs and the sentences that go in them
(the UI uses Qt's plural forms through tr(); reporting has no Qt)."""

from __future__ import annotations


def plural(n: float, one: str, many: str | None = None) -> str:
    """'1 entry', '0 entries', '2,345 reports', '2.5 days': the count, grouped, and its noun
    (many defaults to one + 's')."""
    shown = f"{n:,}" if isinstance(n, int) else f"{n:,g}"
    return f"{shown} {one if n == 1 else (many or one + 's')}"
