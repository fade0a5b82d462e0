"""One playbook entry, readable at a glance before a visit or during a call.

In the order of the method's flow (处理拒绝的流程): what the customer says, is it a
true objection, the hidden factors behind it, the FAB answers, then the open
questions (not yet agreed: clarify) and closed ones (agreed: get commitment),
and the one sentence that revives the talk. Texts in the chosen language; a
text not written in it yet shows in the other, marked.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from repdesk.domain.playbook import Entry, Text
from repdesk.gui.labels import label
from repdesk.gui.views.playbook.texts import side
from repdesk.gui.views.playbook.words import part_name

MUTED = "#5f6368"
ACCENT = "#1a73e8"


def text_html(text: Text, lang: str) -> str:
    """The text in ``lang``, escaped; in the other language (marked) when not written yet."""
    words = side(text, lang).strip()
    if words:
        return escape(words).replace("\n", "<br>")
    shown = escape(text.get(lang).strip()).replace("\n", "<br>")
    note = QCoreApplication.translate("EntryView", "not yet in this language")
    return f'<i>{shown}</i> <span style="color:{MUTED}">({escape(note)})</span>'


def _section(title: str) -> str:
    return f'<h3 style="margin-top:14px; margin-bottom:4px">{escape(title)}</h3>'


def _items(texts: tuple[Text, ...], lang: str, ordered: bool = False) -> str:
    if not texts:
        none = QCoreApplication.translate("EntryView", "None written yet.")
        return f'<p style="color:{MUTED}">{escape(none)}</p>'
    tag = "ol" if ordered else "ul"
    rows = "".join(f"<li>{text_html(t, lang)}</li>" for t in texts)
    return f'<{tag} style="margin-top:0">{rows}</{tag}>'


def kind_line(entry: Entry) -> str:
    return f"{label(entry.target)} · {label(entry.directness)}"


def entry_html(entry: Entry, lang: str) -> str:
    parts = [
        f'<p style="color:{MUTED}">{escape(kind_line(entry))}</p>',
        f'<h2 style="margin-top:0">{text_html(entry.title, lang)}</h2>',
        _section(part_name("customer_says")),
        f'<blockquote style="font-size:large">“{text_html(entry.customer_says, lang)}”'
        "</blockquote>",
        _section(part_name("true_or_false_hints")),
        _items(entry.true_or_false_hints, lang),
        _section(part_name("hidden_factors")),
        _items(entry.hidden_factors, lang),
        _section(QCoreApplication.translate("EntryView", "Answers: feature, advantage, benefit")),
    ]
    if not entry.answers:
        none = QCoreApplication.translate("EntryView", "No answers written yet.")
        parts.append(f'<p style="color:{MUTED}">{escape(none)}</p>')
    for number, answer in enumerate(entry.answers, start=1):
        rows = "".join(
            f'<tr><td style="color:{MUTED}; padding-right:10px; white-space:nowrap">'
            f"{escape(part_name(key))}</td><td>{text_html(getattr(answer, key), lang)}</td></tr>"
            for key in ("feature", "advantage", "benefit")
        )
        parts.append(
            f'<p style="margin-bottom:2px"><b>{number}. {text_html(answer.label, lang)}</b></p>'
            f'<table cellspacing="2" style="margin-left:16px">{rows}</table>'
        )
    parts += [
        _section(part_name("open_questions")),
        _items(entry.open_questions, lang),
        _section(part_name("closed_questions")),
        _items(entry.closed_questions, lang),
        _section(part_name("revive_sentence")),
        f'<p style="font-size:large; color:{ACCENT}"><b>{text_html(entry.revive_sentence, lang)}'
        "</b></p>",
    ]
    return "".join(parts)


class EntryView(QTextBrowser):
    """An entry, or a word about why none is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.entry: Entry | None = None

    def show_entry(self, entry: Entry | None, lang: str, empty: str = "") -> None:
        self.entry = entry
        if entry is None:
            self.setHtml(f'<p style="color:{MUTED}">{escape(empty)}</p>')
        else:
            self.setHtml(entry_html(entry, lang))
