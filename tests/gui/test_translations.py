"""The Simplified Chinese translation: complete, faithful to its sources' markup, and loadable.

The sources of truth are the tr()/translate()/QT_TRANSLATE_NOOP strings in
repdesk/, read by the same pyside6-lupdate that tools/update_translations.py
runs. When a test here fails: run ``.venv/bin/python tools/update_translations.py``,
translate the listed messages in resources/translations/repdesk_zh_CN.ts, run again.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "repdesk"
TS_FILE = ROOT / "resources" / "translations" / "repdesk_zh_CN.ts"

# %1..%99 (also %L1, localised numbers) and %n: the arguments Qt fills in.
PLACEHOLDER = re.compile(r"%L?(?:[1-9][0-9]?|n)")
# A menu mnemonic: & before a character, but not an escaped && ("文件(&F)").
MNEMONIC = re.compile(r"(?<!&)&(?!&)\S")
HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")

Key = tuple[str, str, str]  # context, source, disambiguation


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...]  # the translation, or each numerus form
    unfinished: bool

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)


def describe(key: Key) -> str:
    context, source, comment = key
    note = f" [{comment}]" if comment else ""
    return f"{context}: {source!r}{note}"


def read_ts(path: Path) -> dict[Key, Message]:
    """Every live message of a .ts file (obsolete and vanished ones are not translations)."""
    catalog: dict[Key, Message] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in {"obsolete", "vanished"}:
                continue
            numerus = element.get("numerus") == "yes"
            forms: tuple[str, ...] = ()
            if translation is not None:
                if numerus:
                    forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            message = Message(
                context=name,
                source=element.findtext("source") or "",
                comment=element.findtext("comment") or "",
                numerus=numerus,
                forms=forms,
                unfinished=kind == "unfinished",
            )
            catalog[message.key] = message
    return catalog


def untranslated(expected: Iterable[Key], catalog: dict[Key, Message]) -> list[str]:
    """One line per expected message that the catalog lacks, or has unfinished or empty."""
    problems = []
    for key in sorted(set(expected)):
        message = catalog.get(key)
        if message is None:
            problems.append(f"missing     {describe(key)}")
        elif message.unfinished:
            problems.append(f"unfinished  {describe(key)}")
        elif not message.forms or not all(form.strip() for form in message.forms):
            problems.append(f"empty       {describe(key)}")
    return problems


def markup_problems(catalog: dict[Key, Message]) -> list[str]:
    """Translations that lose or invent a placeholder, mnemonic, HTML tag or line break."""
    problems = []
    for key, message in sorted(catalog.items()):
        source = message.source
        for form in message.forms:
            if not form:
                continue  # untranslated() reports these
            if set(PLACEHOLDER.findall(form)) != set(PLACEHOLDER.findall(source)):
                problems.append(
                    f"placeholders {sorted(set(PLACEHOLDER.findall(source)))} "
                    f"-> {form!r}  {describe(key)}"
                )
            if bool(MNEMONIC.search(form)) != bool(MNEMONIC.search(source)):
                problems.append(f"mnemonic -> {form!r}  {describe(key)}")
            if sorted(HTML_TAG.findall(form)) != sorted(HTML_TAG.findall(source)):
                problems.append(f"HTML tags -> {form!r}  {describe(key)}")
            if form.count("\n") != source.count("\n"):
                problems.append(f"line breaks -> {form!r}  {describe(key)}")
    return problems


def qt_tool(name: str) -> str:
    """pyside6-lupdate / -lrelease from this test run's environment."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} is not installed beside {sys.executable}")
    return found


