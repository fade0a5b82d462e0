"""The architecture's import rule, checked on every module: imports point down only.

domain <- db <- services <- reports <- gui, with PySide6 only in gui/ and app.py,
and the domain on the standard library alone.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "repdesk"
ORDER = ["domain", "db", "services", "reports", "gui"]
QT_ALLOWED = ("gui", "app")


def imported_modules(source: str) -> set[str]:
    """Every module a file imports, at any depth (function-level imports count too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def violations(layer: str, module_name: str, source: str) -> list[str]:
    """What ``source`` (a module in ``layer``) imports that the rule forbids."""
    problems = []
    for name in sorted(imported_modules(source)):
        top = name.split(".")[0]
        if top in {"PySide6", "shiboken6"} and layer not in QT_ALLOWED:
            problems.append(f"{module_name} imports {name}: Qt belongs in repdesk/gui/ only")
        if top == "repdesk" and layer in ORDER:
            parts = name.split(".")
            target = parts[1] if len(parts) > 1 else ""
            if target in ORDER and ORDER.index(target) > ORDER.index(layer):
                problems.append(f"{module_name} imports {name}: {layer} may not use {target}")
            if target in {"app", "cli"}:
                problems.append(f"{module_name} imports {name}: only the entry points use it")
        if layer == "domain" and top != "repdesk" and top not in sys.stdlib_module_names:
            problems.append(f"{module_name} imports {name}: the domain uses the stdlib only")
    return problems


def _modules() -> list[tuple[str, str, Path]]:
    result = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        layer = relative.parts[0].removesuffix(".py") if relative.parts else ""
        module = "repdesk." + ".".join(relative.with_suffix("").parts)
        result.append((layer, module, path))
    return result


def test_every_module_respects_the_layers() -> None:
    problems = [
        problem
        for layer, module, path in _modules()
        for problem in violations(layer, module, path.read_text(encoding="utf-8"))
    ]
    assert problems == []


def test_the_walk_sees_every_layer() -> None:
    layers = {layer for layer, _, _ in _modules()}
    assert {"domain", "db", "services", "gui", "app"} <= layers


@pytest.mark.parametrize(
    ("layer", "source", "expected"),
    [
        ("db", "from PySide6.QtCore import QObject", "Qt belongs in repdesk/gui/ only"),
        ("services", "import PySide6", "Qt belongs in repdesk/gui/ only"),
        ("domain", "from repdesk.db.models import Customer", "domain may not use db"),
        ("db", "def f():\n    from repdesk.gui.labels import label", "db may not use gui"),
        ("services", "from repdesk.reports import x", "services may not use reports"),
        ("domain", "import sqlalchemy", "the domain uses the stdlib only"),
        ("services", "from repdesk.app import main", "only the entry points use it"),
    ],
)
def test_the_rule_catches_a_broken_layer(layer: str, source: str, expected: str) -> None:
    found = violations(layer, f"repdesk.{layer}.example", source)
    assert any(expected in problem for problem in found), found


@pytest.mark.parametrize(
    ("layer", "source"),
    [
        ("gui", "from PySide6.QtWidgets import QWidget\nfrom repdesk.db.listing import Listing"),
        ("app", "from PySide6.QtWidgets import QApplication"),
        ("services", "from repdesk.db.store import open_store\nimport sqlalchemy"),
        ("domain", "from dataclasses import dataclass\nfrom repdesk.domain.enums import Level"),
    ],
)
def test_the_rule_allows_downward_imports(layer: str, source: str) -> None:
    assert violations(layer, f"repdesk.{layer}.example", source) == []
