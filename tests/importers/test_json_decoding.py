"""The fast JSON decoder gives exactly the values, and refuses exactly the texts, the standard library does."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.importers import ImportProblem
from facilitator.importers.decoding import json_value

VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@given(VALUES)
def test_any_json_value_reads_back_as_the_standard_library_reads_it(value):
    text = json.dumps(value, ensure_ascii=False)
    assert json_value(text) == json.loads(text)
    assert repr(json_value(text)) == repr(json.loads(text))  # 1 and 1.0, -0.0 and 0.0 kept apart


@pytest.mark.parametrize(
    "text",
    ["NaN", "1e400", "-Infinity", "123456789012345678901234567890", '{"a": 1, "a": 2}', '"\\u0000"', "  [1] "],
)
def test_what_only_the_standard_library_accepts_is_still_read(text):
    assert repr(json_value(text, whole=False)) == repr(json.loads(text))


@pytest.mark.parametrize("text", ["[1, 2,]", "{'a': 1}", "[" * 2000 + "]" * 2000, "1" * 5000, ""])
def test_what_neither_reads_is_refused_in_the_same_words(text):
    with pytest.raises(ImportProblem) as refused:
        json_value(text)
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        assert f"line {error.lineno}, column {error.colno}" in str(refused.value)
    except (RecursionError, ValueError):
        pass
    else:
        pytest.fail("the standard library reads it")
