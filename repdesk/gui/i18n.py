"""Which language the UI speaks, and loading its translations.

English is the source language; resources/translations/repdesk_<lang>.ts holds
the others, compiled to .qm by ``./dev`` (and by the packaging build).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from repdesk.settings import resources_dir

log = logging.getLogger(__name__)

SUPPORTED = ("en", "zh_CN")


def resolve_language(setting: str) -> str:
    """'system' follows the system's display language: any Chinese gets zh_CN.

    The first of the UI languages, not the locale's name: on Windows and macOS the name
    is the region's formats (a Chinese-speaking rep in London has en_GB dates but a
    Chinese desktop); on Linux the two agree (LANGUAGE, LC_MESSAGES, LANG).
    """
    if setting in SUPPORTED:
        return setting
    system = QLocale.system()
    languages = system.uiLanguages()
    first = languages[0] if languages else system.name()
    return "zh_CN" if first.lower().startswith("zh") else "en"


_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load RepDesk's and Qt's own translations, replacing any installed before."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return []
    installed = _installed
    ours = QTranslator(app)
    folder = resources_dir() / "translations"
    if ours.load(f"repdesk_{language}", str(folder)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no repdesk_%s.qm in %s (./dev setup compiles it)", language, folder)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for lupdate (which matches this name) without translating it.

    PySide6's own QT_TRANSLATE_NOOP is typed as returning ``object``; this one keeps
    the ``str``. Translate later with ``QCoreApplication.translate(context, source)``.
    """
    del context
    return source


def ui_language() -> str:
    """The language the UI speaks now, one of SUPPORTED, for texts kept in two
    languages (the playbook's): ``Text.get(ui_language())``."""
    return "zh_CN" if QLocale().name().startswith("zh") else "en"
