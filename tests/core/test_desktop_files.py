"""The files that put RepDesk on a desktop: icon, menu entry, AppStream metadata, installer.

The validators are the ones distributions use: ``appstreamcli`` (Debian package appstream)
and ``desktop-file-validate`` (desktop-file-utils). ./dev installs both.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

import repdesk

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.repdesk.RepDesk"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
INSTALLER = LINUX / "install-desktop-entry.sh"
SVG = ROOT / "resources" / "icons" / "repdesk.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: install the Debian package {package} (./dev does)")
    return path


def _run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=120, env=env, check=False
    )


def _desktop_entry(path: Path) -> dict[str, str]:
    """The keys of a desktop file's [Desktop Entry] group, values as written."""
    keys: dict[str, str] = {}
    group = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            group = line
        elif group == "[Desktop Entry]" and "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            keys[key.strip()] = value.strip()
    return keys


def _unescape(value: str) -> str:
    """A desktop entry string value's escapes: \\s \\n \\t \\r \\\\."""
    codes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    return re.sub(r"\\(.)", lambda m: codes.get(m.group(1), m.group(0)), value)


def exec_argv(value: str) -> list[str]:
    """An Exec value split as a launcher does: the string escapes, then the spec's quoting
    (inside double quotes a backslash escapes " ` $ and itself), then %% for a literal %."""
    args: list[str] = []
    current: list[str] = []
    quoted = started = False
    chars = iter(_unescape(value))
    for char in chars:
        if quoted and char == "\\":
            current.append(next(chars))
        elif char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if started:
                args.append("".join(current))
            current, started = [], False
        else:
            current.append(char)
            started = True
    assert not quoted, f"unbalanced quotes in {value!r}"
    if started:
        args.append("".join(current))
    return [arg.replace("%%", "%") for arg in args]


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


# The validators.


def test_metainfo_passes_appstreamcli_pedantic() -> None:
    appstreamcli = _tool("appstreamcli", "appstream")
    args: list[str | Path] = [appstreamcli, "validate", "--no-net", "--pedantic"]
    version = re.search(r"(\d+)\.(\d+)", _run(appstreamcli, "--version").stdout)
    if version is not None and int(version.group(1)) >= 1:
        # AppStream 1.0 wants a homepage; RepDesk has none to name yet. Add <url
        # type="homepage"> when it does, and drop this. (0.16 has no such check.)
        args.append("--override=url-homepage-missing=info")
    done = _run(*args, METAINFO)
    report = done.stdout + done.stderr
    assert done.returncode == 0, report
    problems = [line for line in report.splitlines() if re.match(r"\s*[WE]:", line)]
    assert problems == [], report


def test_desktop_file_passes_desktop_file_validate() -> None:
    done = _run(_tool("desktop-file-validate", "desktop-file-utils"), DESKTOP)
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_validators_do_catch_mistakes(tmp_path: Path) -> None:
    """The two checks above can fail: a broken copy of each file is refused."""
    bad_desktop = tmp_path / DESKTOP.name
    bad_desktop.write_text(
        DESKTOP.read_text(encoding="utf-8").replace("Type=Application\n", ""), encoding="utf-8"
    )
    done = _run(_tool("desktop-file-validate", "desktop-file-utils"), bad_desktop)
    assert "Type" in done.stdout + done.stderr

    bad_metainfo = tmp_path / METAINFO.name
    text = METAINFO.read_text(encoding="utf-8")
    bad_metainfo.write_text(re.sub(r"<summary>.*?</summary>", "", text), encoding="utf-8")
    done = _run(_tool("appstreamcli", "appstream"), "validate", "--no-net", bad_metainfo)
    assert done.returncode != 0
    assert "summary" in done.stdout + done.stderr


# One name everywhere, and the release list kept up with the version.


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version))


def test_newest_release_is_the_current_version() -> None:
    releases = [r.get("version", "") for r in _metainfo().iterfind("releases/release")]
    assert releases, "the metainfo lists no releases"
    assert releases[0] == repdesk.__version__, (
        f"repdesk.__version__ is {repdesk.__version__}: add a <release> for it at the top of "
        f"{METAINFO.relative_to(ROOT)}"
    )
    assert releases == sorted(releases, key=_version_key, reverse=True), "newest first"
    for release in _metainfo().iterfind("releases/release"):
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", release.get("date", "")), release.attrib


