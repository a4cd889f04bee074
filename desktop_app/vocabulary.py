"""The words users see for each stored value: one table per vocabulary, for forms, lists and PDFs.

Stored values are the keys (models/ keeps the tuples of allowed values; a test checks that both
agree). This module imports nothing of Beacon, so services, reporting and ui can all use it.
CSV exports keep the stored values, so a spreadsheet round-trips through `beacon import`.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a label for the translators' catalogue (pyside6-lupdate finds it by this name);
    the UI translates it when shown, in the context "vocabulary". No Qt import here."""
    return text


REPORT_STATUS_LABELS = {
    "new": QT_TRANSLATE_NOOP("vocabulary", "New"),
    "in_progress": QT_TRANSLATE_NOOP("vocabulary", "In progress"),
    "closed": QT_TRANSLATE_NOOP("vocabulary", "Closed"),
    "void": QT_TRANSLATE_NOOP("vocabulary", "Void"),
}
SEVERITY_LABELS = {
    "low": QT_TRANSLATE_NOOP("vocabulary", "Low"),
    "medium": QT_TRANSLATE_NOOP("vocabulary", "Medium"),
    "high": QT_TRANSLATE_NOOP("vocabulary", "High"),
    "urgent": QT_TRANSLATE_NOOP("vocabulary", "Urgent"),
}
REPORT_SOURCE_LABELS = {
    "walk_in": QT_TRANSLATE_NOOP("vocabulary", "Walk-in"),
    "phone": QT_TRANSLATE_NOOP("vocabulary", "Phone"),
    "email": QT_TRANSLATE_NOOP("vocabulary", "Email"),
    "officer": QT_TRANSLATE_NOOP("vocabulary", "Officer"),
}
PERSON_ROLE_LABELS = {
    "victim": QT_TRANSLATE_NOOP("vocabulary", "Victim"),
    "witness": QT_TRANSLATE_NOOP("vocabulary", "Witness"),
    "subject": QT_TRANSLATE_NOOP("vocabulary", "Subject"),
    "reporter": QT_TRANSLATE_NOOP("vocabulary", "Reporter"),
}
ACTIVITY_LABELS = {
    "routine_check": QT_TRANSLATE_NOOP("vocabulary", "Routine check"),
    "community_engagement": QT_TRANSLATE_NOOP("vocabulary", "Community engagement"),
    "incident_observed": QT_TRANSLATE_NOOP("vocabulary", "Incident observed"),
    "hazard_noted": QT_TRANSLATE_NOOP("vocabulary", "Hazard noted"),
    "assistance_given": QT_TRANSLATE_NOOP("vocabulary", "Assistance given"),
    "other": QT_TRANSLATE_NOOP("vocabulary", "Other"),
}
PATROL_TYPE_LABELS = {
    "foot": QT_TRANSLATE_NOOP("vocabulary", "Foot"),
    "vehicle": QT_TRANSLATE_NOOP("vocabulary", "Vehicle"),
    "bicycle": QT_TRANSLATE_NOOP("vocabulary", "Bicycle"),
    "fixed_post": QT_TRANSLATE_NOOP("vocabulary", "Fixed post"),
}
CHANNEL_LABELS = {
    "in_person": QT_TRANSLATE_NOOP("vocabulary", "In person"),
    "phone": QT_TRANSLATE_NOOP("vocabulary", "Phone"),
    "email": QT_TRANSLATE_NOOP("vocabulary", "Email"),
    "walk_in": QT_TRANSLATE_NOOP("vocabulary", "Walk-in"),
    "meeting": QT_TRANSLATE_NOOP("vocabulary", "Meeting"),
    "event": QT_TRANSLATE_NOOP("vocabulary", "Event"),
    "letter": QT_TRANSLATE_NOOP("vocabulary", "Letter"),
    "text": QT_TRANSLATE_NOOP("vocabulary", "Text message"),
}
EVENT_KIND_LABELS = {
    "neighbourhood_watch": QT_TRANSLATE_NOOP("vocabulary", "Neighbourhood-watch meeting"),
    "safety_workshop": QT_TRANSLATE_NOOP("vocabulary", "Safety workshop"),
    "family_safety_night": QT_TRANSLATE_NOOP("vocabulary", "Family safety night"),
    "school_programme": QT_TRANSLATE_NOOP("vocabulary", "School safety programme"),
    "community_event": QT_TRANSLATE_NOOP("vocabulary", "Community event"),
    "safety_walk": QT_TRANSLATE_NOOP("vocabulary", "Lighting / safety walk"),
}
EVENT_STATUS_LABELS = {
    "planned": QT_TRANSLATE_NOOP("vocabulary", "Planned"),
    "confirmed": QT_TRANSLATE_NOOP("vocabulary", "Confirmed"),
    "held": QT_TRANSLATE_NOOP("vocabulary", "Held"),
    "cancelled": QT_TRANSLATE_NOOP("vocabulary", "Cancelled"),
}
ATTENDANCE_LABELS = {
    "registered": QT_TRANSLATE_NOOP("vocabulary", "Registered"),
    "attended": QT_TRANSLATE_NOOP("vocabulary", "Attended"),
    "no_show": QT_TRANSLATE_NOOP("vocabulary", "No-show"),
}
FINDING_STATUS_LABELS = {
    "ok": QT_TRANSLATE_NOOP("vocabulary", "OK"),
    "needs_fixing": QT_TRANSLATE_NOOP("vocabulary", "Needs fixing"),
    "fixed": QT_TRANSLATE_NOOP("vocabulary", "Fixed"),
}
PROBLEM_STAGE_LABELS = {
    "scanning": QT_TRANSLATE_NOOP("vocabulary", "Scanning"),
    "analysis": QT_TRANSLATE_NOOP("vocabulary", "Analysis"),
    "response": QT_TRANSLATE_NOOP("vocabulary", "Response"),
    "assessment": QT_TRANSLATE_NOOP("vocabulary", "Assessment"),
    "closed": QT_TRANSLATE_NOOP("vocabulary", "Closed"),
}
PROBLEM_RESULT_LABELS = {
    "eliminated": QT_TRANSLATE_NOOP("vocabulary", "Eliminated"),
    "reduced": QT_TRANSLATE_NOOP("vocabulary", "Reduced"),
    "displaced": QT_TRANSLATE_NOOP("vocabulary", "Displaced"),
    "no_change": QT_TRANSLATE_NOOP("vocabulary", "No change"),
}
USER_ROLE_LABELS = {
    "front_desk": QT_TRANSLATE_NOOP("vocabulary", "Front desk"),
    "officer": QT_TRANSLATE_NOOP("vocabulary", "Officer"),
    "manager": QT_TRANSLATE_NOOP("vocabulary", "Manager"),
    "admin": QT_TRANSLATE_NOOP("vocabulary", "Administrator"),
    "system": QT_TRANSLATE_NOOP(
        "vocabulary", "Command line"
    ),  # services.session.SYSTEM_ROLE: commands run from a terminal
}
CONTACT_KIND_LABELS = {
    "resident": QT_TRANSLATE_NOOP("vocabulary", "Resident"),
    "business": QT_TRANSLATE_NOOP("vocabulary", "Business"),
    "school": QT_TRANSLATE_NOOP("vocabulary", "School"),
    "community_group": QT_TRANSLATE_NOOP("vocabulary", "Community group"),
    "partner_agency": QT_TRANSLATE_NOOP("vocabulary", "Partner agency"),
}
# The kinds of record a contact's or a place's timeline holds (services.timeline.TIMELINE_KINDS).
TIMELINE_KIND_LABELS = {
    "interaction": QT_TRANSLATE_NOOP("vocabulary", "Interaction"),
    "report": QT_TRANSLATE_NOOP("vocabulary", "Report"),
    "event": QT_TRANSLATE_NOOP("vocabulary", "Event"),
    "patrol": QT_TRANSLATE_NOOP("vocabulary", "Patrol"),
    "problem": QT_TRANSLATE_NOOP("vocabulary", "Problem"),
}

