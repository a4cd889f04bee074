"""One table of labels per vocabulary: every stored value has a label, every label a value."""

from __future__ import annotations

import pytest

from desktop_app import vocabulary as v
from desktop_app.services.session import SYSTEM_ROLE
from models import contacts, event_records, events, org, patrol, problems, reports


@pytest.mark.parametrize(
    ("labels", "values"),
    [
        (v.REPORT_STATUS_LABELS, reports.STATUSES),
        (v.SEVERITY_LABELS, reports.SEVERITIES),
        (v.REPORT_SOURCE_LABELS, reports.SOURCES),
        (v.PERSON_ROLE_LABELS, reports.PERSON_ROLES),
        (v.ACTIVITY_LABELS, patrol.ACTIVITIES),
        (v.PATROL_TYPE_LABELS, patrol.PATROL_TYPES),
        (v.CHANNEL_LABELS, contacts.CHANNELS),
        (v.CONTACT_KIND_LABELS, contacts.CONTACT_KINDS),
        (v.EVENT_KIND_LABELS, events.EVENT_KINDS),
        (v.EVENT_STATUS_LABELS, events.EVENT_STATUSES),
        (v.ATTENDANCE_LABELS, events.ATTENDANCE_STATUSES),
        (v.FINDING_STATUS_LABELS, event_records.FINDING_STATUSES),
        (v.PROBLEM_STAGE_LABELS, problems.STAGES),
        (v.PROBLEM_RESULT_LABELS, problems.RESULTS),
        (v.USER_ROLE_LABELS, (*org.ROLES, SYSTEM_ROLE)),
    ],
)
def test_every_stored_value_has_exactly_one_label(labels, values):
    assert list(labels) == list(values)
    assert all(label.strip() for label in labels.values())


def test_a_value_the_table_does_not_know_is_shown_as_stored():
    assert v.label(v.SEVERITY_LABELS, "urgent") == "Urgent"
    assert v.label(v.SEVERITY_LABELS, "legacy_value") == "legacy_value"


def test_forms_lists_and_pdfs_share_the_tables():
    """The old copies are gone: the modules that showed labels now hand out the same objects."""
    from desktop_app.services import patrol as patrol_service
    from desktop_app.services import permissions

    assert patrol_service.ACTIVITY_LABELS is v.ACTIVITY_LABELS
    assert permissions.ROLE_LABELS is v.USER_ROLE_LABELS


def test_the_command_lines_choices_are_the_services_own():
    """The command line reads its choices from the vocabulary (loading nothing else); they are
    the same as the modules that act on them."""
    from desktop_app.demo import SCALES
    from desktop_app.services import exporter, picklists
    from desktop_app.services.office_settings import SETTING_KEYS
    from desktop_app.services.users import USER_ROLES

    assert v.USER_ROLES == USER_ROLES
    assert tuple(sorted(SCALES)) == v.DEMO_SCALES
    assert v.SETTING_KEYS == SETTING_KEYS
    assert exporter.KINDS is v.EXPORT_KINDS
    assert picklists.KINDS is v.PICKLIST_KINDS
