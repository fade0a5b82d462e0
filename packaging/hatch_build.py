"""The wheel's build hook: compiles the translations, so the wheel carries the .qm files.

pyproject.toml force-includes resources/fonts, icons and playbook as
repdesk/resources/...; the translations are compiled here (packaging/translations.py,
the one place that compiles them) into a folder of this build's own, and only the
.qm files go into the wheel: not the .ts sources, and nothing is written into the
checkout. lrelease comes from PySide6-Essentials, which is why it is in the build
requirements. An editable install needs none of this: it reads resources/ itself.
"""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileTranslations(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        here = Path(__file__).resolve().parent
        spec = importlib.util.spec_from_file_location("_repdesk_tr", here / "translations.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        self._out = Path(tempfile.mkdtemp(prefix="repdesk-qm-"))
        sources = Path(self.root) / "resources" / "translations"
        for qm in module.compile_translations(sources, self._out):
            build_data["force_include"][str(qm)] = f"repdesk/resources/translations/{qm.name}"
            self.app.display_info(f"compiled {qm.name}")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out is not None:
            shutil.rmtree(out, ignore_errors=True)
