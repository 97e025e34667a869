"""Issue 18: what the windows show comes from the texts (resources/text), so a translation reaches it.

Finds string literals handed straight to Qt's text setters, or given as a Qt text property by keyword
(QLineEdit(placeholderText="...")), in facilitator/ui. Modules not moved to the texts yet
are listed with how many they still have: the count may only go down, and every other module stays at none."""

import ast
from pathlib import Path

import facilitator.ui

UI = Path(facilitator.ui.__file__).parent
SETTERS = {
    "setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "addTab", "setTitle", "setStatusTip",
    "setWhatsThis", "setAccessibleName", "setAccessibleDescription", "addButton", "setInformativeText",
    "setLabelText", "setHeaderLabels", "setHorizontalHeaderLabels", "showMessage", "addMenu", "addRow",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "setSpecialValueText", "setSuffix", "setPrefix", "setDetailedText", "setIconText", "addItem", "setTabText",
    "setTabToolTip", "beginMacro",
}  # fmt: skip
PROPERTIES = {
    "placeholderText", "toolTip", "statusTip", "whatsThis", "windowTitle", "windowIconText", "accessibleName",
    "accessibleDescription", "informativeText", "detailedText", "labelText", "specialValueText", "iconText",
    "okButtonText", "cancelButtonText",
}  # fmt: skip
"""Keywords that are Qt text properties whatever is called (a widget, or one of our helpers that passes them on)."""
QT_PROPERTIES = PROPERTIES | {"text", "title", "plainText", "html", "suffix", "prefix"}
"""Keywords that are Qt text properties when a Qt class is built: a record's text= or a temp folder's prefix= is not."""
DIALOGS = {"information", "warning", "critical", "question", "getText", "getItem"}
FILE_DIALOGS = {"getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"}
"""QFileDialog's: the window's title, and the kinds of file it lists ("Timelines (*.csv);;All files (*)")."""
NOT_YET_MOVED: dict[str, int | None] = {}  # every module moved: a module listed here may keep that many


def english_words(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(part.value for part in node.values if isinstance(part, ast.Constant))
    else:
        return None
    return text if any(character.isalpha() for character in text) else None


def _names_an_undo_step(call: ast.Call) -> bool:
    """super().__init__("Add a comment"): a QUndoCommand's text, which Edit ▸ Undo shows (no widget's first
    argument is a literal)."""
    called = call.func
    inner = called.value if isinstance(called, ast.Attribute) else None
    return (
        isinstance(called, ast.Attribute) and called.attr == "__init__"
        and isinstance(inner, ast.Call) and getattr(inner.func, "id", "") == "super"
    )  # fmt: skip


def literals_shown(source: str) -> list[tuple[int, str]]:
    """(line, words) for each literal passed to a text setter, a labelled widget or a message box."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        called = node.func
        name = called.attr if isinstance(called, ast.Attribute) else getattr(called, "id", "")
        properties = QT_PROPERTIES if name[:1] == "Q" and name[1:2].isupper() else PROPERTIES
        candidates = [keyword.value for keyword in node.keywords if keyword.arg in properties]
        if name in SETTERS or _names_an_undo_step(node):
            candidates += node.args[:1]
        elif name in DIALOGS and getattr(getattr(called, "value", None), "id", "") in ("QMessageBox", "QInputDialog"):
            candidates += node.args[1:3]
        elif name in FILE_DIALOGS and getattr(getattr(called, "value", None), "id", "") == "QFileDialog":
            candidates += [*node.args[1:2], *node.args[3:4]]
        found += [(node.lineno, words) for words in map(english_words, candidates) if words]
    return found


def test_the_checker_finds_what_it_is_for():
    source = 'QLabel("Speaker")\nbox.setText(f"On screen {t}")\nQMessageBox.question(self, "Title", words["q"])\nQLabel(words["x"])\nbar.addMenu("&File")\nform.addRow("Na&me", field)\n'
    assert [line for line, _ in literals_shown(source)] == [1, 2, 3, 5, 6]


def test_the_checker_finds_words_given_by_keyword():
    source = (
        'QLineEdit(placeholderText="Jump to a time")\n'
        'QAction(self, text=f"Open {name}", toolTip=words["tip"])\n'
        'QGroupBox(title="People")\n'
        'make_action(parent, statusTip="Shown below")\n'
        'QSpinBox(minimum=1, suffix=" min")\n'
        'QLineEdit(placeholderText=words["hint"], windowTitle="…")\n'
        'TimelineEntry(at=now, text="a record, not a widget")\n'
        'tempfile.mkdtemp(prefix="facilitator-")\n'
        'QPushButton(words["ok"], toolTip="Sends it")\n'
        'QWidget(accessibleName="Jump box", accessibleDescription="Type a time")\n'
    )
    assert [line for line, _ in literals_shown(source)] == [1, 2, 3, 4, 5, 9, 10, 10]


def test_the_checker_finds_a_spin_boxs_words_what_undo_names_and_a_file_windows_words():
    source = (
        'box.setSpecialValueText("not counted")\n'
        'super().__init__(f"Delete {entry}")\n'
        'super().__init__(parent)\n'
        'stack.beginMacro("Record an action")\n'
        'super().__init__(words["undo"]["add"])\n'
        'QFileDialog.getOpenFileName(self, "Import comments", "", "Comments (*.csv);;All files (*)")\n'
        'QFileDialog.getExistingDirectory(self, words["folder"], self.folder.text())\n'
    )
    assert [line for line, _ in literals_shown(source)] == [1, 2, 4, 6, 6]


def test_no_module_of_the_windows_gains_english_written_in_code():
    left = {}
    for module in sorted(UI.rglob("*.py")):
        allowed = NOT_YET_MOVED.get(module.name, 0)
        found = literals_shown(module.read_text(encoding="utf-8"))
        if allowed is None:
            continue
        assert len(found) <= allowed, f"{module.name}: move these into resources/text/*.toml: {found}"
        left[module.name] = len(found)
    assert sum(left.values()) <= 0
