"""The opener and tips: the 20-second opener, the four tips for handling a refusal
(处理拒绝的四项提示) and the persistence actions after one (坚持行动), shown and edited."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.playbook import EMPTY_TEXT, Playbook, PlaybookProblem, Text
from repdesk.gui.style import emphasised, muted
from repdesk.gui.views.playbook.entry_view import MUTED, text_html
from repdesk.gui.views.playbook.fields import LABEL_CHARS, TextInput, error_label
from repdesk.gui.views.playbook.texts import lines_of, merge_lines, other_side, side
from repdesk.gui.views.playbook.words import part_name, reason_text

_PATH = re.compile(r"^(\w+)(?:\[(\d+)\])?(?:\.(en|zh))?$")
Guide = tuple[Text, tuple[Text, ...], tuple[Text, ...]]


def guide_html(playbook: Playbook, lang: str) -> str:
    none = escape(QCoreApplication.translate("GuidePanel", "None written yet."))

    def items(texts: tuple[Text, ...], tag: str) -> str:
        if not texts:
            return f'<p style="color:{MUTED}">{none}</p>'
        return f"<{tag}>" + "".join(f"<li>{text_html(t, lang)}</li>" for t in texts) + f"</{tag}>"

    opener = text_html(playbook.opener, lang) if playbook.opener.get(lang).strip() else none
    hint = escape(
        QCoreApplication.translate(
            "GuidePanel", "You have about 20 seconds to catch the customer's interest."
        )
    )
    return (
        f"<h3>{escape(part_name('opener'))}</h3>"
        f'<p style="color:{MUTED}">{hint}</p>'
        f'<p style="font-size:large">{opener}</p>'
        f"<h3>{escape(part_name('tips'))}</h3>{items(playbook.tips, 'ol')}"
        f"<h3>{escape(part_name('persistence_actions'))}</h3>"
        f"{items(playbook.persistence_actions, 'ul')}"
    )


class GuidePanel(QWidget):
    edit_requested = Signal()
    save_requested = Signal()
    cancel_requested = Signal()
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = "en"
        self.playbook: Playbook | None = None
        self.working: Guide = (EMPTY_TEXT, (), ())
        self._baseline: Guide | None = None
        self._line_maps: dict[str, tuple[int, ...]] = {}

        self.view = QTextBrowser()
        self.view.setObjectName("playbookGuide")
        self.edit_button = QPushButton(self.tr("Edit the opener and tips"))
        self.edit_button.clicked.connect(self.edit_requested)
        view_page = QWidget()
        view_layout = QVBoxLayout(view_page)
        view_layout.setContentsMargins(0, 0, 0, 0)
        view_layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.edit_button)
        view_layout.addLayout(row)

        self.opener = TextInput(lines=5)
        self.tips = TextInput(lines=5)
        self.persistence = TextInput(lines=8)
        self.inputs = {
            "opener": self.opener,
            "tips": self.tips,
            "persistence_actions": self.persistence,
        }
        for key in ("tips", "persistence_actions"):
            self.inputs[key].set_placeholder(self.tr("One per line"))
        for field in self.inputs.values():
            field.edited.connect(self.edited)
        self.summary = error_label()
        self.hint = QLabel()
        muted(self.hint)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, field in self.inputs.items():
            name = QLabel(part_name(key))
            name.setWordWrap(True)
            name.setFixedWidth(name.fontMetrics().averageCharWidth() * LABEL_CHARS)
            form.addRow(name, field)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the opener and tips (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_requested)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop editing (Esc)"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        edit_page = QWidget()
        edit_layout = QVBoxLayout(edit_page)
        edit_layout.setContentsMargins(0, 0, 0, 0)
        edit_layout.addWidget(emphasised(QLabel(self.tr("Editing the opener and tips"))))
        edit_layout.addWidget(self.summary)
        edit_layout.addLayout(form)
        edit_layout.addStretch(1)
        edit_layout.addLayout(buttons)

        self.stack = QStackedWidget()
        self.stack.addWidget(view_page)
        self.stack.addWidget(edit_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    @property
    def editing(self) -> bool:
        return self.stack.currentIndex() == 1

    def show_guide(self, playbook: Playbook | None, lang: str) -> None:
        self.playbook = playbook
        self.lang = lang if not self.editing else self.lang
        self.edit_button.setEnabled(playbook is not None)
        if playbook is None:
            self.view.clear()
        else:
            self.view.setHtml(guide_html(playbook, lang))

    def start_edit(self, typed: Guide | None = None) -> None:
        """Edit the opener and tips as stored, or as ``typed`` before (a refused save)."""
        if self.playbook is None:
            return
        p = self.playbook
        self.working = (p.opener, p.tips, p.persistence_actions)
        self._fill()
        self.clear_problems()
        self._baseline = self.read()
        if typed is not None:
            self.working = typed
            self._fill()
        self.stack.setCurrentIndex(1)
        self.opener.setFocus()

    def stop_edit(self) -> None:
        self._baseline = None
        self.clear_problems()
        self.stack.setCurrentIndex(0)

    def _fill(self) -> None:
        opener, tips, actions = self.working
        self.opener.set_words(side(opener, self.lang))
        other = part_name("en" if self.lang.startswith("zh") else "zh")
        words = other_side(opener, self.lang)
        self.opener.set_reference(f"{other}: {words}" if words.strip() else "")
        for field, items in ((self.tips, tips), (self.persistence, actions)):
            field.set_words(lines_of(items, self.lang))
            numbered = "\n".join(
                f"{n}. {other_side(t, self.lang)}"
                for n, t in enumerate(items, 1)
                if other_side(t, self.lang).strip()
            )
            field.set_reference(f"{other}:\n{numbered}" if numbered else "")
        self.hint.setText(
            self.tr("Editing the Chinese texts.")
            if self.lang.startswith("zh")
            else self.tr("Editing the English texts.")
        )

    def set_language(self, lang: str) -> None:
        if self.editing and lang != self.lang:
            self.working = self.read()
            self.lang = lang
            self._fill()
        else:
            self.lang = lang
        if self.playbook is not None:
            self.view.setHtml(guide_html(self.playbook, lang))

    def read(self) -> Guide:
        opener, tips, actions = self.working
        merged_tips = merge_lines(tips, self.lang, self.tips.words())
        merged_actions = merge_lines(actions, self.lang, self.persistence.words())
        self._line_maps = {"tips": merged_tips.lines, "persistence_actions": merged_actions.lines}
        return (
            opener.with_text(self.lang, self.opener.words().strip()),
            merged_tips.items,
            merged_actions.items,
        )

    @property
    def dirty(self) -> bool:
        return self.editing and self._baseline is not None and self.read() != self._baseline

    def clear_problems(self) -> None:
        self.summary.hide()
        for field in self.inputs.values():
            field.show_problem(None)

    def show_problems(self, problems: tuple[PlaybookProblem, ...]) -> None:
        self.read()
        self.clear_problems()
        found: dict[str, list[str]] = {}
        for problem in problems:
            match = _PATH.match(problem.path)
            key, index, lang = match.groups() if match else ("opener", None, None)
            reason = reason_text(problem.reason)
            if lang is not None:
                reason = (
                    QCoreApplication.translate("Playbook", "%1: %2")
                    .replace("%1", part_name(lang))
                    .replace("%2", reason)
                )
            if index is not None:
                lines = self._line_maps.get(key, ())
                line = lines[int(index)] + 1 if int(index) < len(lines) else int(index) + 1
                reason = self.tr("Line %1: %2").replace("%1", str(line)).replace("%2", reason)
            found.setdefault(key if key in self.inputs else "opener", []).append(reason)
        for key, texts in found.items():
            self.inputs[key].show_problem(" ".join(texts))
        count = len(problems)  # lupdate reads no call among tr()'s arguments
        self.summary.setText(self.tr("Not saved: %n problem(s), marked below.", "", count))
        self.summary.show()
        if found:
            self.inputs[next(iter(found))].setFocus()
