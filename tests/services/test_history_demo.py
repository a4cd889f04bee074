"""On the demo office: a busy contact's timeline holds at least four kinds of record, newest
first."""

from __future__ import annotations

from datetime import date

from desktop_app.demo import load_demo
from desktop_app.services.history import HistoryService
from desktop_app.services.session import Session
from desktop_app.services.settings import SettingsService
from models.database import db

# The contact linked from the most kinds of record: interactions, reports (made or involved
# in), attendances, patrol meetings, problems partnered.
BUSIEST = """
SELECT c.id FROM contact c ORDER BY
  (EXISTS (SELECT 1 FROM interaction_contact x WHERE x.contact_id = c.id))
  + (EXISTS (SELECT 1 FROM report r WHERE r.reporter_id = c.id)
     OR EXISTS (SELECT 1 FROM report_person p WHERE p.contact_id = c.id))
  + (EXISTS (SELECT 1 FROM attendance a WHERE a.contact_id = c.id))
  + (EXISTS (SELECT 1 FROM patrol_entry_contact e WHERE e.contact_id = c.id))
  + (EXISTS (SELECT 1 FROM problem_partner q WHERE q.contact_id = c.id)) DESC, c.id
LIMIT 1
"""


def test_a_demo_contacts_timeline_has_four_kinds_in_date_order(database):
    session = Session.cli()
    SettingsService(session).update(time_zone="Europe/London")
    load_demo(session, seed=7, scale="small", until=date(2026, 10, 31))
    [(contact_id,)] = db.execute_sql(BUSIEST).fetchall()
    officer = Session(None, "akhan", "Asha Khan", "officer", "test-pc")
    items = HistoryService(officer).contact_history(contact_id).items
    assert len({item.kind for item in items}) >= 4, items
    assert [i.at for i in items] == sorted((i.at for i in items), reverse=True)
    assert all(item.record_id for item in items)
