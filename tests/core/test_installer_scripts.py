"""The Windows installer script and the macOS bundle files, checked where they cannot be built.

Inno Setup compiles only on Windows and hdiutil runs only on macOS, and RepDesk is developed
on Linux. So these tests read the files instead: packaging/windows/repdesk.iss through a small
parser of its INI-like sections, packaging/macos/Info.plist with plistlib, and
packaging/macos/make-dmg.sh with ``bash -n`` (and shellcheck where it is installed). They hold
the files to what packaging RepDesk needs: one fixed AppId, a program folder apart from the
rep's data folder, nothing that deletes that data, the whole onedir installed, English and
Simplified Chinese, the executable named as packaging/repdesk.spec names it, and one bundle
id on macOS and Linux. Each check also runs on a small bad script, to show it can fail.
"""

from __future__ import annotations

import ast
import plistlib
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ISS = PACKAGING / "windows" / "repdesk.iss"
INFO_PLIST = PACKAGING / "macos" / "Info.plist"
MAKE_DMG = PACKAGING / "macos" / "make-dmg.sh"
SPEC = PACKAGING / "repdesk.spec"
APP_ID = "org.repdesk.RepDesk"
# The executable's name while packaging/repdesk.spec does not exist to say it.
DEFAULT_EXE_NAME = "repdesk"

# Sections of name=value lines; [Code] is Pascal; every other section holds entries.
KEYED_SECTIONS = {"setup", "messages", "custommessages", "langoptions"}
# What names the rep's data (platformdirs: %LOCALAPPDATA%\RepDesk with repdesk.db, backups\,
# settings.json, Logs\) or any other folder of the user's that no installer may delete.
DATA_MARKERS = (
    "{localappdata}",
    "{userappdata}",
    "{commonappdata}",
    "{userdocs}",
    "{%localappdata",
    "repdesk.db",
    "backups",
    "settings.json",
    "\\logs",
)
GUID = re.compile(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", re.I)


@dataclass
class IssScript:
    """What the tests read of an Inno Setup script (names in lower case, values as written)."""

    defines: dict[str, str] = field(default_factory=dict)  # #define NAME -> expression
    directives: list[str] = field(default_factory=list)  # every preprocessor line
    keyed: dict[str, dict[str, str]] = field(default_factory=dict)  # [Setup], [Messages]...
    entries: dict[str, list[dict[str, str]]] = field(default_factory=dict)  # [Files]...

    def setup(self, name: str) -> str:
        return self.expand(self.keyed.get("setup", {}).get(name.lower(), ""))

    def section(self, name: str) -> list[dict[str, str]]:
        return [
            {key: self.expand(value) for key, value in entry.items()}
            for entry in self.entries.get(name.lower(), [])
        ]

    def literal(self, name: str) -> str | None:
        """A #define's value when it is one quoted string, else None."""
        expression = self.defines.get(name, "")
        if len(expression) >= 2 and expression[0] == expression[-1] == '"':
            return expression[1:-1]
        return None

    def expand(self, text: str) -> str:
        """{#Name} replaced by the define's value where that is a plain string."""

        def one(match: re.Match[str]) -> str:
            value = self.literal(match.group(1))
            return match.group(0) if value is None else value

        return re.sub(r"\{#(\w+)\}", one, text)


def split_outside_quotes(line: str, separator: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted  # a doubled "" inside quotes toggles twice: no change
        if char == separator and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('""', '"')
    return value


def parse_entry(line: str) -> dict[str, str]:
    """'Name: "{group}\\RepDesk"; Filename: "{app}\\repdesk.exe"' -> {'name': ..., ...}."""
    params: dict[str, str] = {}
    for part in split_outside_quotes(line, ";"):
        if not part.strip():
            continue
        name, colon, value = part.partition(":")
        if not colon or not re.fullmatch(r"\s*\w+\s*", name):
            raise ValueError(f"not a parameter of an entry: {part.strip()!r} in {line!r}")
        params[name.strip().lower()] = unquote(value.strip())
    return params


def parse_iss(text: str) -> IssScript:
    script = IssScript()
    section = ""
    for raw in text.lstrip("\ufeff").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "//")):
            continue
        if line.startswith("#"):
            script.directives.append(line)
            define = re.fullmatch(r"#\s*define\s+(\w+)\s*(.*)", line)
            if define:
                script.defines[define.group(1)] = define.group(2).strip()
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            section = header.group(1).lower()
            continue
        if section == "code":
            continue
        if not section:
            raise ValueError(f"a line outside any section: {line!r}")
        if section in KEYED_SECTIONS:
            name, equals, value = line.partition("=")
            if not equals:
                raise ValueError(f"not name=value in [{section}]: {line!r}")
            script.keyed.setdefault(section, {})[name.strip().lower()] = value.strip()
        else:
            script.entries.setdefault(section, []).append(parse_entry(line))
    return script


