"""The wheel carries every package: a subpackage missing from pyproject.toml works in a checkout and breaks once installed."""

import tomllib
from pathlib import Path

import facilitator

ROOT = Path(facilitator.__file__).parent


def test_every_package_folder_is_listed_for_the_wheel():
    listed = set(tomllib.loads((ROOT.parent / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(ROOT.parent).parts)
        for init in ROOT.rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert on_disk - listed == set()
