"""An entry's answers, one block each: a short label, then feature / advantage / benefit
(特点/优点/利益), in the language being edited; added, removed and reordered."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.playbook import EMPTY_TEXT, Answer, Text
from repdesk.gui.style import emphasised
from repdesk.gui.views.playbook.fields import TextInput, error_label
from repdesk.gui.views.playbook.texts import other_side, side
from repdesk.gui.views.playbook.words import part_name

KEYS = ("label", "feature", "advantage", "benefit")


class AnswerBlock(QFrame):
    remove_requested = Signal(object)  # this block
    move_requested = Signal(object, int)  # this block, -1 up or +1 down

    def __init__(self, answer: Answer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.answer = answer  # both languages, as last flushed
        self.heading = emphasised(QLabel())
        self.inputs: dict[str, TextInput] = {
            key: TextInput() if key == "label" else TextInput(lines=1, max_lines=6) for key in KEYS
        }
        up = QToolButton()
        up.setText("▲")
        up.setToolTip(self.tr("Move this answer up"))
        up.clicked.connect(lambda: self.move_requested.emit(self, -1))
        down = QToolButton()
        down.setText("▼")
        down.setToolTip(self.tr("Move this answer down"))
        down.clicked.connect(lambda: self.move_requested.emit(self, 1))
        remove = QToolButton()
        remove.setText(self.tr("Remove"))
        remove.setToolTip(self.tr("Remove this answer from the entry"))
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.buttons = (up, down, remove)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setVerticalSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        for button in self.buttons:
            top.addWidget(button)
        grid.addLayout(top, 0, 0, 1, 2)
        for row, key in enumerate(KEYS, start=1):
            name = QLabel(part_name(key))
            name.setBuddy(self.inputs[key].edit)
            grid.addWidget(name, row, 0)
            grid.addWidget(self.inputs[key], row, 1)
        grid.setColumnStretch(1, 1)

    def load(self, lang: str) -> None:
        for key, field in self.inputs.items():
            text: Text = getattr(self.answer, key)
            field.set_words(side(text, lang))
            field.set_placeholder(other_side(text, lang))
            field.edit.setToolTip(other_side(text, lang))
            field.show_problem(None)

    def read(self, lang: str) -> Answer:
        """The answer with this language's words as typed (stripped)."""
        changes = {
            key: getattr(self.answer, key).with_text(lang, field.words().strip())
            for key, field in self.inputs.items()
        }
        return replace(self.answer, **changes)


class AnswersEditor(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blocks: list[AnswerBlock] = []
        self.lang = "en"
        self.error = error_label()
        self.list = QVBoxLayout()
        self.list.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add an answer"))
        self.add_button.clicked.connect(self.add_answer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error)
        layout.addLayout(self.list)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)

    def load(self, answers: tuple[Answer, ...], lang: str) -> None:
        for block in self.blocks:
            block.deleteLater()
        self.blocks = []
        self.lang = lang
        for answer in answers:
            self._add_block(answer)
        self._number()
        self.show_problem(None)

    def _add_block(self, answer: Answer) -> AnswerBlock:
        block = AnswerBlock(answer)
        block.load(self.lang)
        for field in block.inputs.values():
            field.edited.connect(self.edited)
        block.remove_requested.connect(self._remove)
        block.move_requested.connect(self._move)
        self.blocks.append(block)
        self.list.addWidget(block)
        return block

    def _number(self) -> None:
        for number, block in enumerate(self.blocks, start=1):
            block.heading.setText(self.tr("Answer %1").replace("%1", str(number)))
            block.buttons[0].setEnabled(number > 1)
            block.buttons[1].setEnabled(number < len(self.blocks))

    def add_answer(self) -> None:
        empty = Answer(
            label=EMPTY_TEXT, feature=EMPTY_TEXT, advantage=EMPTY_TEXT, benefit=EMPTY_TEXT
        )
        block = self._add_block(empty)
        self._number()
        block.inputs["label"].setFocus()
        self.edited.emit()

    def _remove(self, block: AnswerBlock) -> None:
        index = self.blocks.index(block)
        self.blocks.pop(index)
        block.deleteLater()
        self._number()
        if self.blocks:
            self.blocks[min(index, len(self.blocks) - 1)].inputs["label"].setFocus()
        else:
            self.add_button.setFocus()
        self.edited.emit()

    def _move(self, block: AnswerBlock, step: int) -> None:
        index = self.blocks.index(block)
        target = index + step
        if not 0 <= target < len(self.blocks):
            return
        self.flush()
        self.blocks.insert(target, self.blocks.pop(index))
        self.list.removeWidget(block)
        self.list.insertWidget(target, block)
        self._number()
        block.inputs["label"].setFocus()
        self.edited.emit()

    def flush(self) -> None:
        """Keep the words typed in this language before the language changes."""
        for block in self.blocks:
            block.answer = block.read(self.lang)

    def set_language(self, lang: str) -> None:
        self.flush()
        self.lang = lang
        for block in self.blocks:
            block.load(lang)

    def answers(self) -> tuple[tuple[Answer, ...], tuple[int, ...]]:
        """The answers as edited (blocks left blank in both languages are left out), and
        for each the block it came from (a problem in answers[i] belongs to that block)."""
        kept: list[Answer] = []
        blocks: list[int] = []
        for index, block in enumerate(self.blocks):
            answer = block.read(self.lang)
            if any(
                getattr(answer, key).en.strip() or getattr(answer, key).zh.strip() for key in KEYS
            ):
                kept.append(answer)
                blocks.append(index)
        return tuple(kept), tuple(blocks)

    def show_problem(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))

    def clear_problems(self) -> None:
        self.show_problem(None)
        for block in self.blocks:
            for field in block.inputs.values():
                field.show_problem(None)
