"""Small modules with one responsibility: no module of the program grows past MAX_LINES."""

from pathlib import Path

import facilitator

PACKAGE_ROOT = Path(facilitator.__file__).parent
MAX_LINES = 400
GENERATED = {PACKAGE_ROOT / "text_types.py"}
"""Written by a program from resources/text/*.toml, not by hand: its length follows the texts."""


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_no_module_is_over_the_limit():
    modules = sorted(PACKAGE_ROOT.rglob("*.py"))
    assert len(modules) > 100  # the whole package was looked at, not an empty folder
    sizes = {str(m.relative_to(PACKAGE_ROOT)): _lines(m) for m in modules if m not in GENERATED}
    too_long = {name: lines for name, lines in sizes.items() if lines > MAX_LINES}
    assert too_long == {}, f"split these by responsibility (at most {MAX_LINES} lines each): {too_long}"


def test_the_generated_module_left_out_is_still_there():
    for path in GENERATED:
        assert path.is_file(), f"{path} is no longer generated: take it off GENERATED"
