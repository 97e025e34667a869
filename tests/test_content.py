"""The texts: shipped files read as they are, a team's own wording laid over them and checked, translations."""

import shutil
import tomllib
from pathlib import Path

import pytest

from facilitator import content
from facilitator.content import forget_texts, own_wording_problems, texts, use_language
from facilitator.text_language import shipped_languages, untranslated_in

SHIPPED = Path(content.resource("text"))


@pytest.fixture(autouse=True)
def fresh_texts(tmp_path, monkeypatch):
    """Each test starts in English with an empty config folder of its own, and leaves no texts cached behind."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    use_language("en")
    forget_texts()
    yield
    use_language("en")
    forget_texts()


def own(name: str, toml: str) -> Path:
    """Write a file of the team's own wording, as a person would in their config folder."""
    folder = content.own_wording_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.toml"
    path.write_text(toml, encoding="utf-8")
    return path


def shipped(name: str) -> dict:
    return tomllib.loads((SHIPPED / f"{name}.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(p.stem for p in SHIPPED.glob("*.toml")))
def test_every_shipped_file_reads_as_it_did_before(name):
    """With no wording of the team's own, texts() gives exactly what the shipped file says."""
    assert texts(name) == shipped(name)
    assert own_wording_problems() == []


def test_the_teams_own_wording_is_laid_over_the_shipped_text():
    own("meeting", '[timer]\nphase_over = "{phase} has run over: move on when the room is ready."\n')
    timer = texts("meeting")["timer"]
    assert timer["phase_over"] == "{phase} has run over: move on when the room is ready."
    assert timer["time_check"] == shipped("meeting")["timer"]["time_check"]
    assert texts("meeting")["phases"] == shipped("meeting")["phases"]
    assert own_wording_problems() == []


def test_a_sentence_may_leave_out_a_detail_on_screen():
    own("meeting", '[timer]\nphase_over = "Over time: move on when the room is ready."\n')
    assert texts("meeting")["timer"]["phase_over"] == "Over time: move on when the room is ready."
    assert own_wording_problems() == []


def test_an_unknown_key_is_not_used_and_named_with_its_file():
    path = own("meeting", '[timer]\nphase_ovr = "{phase} ran over."\nsuggested = "About {minutes} each ({count} left)"\n')
    assert "phase_ovr" not in texts("meeting")["timer"]
    assert texts("meeting")["timer"]["suggested"] == "About {minutes} each ({count} left)"
    [problem] = own_wording_problems()
    assert str(path) in problem and "“timer.phase_ovr”" in problem and "meeting.toml" in problem


def test_a_value_of_the_wrong_kind_leaves_the_shipped_text():
    own("meeting", 'times = "date only"\n[opening]\ntitle = ["Why", "we are here"]\n')
    assert texts("meeting")["times"] == shipped("meeting")["times"]
    assert texts("meeting")["opening"]["title"] == "Why we are here"
    first, second = own_wording_problems()
    assert "“times”" in first and "must be a table" in first and "not a sentence" in first
    assert "“opening.title”" in second and "must be a sentence" in second and "not a list" in second


def test_a_mistyped_placeholder_leaves_the_shipped_sentence():
    path = own("meeting", '[timer]\nphase_over = "{phse} is over its time."\n')
    assert texts("meeting")["timer"]["phase_over"] == shipped("meeting")["timer"]["phase_over"]
    [problem] = own_wording_problems()
    assert str(path) in problem and "“timer.phase_over”" in problem and "{phse}" in problem and "{phase}" in problem


def test_a_placeholder_in_a_sentence_that_fills_in_nothing_is_refused():
    own("meeting", '[close]\ntitle = "Thank you, {name}"\n')
    assert texts("meeting")["close"]["title"] == "Thank you"
    [problem] = own_wording_problems()
    assert "“close.title”" in problem and "{name}" in problem and "fills in nothing" in problem


def test_a_lone_brace_in_a_filled_in_sentence_is_refused_and_allowed_elsewhere():
    own("meeting", '[timer]\nphase_over = "{phase} is over {"\n[close]\ntitle = "Thank you :-}"\n')
    assert texts("meeting")["timer"]["phase_over"] == shipped("meeting")["timer"]["phase_over"]
    assert texts("meeting")["close"]["title"] == "Thank you :-}"
    [problem] = own_wording_problems()
    assert "“timer.phase_over”" in problem and "brace" in problem


def test_the_record_keeps_every_placeholder():
    """A dropped reason or time would silently leave the record without what the meeting decided."""
    own("record", '[parking]\ndropped = "{fate}"\n[timings]\nover = "{time} too long"\n')
    assert texts("record")["parking"]["dropped"] == "{fate}: {reason}"
    assert texts("record")["timings"]["over"] == "{time} too long"
    [problem] = own_wording_problems()
    assert "“parking.dropped”" in problem and "{reason}" in problem and "record" in problem


def test_a_file_that_is_not_toml_is_ignored_whole_with_its_line():
    path = own("meeting", '[timer]\nphase_over = "{phase} ran over."\ntime_check = "unfinished\n')
    assert texts("meeting") == shipped("meeting")
    [problem] = own_wording_problems()
    assert str(path) in problem and "line 3" in problem and "not valid TOML" in problem


def test_a_file_that_is_not_utf8_is_ignored_whole():
    path = own("meeting", "")
    path.write_bytes('[timer]\nphase_over = "{phase} est dépassé"\n'.encode("latin-1"))
    assert texts("meeting") == shipped("meeting")
    [problem] = own_wording_problems()
    assert str(path) in problem and "UTF-8" in problem


def test_a_file_with_a_name_the_app_does_not_read_is_named():
    path = own("meetings", '[timer]\nphase_over = "{phase} ran over."\n')
    [problem] = own_wording_problems()
    assert str(path) in problem and "meeting, notes" in problem


def test_a_list_is_replaced_whole_when_each_item_fits():
    own("questions", '[kinds.detection]\nquestions = ["What did you see first?", "Where did it show up?"]\n')
    assert texts("questions")["kinds"]["detection"]["questions"] == ["What did you see first?", "Where did it show up?"]
    assert texts("questions")["kinds"]["decision"] == shipped("questions")["kinds"]["decision"]
    assert own_wording_problems() == []


def test_a_list_with_an_item_of_the_wrong_kind_or_placeholder_is_refused():
    own(
        "wording",
        '[[rules]]\nname = "hindsight"\nphrases = ["{persn} should have"]\nhint = "h"\nrephrase = "r"\n'
        '[someone]\npronouns = ["you", 3]\n',
    )
    assert texts("wording") == shipped("wording")
    first, second = own_wording_problems()
    assert "“someone.pronouns[1]”" in second and "not a number" in second
    assert "“rules[0].phrases[0]”" in first and "{persn}" in first


def test_a_rule_of_the_teams_own_replaces_the_rules():
    own("wording", '[[rules]]\nname = "blame"\nphrases = ["{someone} dropped the ball"]\nhint = "h"\nrephrase = "r"\n')
    assert texts("wording")["rules"] == [{"name": "blame", "phrases": ["{someone} dropped the ball"], "hint": "h", "rephrase": "r"}]
    assert own_wording_problems() == []


def test_a_missing_text_names_its_file_and_key():
    with pytest.raises(KeyError, match=r"resources/text/meeting.toml has no text times.date_onyl"):
        texts("meeting")["times"]["date_onyl"]
    assert texts("meeting").get("missing", "fallback") == "fallback"


def test_asking_for_the_wrong_kind_names_its_file_and_key():
    meeting = texts("meeting")
    assert meeting.table("times").text("date_only") == "date only"
    with pytest.raises(TypeError, match=r"resources/text/meeting.toml: times is a table, not a sentence"):
        meeting.text("times")
    with pytest.raises(TypeError, match=r"key_questions.questions is a list, not a table"):
        meeting.table("key_questions").table("questions")
    assert meeting["key_questions"]["questions"][0].text("key") == "what_happened"


def test_the_command_line_says_each_mistake_once_on_stderr(capsys, tmp_path):
    from facilitator.cli import main
    from facilitator.storage.database import open_database

    open_database(tmp_path / "reviews.sqlite3").close()
    own("meeting", '[timer]\nphase_over = "{phse} is over."\n')
    assert main(["--db", str(tmp_path / "reviews.sqlite3"), "list"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("note: ") and "“timer.phase_over”" in err[0]


# Translations: a fixture folder stands in for resources/text, with a small German translation.


@pytest.fixture
def text_folder(tmp_path, monkeypatch):
    folder = tmp_path / "text"
    folder.mkdir()
    for english in SHIPPED.glob("*.toml"):  # English only: the shipped translations are tested on their own
        shutil.copy(english, folder / english.name)
    real = content.resource
    monkeypatch.setattr(content, "resource", lambda *parts: folder.joinpath(*parts[1:]) if parts[:1] == ("text",) else real(*parts))
    (folder / "de").mkdir()
    return folder


def translate(folder: Path, language: str, name: str, toml: str) -> None:
    (folder / language).mkdir(exist_ok=True)
    (folder / language / f"{name}.toml").write_text(toml, encoding="utf-8")


def test_a_translation_is_laid_over_english_and_the_teams_wording_over_both(text_folder):
    translate(text_folder, "de", "meeting", '[phases]\nopening = "Eröffnung"\ntimeline = "Zeitleiste"\n')
    translate(text_folder, "de_AT", "meeting", '[phases]\ntimeline = "Zeitablauf"\n')
    own("meeting", '[phases]\nclose = "Abschluss"\n')
    use_language("de_AT")
    phases = texts("meeting")["phases"]
    assert (phases["opening"], phases["timeline"], phases["close"]) == ("Eröffnung", "Zeitablauf", "Abschluss")
    assert phases["actions"] == "Parking lot and actions"
    use_language("en")
    assert texts("meeting")["phases"]["opening"] == "Opening"


def test_a_translation_is_checked_like_the_teams_wording(text_folder):
    translate(text_folder, "de", "meeting", '[timer]\nphase_over = "{Phase} ist über der Zeit."\nunbekannt = "x"\n')
    use_language("de")
    assert texts("meeting")["timer"] == shipped("meeting")["timer"]
    problems = content._layered("meeting", "de")[1]
    assert [(p.kind, p.file, p.key) for p in problems] == [
        ("unknown_placeholder", "resources/text/de/meeting.toml", "timer.phase_over"),
        ("unknown_key", "resources/text/de/meeting.toml", "timer.unbekannt"),
    ]


def test_the_untranslated_texts_are_listed(text_folder, capsys, monkeypatch):
    from facilitator import text_language

    for path in SHIPPED.glob("*.toml"):
        if path.stem != "timeline":
            shutil.copy(path, text_folder / "de" / path.name)  # stands in for a finished translation
    german = (SHIPPED / "de" / "timeline.toml").read_text(encoding="utf-8").splitlines(keepends=True)
    lacking = [line for line in german if not line.startswith(("tooltip = ", "entry = "))]  # two of [quiet]
    assert len(lacking) == len(german) - 2
    translate(text_folder, "de", "timeline", "".join(lacking))
    assert untranslated_in(text_folder, "de") == ["de/timeline.toml: quiet.tooltip", "de/timeline.toml: quiet.entry"]
    monkeypatch.setattr(content, "resource", lambda *parts: text_folder.joinpath(*parts[1:]))
    assert text_language.main(["de"]) == 1
    assert capsys.readouterr().out.splitlines() == ["de/timeline.toml: quiet.tooltip", "de/timeline.toml: quiet.entry"]
    assert {"fr/attendance.toml: no_facilitator", "fr/attendance.toml: facilitator_involved"} <= set(untranslated_in(text_folder, "fr"))


@pytest.mark.parametrize("language", shipped_languages(SHIPPED))
def test_every_shipped_language_translates_every_text_and_fits(language):
    """Issue 18: any string a shipped translation has not translated yet, or translated with a broken placeholder."""
    assert untranslated_in(SHIPPED, language) == []
    for name in content.text_names():
        assert content._layered(name, language)[1] == ()


@pytest.mark.parametrize(
    ("variable", "setting", "locale_name", "chosen"),
    [
        ("fr", "de", "es_ES", "fr"),
        ("", "de", "es_ES", "de"),
        ("", "", "es_ES", "es_ES"),
        ("", "", "de_DE.UTF-8", "de_DE"),
        ("", "", "C", "en"),
    ],
)
def test_the_language_comes_from_the_variable_then_the_setting_then_the_locale(monkeypatch, variable, setting, locale_name, chosen):
    from facilitator.text_language import chosen_language, language_folders

    monkeypatch.setenv("FACILITATOR_LANGUAGE", variable)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("locale.getlocale", lambda: (None, None))
    assert chosen_language(setting, locale_name) == chosen
    assert language_folders("de_AT") == ["de", "de_AT"] and language_folders("en_US") == ["en_US"] and language_folders("en") == []


def test_the_command_line_follows_lang(monkeypatch):
    from facilitator.text_language import chosen_language

    monkeypatch.delenv("FACILITATOR_LANGUAGE")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "de_AT.UTF-8")
    assert chosen_language() == "de_AT"


def test_the_record_exported_from_the_command_line_uses_the_teams_wording(capsys, tmp_path, monkeypatch):
    from facilitator import cli

    monkeypatch.setattr(cli.windows, "gui", lambda store, review_id, **_: 0)
    db, out = tmp_path / "reviews.sqlite3", tmp_path / "record.md"
    assert cli.main(["--db", str(db), "--demo"]) == 0
    own("record", 'heading = "Learning review {ref}: {title}"\n[summary]\nheading = "In short {summry}"\n')
    forget_texts()
    assert cli.main(["--db", str(db), "export", "1", "--out", str(out)]) == 0
    record = out.read_text(encoding="utf-8")
    assert "\n# Learning review INC-2417: " in record and "\n## Summary\n" in record and "{summry}" not in record
    [note] = capsys.readouterr().err.splitlines()
    assert note.startswith("note: ") and "“summary.heading”" in note and "{summry}" in note


def test_a_rule_of_the_teams_own_may_name_a_person_as_the_shipped_rules_do():
    """{person} is a placeholder the shipped rules use (not the first one): a team's or a translation's rule may too."""
    own("wording", '[[rules]]\nname = "cause"\nphrases = ["{person} broke it", "{someone} again"]\nhint = "h"\nrephrase = "r"\n')
    assert own_wording_problems() == []
    assert texts("wording")["rules"][0]["phrases"] == ["{person} broke it", "{someone} again"]