# A contact's fields as a merge offers them (a column added later shows as its name).
CONTACT_FIELD_LABELS = {
    "kind": QT_TRANSLATE_NOOP("vocabulary", "Kind"),
    "name": QT_TRANSLATE_NOOP("vocabulary", "Name"),
    "organisation": QT_TRANSLATE_NOOP("vocabulary", "Organisation"),
    "phone": QT_TRANSLATE_NOOP("vocabulary", "Phone"),
    "email": QT_TRANSLATE_NOOP("vocabulary", "Email"),
    "address": QT_TRANSLATE_NOOP("vocabulary", "Address"),
    "zone": QT_TRANSLATE_NOOP("vocabulary", "Zone"),
    "preferred_channel": QT_TRANSLATE_NOOP("vocabulary", "Preferred channel"),
    "consent": QT_TRANSLATE_NOOP("vocabulary", "Consent"),
    "stay_in_touch_days": QT_TRANSLATE_NOOP("vocabulary", "Stay in touch (days)"),
    "notes": QT_TRANSLATE_NOOP("vocabulary", "Notes"),
}
# The records that point at a contact, by table (a table added later shows as its name).
CONTACT_LINK_LABELS = {
    "contact": QT_TRANSLATE_NOOP("vocabulary", "Contacts merged into it"),
    "contact_role": QT_TRANSLATE_NOOP("vocabulary", "Roles"),
    "report": QT_TRANSLATE_NOOP("vocabulary", "Reports made"),
    "report_person": QT_TRANSLATE_NOOP("vocabulary", "People in reports"),
    "patrol_entry_contact": QT_TRANSLATE_NOOP("vocabulary", "Met on patrol"),
    "event_partner": QT_TRANSLATE_NOOP("vocabulary", "Event partner"),
    "attendance": QT_TRANSLATE_NOOP("vocabulary", "Event attendance"),
    "problem_partner": QT_TRANSLATE_NOOP("vocabulary", "Problem partner"),
    "problem_action": QT_TRANSLATE_NOOP("vocabulary", "Problem actions"),
    "interaction_contact": QT_TRANSLATE_NOOP("vocabulary", "Interactions"),
}