@pytest.fixture(scope="module")
def iss() -> IssScript:
    return parse_iss(ISS.read_text(encoding="utf-8-sig"))


def spec_exe_name() -> str:
    """The name= of the spec's EXE(...), the executable's name without .exe."""
    if not SPEC.exists():
        return DEFAULT_EXE_NAME
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "EXE":
            for keyword in node.keywords:
                if keyword.arg != "name":
                    continue
                value = keyword.value
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    return value.value.removesuffix(".exe")
                if isinstance(value, ast.Name) and value.id in constants:
                    return constants[value.id].removesuffix(".exe")
    raise AssertionError(f"{SPEC} has no EXE(name=...) this test can read")


# --- the checks, each a list of problems --------------------------------------------------


def data_deletions(script: IssScript) -> list[str]:
    """[InstallDelete]/[UninstallDelete] entries outside {app} or naming the rep's data."""
    problems = []
    for section in ("installdelete", "uninstalldelete"):
        for entry in script.section(section):
            name = entry.get("name", "").lower()
            if not name.startswith("{app}\\") or any(mark in name for mark in DATA_MARKERS):
                problems.append(f"[{section}] deletes {entry.get('name')!r}")
    return problems


def program_folder_problems(script: IssScript) -> list[str]:
    folder = script.setup("DefaultDirName")
    problems = []
    if folder != "{autopf}\\RepDesk":
        problems.append(f"DefaultDirName is {folder!r}, not {{autopf}}\\RepDesk")
    if any(mark in folder.lower() for mark in DATA_MARKERS):
        problems.append(f"DefaultDirName {folder!r} is (under) a data folder")
    if script.setup("PrivilegesRequired") != "lowest":
        problems.append("PrivilegesRequired is not lowest: a per-user install needs no admin")
    if "dialog" not in script.setup("PrivilegesRequiredOverridesAllowed").split():
        problems.append("PrivilegesRequiredOverridesAllowed does not offer the dialog")
    return problems


def percent_problems(text: str) -> list[str]:
    """In a message with arguments, % is %1..%9, %n or %% (a literal %)."""
    stray = re.findall(r"%(?![1-9n])", text.replace("%%", ""))
    problems = [f"{len(stray)} lone % in {text!r}"] if stray else []
    if re.search(r"(?<!%)%LOCALAPPDATA", text):
        problems.append(f"%LOCALAPPDATA% needs %% in {text!r}")
    return problems


BAD_SCRIPT = r"""
#define AppName "RepDesk"
[Setup]
AppId=RepDesk
DefaultDirName={localappdata}\{#AppName}
PrivilegesRequired=admin
[Messages]
english.UninstalledAll=%1 removed. Data kept in %LOCALAPPDATA%\RepDesk.
[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"
[UninstallDelete]
Type: filesandordirs; Name: "{localappdata}\RepDesk"
Type: files; Name: "{app}\..\RepDesk\repdesk.db"
"""


def test_the_parser_reads_sections_entries_and_defines() -> None:
    script = parse_iss(BAD_SCRIPT)
    assert script.literal("AppName") == "RepDesk"
    assert script.setup("DefaultDirName") == "{localappdata}\\RepDesk"
    assert script.section("UninstallDelete")[0] == {
        "type": "filesandordirs",
        "name": "{localappdata}\\RepDesk",
    }
    assert parse_entry('Name: "a;b"; Description: "say ""hi"""') == {
        "name": "a;b",
        "description": 'say "hi"',
    }
    with pytest.raises(ValueError, match="not a parameter"):
        parse_entry("Source foo")


