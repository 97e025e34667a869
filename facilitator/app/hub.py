"""One place that tells every listener what each write changed."""

from __future__ import annotations

from collections.abc import Callable

from .changes import Changed

Listener = Callable[[Changed], None]


class Hub:
    """Publish-subscribe for change reports; plain Python so the command line can use it too."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every report from now on; returns the way to stop."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def publish(self, changed: Changed) -> Changed:
        """Tell every listener (nothing when nothing changed); returns the report."""
        if changed:
            for listener in list(self._listeners):
                listener(changed)
        return changed
