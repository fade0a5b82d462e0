"""A light touch of style over the platform's own: headings, the sidebar, empty states."""

from __future__ import annotations

STYLE_SHEET = """
QLabel#pageHeading { font-size: 17pt; font-weight: 600; padding: 2px 0 0 0; }
QLabel#countLabel, QLabel#dateLabel { color: palette(dark); padding-bottom: 4px; }
QLabel#emptyState { color: #5f6368; font-size: 11pt; padding: 12px; }
QListWidget#sidebar { border: none; border-right: 1px solid palette(mid); font-size: 11pt; }
QListWidget#sidebar::item { padding: 6px 14px; }
QGroupBox { font-weight: 600; margin-top: 10px; }
QGroupBox::title { subcontrol-origin: margin; left: 6px; padding: 0 4px; }
QGroupBox QTreeWidget, QGroupBox QLabel { font-weight: normal; }
QFrame#demoOffer { background: palette(alternate-base); border: 1px solid palette(mid);
                   border-radius: 4px; }
"""
