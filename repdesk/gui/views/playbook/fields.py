"""A text box for one language's words, with its problem line and the other language's
words beneath it for reference (a rep translating sees what the other side says)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from repdesk.gui.style import muted

ERROR_COLOUR = "#c5221f"
LABEL_CHARS = 24  # the editors' field names: this many average characters wide (wrapped)


def error_label() -> QLabel:
    """A problem line: red, wrapped, hidden until there is a problem."""
    error = QLabel()
    error.setWordWrap(True)
    palette = error.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOUR))
    error.setPalette(palette)
    error.hide()
    return error


class TextInput(QWidget):
    """One line (QLineEdit) or several (QPlainTextEdit: a text, or a list one item a line)."""

    edited = Signal()

    def __init__(
        self, *, lines: int = 0, max_lines: int = 12, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._lines = (lines, max(lines, max_lines))
        self.line: QLineEdit | None = None
        self.text_edit: QPlainTextEdit | None = None
        self.edit: QWidget
        if lines:
            text_edit = QPlainTextEdit()
            text_edit.setTabChangesFocus(True)
            text_edit.textChanged.connect(self.edited)
            text_edit.textChanged.connect(self._fit)
            text_edit.viewport().installEventFilter(self)  # its width decides the wraps
            self.text_edit = text_edit
            self.edit = text_edit
        else:
            line = QLineEdit()
            line.textEdited.connect(self.edited)
            self.line = line
            self.edit = line
        self.setFocusProxy(self.edit)
        self.error = error_label()
        self.reference = QLabel()
        self.reference.setWordWrap(True)
        muted(self.reference)
        self.reference.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addWidget(self.reference)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        edit = self.text_edit
        if edit is not None and watched is edit.viewport() and event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        """As tall as the text (wrapped lines included), within the box's lines."""
        edit = self.text_edit
        if edit is None:
            return
        low, high = self._lines
        metrics = edit.fontMetrics()
        margin = int(edit.document().documentMargin())
        width = max(40, edit.viewport().width() - 2 * margin)
        text = edit.toPlainText()
        needed = metrics.boundingRect(
            QRect(0, 0, width, 1_000_000), Qt.TextFlag.TextWordWrap, text or " "
        ).height() // max(1, metrics.lineSpacing()) + text.endswith("\n")
        lines = max(low, min(high, needed))
        edit.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if needed <= high
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        margins = edit.contentsMargins()
        height = metrics.lineSpacing() * lines + 2 * margin + margins.top() + margins.bottom() + 2
        if edit.height() != height:
            edit.setFixedHeight(height)

    def words(self) -> str:
        if self.text_edit is not None:
            return self.text_edit.toPlainText()
        assert self.line is not None
        return self.line.text()

    def set_words(self, words: str) -> None:
        self.blockSignals(True)
        if self.text_edit is not None:
            self.text_edit.setPlainText(words)
        elif self.line is not None:
            self.line.setText(words)
            self.line.setCursorPosition(0)
        self.blockSignals(False)

    def set_reference(self, text: str) -> None:
        """The other language's words, shown beneath (none: hidden)."""
        self.reference.setText(text)
        self.reference.setVisible(bool(text.strip()))

    def set_placeholder(self, text: str) -> None:
        if self.text_edit is not None:
            self.text_edit.setPlaceholderText(text)
        elif self.line is not None:
            self.line.setPlaceholderText(text)

    def show_problem(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))
        self.edit.setToolTip(text or "")
        self.edit.setProperty("invalid", bool(text))

    @property
    def problem(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""
