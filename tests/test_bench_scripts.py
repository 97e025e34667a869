"""The bench's scripts and the try-it helper are not run by the tests; they must at least still import."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = sorted(p.stem for p in (ROOT / "tests" / "benchmarks").glob("*.py"))


def test_every_bench_script_and_the_team_server_try_out_import():
    code = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name)\n"
    folders = os.pathsep.join(str(ROOT / "tests" / sub) for sub in ("benchmarks", "helpers"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": folders + os.pathsep + str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code, *SCRIPTS, "try_team_server"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
