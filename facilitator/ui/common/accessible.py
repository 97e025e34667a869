"""What a screen reader says: the names and descriptions of the controls, and the changes it announces aloud."""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ...content import texts


def words(key: str) -> dict[str, str]:
    """The entry 'section.control' of resources/text/access.toml: its name and, where useful, description."""
    section, _, control = key.partition(".")
    entry = cast("Mapping[str, Mapping[str, object]]", texts("access"))[section][control]
    return {"name": entry} if isinstance(entry, str) else cast("dict[str, str]", entry)


def name(widget: QWidget, key: str) -> QWidget:
    """Give the control the name (and description) a screen reader says when it is reached."""
    entry = words(key)
    widget.setAccessibleName(entry["name"])
    if entry.get("description"):
        widget.setAccessibleDescription(entry["description"])
    return widget


class Announcements(QObject):
    """Every announcement made, as (widget, message, urgent): what a screen reader was asked to say."""

    made = Signal(object, str, bool)


announcements = Announcements()


def announce(widget: QWidget, message: str, urgent: bool = False) -> None:
    """Ask the screen reader to say a change aloud: politely (after what it is saying) or, when urgent, at once."""
    if not message:
        return
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # setting QAccessible up takes 2 ms of start-up

    event = QAccessibleAnnouncementEvent(widget, message)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)
    announcements.made.emit(widget, message, urgent)
