"""``repdesk demo --customers 100000``: the foundation issue asks for well under a minute."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def test_demo_100k_customers(benchmark: Any, tmp_path: Path) -> None:
    db = tmp_path / "demo.db"

    def make() -> None:
        db.unlink(missing_ok=True)
        subprocess.run(
            [sys.executable, "-m", "repdesk", "demo", "--customers", "100000", "--db", str(db)],
            check=True, capture_output=True, cwd=ROOT, timeout=300,
            env={**os.environ, "REPDESK_CONFIG_DIR": str(tmp_path)},
        )  # fmt: skip

    benchmark.group = "demo data"
    benchmark.pedantic(make, rounds=1, iterations=1)
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("SELECT count(*) FROM customers").fetchone() == (100_000,)
    assert benchmark.stats.stats.max < 60, "100,000 customers must take well under a minute"
