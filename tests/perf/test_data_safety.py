"""What data safety costs on 100,000 customers: the check before every open, a backup,
and an encrypted database against the same book in plain SQLite.

- the quick check the store runs before it opens a file, against raw sqlite3's;
- open_workspace (check, migrations look, playbook look) plain and encrypted;
- Today's lists and the customer search index read from a plain and an encrypted file
  (the cost of decrypting every page read);
- a backup (online backup API plus its check), plain and encrypted;
- turning encryption on for the whole book.

The issue names no target: these figures tell a rep with a big book what to expect.

Run: .venv/bin/pytest tests/perf -m perf -s -k test_data_safety
(or ``REPDESK_BENCH_DB=/tmp/demo100k.db`` to reuse a database made earlier).
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from repdesk.db.connection import Passphrase

ROUNDS = 5
SECRET = Passphrase("benchmark passphrase")


def _times(work: Callable[[], object], rounds: int = ROUNDS) -> list[float]:
    samples = []
    for _ in range(rounds):
        began = time.perf_counter()
        work()
        samples.append(time.perf_counter() - began)
    return samples


def _ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.0f} ms (min {min(samples) * 1000:.0f})"


def test_data_safety(benchmark: Any, big_db: Path, tmp_path: Path) -> None:
    from repdesk.db.peek import quick_check
    from repdesk.services.encryption import convert
    from repdesk.services.workspace import open_workspace

    plain = tmp_path / "plain.db"
    shutil.copyfile(big_db, plain)
    encrypted = tmp_path / "encrypted.db"
    shutil.copyfile(big_db, encrypted)
    began = time.perf_counter()
    convert(encrypted, tmp_path / "backups-encrypted", None, SECRET)
    encrypting = time.perf_counter() - began
    size = plain.stat().st_size / 1e6

    def raw_check() -> None:
        with closing(sqlite3.connect(plain)) as connection:
            assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"

    lines = [
        f"book: {size:.0f} MB; turning encryption on (whole file, checked): {encrypting:.1f} s"
    ]
    lines.append(f"quick check, raw sqlite3: {_ms(_times(raw_check))}")
    lines.append(f"quick check, the store's (read-only): {_ms(_times(lambda: quick_check(plain)))}")
    lines.append("quick check, encrypted: " + _ms(_times(lambda: quick_check(encrypted, SECRET))))
    results: dict[str, list[float]] = {}
    for name, path, key in (("plain", plain, None), ("encrypted", encrypted, SECRET)):

        def opening(path: Path = path, key: Passphrase | None = key) -> None:
            workspace, _ = open_workspace(path, key)
            workspace.close()

        results[f"open {name}"] = _times(opening)
        workspace, _ = open_workspace(path, key)
        try:
            results[f"Today {name}"] = _times(workspace.today)
            results[f"search index {name}"] = _times(workspace.search_index, 3)
            results[f"backup {name}"] = _times(workspace.back_up, 3)
        finally:
            workspace.close()
    for name, samples in results.items():
        lines.append(f"{name}: {_ms(samples)}")
    for what in ("open", "Today", "search index", "backup"):
        ratio = statistics.median(results[f"{what} encrypted"]) / statistics.median(
            results[f"{what} plain"]
        )
        lines.append(f"{what}: encrypted / plain = {ratio:.2f}x")
    print("\n" + "\n".join(lines))
    benchmark.pedantic(lambda: quick_check(plain), rounds=1, iterations=1)
