"""Start-up with Python's cyclic garbage collector paused, resumed once the app is up.

Loading the app creates a few hundred thousand objects that live as long as it does (modules, classes, Qt's
enums). The collector would walk them again and again while they are being made, finding nothing to free: a
twentieth of the start-up's work. Resuming freezes them first, so later collections during the meeting skip them too.
"""

from __future__ import annotations

import gc


def pause() -> None:
    gc.disable()


def resume() -> None:
    """Collect from now on, leaving what exists now out of every later collection; nothing to do if not paused."""
    if gc.isenabled():
        return
    gc.freeze()
    gc.enable()
