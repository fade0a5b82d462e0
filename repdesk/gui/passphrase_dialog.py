"""The passphrase asked for when an encrypted database is opened.

Opened window-modal with ``open()``; ``chosen`` carries the Passphrase when the rep
presses Open. Nothing is kept once the dialog is gone: the open database holds it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from repdesk.db.connection import Passphrase
from repdesk.gui import style


def secret_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def show_toggle(parent: QWidget, fields: list[QLineEdit], text: str) -> QCheckBox:
    """A "show what I type" box: typing blind is where mistakes come from."""
    box = QCheckBox(text, parent)
    box.setObjectName("showPassphrase")

    def toggle(on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        for field in fields:
            field.setEchoMode(mode)

    box.toggled.connect(toggle)
    return box


class PassphraseDialog(QDialog):
    chosen = Signal(object)  # Passphrase

    def __init__(self, path: Path, wrong: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase")
        self.setWindowTitle(self.tr("Encrypted database"))
        self.path = path
        if wrong:
            text = self.tr(
                "That passphrase does not open %1 (or the file is not a RepDesk database). "
                "Nothing was changed. Check the passphrase and try again."
            )
        else:
            text = self.tr("%1 is encrypted. Type its passphrase to open it.")
        message = QLabel(text.replace("%1", str(path)))
        message.setObjectName("passphraseMessage")
        message.setWordWrap(True)
        if wrong:
            style.error(message)
        self.field = secret_field(self, "passphraseField")
        self.field.setPlaceholderText(self.tr("Passphrase"))
        hint = QLabel(
            self.tr(
                "RepDesk keeps no copy of the passphrase: without it nobody, not even "
                "RepDesk, can read this database or its backups."
            )
        )
        hint.setWordWrap(True)
        style.muted(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setEnabled(False)
        self.field.textChanged.connect(lambda text: self.open_button.setEnabled(bool(text)))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.field)
        layout.addWidget(show_toggle(self, [self.field], self.tr("Show what I type")))
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _accept(self) -> None:
        text = self.field.text()
        if not text:
            return
        self.field.clear()
        self.accept()
        self.chosen.emit(Passphrase(text))
