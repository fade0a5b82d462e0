"""The wheel's build hook: compiles the translations, so the wheel carries the .qm files.

pyproject.toml force-includes resources/ as repdesk/resources; the compiled .qm
files are not in git (build outputs), so this hook makes them beside their .ts
sources before the files are collected (packaging/translations.py, the one
place that compiles them). lrelease comes from PySide6-Essentials, which is why
it is in the build requirements.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileTranslations(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        here = Path(__file__).resolve().parent
        spec = importlib.util.spec_from_file_location("_repdesk_tr", here / "translations.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for qm in module.compile_translations(Path(self.root) / "resources" / "translations"):
            self.app.display_info(f"compiled {qm.name}")