def extract(target: Path) -> dict[Key, Message]:
    """What lupdate finds in repdesk/ today, as a fresh .ts."""
    files = sorted(str(path.relative_to(ROOT)) for path in PACKAGE.rglob("*.py"))
    result = subprocess.run(
        [qt_tool("pyside6-lupdate"), "-silent", "-locations", "none", *files, "-ts", str(target)],
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.fail(f"lupdate failed:\n{result.stdout}{result.stderr}")
    return read_ts(target)


def wrapped_literals(path: Path) -> list[tuple[int, str]]:
    """String literals passed to a module's own helper around translate()/tr().

    lupdate only sees literals in the tr()/translate()/QT_*_NOOP calls themselves:
    ``_tr("Loading…")`` over ``QCoreApplication.translate(CONTEXT, text)`` is never
    extracted, so it is never translated. Returns (line, literal) pairs.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrappers: dict[str, int] = {}  # helper name -> index of its text parameter
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        params = [arg.arg for arg in func.args.args]
        for call in ast.walk(func):
            if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Attribute):
                continue
            position = {"translate": 1, "tr": 0}.get(call.func.attr)
            if position is None or len(call.args) <= position:
                continue
            text = call.args[position]
            if isinstance(text, ast.Name) and text.id in params:
                offset = 1 if params and params[0] in {"self", "cls"} else 0
                wrappers[func.name] = params.index(text.id) - offset
    found = []
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call):
            continue
        callee = call.func
        name = (
            callee.id
            if isinstance(callee, ast.Name)
            else (callee.attr if isinstance(callee, ast.Attribute) else "")
        )
        position = wrappers.get(name)
        if position is None or not 0 <= position < len(call.args):
            continue
        text = call.args[position]
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            found.append((call.lineno, text.value))
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, Message]:
    return extract(tmp_path_factory.mktemp("lupdate") / "sources.ts")


@pytest.fixture(scope="module")
def committed() -> dict[Key, Message]:
    return read_ts(TS_FILE)


# -- the committed translation ----------------------------------------------------


def test_every_source_string_is_translated(
    extracted: dict[Key, Message], committed: dict[Key, Message]
) -> None:
    assert extracted, "lupdate found no messages in repdesk/: is the extraction broken?"
    problems = untranslated(extracted, committed)
    assert not problems, (
        f"{len(problems)} message(s) need a Chinese translation in {TS_FILE.name} "
        "(run tools/update_translations.py, then translate):\n" + "\n".join(problems)
    )


def test_no_stale_entries(extracted: dict[Key, Message], committed: dict[Key, Message]) -> None:
    stale = sorted(describe(key) for key in committed.keys() - extracted.keys())
    assert not stale, (
        "no longer in the sources (run tools/update_translations.py to drop them):\n"
        + "\n".join(stale)
    )


def test_numerus_messages_match_the_sources(
    extracted: dict[Key, Message], committed: dict[Key, Message]
) -> None:
    wrong = [
        describe(key)
        for key, message in committed.items()
        if key in extracted
        and (
            message.numerus != extracted[key].numerus
            or (message.numerus and len(message.forms) != 1)
        )
    ]
    assert not wrong, "numerus flag differs, or not exactly one Chinese form:\n" + "\n".join(wrong)


def test_translations_keep_placeholders_and_markup(committed: dict[Key, Message]) -> None:
    problems = markup_problems(committed)
    assert not problems, "\n".join(problems)


def test_no_strings_hide_behind_translate_helpers(extracted: dict[Key, Message]) -> None:
    sources = {message.source for message in extracted.values()}
    hidden = [
        f"{path.relative_to(ROOT)}:{line}: {text!r}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line, text in wrapped_literals(path)
        if text not in sources
    ]
    assert not hidden, "lupdate cannot extract these (a helper wraps tr()):\n" + "\n".join(hidden)


def test_compiles_and_loads(tmp_path: Path) -> None:
    qm = tmp_path / "repdesk_zh_CN.qm"
    result = subprocess.run(
        [qt_tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert not result.stderr.strip(), output  # lrelease reports errors and warnings there
    assert " 0 unfinished" in result.stdout, output
    assert "Ignored" not in result.stdout, output  # untranslated messages

    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("Labels", "Prospect diary") == "目标客户探询的个人日记"
    assert translator.translate("Labels", "Lead source") == "线索来源"
    assert translator.translate("MainWindow", "&File") == "文件(&F)"
    assert translator.translate("TodayPage", "Visits today (%n)", None, 3) == "今日拜访（%n）"


# -- the checkers themselves ---------------------------------------------------------


def _add_message(
    context: ET.Element, source: str, translation: str | None, numerus: bool = False
) -> None:
    message = ET.SubElement(context, "message", {"numerus": "yes"} if numerus else {})
    ET.SubElement(message, "source").text = source
    element = ET.SubElement(message, "translation")
    if translation is None:
        element.set("type", "unfinished")
    elif numerus:
        ET.SubElement(element, "numerusform").text = translation
    else:
        element.text = translation


def test_checkers_catch_untranslated_and_broken_entries(tmp_path: Path) -> None:
    tree = ET.parse(TS_FILE)
    context = ET.SubElement(tree.getroot(), "context")
    ET.SubElement(context, "name").text = "FakePage"
    _add_message(context, "Fake unfinished", None)
    _add_message(context, "Fake empty", "   ")
    _add_message(context, "Fake %n visit(s)", "", numerus=True)
    _add_message(context, "Lost %1 and %2", "丢了 %1")
    _add_message(context, "&Fake menu", "假菜单")
    _add_message(context, "<b>Bold</b>\nline", "粗体")
    copy = tmp_path / "copy.ts"
    tree.write(copy, encoding="utf-8", xml_declaration=True)
    catalog = read_ts(copy)

    fake = {key for key in catalog if key[0] == "FakePage"}
    problems = untranslated(fake | {("FakePage", "Never added", "")}, catalog)
    assert problems == [
        "empty       FakePage: 'Fake %n visit(s)'",
        "empty       FakePage: 'Fake empty'",
        "unfinished  FakePage: 'Fake unfinished'",
        "missing     FakePage: 'Never added'",
    ]

    broken = [
        line
        for line in markup_problems(catalog)
        if line.endswith(tuple(describe(key) for key in fake))
    ]
    assert len(broken) == 4, broken
    assert any(line.startswith("placeholders ['%1', '%2']") for line in broken)
    assert any(line.startswith("mnemonic") for line in broken)
    assert any(line.startswith("HTML tags") for line in broken)
    assert any(line.startswith("line breaks") for line in broken)


def test_wrapped_literals_are_found(tmp_path: Path) -> None:
    module = tmp_path / "page.py"
    module.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text, n=-1):\n"
        "    return QCoreApplication.translate('Page', text, None, n)\n"
        "class Page:\n"
        "    def _t(self, text):\n"
        "        return self.tr(text)\n"
        "    def show(self):\n"
        "        self._t('Hidden in a method')\n"
        "        self.tr('Seen by lupdate')\n"
        "label = _tr('Hidden at module level')\n"
        "count = _tr('%n row(s)', 3)\n"
        "other = _tr(label)\n",
        encoding="utf-8",
    )
    assert sorted(wrapped_literals(module)) == [
        (8, "Hidden in a method"),
        (10, "Hidden at module level"),
        (11, "%n row(s)"),
    ]
