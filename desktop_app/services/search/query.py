"""What the user typed, as a full-text query that cannot fail: an FTS5 MATCH expression for
SQLite, a tsquery for PostgreSQL. Every word must match; each is a prefix as you type.

A word is split into its runs of letters and digits, as the index splits text, and searched as a
phrase: WR-2026-00523 is the phrase "WR 2026 00523", o'brien is "o brien". Quotes, operators
(AND, OR, NOT, NEAR, *, -, ^, :) and other punctuation are never passed through, so no input is
a syntax error; a word of punctuation alone is left out. A word that ends in punctuation
("17:", "bicycle.") was typed to its end, so it is matched whole, not as a prefix.
"""

from __future__ import annotations

import unicodedata

MAX_WORDS = 12  # more words than this narrow nothing a person would notice
MAX_TOKEN = 64  # a longer token is cut (and still matches as a prefix)
MIN_PREFIX = 2  # a one-letter word matches whole words only: "a*" would read the whole index
# Letters (with their combining marks), digits and private-use characters: what SQLite's
# unicode61 tokenizer keeps in a word. Case and accents are left to the database, which folds
# the query as it folded the index; folding here too (lower(), NFKC) made words the index keeps
# differently unfindable: İstanbul, ΣΊΣΥΦΟΣ, x²y, ﬁ, an accent typed as a combining mark.
_KEPT = ("L", "N", "M", "Co")


def words(text: str) -> list[tuple[str, ...]]:
    """The words of text, each as its tokens (letters, marks and digits, as typed)."""
    return [tokens for tokens, _open in _words(text)]


def _words(text: str) -> list[tuple[tuple[str, ...], bool]]:
    """Each word's tokens, and whether it may still be being typed (it ends in a letter or a
    digit, and its last token is long enough to be a useful prefix)."""
    found = []
    for word in unicodedata.normalize("NFC", text or "").split():
        tokens = tuple(t[:MAX_TOKEN] for t in _tokens(word))
        if tokens:
            found.append((tokens, _kept(word[-1]) and len(tokens[-1]) >= MIN_PREFIX))
    return found[:MAX_WORDS]


def _kept(ch: str) -> bool:
    return unicodedata.category(ch).startswith(_KEPT)


def _tokens(word: str) -> list[str]:
    """The runs of letters, marks and digits in word that hold more than marks."""
    runs = "".join(ch if _kept(ch) else " " for ch in word).split()
    return [run for run in runs if not all(unicodedata.category(ch)[0] == "M" for ch in run)]


def fts5_match(text: str) -> str | None:
    """An FTS5 MATCH expression for text, or None when it has nothing to search for. Tokens hold
    letters, marks and digits only, so the quoted phrases need no escaping."""
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
