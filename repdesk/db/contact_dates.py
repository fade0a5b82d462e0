"""A customer's last contact and next step: derived dates kept on the customer row.

- ``last_contact_on``: the latest of the day the sheet was made, the first-contact
  dates of its diary rows and the dates of its finished (not draft) visit records:
  when the rep last touched the customer.
- ``next_step_on``: the earliest date of its open steps: planned visits with an
  appointment and follow-ups not yet done.

Today's "prospects not touched for N days" and "A-grade prospects without a
next step" read them through indexes; computing them per customer at 100,000
sheets costs most of a second. Every write of a diary row, visit plan, visit
record or follow-up calls ``refresh`` for the customers it touched, in the same
transaction; migration 0002 fills them once with the same SQL.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.orm import Session

REFRESH = """
UPDATE customers SET
  last_contact_on = (
    SELECT max(x) FROM (
      SELECT date(customers.created_at) AS x
      UNION ALL
      SELECT max(d.contact_date) FROM diary_entries d
      WHERE d.customer_id = customers.id AND +d.deleted_at IS NULL
      UNION ALL
      SELECT max(date(v.visited_at)) FROM visit_records v
      WHERE v.customer_id = customers.id AND +v.deleted_at IS NULL AND NOT v.is_draft)),
  next_step_on = (
    SELECT min(x) FROM (
      SELECT min(date(p.appointment_at)) AS x FROM visit_plans p
      WHERE p.customer_id = customers.id AND +p.deleted_at IS NULL
        AND +p.status = 'planned' AND +p.appointment_at IS NOT NULL
      UNION ALL
      SELECT min(f.due_date) FROM follow_ups f
      WHERE f.customer_id = customers.id AND +f.deleted_at IS NULL AND +f.done_at IS NULL))
"""

# The unary pluses keep SQLite on each table's customer_id index whatever its statistics say:
# on the (status, appointment_at) or (done_at, due_date) index it would read every open plan
# or follow-up once per customer (minutes at 100,000 sheets, before ANALYZE has run).
_SOME = text(REFRESH + " WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
_BATCH = 500


def refresh(target: Session | Connection, customer_ids: Collection[str | None] | None) -> None:
    """Recompute the two dates for these customers (None: every customer)."""
    if customer_ids is None:
        target.execute(text(REFRESH))
        return
    ids = sorted({i for i in customer_ids if i is not None})
    for start in range(0, len(ids), _BATCH):
        target.execute(_SOME, {"ids": ids[start : start + _BATCH]})
