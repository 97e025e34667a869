"""The shipped texts are parsed once and kept between runs; an edited file is parsed again, a damaged cache ignored."""

import json
import os
import tomllib

import pytest

from facilitator import parsed_texts


@pytest.fixture
def cache(tmp_path, monkeypatch):
    where = tmp_path / "cache" / "texts.json"
    monkeypatch.setattr(parsed_texts, "cache_file", lambda: where)
    parsed_texts.forget_kept()
    yield where
    parsed_texts.forget_kept()


def _refuse_to_parse(monkeypatch):
    def refuse(_text):
        raise AssertionError("parsed again")

    monkeypatch.setattr(tomllib, "loads", refuse)


def test_a_file_parsed_in_one_run_is_not_parsed_in_the_next(tmp_path, cache, monkeypatch):
    texts = tmp_path / "meeting.toml"
    texts.write_text('[bar]\ntitle = "Phase"\ncount = 3\n', encoding="utf-8")
    assert parsed_texts.parsed_toml(texts) == {"bar": {"title": "Phase", "count": 3}}
    parsed_texts.write_kept()
    assert cache.is_file()
    parsed_texts.forget_kept()  # as a new process starts
    _refuse_to_parse(monkeypatch)
    assert parsed_texts.parsed_toml(texts) == {"bar": {"title": "Phase", "count": 3}}


def test_an_edited_file_is_parsed_again_even_at_the_same_size_and_time(tmp_path, cache):
    texts = tmp_path / "meeting.toml"
    texts.write_text('title = "Phase"\n', encoding="utf-8")
    parsed_texts.parsed_toml(texts)
    parsed_texts.write_kept()
    parsed_texts.forget_kept()
    stat = texts.stat()
    texts.write_text('title = "Stage"\n', encoding="utf-8")
    os.utime(texts, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert parsed_texts.parsed_toml(texts) == {"title": "Stage"}


def test_each_call_gives_its_own_tables(tmp_path, cache):
    texts = tmp_path / "notes.toml"
    texts.write_text('[tags]\nidea = "Idea"\n', encoding="utf-8")
    first = parsed_texts.parsed_toml(texts)
    first["tags"]["idea"] = "changed by a caller"
    assert parsed_texts.parsed_toml(texts) == {"tags": {"idea": "Idea"}}


@pytest.mark.parametrize("damage", ["{not json", '["a list"]', '{"key": 7}', '{"key": ["only one"]}'])
def test_a_damaged_cache_costs_a_parse_and_nothing_else(tmp_path, cache, damage):
    texts = tmp_path / "app.toml"
    texts.write_text('name = "Facilitator"\n', encoding="utf-8")
    cache.parent.mkdir(parents=True)
    cache.write_text(damage, encoding="utf-8")
    assert parsed_texts.parsed_toml(texts) == {"name": "Facilitator"}
    parsed_texts.write_kept()
    assert isinstance(json.loads(cache.read_text(encoding="utf-8")), dict)


def test_a_broken_file_still_raises_tomls_own_error(tmp_path, cache):
    texts = tmp_path / "broken.toml"
    texts.write_text("title = \n", encoding="utf-8")
    with pytest.raises(tomllib.TOMLDecodeError):
        parsed_texts.parsed_toml(texts)


def test_nothing_is_written_when_nothing_new_was_parsed(tmp_path, cache):
    texts = tmp_path / "app.toml"
    texts.write_text('name = "Facilitator"\n', encoding="utf-8")
    parsed_texts.parsed_toml(texts)
    parsed_texts.write_kept()
    parsed_texts.forget_kept()
    parsed_texts.parsed_toml(texts)  # found in the cache
    cache.unlink()
    parsed_texts.write_kept()
    assert not cache.exists()


def test_a_damaged_entry_for_the_very_file_is_parsed_again(tmp_path, cache):
    texts = tmp_path / "app.toml"
    texts.write_text('name = "Facilitator"\n', encoding="utf-8")
    cache.parent.mkdir(parents=True)
    cache.write_text(json.dumps({str(texts): ['name = "Facilitator"\n', "{broken"]}), encoding="utf-8")
    assert parsed_texts.parsed_toml(texts) == {"name": "Facilitator"}
