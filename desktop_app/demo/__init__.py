"""`beacon demo`: a realistic, deterministic demo office written with bulk inserts.

A seeder, not a use case: it sits beside the services (using them for the checks, the password
hash and the audit record) and writes its million rows to the models directly. One generator
module per area; `load_demo` and `office_is_empty` are the way in.
"""

from __future__ import annotations

from desktop_app.demo.load import load_demo, office_is_empty
from desktop_app.demo.run import Progress
from desktop_app.demo.scales import SCALES, DemoScale, DemoSummary

__all__ = ["SCALES", "DemoScale", "DemoSummary", "Progress", "load_demo", "office_is_empty"]
