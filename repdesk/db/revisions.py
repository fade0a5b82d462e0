"""The schema revisions this release knows, without loading Alembic.

Reading Alembic's script folder costs ~0.2 s at every start; a database already
at HEAD (nearly every start) needs none of it. tests/core/test_schema.py fails
if these drift from the migrations folder: add a revision there, add it here.
"""

from __future__ import annotations

KNOWN = ("0001_baseline", "0002_holiday_dates", "0003_bilingual_playbook")
HEAD = KNOWN[-1]