def test_ids_agree_across_the_files() -> None:
    root = _metainfo()
    entry = _desktop_entry(DESKTOP)
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID == DESKTOP.stem == entry["Icon"]
    assert METAINFO.name == f"{APP_ID}.metainfo.xml"
    launchable = root.find("launchable")
    assert launchable is not None
    assert (launchable.get("type"), launchable.text) == ("desktop-id", DESKTOP.name)
    assert root.findtext("provides/binary") == entry["Exec"].split()[0] == entry["TryExec"]
    assert [c.text for c in root.iterfind("categories/category")] == [
        c for c in entry["Categories"].split(";") if c
    ]
    assert root.findtext("name") == entry["Name"] == "RepDesk"
    assert entry["Name[zh_CN]"], "the menu entry has a Chinese name"


# The icon.


def test_svg_uses_only_what_every_renderer_draws() -> None:
    allowed = {"svg", "defs", "linearGradient", "stop", "rect", "circle", "path"}
    ns = "{http://www.w3.org/2000/svg}"
    root = ET.parse(SVG).getroot()
    tags = {element.tag.removeprefix(ns) for element in root.iter()}
    assert tags <= allowed, f"{sorted(tags - allowed)}: no text, images, filters or masks"
    for element in root.iter():
        for name, value in element.attrib.items():
            assert not name.endswith("href"), "no references to other files"
            assert name not in {"filter", "mask", "clip-path", "style", "class"}, name
            assert "url(" not in value or value.startswith("url(#"), value


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """packaging/icons.py run as the build script runs it, in its own process (a
    QGuiApplication here could collide with the QApplication of later tests)."""
    out = tmp_path_factory.mktemp("icons")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = _run(sys.executable, ROOT / "packaging" / "icons.py", out, env=env)
    assert done.returncode == 0, done.stderr
    assert "qt.svg" not in done.stderr, done.stderr
    return out


def _value(channel: Image.Image, x: int, y: int) -> int:
    value = channel.getpixel((x, y))
    assert isinstance(value, int)
    return value


