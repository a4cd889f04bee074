"""What the user typed, as a full-text query: phrases of letters and digits, prefixes."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.services.search import fts5_match, tsquery


def test_words_become_phrases_and_the_word_being_typed_a_prefix():
    assert fts5_match("WR-2026-00523") == '"WR 2026 00523"*'  # the database folds case
    assert fts5_match("o'brien  Café") == '"o brien"* "Café"*'
    assert fts5_match("pass 17:") == '"pass"* "17"'  # typed to its end: matched whole
    assert fts5_match("a") == '"a"'  # one letter: whole words only
    assert fts5_match('" AND * NEAR( -') == '"AND"* "NEAR"'
    assert fts5_match(" - ' ") is None
    sql, tokens = tsquery("WR-2026-00523 o'brien") or ("", ())
    assert tokens == ("WR", "2026", "00523", "o", "brien")  # each folded and quoted in SQL
    assert sql.count("beacon_words(%s)") == 5 and sql.count("':*'") == 2


@given(st.text())
def test_any_text_gives_only_quoted_letters_and_digits(typed):
    match = fts5_match(typed)
    if match is not None:
        assert re.fullmatch(r'("[^" ]+( [^" ]+)*"\*? ?)+', match + " "), match
        kept = match.replace('"', "").replace("*", "").replace(" ", "")
        assert all(unicodedata.category(ch)[0] in "LNMC" for ch in kept), match
    query = tsquery(typed)
    assert (query is None) == (match is None)