def test_the_checks_catch_a_bad_script() -> None:
    script = parse_iss(BAD_SCRIPT)
    assert len(data_deletions(script)) == 2
    assert len(program_folder_problems(script)) == 4
    assert percent_problems(script.keyed["messages"]["english.uninstalledall"])
    assert not GUID.fullmatch(script.setup("AppId"))


# --- packaging/windows/repdesk.iss ----------------------------------------------------------


def test_app_id_is_one_fixed_guid(iss: IssScript) -> None:
    # Braces doubled: "{{" is Inno's escape for a literal "{" in a value.
    assert GUID.fullmatch(iss.setup("AppId")), iss.setup("AppId")


def test_version_and_folders_come_from_the_build_with_defaults(iss: IssScript) -> None:
    for name in ("AppVersion", "SourceDir", "IconFile"):
        assert f"#ifndef {name}" in iss.directives, f"no default for /D{name}"
    assert iss.literal("AppVersion") is not None
    assert "..\\..\\dist\\RepDesk" in iss.defines["SourceDir"]
    assert "..\\..\\build\\icons\\repdesk.ico" in iss.defines["IconFile"]
    as_written = iss.keyed["setup"]
    assert iss.setup("AppName") == "RepDesk"
    assert as_written["appversion"] == "{#AppVersion}"
    assert as_written["setupiconfile"] == "{#IconFile}"
    assert as_written["outputbasefilename"] == "{#AppName}-{#AppVersion}-windows-x64-setup"


def test_it_installs_per_user_into_programs_not_the_data_folder(iss: IssScript) -> None:
    assert program_folder_problems(iss) == []


def test_it_is_a_64_bit_install(iss: IssScript) -> None:
    assert iss.setup("ArchitecturesAllowed") == "x64compatible"
    assert iss.setup("ArchitecturesInstallIn64BitMode") == "x64compatible"


def test_a_running_repdesk_is_closed_before_its_files_are_replaced(iss: IssScript) -> None:
    assert iss.setup("CloseApplications") == "yes"
    assert iss.setup("Uninstallable") == "yes"
    assert iss.setup("UninstallDisplayIcon") == f"{{app}}\\{spec_exe_name()}.exe"


def test_no_delete_entry_touches_the_reps_data(iss: IssScript) -> None:
    assert data_deletions(iss) == []
    assert iss.section("UninstallDelete") == []


def test_an_upgrade_first_clears_the_old_internal_folder(iss: IssScript) -> None:
    assert {"type": "filesandordirs", "name": "{app}\\_internal"} in iss.section("InstallDelete")


def test_the_whole_onedir_is_installed(iss: IssScript) -> None:
    whole = [
        entry
        for entry in iss.section("Files")
        if entry.get("source") == "{#SourceDir}\\*" and entry.get("destdir") == "{app}"
    ]
    assert len(whole) == 1, iss.section("Files")
    flags = set(whole[0].get("flags", "").lower().split())
    assert {"ignoreversion", "recursesubdirs", "createallsubdirs"} <= flags


def test_start_menu_entry_and_launch_run_the_spec_executable(iss: IssScript) -> None:
    exe = f"{spec_exe_name()}.exe"
    assert iss.literal("AppExeName") == exe
    target = f"{{app}}\\{exe}"
    start_menu = [e for e in iss.section("Icons") if e.get("name", "").startswith("{group}\\")]
    assert [e.get("filename") for e in start_menu] == [target]
    desktop = [e for e in iss.section("Icons") if e.get("name", "").startswith("{autodesktop}")]
    assert [e.get("tasks") for e in desktop] == ["desktopicon"]
    assert "desktopicon" in [task.get("name") for task in iss.section("Tasks")]
    (run,) = iss.section("Run")
    assert run.get("filename") == target
    assert {"postinstall", "skipifsilent", "nowait"} <= set(run.get("flags", "").split())


def test_english_and_chinese_simplified(iss: IssScript) -> None:
    files = {e["name"]: e["messagesfile"] for e in iss.section("Languages")}
    assert files.get("english") == "compiler:Default.isl"
    chinese = [name for name, file in files.items() if file.endswith("ChineseSimplified.isl")]
    assert len(chinese) == 1, files
    prefixes = {
        key.split(".")[0]
        for section in ("messages", "custommessages")
        for key in iss.keyed.get(section, {})
        if "." in key
    }
    assert prefixes <= set(files), "a message for a language the script does not declare"


