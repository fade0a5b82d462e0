"""The distribution as ``python -m build`` makes it: the sdist, then the wheel built from it.

Built once for the module, without network (``--no-isolation``: build and hatchling come
with the dev extras), so what is checked is what a rep's ``pip install repdesk`` gets: the
compiled translations (the build hook makes them, they are not in git), the playbook, the
PDF font with its licence, the icon, the migrations, the ``repdesk`` command; and that the
installed package finds its resources in the wheel's layout, not in a checkout.
"""

from __future__ import annotations

import configparser
import json
import os
import re
import subprocess
import sys
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = "repdesk/resources"
# Every Qt .qm file starts with these 16 bytes (QTranslator's magic).
QM_MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")
CJK = re.compile("[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Dist:
    folder: Path
    wheel: Path
    sdist: Path


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Dist:
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        cwd=out,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (wheel,) = out.glob("repdesk-*.whl")
    (sdist,) = out.glob("repdesk-*.tar.gz")
    return Dist(out, wheel, sdist)


@pytest.fixture(scope="module")
def wheel(dist: Dist) -> Iterator[zipfile.ZipFile]:
    with zipfile.ZipFile(dist.wheel) as archive:
        yield archive


@pytest.fixture(scope="module")
def sdist_names(dist: Dist) -> list[str]:
    """The sdist's members, without their top folder (repdesk-VERSION/)."""
    with tarfile.open(dist.sdist) as archive:
        names = archive.getnames()
    tops = {PurePosixPath(name).parts[0] for name in names}
    assert len(tops) == 1, tops
    return [str(PurePosixPath(*PurePosixPath(name).parts[1:])) for name in names if "/" in name]


def test_the_wheel_carries_the_compiled_translations(wheel: zipfile.ZipFile) -> None:
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    assert sources
    for ts in sources:
        qm = wheel.read(f"{RESOURCES}/translations/{ts.stem}.qm")
        assert qm[:16] == QM_MAGIC, f"{ts.stem}.qm is not a Qt translation file"
        assert len(qm) > 50_000, f"{ts.stem}.qm holds {len(qm)} bytes: hardly any translation"
    assert f"{RESOURCES}/translations/repdesk_zh_CN.qm" in wheel.namelist()


def _bilingual_texts(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if "en" in node and "zh" in node:
            yield node
            return
        for value in node.values():
            yield from _bilingual_texts(value)
    elif isinstance(node, list):
        for value in node:
            yield from _bilingual_texts(value)


def test_the_wheel_carries_the_default_playbook_in_both_languages(
    wheel: zipfile.ZipFile,
) -> None:
    playbook = json.loads(wheel.read(f"{RESOURCES}/playbook/default.json").decode("utf-8"))
    assert playbook["entries"], "a playbook without objections"
    assert CJK.search(playbook["opener"]["zh"])
    texts = list(_bilingual_texts(playbook))
    assert len(texts) > 100
    for text in texts:
        assert re.search("[A-Za-z]", text["en"]) and not CJK.search(text["en"]), text
        assert CJK.search(text["zh"]), text


def test_the_wheel_carries_the_pdf_font_and_its_licence(wheel: zipfile.ZipFile) -> None:
    checkout = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
    font = wheel.getinfo(f"{RESOURCES}/fonts/wqy-microhei.ttc")
    assert font.file_size == checkout.stat().st_size
    assert zlib.crc32(checkout.read_bytes()) == font.CRC
    licence = wheel.read(f"{RESOURCES}/fonts/LICENSE-Apache-2.0.txt").decode("utf-8")
    assert "Apache License" in licence and "Version 2.0" in licence


def test_the_wheel_carries_the_icon(wheel: zipfile.ZipFile) -> None:
    icon = ElementTree.fromstring(wheel.read(f"{RESOURCES}/icons/repdesk.svg"))
    assert icon.tag == "{http://www.w3.org/2000/svg}svg", icon.tag


def test_the_wheel_carries_every_migration(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    assert "repdesk/db/migrations/env.py" in names
    versions = sorted((ROOT / "repdesk" / "db" / "migrations" / "versions").glob("*.py"))
    assert versions
    missing = [
        path.name for path in versions if f"repdesk/db/migrations/versions/{path.name}" not in names
    ]
    assert not missing, f"migrations missing from the wheel: {missing}"


def test_the_wheel_installs_the_repdesk_command(wheel: zipfile.ZipFile) -> None:
    (entry_points,) = [
        name for name in wheel.namelist() if name.endswith(".dist-info/entry_points.txt")
    ]
    parser = configparser.ConfigParser()
    parser.read_string(wheel.read(entry_points).decode("utf-8"))
    assert parser["console_scripts"]["repdesk"].strip() == "repdesk.app:main"


def test_the_wheel_holds_no_sources_caches_or_tests(wheel: zipfile.ZipFile) -> None:
    unwanted = [
        name
        for name in wheel.namelist()
        if name.endswith((".ts", ".pyc"))
        or "__pycache__" in PurePosixPath(name).parts
        or PurePosixPath(name).parts[0] == "tests"
    ]
    assert not unwanted, f"the wheel should not carry: {unwanted}"


def test_the_sdist_holds_the_sources_and_no_build_outputs(sdist_names: list[str]) -> None:
    names = set(sdist_names)
    for needed in (
        "pyproject.toml",
        "packaging/hatch_build.py",
        "packaging/translations.py",
        "resources/translations/repdesk_zh_CN.ts",
    ):
        assert needed in names, f"the sdist lacks {needed}"
    compiled = [name for name in sdist_names if name.endswith(".qm")]
    assert not compiled, f"build outputs in the source distribution: {compiled}"


# Run in a child whose working folder is not the checkout, with the installed copy first on
# sys.path: the .venv's editable install puts the checkout on sys.path too (a .pth file).
CHILD = """
import json, sys
from pathlib import Path

site = Path(sys.argv[1]).resolve()
sys.path.insert(0, str(site))
import repdesk
from repdesk.gui.i18n import install_translators
from repdesk.reports.fonts import find_cjk_font
from repdesk.services.playbook import default_playbook, default_playbook_path
from repdesk.settings import resources_dir
from PySide6.QtCore import QCoreApplication

outside = sorted(
    name
    for name, module in sys.modules.items()
    if (name == "repdesk" or name.startswith("repdesk."))
    and getattr(module, "__file__", None)
    and not Path(module.__file__).resolve().is_relative_to(site)
)
assert not outside, f"imported from outside {site}: {outside}"
app = QCoreApplication([])
translators = install_translators(app, "zh_CN")
print(json.dumps({
    "package": repdesk.__file__,
    "resources": str(resources_dir()),
    "playbook": str(default_playbook_path()),
    "playbook entries": len(default_playbook().entries),
    "font": str(find_cjk_font().path),
    "translation": translators[0].filePath() if translators else "",
}))
"""


def test_the_installed_wheel_finds_its_resources_in_its_own_layout(
    dist: Dist, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    installed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-index",
            "--disable-pip-version-check",
            "--target",
            str(site),
            str(dist.wheel),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
        timeout=300,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("REPDESK_CJK_FONT", None)  # the bundled font must be the one found
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(site)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
        timeout=120,
    )
    assert child.returncode == 0, child.stdout + child.stderr
    found = json.loads(child.stdout.strip().splitlines()[-1])
    package = (site / "repdesk").resolve()
    assert Path(found["package"]).resolve() == package / "__init__.py"
    assert Path(found["resources"]).resolve() == package / "resources"
    assert Path(found["playbook"]).resolve() == package / "resources/playbook/default.json"
    assert found["playbook entries"] > 0
    assert Path(found["font"]).resolve() == package / "resources/fonts/wqy-microhei.ttc"
    assert found["translation"], "no translator loaded for zh_CN"
    assert Path(found["translation"]).resolve() == (
        package / "resources/translations/repdesk_zh_CN.qm"
    )
