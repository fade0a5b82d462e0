"""Settings: who the rep is, the UI language, where the data lives, the region for holidays."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
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
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from repdesk.domain.regions import REGIONS
from repdesk.gui.i18n import QT_TRANSLATE_NOOP
from repdesk.settings import Settings, default_data_dir

# QLocale names territories in English, or in a language only where a locale exists for
# that pair (zh_SG, not zh_GB): the regions on offer are named here, translated.
_REGION_NAMES = {
    "CN": QT_TRANSLATE_NOOP("SettingsDialog", "Mainland China"),
    "HK": QT_TRANSLATE_NOOP("SettingsDialog", "Hong Kong"),
    "MO": QT_TRANSLATE_NOOP("SettingsDialog", "Macao"),
    "TW": QT_TRANSLATE_NOOP("SettingsDialog", "Taiwan"),
    "SG": QT_TRANSLATE_NOOP("SettingsDialog", "Singapore"),
    "MY": QT_TRANSLATE_NOOP("SettingsDialog", "Malaysia"),
    "US": QT_TRANSLATE_NOOP("SettingsDialog", "United States"),
    "GB": QT_TRANSLATE_NOOP("SettingsDialog", "United Kingdom"),
    "AU": QT_TRANSLATE_NOOP("SettingsDialog", "Australia"),
    "CA": QT_TRANSLATE_NOOP("SettingsDialog", "Canada"),
    "DE": QT_TRANSLATE_NOOP("SettingsDialog", "Germany"),
    "FR": QT_TRANSLATE_NOOP("SettingsDialog", "France"),
}
STALE_DAYS_RANGE = (1, 365)
BACKUPS_KEPT_RANGE = (1, 365)


def region_name(code: str) -> str:
    """A region as the rep reads it: its name in the UI language, and its code."""
    name = _REGION_NAMES.get(code)
    if name is not None:
        text = QCoreApplication.translate("SettingsDialog", name)
    else:  # a code from an edited settings file: Qt's (English) name, if it has one
        territory = QLocale.codeToTerritory(code)
        text = (
            QLocale.territoryToString(territory) if territory != QLocale.Country.AnyCountry else ""
        )
    return f"{text} ({code})" if text else code


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

        self.region = QComboBox()
        for code in REGIONS:
            self.region.addItem(region_name(code), code)
        if self.region.findData(settings.region) < 0:  # keep what the file holds
            self.region.addItem(region_name(settings.region), settings.region)
        self.region.setCurrentIndex(max(0, self.region.findData(settings.region)))
        self.region.setToolTip(
            self.tr(
                "Where you work: the dates of holidays that differ by region "
                "(Mother's Day, Father's Day, National Day...) follow its calendar."
            )
        )
        self.stale_days = QSpinBox()
        self.stale_days.setRange(*STALE_DAYS_RANGE)
        self.stale_days.setValue(settings.stale_prospect_days)
        self.stale_days.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.stale_days.setToolTip(
            self.tr("Today lists the prospects with no contact or visit for this many days.")
        )

        self.backups_kept = QSpinBox()
        self.backups_kept.setRange(*BACKUPS_KEPT_RANGE)
        self.backups_kept.setValue(settings.backups_kept)
        self.backups_kept.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.backups_kept.setToolTip(
            self.tr("How many backups of each kind (daily, by hand...) are kept; older ones go.")
        )

        self.restart_note = QLabel(
            self.tr("A new language or data folder takes effect the next time RepDesk starts.")
        )
        self.restart_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Rep name:"), self.rep_name)
        form.addRow(self.tr("Team:"), self.team)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Data folder:"), folder_row)
        form.addRow(self.tr("Region for holidays:"), self.region)
        form.addRow(self.tr("Prospects untouched after (days):"), self.stale_days)
        form.addRow(self.tr("Backups kept:"), self.backups_kept)

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
        return replace(
            self._original,
            rep_name=self.rep_name.text().strip(),
            team=self.team.text().strip(),
            language=str(self.language.currentData()),
            data_folder=folder,
            region=str(self.region.currentData()),
            stale_prospect_days=self.stale_days.value(),
            backups_kept=self.backups_kept.value(),
        )

    def needs_restart(self) -> bool:
        new = self.result_settings()
        return (new.language, new.data_dir) != (self._original.language, self._original.data_dir)
