"""Settings: who the rep is, the UI language, and where the data lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from repdesk.settings import Settings, default_data_dir


class SettingsDialog(QDialog):
    """Edits a copy; ``result_settings()`` is what to save when accepted."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._original = settings

        self.rep_name = QLineEdit(settings.rep_name)
        self.rep_name.setPlaceholderText(self.tr("Your name, as it appears on reports"))
        self.team = QLineEdit(settings.team)
        self.team.setPlaceholderText(self.tr("Your team or region"))

        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "system")
        self.language.addItem("English", "en")
        self.language.addItem("简体中文", "zh_CN")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))

        self.data_folder = QLineEdit(settings.data_folder)
        self.data_folder.setPlaceholderText(str(default_data_dir()))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(browse)

        self.restart_note = QLabel(
            self.tr("A new language or data folder takes effect the next time RepDesk starts.")
        )
        self.restart_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Rep name:"), self.rep_name)
        form.addRow(self.tr("Team:"), self.team)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Data folder:"), folder_row)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.restart_note)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        start = self.data_folder.text() or str(default_data_dir())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the data folder"), start)
        if folder:
            self.data_folder.setText(folder)

    def result_settings(self) -> Settings:
        folder = self.data_folder.text().strip()
        if folder and Path(folder).expanduser() == default_data_dir():
            folder = ""
        return Settings(
            rep_name=self.rep_name.text().strip(),
            team=self.team.text().strip(),
            language=str(self.language.currentData()),
            data_folder=folder,
            demo_offer_dismissed=self._original.demo_offer_dismissed,
        )

    def needs_restart(self) -> bool:
        new = self.result_settings()
        return (new.language, new.data_dir) != (self._original.language, self._original.data_dir)
