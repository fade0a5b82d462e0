"""Editing one entry, one language at a time (the other's words shown for reference).

Lists (hints, hidden factors, questions) are one line per item: line n is
item n in the language being edited. The editor knows when it is dirty, and
shows the service's problems (PlaybookError) beside the fields they name.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.enums import Directness, ObjectionTarget
from repdesk.domain.playbook import EMPTY_TEXT, Entry, PlaybookProblem, Text
from repdesk.gui.labels import label
from repdesk.gui.style import emphasised, muted
from repdesk.gui.views.playbook.answers_editor import AnswersEditor
from repdesk.gui.views.playbook.entry_list import GROUPS
from repdesk.gui.views.playbook.fields import LABEL_CHARS, TextInput, error_label
from repdesk.gui.views.playbook.texts import (
    lines_of,
    merge_lines,
    other_side,
    side,
)
from repdesk.gui.views.playbook.words import part_name, reason_text

TEXTS = ("title", "customer_says", "revive_sentence")
LISTS = ("true_or_false_hints", "hidden_factors", "open_questions", "closed_questions")
_PATH = re.compile(r"^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?(?:\.(en|zh))?$")


def blank_entry(target: ObjectionTarget = ObjectionTarget.PERSON) -> Entry:
    return Entry(
        code="",
        target=target,
        directness=Directness.DIRECT,
        title=EMPTY_TEXT,
        customer_says=EMPTY_TEXT,
        true_or_false_hints=(),
        hidden_factors=(),
        revive_sentence=EMPTY_TEXT,
        answers=(),
        open_questions=(),
        closed_questions=(),
    )


class EntryEditor(QWidget):
    edited = Signal()
    save_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = "en"
        self.working = blank_entry()
        self._baseline: tuple[Entry, tuple[str | None, ...]] | None = None
        self._line_maps: dict[str, tuple[int, ...]] = {}
        self._answer_blocks: tuple[int, ...] = ()

        self.heading = emphasised(QLabel())
        self.summary = error_label()
        self.fields: dict[str, TextInput] = {
            "title": TextInput(),
            "customer_says": TextInput(lines=2),
            "true_or_false_hints": TextInput(lines=3),
            "hidden_factors": TextInput(lines=3),
            "open_questions": TextInput(lines=3),
            "closed_questions": TextInput(lines=3),
            "revive_sentence": TextInput(lines=2),
        }
        for key in LISTS:
            self.fields[key].set_placeholder(self.tr("One per line"))
        self.code = TextInput()
        self.code.set_placeholder(self.tr("Made from the title when left empty"))
        self.code.edit.setToolTip(
            self.tr(
                "Letters a-z, digits and _. A playbook file updates the entry with the same code."
            )
        )
        self.target = QComboBox()
        for target in GROUPS:
            self.target.addItem(label(target), target.value)
        self.directness = QComboBox()
        for directness in (Directness.INDIRECT, Directness.DIRECT):
            self.directness.addItem(label(directness), directness.value)
        self.answers = AnswersEditor()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(part_name("title"), self.fields["title"])
        kind = QHBoxLayout()
        kind.addWidget(self.target)
        kind.addWidget(self.directness)
        kind.addStretch(1)
        form.addRow(part_name("target"), kind)
        form.addRow(part_name("customer_says"), self.fields["customer_says"])
        form.addRow(part_name("true_or_false_hints"), self.fields["true_or_false_hints"])
        form.addRow(part_name("hidden_factors"), self.fields["hidden_factors"])
        form.addRow(part_name("answers"), self.answers)
        form.addRow(part_name("open_questions"), self.fields["open_questions"])
        form.addRow(part_name("closed_questions"), self.fields["closed_questions"])
        form.addRow(part_name("revive_sentence"), self.fields["revive_sentence"])
        form.addRow(part_name("code"), self.code)
        for index in range(form.rowCount()):
            item = form.itemAt(index, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                widget.setWordWrap(True)
                widget.setFixedWidth(widget.fontMetrics().averageCharWidth() * LABEL_CHARS)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll_area = scroll

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save this entry (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_requested)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop editing (Esc)"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.hint = QLabel()
        muted(self.hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        for field in (*self.fields.values(), self.code):
            field.edited.connect(self.edited)
        self.answers.edited.connect(self.edited)
        self.target.currentIndexChanged.connect(lambda _i: self.edited.emit())
        self.directness.currentIndexChanged.connect(lambda _i: self.edited.emit())

    # -- loading ----------------------------------------------------------------
    def load(self, entry: Entry, lang: str) -> None:
        """Edit ``entry`` (one without an id is new) in ``lang``."""
        self.working = entry
        self.lang = lang
        self.target.blockSignals(True)
        self.directness.blockSignals(True)
        self.target.setCurrentIndex(max(0, self.target.findData(entry.target.value)))
        self.directness.setCurrentIndex(max(0, self.directness.findData(entry.directness.value)))
        self.target.blockSignals(False)
        self.directness.blockSignals(False)
        self.code.set_words(entry.code)
        self.answers.load(entry.answers, lang)
        self._fill()
        self.clear_problems()
        self._baseline = self._state()
        if entry.id is None:
            self.heading.setText(self.tr("New entry"))
        else:
            self.heading.setText(
                self.tr("Editing “%1”").replace("%1", entry.title.get(lang).strip())
            )
        self.scroll_area.verticalScrollBar().setValue(0)

    def _fill(self) -> None:
        """The text boxes from ``working`` in the current language."""
        for key in TEXTS:
            text: Text = getattr(self.working, key)
            self.fields[key].set_words(side(text, self.lang))
            self.fields[key].set_reference(self._reference(other_side(text, self.lang)))
        for key in LISTS:
            items: tuple[Text, ...] = getattr(self.working, key)
            self.fields[key].set_words(lines_of(items, self.lang))
            others = [other_side(t, self.lang) for t in items]
            numbered = "\n".join(f"{n}. {words}" for n, words in enumerate(others, 1) if words)
            self.fields[key].set_reference(self._reference(numbered, several=True))
        self.hint.setText(
            self.tr("Editing the Chinese texts.")
            if self.lang.startswith("zh")
            else self.tr("Editing the English texts.")
        )

    def _reference(self, words: str, several: bool = False) -> str:
        if not words.strip():
            return ""
        other = part_name("en" if self.lang.startswith("zh") else "zh")
        joiner = "\n" if several else " "
        return f"{other}:{joiner}{words}"

    def set_language(self, lang: str) -> None:
        """Keep what was typed, then show the texts of ``lang``."""
        if lang == self.lang:
            return
        self.working = self.read()
        self.answers.set_language(lang)
        self.lang = lang
        self._fill()

    # -- reading ----------------------------------------------------------------
    def read(self) -> Entry:
        """The entry as edited, both languages."""
        lang = self.lang
        changes: dict[str, object] = {}
        for key in TEXTS:
            text: Text = getattr(self.working, key)
            changes[key] = text.with_text(lang, self.fields[key].words().strip())
        self._line_maps = {}
        for key in LISTS:
            merged = merge_lines(getattr(self.working, key), lang, self.fields[key].words())
            changes[key] = merged.items
            self._line_maps[key] = merged.lines
        answers, blocks = self.answers.answers()
        self._answer_blocks = blocks
        return Entry(
            code=self.code.words().strip(),
            target=ObjectionTarget(self.target.currentData()),
            directness=Directness(self.directness.currentData()),
            title=changes["title"],  # type: ignore[arg-type]
            customer_says=changes["customer_says"],  # type: ignore[arg-type]
            true_or_false_hints=changes["true_or_false_hints"],  # type: ignore[arg-type]
            hidden_factors=changes["hidden_factors"],  # type: ignore[arg-type]
            revive_sentence=changes["revive_sentence"],  # type: ignore[arg-type]
            answers=answers,
            open_questions=changes["open_questions"],  # type: ignore[arg-type]
            closed_questions=changes["closed_questions"],  # type: ignore[arg-type]
            id=self.working.id,
        )

    def _state(self) -> tuple[Entry, tuple[str | None, ...]]:
        entry = self.read()
        return entry, tuple(a.id for a in entry.answers)

    @property
    def dirty(self) -> bool:
        return self._baseline is not None and self._state() != self._baseline

    # -- problems ---------------------------------------------------------------
    def clear_problems(self) -> None:
        self.summary.hide()
        for field in (*self.fields.values(), self.code):
            field.show_problem(None)
        self.answers.clear_problems()

    def show_problems(self, problems: tuple[PlaybookProblem, ...]) -> None:
        """Each problem beside the field it names; the first such field gets the focus."""
        self.read()  # the line and block maps of what was saved
        self.clear_problems()
        found: dict[TextInput | None, list[str]] = {}
        for problem in problems:
            target, text = self._locate(problem)
            found.setdefault(target, []).append(text)
        first: QWidget | None = None
        for target, texts in found.items():
            if target is None:
                self.answers.show_problem(" ".join(texts))
                first = first or self.answers.add_button
            else:
                target.show_problem(" ".join(texts))
                first = first or target
        count = len(problems)
        self.summary.setText(self.tr("Not saved: %n problem(s), marked below.", "", count))
        self.summary.show()
        if first is not None:
            self.scroll_area.ensureWidgetVisible(first)
            first.setFocus()

    def _locate(self, problem: PlaybookProblem) -> tuple[TextInput | None, str]:
        """The field a problem belongs to (None: the answers as a whole) and its words."""
        reason = reason_text(problem.reason)
        found = _PATH.match(problem.path)
        if found is None:
            return self.fields["title"], reason
        key, index, sub, lang = found.groups()
        if lang is None and sub in ("en", "zh"):
            sub, lang = None, sub
        if lang is not None:
            reason = (
                QCoreApplication.translate("Playbook", "%1: %2")
                .replace("%1", part_name(lang))
                .replace("%2", reason)
            )
        if key == "answers":
            if index is None or int(index) >= len(self._answer_blocks):
                return None, reason
            block = self.answers.blocks[self._answer_blocks[int(index)]]
            return block.inputs.get(sub or "label", block.inputs["label"]), reason
        if key in LISTS and index is not None:
            lines = self._line_maps.get(key, ())
            line = lines[int(index)] + 1 if int(index) < len(lines) else int(index) + 1
            reason = self.tr("Line %1: %2").replace("%1", str(line)).replace("%2", reason)
        if key == "code":
            return self.code, reason
        return self.fields.get(key, self.fields["title"]), reason