def test_uninstall_says_the_data_stays_in_both_languages(iss: IssScript) -> None:
    messages = iss.keyed["messages"]
    for language in (e["name"] for e in iss.section("Languages")):
        for message in ("ConfirmUninstall", "UninstalledAll"):
            text = messages.get(f"{language}.{message}".lower(), "")
            assert "%%LOCALAPPDATA%%\\RepDesk" in text, (language, message)
    for text in messages.values():
        assert percent_problems(text) == []


def test_the_script_is_utf8_with_a_bom() -> None:
    # The Chinese messages: every Inno Setup 6 reads UTF-8 when the file starts with a BOM.
    assert ISS.read_bytes().startswith(b"\xef\xbb\xbf")


# --- packaging/macos -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def info() -> dict[str, object]:
    with INFO_PLIST.open("rb") as handle:
        loaded = plistlib.load(handle)
    assert isinstance(loaded, dict)
    return {str(key): value for key, value in loaded.items()}


def test_bundle_identity(info: dict[str, object]) -> None:
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["CFBundleName"] == info["CFBundleDisplayName"] == "RepDesk"
    assert info["CFBundleDevelopmentRegion"] == "en"
    assert info["LSApplicationCategoryType"] == "public.app-category.business"


def test_bundle_id_is_the_appstream_id(info: dict[str, object]) -> None:
    (path,) = sorted((PACKAGING / "linux").glob("*.metainfo.xml"))
    assert path.name.removesuffix(".metainfo.xml") == info["CFBundleIdentifier"]
    component_id = ET.parse(path).getroot().findtext("id")
    assert component_id is not None and component_id.strip() == info["CFBundleIdentifier"]


def test_bundle_speaks_english_and_simplified_chinese(info: dict[str, object]) -> None:
    localizations = info["CFBundleLocalizations"]
    assert isinstance(localizations, list)
    normal = {str(name).replace("_", "-").lower() for name in localizations}
    assert "en" in normal
    assert normal & {"zh-hans", "zh-cn"}


def test_bundle_needs_the_macos_pyside6_needs(info: dict[str, object]) -> None:
    version = info["LSMinimumSystemVersion"]
    assert isinstance(version, str) and re.fullmatch(r"\d+(\.\d+){0,2}", version)
    # PySide6-Essentials 6.10 and 6.11 ship macosx_13_0 wheels only.
    assert tuple(int(part) for part in version.split(".")) >= (13, 0)


def test_bundle_window_app_settings(info: dict[str, object]) -> None:
    assert info["NSHighResolutionCapable"] is True
    assert info["NSRequiresAquaSystemAppearance"] is False
    assert info["NSPrincipalClass"] == "NSApplication"
    assert str(info["NSHumanReadableCopyright"]).strip()


def test_the_fragment_leaves_versions_and_pyinstallers_keys_alone(info: dict[str, object]) -> None:
    # The spec sets the versions from repdesk.__version__; PyInstaller writes the rest.
    owned_elsewhere = {
        "CFBundleShortVersionString",
        "CFBundleVersion",
        "CFBundleExecutable",
        "CFBundleIconFile",
        "CFBundlePackageType",
        "CFBundleInfoDictionaryVersion",
    }
    assert owned_elsewhere.isdisjoint(info)


def test_make_dmg_is_strict_bash() -> None:
    text = MAKE_DMG.read_text(encoding="utf-8")
    assert text.startswith("#!/usr/bin/env bash\n")
    assert "\nset -euo pipefail\n" in text
    assert "RepDesk-$version-macos-$arch.dmg" in text
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash here")
    checked = subprocess.run([bash, "-n", str(MAKE_DMG)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr


@pytest.mark.parametrize(
    "script",
    [MAKE_DMG, PACKAGING / "linux" / "install-desktop-entry.sh"],
    ids=lambda path: path.name,
)
def test_the_shell_scripts_pass_shellcheck(script: Path) -> None:
    shellcheck = shutil.which("shellcheck")
    if shellcheck is None:  # ./dev installs it (Debian package shellcheck)
        pytest.fail("shellcheck is missing: install the Debian package shellcheck (./dev does)")
    checked = subprocess.run([shellcheck, str(script)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout
