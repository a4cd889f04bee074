"""The words users see for each stored value: one table per vocabulary, for forms, lists and PDFs.

Stored values are the keys (models/ keeps the tuples of allowed values; a test checks that both
agree). This module imports nothing of Beacon, so services, reporting and ui can all use it.
CSV exports keep the stored values, so a spreadsheet round-trips through `beacon import`.
"""

from __future__ import annotations

REPORT_STATUS_LABELS = {
    "new": "New",
    "in_progress": "In progress",
    "closed": "Closed",
    "void": "Void",
}
SEVERITY_LABELS = {"low": "Low", "medium": "Medium", "high": "High", "urgent": "Urgent"}
REPORT_SOURCE_LABELS = {
    "walk_in": "Walk-in",
    "phone": "Phone",
    "email": "Email",
    "officer": "Officer",
}
PERSON_ROLE_LABELS = {
    "victim": "Victim",
    "witness": "Witness",
    "subject": "Subject",
    "reporter": "Reporter",
}
ACTIVITY_LABELS = {
    "routine_check": "Routine check",
    "community_engagement": "Community engagement",
    "incident_observed": "Incident observed",
    "hazard_noted": "Hazard noted",
    "assistance_given": "Assistance given",
    "other": "Other",
}
PATROL_TYPE_LABELS = {
    "foot": "Foot",
    "vehicle": "Vehicle",
    "bicycle": "Bicycle",
    "fixed_post": "Fixed post",
}
CHANNEL_LABELS = {
    "in_person": "In person",
    "phone": "Phone",
    "email": "Email",
    "walk_in": "Walk-in",
    "meeting": "Meeting",
    "event": "Event",
    "letter": "Letter",
    "text": "Text message",
}
EVENT_KIND_LABELS = {
    "neighbourhood_watch": "Neighbourhood-watch meeting",
    "safety_workshop": "Safety workshop",
    "family_safety_night": "Family safety night",
    "school_programme": "School safety programme",
    "community_event": "Community event",
    "safety_walk": "Lighting / safety walk",
}
EVENT_STATUS_LABELS = {
    "planned": "Planned",
    "confirmed": "Confirmed",
    "held": "Held",
    "cancelled": "Cancelled",
}
ATTENDANCE_LABELS = {"registered": "Registered", "attended": "Attended", "no_show": "No-show"}
PROBLEM_STAGE_LABELS = {
    "scanning": "Scanning",
    "analysis": "Analysis",
    "response": "Response",
    "assessment": "Assessment",
    "closed": "Closed",
}
PROBLEM_RESULT_LABELS = {
    "eliminated": "Eliminated",
    "reduced": "Reduced",
    "displaced": "Displaced",
    "no_change": "No change",
}
USER_ROLE_LABELS = {
    "front_desk": "Front desk",
    "officer": "Officer",
    "manager": "Manager",
    "admin": "Administrator",
    "system": "Command line",  # services.session.SYSTEM_ROLE: commands run from a terminal
}
CONTACT_KIND_LABELS = {
    "resident": "Resident",
    "business": "Business",
    "school": "School",
    "community_group": "Community group",
    "partner_agency": "Partner agency",
}


def label(table: dict[str, str], value: str) -> str:
    """The label of value, or the value itself when the table does not know it (older data)."""
    return table.get(value, value)
