"""Benchmark fixtures: the 100,000-customer demo database, made once per run."""

from __future__ import annotations

from pathlib import Path

import pytest

BIG = 100_000


@pytest.fixture(scope="session")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from repdesk.db.store import open_store
    from repdesk.services.demo import fill_demo

    path = tmp_path_factory.mktemp("bench") / "demo-100k.db"
    store = open_store(path)
    fill_demo(store, BIG, seed=1)
    store.analyze()  # as Workspace.fill_demo does
    store.close()
    return path
