"""`beacon demo`: a realistic, deterministic demo office written with bulk inserts.

A seeder, not a use case: it sits beside the services (using them for the checks, the password
hash and the audit record) and writes its million rows to the models directly. One generator
module per area; `load_demo` and `office_is_empty` are the way in.

The generators (names, phrases, bulk writers: ~0.1 s to import) load with the first of those
calls, not with the window or the command line that only offer the demo.
"""

from __future__ import annotations

from datetime import date

from desktop_app.demo.run import Progress
from desktop_app.demo.scales import SCALES, DemoScale, DemoSummary
from desktop_app.services.session import Session


def office_is_empty() -> bool:
    """True while the office has no reports, patrol entries or contacts (the demo may go in)."""
    from desktop_app.demo.load import office_is_empty as is_empty

    return is_empty()


def load_demo(
    session: Session,
    seed: int = 1,
    scale: str = "small",
    until: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty office with the demo, in one transaction (all or nothing); see load.py."""
    from desktop_app.demo.load import load_demo as load

    return load(session, seed, scale, until, progress)


__all__ = ["SCALES", "DemoScale", "DemoSummary", "Progress", "load_demo", "office_is_empty"]