@pytest.mark.parametrize("size", PNG_SIZES)
def test_each_png_is_the_icon_at_its_size(icons: Path, size: int) -> None:
    png = icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    with Image.open(png) as image:
        assert image.format == "PNG"
        assert image.size == (size, size)
        alpha = image.convert("RGBA").getchannel("A")
        rgb = image.convert("RGB")
    pixels = size * size
    opaque = alpha.histogram()[255]
    assert 0.5 < opaque / pixels < 0.97, f"{opaque} of {pixels} pixels opaque"
    # A rounded tile: the image's corners are clear, and so is a point just inside the tile's
    # square outline at each corner, while the middle of each edge is solid.
    near, far = size * 24 // 256, size - 1 - size * 24 // 256
    for x, y in ((0, 0), (size - 1, 0), (0, size - 1), (size - 1, size - 1)):
        assert _value(alpha, x, y) == 0, f"corner {(x, y)}"
    for x, y in ((near, near), (far, near), (near, far), (far, far)):
        assert _value(alpha, x, y) < 128, f"rounded corner at {(x, y)}"
    for x, y in ((size // 2, near), (size // 2, far), (near, size // 2), (far, size // 2)):
        assert _value(alpha, x, y) == 255, f"tile edge at {(x, y)}"
    # The clipboard in the middle is white, the tile below it blue-teal.
    clipboard = rgb.getpixel((size // 2, size * 3 // 4))
    assert isinstance(clipboard, tuple)
    assert min(clipboard) > 200, clipboard
    tile = rgb.getpixel((size // 2, size - 1 - size // 16))
    assert isinstance(tile, tuple)
    assert tile[2] > tile[0] + 60, tile


def test_scalable_icon_is_the_svg(icons: Path) -> None:
    scalable = icons / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == SVG.read_bytes()


def test_windows_ico_holds_every_size(icons: Path) -> None:
    with Image.open(icons / "repdesk.ico") as ico:
        assert ico.format == "ICO"
        assert set(ico.info["sizes"]) == {(s, s) for s in ICO_SIZES}
        assert ico.size == (256, 256)
        assert ico.convert("RGBA").getchannel("A").getextrema() == (0, 255)


def test_macos_icns_opens(icons: Path) -> None:
    with Image.open(icons / "repdesk.icns") as icns:
        assert icns.format == "ICNS"
        assert icns.size == (1024, 1024)
        # Pillow writes the Retina pairs; 16 px at 2x is the smallest Finder asks for.
        assert {(16, 16, 2), (32, 32, 2), (128, 128, 1), (256, 256, 2), (512, 512, 2)} <= set(
            icns.info["sizes"]
        )
        assert icns.convert("RGBA").getchannel("A").getextrema() == (0, 255)


def test_render_icons_lists_what_it_wrote(icons: Path) -> None:
    written = sorted(p.relative_to(icons).as_posix() for p in icons.rglob("*") if p.is_file())
    expected = sorted(
        [f"hicolor/{s}x{s}/apps/{APP_ID}.png" for s in PNG_SIZES]
        + [f"hicolor/scalable/apps/{APP_ID}.svg", "repdesk.ico", "repdesk.icns"]
    )
    assert written == expected


# The installer shipped in the Linux tar.gz.


def _unpacked(parent: Path, icons: Path) -> Path:
    """A fake unpacked tar.gz: RepDesk/ with repdesk, the installer and share/."""
    folder = parent / "RepDesk"
    (folder / "_internal").mkdir(parents=True)
    binary = folder / "repdesk"
    binary.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    binary.chmod(0o755)
    shutil.copy2(INSTALLER, folder / INSTALLER.name)
    (folder / "share" / "applications").mkdir(parents=True)
    shutil.copy2(DESKTOP, folder / "share" / "applications" / DESKTOP.name)
    (folder / "share" / "metainfo").mkdir(parents=True)
    shutil.copy2(METAINFO, folder / "share" / "metainfo" / METAINFO.name)
    shutil.copytree(icons / "hicolor", folder / "share" / "icons" / "hicolor")
    return folder


@pytest.mark.skipif(sys.platform == "win32", reason="the Linux tar.gz's installer")
@pytest.mark.parametrize(
    "where",
    ["apps", "My Apps/RepDesk 0.1", 'odd $HOME `x` "q" back\\slash'],
    ids=["plain", "spaces", "shell-characters"],
)
def test_installer_adds_and_removes_the_menu_entry(tmp_path: Path, icons: Path, where: str) -> None:
    folder = _unpacked(tmp_path / where, icons)
    data_home = tmp_path / "share"
    rep_data = data_home / "RepDesk" / "repdesk.db"
    rep_data.parent.mkdir(parents=True)
    rep_data.write_bytes(b"the rep's customers")
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(data_home),
    }
    script = folder / INSTALLER.name

    done = _run("sh", script, env=env)
    assert done.returncode == 0, done.stderr
    assert "installed" in done.stdout

    entry = data_home / "applications" / DESKTOP.name
    keys = _desktop_entry(entry)
    binary = str((folder / "repdesk").resolve())
    assert exec_argv(keys["Exec"]) == [binary]
    assert _unescape(keys["TryExec"]) == binary
    assert keys["Icon"] == APP_ID
    validated = _run(_tool("desktop-file-validate", "desktop-file-utils"), entry)
    assert validated.stdout + validated.stderr == ""
    installed = {
        p.relative_to(data_home / "icons" / "hicolor").as_posix()
        for p in (data_home / "icons" / "hicolor").rglob(f"{APP_ID}.*")
    }
    shipped = {
        p.relative_to(folder / "share" / "icons" / "hicolor").as_posix()
        for p in (folder / "share" / "icons" / "hicolor").rglob(f"{APP_ID}.*")
    }
    assert installed == shipped
    assert len(installed) == len(PNG_SIZES) + 1

    done = _run("sh", script, "--uninstall", env=env)
    assert done.returncode == 0, done.stderr
    assert not entry.exists()
    assert list((data_home / "icons").rglob(f"{APP_ID}.*")) == []
    assert rep_data.read_bytes() == b"the rep's customers"
    assert (folder / "repdesk").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="the Linux tar.gz's installer")
def test_installer_refuses_a_folder_without_repdesk(tmp_path: Path, icons: Path) -> None:
    folder = _unpacked(tmp_path, icons)
    (folder / "repdesk").unlink()
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "XDG_DATA_HOME": str(tmp_path / "d")}
    done = _run("sh", folder / INSTALLER.name, env=env)
    assert done.returncode != 0
    assert "repdesk" in done.stderr
    assert not (tmp_path / "d" / "applications").exists()


def test_exec_argv_follows_the_spec() -> None:
    assert exec_argv('"/a b/re\\\\$p" --db x') == ["/a b/re$p", "--db", "x"]
    assert exec_argv('"/x/%%y/\\\\\\\\z" "" a\\sb') == ["/x/%y/\\z", "", "a", "b"]
    assert exec_argv("repdesk") == ["repdesk"]
