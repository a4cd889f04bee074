"""What the user typed, as a full-text query that cannot fail: an FTS5 MATCH expression for
SQLite, a tsquery for PostgreSQL. Every word must match; each is a prefix as you type.

A word is split into its runs of letters and digits, as the index splits text, and searched as a
phrase: WR-2026-00523 is the phrase "wr 2026 00523", o'brien is "o brien". Quotes, operators
(AND, OR, NOT, NEAR, *, -, ^, :) and other punctuation are never passed through, so no input is
a syntax error; a word of punctuation alone is left out. A word that ends in punctuation
("17:", "bicycle.") was typed to its end, so it is matched whole, not as a prefix.
"""

from __future__ import annotations

import re
import unicodedata

MAX_WORDS = 12  # more words than this narrow nothing a person would notice
MAX_TOKEN = 64  # a longer token is cut (and still matches as a prefix)
MIN_PREFIX = 2  # a one-letter word matches whole words only: "a*" would read the whole index
_TOKEN = re.compile(r"[^\W_]+")


def words(text: str) -> list[tuple[str, ...]]:
    """The words of text, each as its tokens (letters and digits, lower case)."""
    return [tokens for tokens, _open in _words(text)]


def _words(text: str) -> list[tuple[tuple[str, ...], bool]]:
    """Each word's tokens, and whether it may still be being typed (it ends in a letter or a
    digit, and its last token is long enough to be a useful prefix)."""
    found = []
    for word in unicodedata.normalize("NFKC", text or "").split():
        tokens = tuple(t[:MAX_TOKEN] for t in _TOKEN.findall(word.lower()))
        if tokens:
            found.append((tokens, word[-1].isalnum() and len(tokens[-1]) >= MIN_PREFIX))
    return found[:MAX_WORDS]


def fts5_match(text: str) -> str | None:
    """An FTS5 MATCH expression for text, or None when it has nothing to search for. Tokens hold
    letters and digits only, so the quoted phrases need no escaping."""
    phrases = [f'"{" ".join(tokens)}"' + ("*" if open_ else "") for tokens, open_ in _words(text)]
    return " ".join(phrases) or None


def tsquery(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The SQL of a tsquery for text and its parameters (one a token), or None when it has
    nothing to search for. Each token is folded as the index is (beacon_words) before it is
    quoted: a fold can turn a letter into a quote (unaccent makes ʻ an apostrophe), which,
    folded after quoting, would be a syntax error. A token that folds to nothing makes the
    query NULL: it matches nothing, and fails nothing."""
    lexeme = "quote_literal(nullif(btrim(beacon_words(%s)), ''))"
    phrases: list[str] = []
    params: list[str] = []
    for tokens, open_ in _words(text):
        phrase = " || ' <-> ' || ".join([lexeme] * len(tokens))
        phrases.append(phrase + (" || ':*'" if open_ else ""))
        params += tokens
    if not phrases:
        return None
    both = " || ' & ' || "
    return f"to_tsquery('simple', {both.join(phrases)})", tuple(params)