# The facts of a report a supplement may correct (the zone follows the location).
REPORT_FACT_LABELS = {
    "category": QT_TRANSLATE_NOOP("vocabulary", "Category"),
    "location": QT_TRANSLATE_NOOP("vocabulary", "Location"),
    "zone": QT_TRANSLATE_NOOP("vocabulary", "Zone"),
    "occurred_at": QT_TRANSLATE_NOOP("vocabulary", "Happened"),
    "severity": QT_TRANSLATE_NOOP("vocabulary", "Severity"),
    "account": QT_TRANSLATE_NOOP("vocabulary", "Account"),
}

# What an audit entry records was done (desktop_app/services/audit.py record(action=…)).
AUDIT_ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("vocabulary", "Created"),
    "update": QT_TRANSLATE_NOOP("vocabulary", "Changed"),
    "void": QT_TRANSLATE_NOOP("vocabulary", "Voided"),
    "supplement": QT_TRANSLATE_NOOP("vocabulary", "Corrected (supplement)"),
    "attach": QT_TRANSLATE_NOOP("vocabulary", "File attached"),
    "remove attachment": QT_TRANSLATE_NOOP("vocabulary", "File removed"),
    "merge": QT_TRANSLATE_NOOP("vocabulary", "Merged"),
    "not_duplicate": QT_TRANSLATE_NOOP("vocabulary", "Marked not a duplicate"),
    "import": QT_TRANSLATE_NOOP("vocabulary", "Imported"),
    "import_undone": QT_TRANSLATE_NOOP("vocabulary", "Import undone"),
    "export": QT_TRANSLATE_NOOP("vocabulary", "Exported"),
    "print": QT_TRANSLATE_NOOP("vocabulary", "Printed"),
    "read": QT_TRANSLATE_NOOP("vocabulary", "Viewed"),
    "backup": QT_TRANSLATE_NOOP("vocabulary", "Backed up"),
    "restore": QT_TRANSLATE_NOOP("vocabulary", "Restored"),
    "demo_load": QT_TRANSLATE_NOOP("vocabulary", "Demo loaded"),
    "signin": QT_TRANSLATE_NOOP("vocabulary", "Signed in"),
    "signin_failed": QT_TRANSLATE_NOOP("vocabulary", "Sign-in failed"),
    "locked": QT_TRANSLATE_NOOP("vocabulary", "Account locked"),
    "password_reset": QT_TRANSLATE_NOOP("vocabulary", "Password reset"),
    "permission_refused": QT_TRANSLATE_NOOP("vocabulary", "Refused (no permission)"),
    "subject_access": QT_TRANSLATE_NOOP("vocabulary", "Subject access export"),
    "anonymise": QT_TRANSLATE_NOOP("vocabulary", "Anonymised"),
    "reseal": QT_TRANSLATE_NOOP("vocabulary", "Personal values sealed (schema v10)"),
    "erase_personal": QT_TRANSLATE_NOOP("vocabulary", "Personal details erased from the trail"),
    "delete": QT_TRANSLATE_NOOP("vocabulary", "Removed"),
}

