"""The application layer: every use case, called by the command line and the windows alike.

Each area is a small class built from the store and the hub, e.g. ``Notes(store, hub)``.
Its write methods do the work through ``storage/``, publish one ``Changed`` to the hub
and return it, so the caller (a window, a command) knows exactly what moved.
Nothing here imports Qt; ``ui/common/store_events.py`` turns the hub into Qt signals.
"""
