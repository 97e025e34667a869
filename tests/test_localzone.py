"""A new review's zone is the one the platform itself says, on Windows as on macOS and Linux."""

import sys
import types

import pytest
import tzlocal.unix

from facilitator.localzone import local_timezone_name


class FakeRegistry(types.ModuleType):
    """The winreg calls tzlocal makes, answering from one TimeZoneInformation key."""

    HKEY_LOCAL_MACHINE = object()

    def __init__(self, values: dict):
        super().__init__("winreg")
        self.values = list(values.items())
        self.opened = []

    def ConnectRegistry(self, computer, hive):
        return hive

    def OpenKey(self, handle, name):
        self.opened.append(name)
        return types.SimpleNamespace(Close=lambda: None)

    def QueryInfoKey(self, key):
        return (0, len(self.values), 0)

    def EnumValue(self, key, index):
        name, value = self.values[index]
        return (name, value, 1)


@pytest.fixture
def on_windows(monkeypatch):
    """sys.platform says win32, and the registry is a fake one the test fills in."""
    monkeypatch.delenv("TZ", raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.delitem(sys.modules, "tzlocal.win32", raising=False)

    def registry(values: dict) -> FakeRegistry:
        fake = FakeRegistry(values)
        monkeypatch.setitem(sys.modules, "winreg", fake)
        return fake

    yield registry
    sys.modules.pop("tzlocal.win32", None)


@pytest.fixture
def fresh_unix_answer(monkeypatch):
    monkeypatch.setattr(tzlocal.unix, "_cache_tz_name", None)


def test_on_windows_the_zone_comes_from_the_registry_not_utc(on_windows):
    registry = on_windows({"TimeZoneKeyName": "W. Europe Standard Time\x00\x00", "DynamicDaylightTimeDisabled": 0})
    assert local_timezone_name() == "Europe/Berlin"
    assert registry.opened == [r"SYSTEM\CurrentControlSet\Control\TimeZoneInformation"]


def test_on_windows_a_zone_the_registry_names_oddly_falls_back_to_utc(on_windows):
    on_windows({"TimeZoneKeyName": "Nowhere In Particular Time"})
    assert local_timezone_name() == "UTC"


def test_tz_in_the_environment_wins_on_any_platform(monkeypatch, fresh_unix_answer):
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setenv("TZ", ":America/Sao_Paulo")
    assert local_timezone_name() == "America/Sao_Paulo"



@pytest.mark.parametrize("said", ["Etc/UTC", "Etc/Universal", "Zulu"])
def test_a_machine_on_utc_by_another_name_gives_plain_utc(monkeypatch, fresh_unix_answer, said):
    """Servers and containers often say Etc/UTC: the set-up, the meeting and the record say UTC."""
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("TZ", f":{said}")
    assert local_timezone_name() == "UTC"