# The kinds of record the audit trail names.
RECORD_TYPE_LABELS = {
    "report": QT_TRANSLATE_NOOP("vocabulary", "Report"),
    "contact": QT_TRANSLATE_NOOP("vocabulary", "Contact"),
    "user": QT_TRANSLATE_NOOP("vocabulary", "User"),
    "zone": QT_TRANSLATE_NOOP("vocabulary", "Zone"),
    "location": QT_TRANSLATE_NOOP("vocabulary", "Location"),
    "category": QT_TRANSLATE_NOOP("vocabulary", "Category"),
    "patrol_shift": QT_TRANSLATE_NOOP("vocabulary", "Patrol shift"),
    "patrol_entry": QT_TRANSLATE_NOOP("vocabulary", "Patrol entry"),
    "event": QT_TRANSLATE_NOOP("vocabulary", "Event"),
    "event_series": QT_TRANSLATE_NOOP("vocabulary", "Recurring event"),
    "event_task": QT_TRANSLATE_NOOP("vocabulary", "Event checklist task"),
    "event_task_template": QT_TRANSLATE_NOOP("vocabulary", "Checklist template"),
    "problem": QT_TRANSLATE_NOOP("vocabulary", "Problem"),
    "interaction": QT_TRANSLATE_NOOP("vocabulary", "Interaction"),
    "attachment": QT_TRANSLATE_NOOP("vocabulary", "Attachment"),
    "settings": QT_TRANSLATE_NOOP("vocabulary", "Office settings"),
    "database": QT_TRANSLATE_NOOP("vocabulary", "Database"),
    "office": QT_TRANSLATE_NOOP("vocabulary", "Office"),
    "audit_log": QT_TRANSLATE_NOOP("vocabulary", "Audit trail"),
    "monthly_report": QT_TRANSLATE_NOOP("vocabulary", "Monthly report"),
    "permission": QT_TRANSLATE_NOOP("vocabulary", "Permission"),
}


# What kind of file an attachment is, by its media type, as people call it (the PDF's Attachments
# table; a type not here reads as its extension: "HEIC file").
FILE_TYPE_LABELS = {
    "image/jpeg": QT_TRANSLATE_NOOP("vocabulary", "JPEG image"),
    "image/png": QT_TRANSLATE_NOOP("vocabulary", "PNG image"),
    "image/gif": QT_TRANSLATE_NOOP("vocabulary", "GIF image"),
    "image/webp": QT_TRANSLATE_NOOP("vocabulary", "WebP image"),
    "image/tiff": QT_TRANSLATE_NOOP("vocabulary", "TIFF image"),
    "image/bmp": QT_TRANSLATE_NOOP("vocabulary", "BMP image"),
    "application/pdf": QT_TRANSLATE_NOOP("vocabulary", "PDF document"),
    "application/msword": QT_TRANSLATE_NOOP("vocabulary", "Word document"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": QT_TRANSLATE_NOOP(
        "vocabulary", "Word document"
    ),
    "application/vnd.oasis.opendocument.text": QT_TRANSLATE_NOOP("vocabulary", "Text document"),
    "application/vnd.ms-excel": QT_TRANSLATE_NOOP("vocabulary", "Excel spreadsheet"),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": QT_TRANSLATE_NOOP(
        "vocabulary", "Excel spreadsheet"
    ),
    "text/plain": QT_TRANSLATE_NOOP("vocabulary", "Text file"),
    "text/csv": QT_TRANSLATE_NOOP("vocabulary", "CSV file"),
    "video/mp4": QT_TRANSLATE_NOOP("vocabulary", "MP4 video"),
    "video/quicktime": QT_TRANSLATE_NOOP("vocabulary", "QuickTime video"),
    "audio/mpeg": QT_TRANSLATE_NOOP("vocabulary", "MP3 audio"),
    "audio/mp4": QT_TRANSLATE_NOOP("vocabulary", "M4A audio"),
    "message/rfc822": QT_TRANSLATE_NOOP("vocabulary", "E-mail message"),
}


def label(table: dict[str, str], value: str) -> str:
    """The label of value, or the value itself when the table does not know it (older data)."""
    return table.get(value, value)


# The command line's choices, kept here so that reading the command line loads nothing else
# (`beacon --version`, `beacon --help`). The services use the kinds from here; the roles, demo
# scales and setting keys are checked against their own modules by tests/test_vocabulary.py.
USER_ROLES = ("front_desk", "officer", "manager", "admin")
EXPORT_KINDS = ("contacts", "reports", "patrols", "events")
PICKLIST_KINDS = ("category", "zone", "location")
DEMO_SCALES = ("large", "small")
SETTING_KEYS = (
    "office_name",
    "address",
    "phone",
    "country",
    "time_zone",
    "paper_size",
    "idle_lock_minutes",
    "lockout_attempts",
    "lockout_minutes",
    "backup_folder",
    "attachment_max_mb",
    "retention_years",
    "problem_min_reports",
)

# What `beacon search --in` and the search service look through.
SEARCH_KINDS = ("reports", "entries", "contacts")
