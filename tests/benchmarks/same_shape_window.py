"""A second start-up baseline: a window shaped like the demo review's first screen, with none of our code.

The bare QMainWindow (bare_window.py) paints no text and builds no widget; this one builds what the
meeting on the shared screen shows at first paint, from PySide6 alone: four menus of 9, 12, 8 and 15
actions with shortcuts, four tabs, the timer strip's figures in large bold type, the prompt list (a
Python table model of eleven rows behind a proxy, its columns sized to their contents), the prompt
card's word-wrapped labels, the notes strip and question line, the parking-lot dock, a status bar,
and the palette and 12 pt type. No SQLite, no files, no text from resources/. What it costs beside the
bare window is the floor any PySide6 app showing that screen pays; the rest of our start-up is ours.

Run it like bare_window.py (offscreen, FACILITATOR_QUIT_AFTER_FIRST_PAINT=1) and it quits after its
first paint, saying when on stderr. Deliberately imports nothing from facilitator.
"""

from __future__ import annotations

import sys

from bare_window import show_and_run
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

MENUS = (("&File", 9), ("&Edit", 12), ("&View", 8), ("&Meeting", 15))
ROWS = [(f"Wed 14 Oct 18:{10 + 4 * n:02d}", f"Something happened at step {n} and somebody noticed it") for n in range(11)]
CARD = (
    ("Moment 4 of 11", 11, False),
    ("Wed 14 Oct, 19:25 BST · A responder", 14, False),
    ("Pods at 20% CPU, but request threads are piling up waiting on something; queueing inside the service.", 23, True),
    ("Action worth a deeper dive · questions 1–4 of 10", 14, True),
    ("•  What came first?\n•  What made this make sense?\n•  How familiar was this task?\n•  Which tools were involved?", 14, False),
)


class Rows(QAbstractTableModel):
    """Eleven timeline rows in a Python model, as the prompt list has."""

    changed = Signal(int)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(ROWS)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 2

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return ROWS[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return ("Time", "What happened")[section]
        return None


def label(text: str, points: int = 12, bold: bool = False, wrap: bool = False) -> QLabel:
    widget = QLabel(text)
    font = QFont(widget.font())
    font.setPointSize(points)
    font.setBold(bold)
    widget.setFont(font)
    widget.setWordWrap(wrap)
    widget.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return widget


def timer_strip() -> QFrame:
    strip = QFrame()
    strip.setFrameShape(QFrame.Shape.StyledPanel)
    grid = QGridLayout(strip)
    for column, (name, value) in enumerate((("Phase", "Timeline"), ("Phase left", "28:58"), ("Slot left", "57:58"), ("On this prompt", "0:00"))):
        grid.addWidget(label(name), 0, column)
        grid.addWidget(label(value, 23, True), 1, column)
    grid.addWidget(label("Running (F5 pauses)"), 0, 4)
    grid.addWidget(label("About 3:37 per remaining moment (8 to go)", 14, True, wrap=True), 1, 4)
    return strip


def prompt_side() -> QWidget:
    side = QWidget()
    layout = QVBoxLayout(side)
    card = QFrame()
    card.setFrameShape(QFrame.Shape.StyledPanel)
    card_layout = QVBoxLayout(card)
    card_layout.setContentsMargins(32, 24, 32, 24)
    for text, points, bold in CARD:
        card_layout.addWidget(label(text, points, bold, wrap=True))
    card_layout.addStretch(1)
    layout.addWidget(card, 1)
    notes = QTableView()
    notes.setModel(QStringListModel(["A thread dump is what cracked it on the second night."]))
    notes.horizontalHeader().hide()
    notes.verticalHeader().hide()
    notes.setMaximumHeight(48)
    layout.addWidget(notes)
    layout.addWidget(QLineEdit(placeholderText="Ask the room a new question about this moment, then Enter"))
    return side


def meeting() -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(timer_strip())
    top = QHBoxLayout()
    jump = QLineEdit(placeholderText="Jump to… type a time, a name or words, then Enter")
    jump.setClearButtonEnabled(True)
    top.addWidget(jump, 1)
    marked = QCheckBox("Marked m&oments only")
    marked.setChecked(True)
    top.addWidget(marked)
    top.addWidget(label("On screen 0:00"))
    layout.addLayout(top)
    rows = QSortFilterProxyModel(page)
    rows.setSourceModel(Rows(page))
    table = QTableView()
    table.setModel(rows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.selectRow(3)
    split = QSplitter()
    split.addWidget(table)
    split.addWidget(prompt_side())
    split.setSizes([380, 900])
    layout.addWidget(split, 1)
    return page


def parking_dock(window: QMainWindow) -> QDockWidget:
    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.addWidget(QLineEdit(placeholderText="Park a fix or prevention idea…"))
    row = QHBoxLayout()
    kinds = QComboBox()
    kinds.addItems(["Action idea", "Process", "Documentation", "Prevention", "Wider policy"])
    row.addWidget(kinds)
    row.addWidget(QLineEdit(placeholderText="Raised by (optional)"))
    layout.addLayout(row)
    layout.addWidget(label("6 parked · 2 waiting for the end", wrap=True))
    items = QListView()
    items.setModel(QStringListModel([f"Parked idea number {n} about a fix or prevention" for n in range(6)], panel))
    layout.addWidget(items, 1)
    dock = QDockWidget("Parking lot", window)
    dock.setObjectName("parking")
    dock.setWidget(panel)
    return dock


def palette() -> QPalette:
    """The app's light colours, written out again on purpose: this file imports nothing of ours."""
    colours = {
        QPalette.ColorRole.Window: "#f4f4f2",
        QPalette.ColorRole.WindowText: "#111111",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#ecece8",
        QPalette.ColorRole.Text: "#111111",
        QPalette.ColorRole.Button: "#e6e6e2",
        QPalette.ColorRole.ButtonText: "#111111",
        QPalette.ColorRole.Highlight: "#1f5fbf",
        QPalette.ColorRole.HighlightedText: "#ffffff",
    }
    result = QPalette()
    for role, colour in colours.items():
        result.setColor(role, QColor(colour))
    return result


def main(argv: list[str]) -> int:
    app = QApplication([*sys.argv[:1], "-style", "fusion"])
    app.setPalette(palette())
    font = app.font()
    font.setPointSize(12)
    app.setFont(font)
    window = QMainWindow()
    window.setWindowTitle("INC-0000 — same shape")
    for title, count in MENUS:
        menu = window.menuBar().addMenu(title)
        for n in range(count):
            action = QAction(f"Action {n} of {title}", window)
            action.setShortcut(QKeySequence(f"Ctrl+Shift+{chr(ord('A') + n)}"))
            action.setStatusTip("What this action does, in a sentence")
            action.triggered.connect(window.update)
            menu.addAction(action)
    tabs = QTabWidget()
    tabs.setDocumentMode(True)
    for name in ("Set-up", "Timeline"):
        tabs.addTab(QWidget(), name)
    tabs.addTab(meeting(), "Meeting")
    tabs.addTab(QWidget(), "Comments")
    tabs.setCurrentIndex(2)
    window.setCentralWidget(tabs)
    dock = parking_dock(window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resizeDocks([dock], [260], Qt.Orientation.Horizontal)
    window.statusBar()
    return show_and_run(app, window, argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
