"""File > Encryption…: turn encryption of the open database on or off, or change its
passphrase.

The dialog only checks what the rep typed (the current passphrase against the one
the database was opened with, the new one twice); the conversion itself is the main
window's (it closes the database, converts it and its backups on the worker, then
reopens it: services/encryption.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from repdesk.db.connection import Passphrase
from repdesk.gui import style
from repdesk.gui.passphrase_dialog import secret_field, show_toggle
from repdesk.services.encryption import MIN_LENGTH, PassphraseProblem, passphrase_problem


class EncryptionDialog(QDialog):
    # (current passphrase or None, new passphrase or None): what to convert from and to
    convert_requested = Signal(object, object)

    def __init__(
        self, path: Path, current: Passphrase | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("encryption")
        self.setWindowTitle(self.tr("Encryption"))
        self._current = current
        encrypted = current is not None
        if encrypted:
            state = self.tr(
                "%1 is encrypted: without its passphrase, the file and its backups are "
                "unreadable. To change the passphrase, or to remove the encryption, type "
                "the current passphrase first."
            )
        else:
            state = self.tr(
                "%1 is not encrypted: anyone who gets hold of this laptop can read it. "
                "Encrypt it with a passphrase, and its backups with it."
            )
        intro = QLabel(state.replace("%1", str(path)))
        intro.setObjectName("encryptionState")
        intro.setWordWrap(True)
        warning = QLabel(
            self.tr(
                "RepDesk keeps no copy of the passphrase. If it is forgotten, nobody can "
                "open the database or its backups again. Write it down somewhere safe."
            )
        )
        warning.setWordWrap(True)
        style.emphasised(warning)

        form = QFormLayout()
        self.current_field = secret_field(self, "currentPassphrase")
        self.new_field = secret_field(self, "newPassphrase")
        self.again_field = secret_field(self, "repeatPassphrase")
        self.new_field.setPlaceholderText(
            self.tr("at least %1 characters").replace("%1", str(MIN_LENGTH))
        )
        self.problem = QLabel()
        self.problem.setObjectName("encryptionProblem")
        self.problem.setWordWrap(True)
        style.error(self.problem)
        self.problem.hide()
        if encrypted:
            form.addRow(self.tr("Current passphrase:"), self.current_field)
        else:
            self.current_field.hide()
        form.addRow(self.tr("New passphrase:"), self.new_field)
        form.addRow(self.tr("Repeat it:"), self.again_field)
        fields = [self.current_field, self.new_field, self.again_field]

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = QPushButton(
            self.tr("Change passphrase") if encrypted else self.tr("Encrypt")
        )
        self.apply_button.setObjectName("applyEncryption")
        self.apply_button.setDefault(True)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.remove_button: QPushButton | None = None
        if encrypted:
            self.remove_button = QPushButton(self.tr("Remove encryption"))
            self.remove_button.setObjectName("removeEncryption")
            buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
            self.remove_button.clicked.connect(self._remove)
        self.apply_button.clicked.connect(self._apply)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(show_toggle(self, fields, self.tr("Show what I type")))
        layout.addWidget(self.problem)
        layout.addWidget(warning)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _say(self, text: str, field: QLineEdit) -> None:
        self.problem.setText(text)
        self.problem.show()
        field.setFocus()
        field.selectAll()

    def _current_ok(self) -> bool:
        if self._current is None:
            return True
        if Passphrase(self.current_field.text()) != self._current:
            self._say(
                self.tr("That is not this database's passphrase. Nothing was changed."),
                self.current_field,
            )
            return False
        return True

    def _apply(self) -> None:
        if not self._current_ok():
            return
        new, again = self.new_field.text(), self.again_field.text()
        problem = passphrase_problem(new, again)
        if problem == PassphraseProblem.TOO_SHORT:
            self._say(
                self.tr("The new passphrase needs at least %1 characters.").replace(
                    "%1", str(MIN_LENGTH)
                ),
                self.new_field,
            )
        elif problem == PassphraseProblem.NUL:
            self._say(self.tr("The new passphrase has a character it cannot hold."), self.new_field)
        elif problem == PassphraseProblem.MISMATCH:
            self._say(self.tr("The two new passphrases differ. Type it again."), self.again_field)
        else:
            self._done(self._current, Passphrase(new))

    def _remove(self) -> None:
        if self._current_ok():
            self._done(self._current, None)

    def _done(self, current: Passphrase | None, new: Passphrase | None) -> None:
        for field in (self.current_field, self.new_field, self.again_field):
            field.clear()
        self.accept()
        self.convert_requested.emit(current, new)
