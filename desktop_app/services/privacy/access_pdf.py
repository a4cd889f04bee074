"""The subject-access export saved as files: the JSON (portable) and the PDF (readable), from one
gathering and one audit entry."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.services.clock import now_local, to_local
from desktop_app.services.office_settings import load_office_settings
from desktop_app.services.printing import Build, print_all_recorded
from desktop_app.services.privacy.export import (
    gather_subject_access,
    record_subject_access,
    write_json,
)
from desktop_app.services.session import Session
from desktop_app.vocabulary import (
    ACTIVITY_LABELS,
    ATTENDANCE_LABELS,
    CHANNEL_LABELS,
    CONTACT_KIND_LABELS,
    PERSON_ROLE_LABELS,
    PROBLEM_STAGE_LABELS,
    REPORT_STATUS_LABELS,
    label,
)

if TYPE_CHECKING:  # reportlab loads with the first PDF, not with the service
    from desktop_app.reporting.subject_access_pdf import AccessSection, SubjectAccessDocument

_DETAILS = (
    ("name", "Name"), ("kind", "Kind"), ("organisation", "Organisation"), ("phone", "Phone"),
    ("email", "Email"), ("address", "Address"), ("zone", "Zone"),
    ("preferred_channel", "Preferred channel"), ("consent", "Consent to be contacted"),
    ("consent_at", "Consent given"), ("consent_method", "Consent recorded by"),
    ("consent_withdrawn_at", "Consent withdrawn"), ("notes", "Notes"),
    ("created_at", "On record since"), ("anonymised_at", "Anonymised"),
)  # fmt: skip


def _when(value: object, with_time: bool = True) -> str:
    if not value:
        return ""
    text = str(value)
    if len(text) == 10:  # a date
        return datetime.fromisoformat(text).strftime("%d %b %Y")
    local = to_local(datetime.fromisoformat(text))
    return local.strftime("%d %b %Y %H:%M" if with_time else "%d %b %Y")


def _value(key: str, value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if key.endswith("_at") and value:
        return _when(value)
    if key == "kind":
        return label(CONTACT_KIND_LABELS, str(value))
    if key == "preferred_channel" and value:
        return label(CHANNEL_LABELS, str(value))
    return "" if value is None else str(value)


def _sections(data: dict[str, Any]) -> tuple[AccessSection, ...]:
    from desktop_app.reporting.subject_access_pdf import AccessSection

    def parts(r: dict[str, Any]) -> str:
        roles = [label(PERSON_ROLE_LABELS, p["role"]) for p in r["involved_as"]]
        return ", ".join((["Reported it"] if r["made_by_them"] else []) + roles)

    return (
        AccessSection("Interactions", ("When", "How", "Purpose", "Summary"), tuple(
            (_when(i["occurred_at"]), label(CHANNEL_LABELS, i["channel"]), i["purpose"],
             i["summary"]) for i in data["interactions"]),
            ("interaction", "interactions"), (28, 22, 35, None)),
        AccessSection("Reports", ("Number", "Received", "Their part", "Status", "Account"), tuple(
            (r["number"], _when(r["received_at"]), parts(r),
             label(REPORT_STATUS_LABELS, r["status"]), r["account"]) for r in data["reports"]),
            ("report", "reports"), (26, 28, 26, 20, None)),
        AccessSection("Met on patrol", ("When", "Where", "Activity", "Observation"), tuple(
            (_when(e["at"]), e["location"], label(ACTIVITY_LABELS, e["activity"]),
             e["observation"]) for e in data["patrol_entries"]),
            ("patrol entry", "patrol entries"), (28, 35, 35, None)),
        AccessSection("Events", ("Event", "Starts", "Attendance"), tuple(
            (e["title"], _when(e["starts_at"]), label(ATTENDANCE_LABELS, e["status"]))
            for e in data["events"]), ("event", "events"), (None, 35, 30)),
        AccessSection("Problems they are a partner in", ("Problem", "Identified", "Stage"), tuple(
            (p["title"], _when(p["identified_on"]), label(PROBLEM_STAGE_LABELS, p["stage"]))
            for p in data["problems"]), ("problem", "problems"), (None, 30, 30)),
        AccessSection("Concerns raised at events", ("Event", "Raised", "Concern"), tuple(
            (c["title"], _when(c["created_at"]), c["text"]) for c in data["concerns_raised"]),
            ("concern", "concerns"), (45, 28, None)),
        AccessSection("Safety-walk findings", ("Event", "Item", "Recommendation"), tuple(
            (f["title"], f["item"], f["recommendation"]) for f in data["walk_findings"]),
            ("finding", "findings"), (45, 45, None)),
        AccessSection("Changes to their record", ("When", "By", "What"), tuple(
            (_when(h["at"]), h["by"], _change(h)) for h in data["record_history"]),
            ("change", "changes"), (28, 30, None)),
    )  # fmt: skip


def _change(entry: dict[str, Any]) -> str:
    before, after = entry["before"] or {}, entry["after"] or {}
    keys = [k for k in sorted(set(before) | set(after)) if before.get(k) != after.get(k)]
    shown = [f"{k.replace('_', ' ')}: {_value(k, after.get(k)) or '—'}" for k in keys]
    return f"{entry['action']}: " + "; ".join(shown) if shown else str(entry["action"])


def document(data: dict[str, Any]) -> SubjectAccessDocument:
    """The export as the PDF prints it."""
    from desktop_app.reporting.subject_access_pdf import SubjectAccessDocument

    contact = data["contact"]
    details = [(title, _value(k, contact[k])) for k, title in _DETAILS if k in contact]
    details.append(("Roles", ", ".join(data["roles"])))
    for key, title in (("organisations", "Belongs to"), ("people", "Its people")):
        if data[key]:
            details.append((title, ", ".join(o["name"] for o in data[key])))
    return SubjectAccessDocument(
        contact["name"], now_local().strftime("%d %b %Y %H:%M"), tuple(details), _sections(data)
    )


def save_subject_access(
    session: Session, contact_id: int, json_out: Path, pdf_out: Path | None = None
) -> tuple[Path, Path | None]:
    """Gather once, write the JSON and, when asked, the PDF; recorded once (one record for
    both), when both are in place: an export that cannot be written is not recorded."""
    from desktop_app.reporting.subject_access_pdf import build_subject_access_pdf

    data = gather_subject_access(session, contact_id)
    settings = load_office_settings()
    files: list[tuple[Path, Build]] = [(json_out, lambda path: write_json(data, path))]
    if pdf_out is not None:
        files.append(
            (
                pdf_out,
                lambda path: build_subject_access_pdf(
                    document(data), settings.office_name, path, settings.paper_size
                ),
            )
        )
    formats = ("json", "pdf") if pdf_out else ("json",)
    print_all_recorded(files, lambda: record_subject_access(session, contact_id, formats))
    return json_out, pdf_out
