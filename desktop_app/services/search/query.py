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


def tsquery(text: str) -> str | None:
    """A to_tsquery() text for text, or None when it has nothing to search for; PostgreSQL folds
    it as it folds the index (beacon_fold) before parsing it."""
    phrases = []
    for tokens, open_ in _words(text):
        quoted = [f"'{token}'" for token in tokens]
        if open_:
            quoted[-1] += ":*"
        phrases.append(" <-> ".join(quoted))
    return " & ".join(phrases) or None
