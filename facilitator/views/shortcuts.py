"""Help > Keyboard shortcuts, made from the window's actions themselves: every QAction with
a shortcut under the window - its keys, its text and its status tip or tooltip - grouped by
the menu or panel it belongs to, so a shortcut given to an action is in the help at once.

Keys that belong to a field or a list rather than to an action (Enter in the note field, ↑
into the captured notes) are told by the widget that handles them, through a
``key_help()`` method giving (keys, what they do) pairs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QMainWindow,
    QMenu,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

NATIVE = QKeySequence.SequenceFormat.NativeText
SHOWN_KEYS = 2  # an action's first keys; the platform may add more (a keyboard's Redo key)
# A tooltip's own note of the keys at its end: "Fit all (Ctrl+0)", "Add a solution (Insert)".
_KEYS_AT_END = re.compile(r"\s*\((?:[A-Z0-9+−=\-\[\]]|Ctrl|Shift|Alt|Insert|Delete|Enter)"
                          r"[A-Za-z0-9+−=\-\[\] /]{0,20}\)\s*$")


@dataclass(frozen=True)
class KeyRow:
    place: str  # the menu, tab or dock it acts in
    keys: str  # as the platform writes them: "Ctrl+Shift+M"; several joined by " or "
    what: str


def plain(text: str) -> str:
    """A menu or action text as read: no mnemonic ampersand, no trailing ellipsis."""
    return re.sub(r"&(.)", r"\1", text).replace("…", "").strip()


def action_keys(action: QAction) -> str:
    keys = [key.toString(NATIVE) for key in action.shortcuts() if not key.isEmpty()]
    return QCoreApplication.translate("KeyboardHelp", " or ").join(keys[:SHOWN_KEYS])


def action_what(action: QAction) -> str:
    """What an action does: its status tip, else its tooltip when that says more than its
    text (less the tooltip's own note of the keys) - after the text unless it names the
    action already - else its text."""
    if action.statusTip():
        return action.statusTip()
    tip = _KEYS_AT_END.sub("", action.toolTip())
    text = plain(action.text())
    if not tip or plain(tip) == text:
        return text
    if not text or re.search(rf"\b{re.escape(text)}\b", tip, re.IGNORECASE):
        return tip
    return f"{text}: {tip}"


def action_place(action: QAction) -> str:
    """The menu an action is in, else the tab or dock of the panel it acts on."""
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu) and owner.title():
            return plain(owner.title())
    widget = action.parent()
    return widget_place(widget) if isinstance(widget, QWidget) else ""


def widget_place(widget: QWidget) -> str:
    while widget is not None:
        if isinstance(widget, QDockWidget):
            return plain(widget.windowTitle())
        parent = widget.parentWidget()
        tabs = parent.parentWidget() if parent is not None else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(widget) >= 0:
            return plain(tabs.tabText(tabs.indexOf(widget)))
        if isinstance(widget, QMainWindow):
            return ""
        widget = parent
    return ""


def key_rows(window: QMainWindow) -> list[KeyRow]:
    """Every key the window and its open panels answer to: the keys of fields first (the
    note field above all), then the menus' in the menu bar's order, then the tabs' in
    theirs, then any other panel's; within each, in the order they were made."""
    rows: list[KeyRow] = []
    for widget in window.findChildren(QWidget):
        tell = getattr(widget, "key_help", None)
        if callable(tell):
            place = widget_place(widget)
            rows += [KeyRow(place, keys, what) for keys, what in tell()]
    fields = len(rows)
    seen: set[int] = set()
    for action in window.findChildren(QAction):
        if id(action) in seen or not action_keys(action):
            continue
        seen.add(id(action))
        rows.append(KeyRow(action_place(action), action_keys(action), action_what(action)))
    order = [row.place for row in rows[:fields]]
    order += [plain(a.text()) for a in window.menuBar().actions()]
    for tabs in window.findChildren(QTabWidget):
        order += [plain(tabs.tabText(i)) for i in range(tabs.count())]
    rank = {}
    for place in order + [row.place for row in rows]:
        rank.setdefault(place, len(rank))
    return sorted(rows, key=lambda row: rank[row.place])


def help_html(rows: list[KeyRow], note: str = "") -> str:
    """The rows as one table a section per place, places in the order first met."""
    places: dict[str, list[KeyRow]] = {}
    for row in rows:
        places.setdefault(row.place, []).append(row)
    parts = [f"<p>{escape(note)}</p>"] if note else []
    for place, members in places.items():
        title = place or QCoreApplication.translate("KeyboardHelp", "Anywhere")
        parts.append(f"<h3>{escape(title)}</h3><table cellpadding='3'>")
        parts += [f"<tr><td width='35%'><b>{escape(r.keys)}</b></td>"
                  f"<td>{escape(r.what[:1].upper() + r.what[1:])}</td></tr>" for r in members]
        parts.append("</table>")
    return "".join(parts)


class KeyboardHelp(QDialog):
    """The keyboard shortcuts, in a scrolling page that fits a projector's screen."""

    def __init__(self, window: QWidget, note: str = ""):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = key_rows(window)
        self.page = QTextBrowser(self)
        self.page.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.page.setHtml(help_html(self.rows, note))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        available = window.screen().availableGeometry()
        self.resize(min(640, available.width() - 40), min(640, available.height() - 80))
        self.page.setFocus()
