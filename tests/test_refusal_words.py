"""Every domain error has its sentence in the texts, with exactly the placeholders its details fill; the windows and
the command line say it in the chosen language and in a team's own wording."""

import ast
import datetime as dt
import importlib
import pkgutil
import tomllib
from pathlib import Path

import pytest

import facilitator.domain
from facilitator import content
from facilitator.cli.run import main
from facilitator.content import forget_texts, use_language
from facilitator.domain.actions import Action, ActionError
from facilitator.domain.plausible_dates import DateKind, DateOutOfRange, checked_date
from facilitator.domain.refusals import Refused
from facilitator.domain.review import ReviewError, check_slot, check_timezone
from facilitator.refusal_words import sentence_for
from facilitator.text_checks import placeholders

TEXT = content.resource("text")
DOMAIN = Path(facilitator.domain.__file__).parent


def _refusals() -> list[type[Refused]]:
    for module in pkgutil.iter_modules(facilitator.domain.__path__):
        importlib.import_module(f"facilitator.domain.{module.name}")
    found, waiting = [], [Refused]
    while waiting:
        for kind in waiting.pop().__subclasses__():
            found.append(kind)
            waiting.append(kind)
    return found


REFUSALS = _refusals()
KINDS = [(error, kind) for error in REFUSALS for kind in error.sentences]


@pytest.fixture(autouse=True)
def english():
    yield
    use_language("en")
    forget_texts()


def test_every_error_the_domain_raises_is_a_refusal_of_its_own_area():
    names = {error.__name__ for error in REFUSALS}
    assert {"ReviewError", "AgendaError", "ActionError", "NoteError", "ParkingError", "CommentError", "DateOutOfRange"} <= names
    assert all(error.area and error.sentences for error in REFUSALS)
    assert len(KINDS) == 18


@pytest.mark.parametrize(("error", "kind"), KINDS, ids=[f"{e.__name__}.{k}" for e, k in KINDS])
def test_each_kind_has_its_english_sentence_in_the_texts_and_german_with_the_same_placeholders(error, kind):
    """The shipped English is the error's own str() word for word; the German fills in the very same values."""
    english = tomllib.loads((TEXT / f"{error.file}.toml").read_text(encoding="utf-8"))[error.area][kind]
    german = tomllib.loads((TEXT / "de" / f"{error.file}.toml").read_text(encoding="utf-8"))[error.area][kind]
    assert english == error.sentences[kind]
    assert placeholders(german) == placeholders(english)


def _raised_in_the_domain() -> list[tuple[str, str, set[str], str]]:
    """Each `SomeError("kind", name=...)` in facilitator/domain: the class, the kind, the names given, and where
    (DateOutOfRange fills its details itself: the test after the next raises it)."""
    names = {error.__name__ for error in REFUSALS} - {"DateOutOfRange"}
    found = []
    for path in sorted(DOMAIN.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names:
                kind = node.args[0]
                assert isinstance(kind, ast.Constant), f"{path.name}:{node.lineno} names its kind by a variable"
                found.append((node.func.id, kind.value, {k.arg for k in node.keywords}, f"{path.name}:{node.lineno}"))
    return found


def test_every_refusal_raised_fills_exactly_the_placeholders_of_its_sentence_and_every_kind_is_raised():
    by_name = {error.__name__: error for error in REFUSALS}
    raised = _raised_in_the_domain()
    for name, kind, given, where in raised:
        sentence = by_name[name].sentences.get(kind)
        assert sentence is not None, f"{where}: {name} has no kind {kind!r}"
        assert {f"{{{n}}}" for n in given} == placeholders(sentence), where
    plain = {(name, kind) for name, kind, _, _ in raised}
    dates = {("DateOutOfRange", kind.value) for kind in DateKind}
    assert plain | dates == {(error.__name__, kind) for error, kind in KINDS}


@pytest.mark.parametrize("kind", list(DateKind))
def test_a_date_out_of_range_fills_exactly_the_placeholders_of_its_sentence(kind):
    with pytest.raises(DateOutOfRange) as refused:
        checked_date(kind, dt.date(9999, 12, 31), dt.date(2026, 11, 3))
    error = refused.value
    assert {f"{{{n}}}" for n in error.details} == placeholders(error.sentences[kind])


def test_a_refusal_is_its_english_sentence_and_says_it_in_german_when_asked():
    with pytest.raises(ReviewError) as refused:
        check_slot(500)
    error = refused.value
    assert (error.kind, error.details) == ("slot_out_of_range", {"low": "30", "high": "240", "minutes": "500"})
    assert str(error) == sentence_for(error) == "The slot must be between 30 and 240 minutes, not 500."
    use_language("de")
    assert sentence_for(error) == "Das Zeitfenster muss zwischen 30 und 240 Minuten lang sein, nicht 500."
    with pytest.raises(ActionError) as no_owner:
        Action("Alarm vor Ablauf", " ")
    assert no_owner.value.kind == "no_owner"
    assert sentence_for(no_owner.value).startswith("Jede Maßnahme braucht eine verantwortliche Person")


def test_anything_else_is_said_as_it_is(tmp_path):
    assert sentence_for(OSError("disk full")) == "disk full"
    assert sentence_for(ReviewError("A sentence of its own.")) == "A sentence of its own."


def test_a_teams_own_wording_of_a_refusal_is_used_and_one_with_an_unknown_placeholder_is_not(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    forget_texts()
    folder = content.own_wording_folder()
    folder.mkdir(parents=True)
    (folder / "errors.toml").write_text(
        '[review]\nnot_a_time_zone = "No zone called {name}."\nno_title = "Title {missing}!"\n', encoding="utf-8"
    )
    forget_texts()
    with pytest.raises(ReviewError) as zone:
        check_timezone("Mars/Olympus")
    assert sentence_for(zone.value) == "No zone called Mars/Olympus."
    assert sentence_for(ReviewError("no_title")) == "The review needs a title."
    assert any("{missing}" in problem for problem in content.own_wording_problems())


def test_the_command_line_says_a_refusal_in_german(tmp_path, capsys):
    use_language("de")
    code = main(["--db", str(tmp_path / "r.db"), "new", "--incident", "INC-1", "--title", "T", "--timezone", "Europe"])
    assert code == 1
    assert capsys.readouterr().err.strip().splitlines() == [
        "error: „Europe“ ist kein Name einer Zeitzone (z. B. Europe/Berlin)."
    ]


def test_the_command_line_refuses_a_slot_in_german(tmp_path, capsys):
    use_language("de")
    with pytest.raises(SystemExit) as stopped:
        main(["--db", str(tmp_path / "r.db"), "new", "--incident", "INC-1", "--title", "T", "--slot", "500"])
    assert stopped.value.code == 2
    assert "Das Zeitfenster muss zwischen 30 und 240 Minuten lang sein, nicht 500." in capsys.readouterr().err
