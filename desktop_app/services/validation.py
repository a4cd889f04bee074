"""Shared checks for user input: one place decides what a clean name or text is."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any, TypeVar

from desktop_app.services.errors import ValidationError, raise_all
from models.base import name_key

T = TypeVar("T")

# Bidirectional overrides and isolates can make a name display differently from what it is.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# Unicode's control characters ("Cc": U+0000-U+001F, U+007F-U+009F) and the bidi controls above,
# found by one regular expression rather than a loop: an import checks millions of characters.
_BAD_IN_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_BAD_IN_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # \t \n ok


def _bad_character(text: str, allow_newlines: bool) -> str | None:
    found = (_BAD_IN_TEXT if allow_newlines else _BAD_IN_LINE).search(text)
    if found is None:
        return None
    if found.group() in _BIDI_CONTROLS:
        return "contains a hidden right-to-left override character"
    return "contains a control character"


def clean_line(
    field: str,
    value: str | None,
    *,
    max_length: int,
    required: bool = True,
    label: str | None = None,
) -> str:
    """A single-line text: trimmed, no control or direction-override characters, bounded."""
    name = label or field.replace("_", " ").capitalize()
    text = " ".join((value or "").split())
    if not text:
        if required:
            raise ValidationError(field, f"{name} is required")
        return ""
    problem = _bad_character(text, allow_newlines=False)
    if problem:
        raise ValidationError(field, f"{name} {problem}")
    if len(text) > max_length:
        raise ValidationError(
            field, f"{name} is too long ({len(text)} characters; at most {max_length})"
        )
    return text


def clean_text(
    field: str,
    value: str | None,
    *,
    max_length: int,
    required: bool = False,
    label: str | None = None,
) -> str:
    """A multi-line text (narrative, notes): newlines kept, other control characters refused."""
    name = label or field.replace("_", " ").capitalize()
    text = (value or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        if required:
            raise ValidationError(field, f"{name} is required")
        return ""
    problem = _bad_character(text, allow_newlines=True)
    if problem:
        raise ValidationError(field, f"{name} {problem}")
    if len(text) > max_length:
        raise ValidationError(
            field, f"{name} is too long ({len(text):,} characters; at most {max_length:,})"
        )
    return text


def clean_email(field: str, value: str | None) -> str:
    text = clean_line(field, value, max_length=160, required=False, label="Email")
    if text and not _EMAIL.match(text):
        raise ValidationError(field, "Email should look like name@example.org")
    return text


def choice(field: str, value: str, options: tuple[str, ...] | frozenset[str], label: str) -> str:
    if value not in options:
        readable = ", ".join(o.replace("_", " ") for o in options)
        raise ValidationError(field, f"{label} must be one of: {readable}")
    return value


class Checks:
    """Runs a form's checks, keeping every failure, so the user sees all messages at once."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def __call__(self, check: Callable[[], T]) -> T:
        try:
            return check()
        except ValidationError as exc:
            self.errors.extend(getattr(exc, "errors", [exc]))
            return None  # type: ignore[return-value]  # only read after done() has passed

    def done(self) -> None:
        raise_all(self.errors)


def plain_name(text: str | None) -> str:
    """A pick-list name as it is kept and compared: NFKC (accents composed, fullwidth letters
    as ordinary ones) without invisible format characters (zero-width space, soft hyphen, byte
    order mark: Unicode category Cf), so look-alike names are one name. Direction overrides are
    left for clean_line to refuse: one in a name is a trick, not a typing slip."""
    folded = unicodedata.normalize("NFKC", text or "")
    return "".join(ch for ch in folded if ch in _BIDI_CONTROLS or unicodedata.category(ch) != "Cf")


def pick(model: Any, field: str, text: str, label: str, limit: int) -> Any:
    """The active pick-list row text names (any case and spacing), or a clear message."""
    clean = clean_line(field, plain_name(text), max_length=limit, label=label)
    row = model.get_or_none(model.name_key == name_key(clean))
    if row is None:
        raise ValidationError(field, f"Unknown {label.lower()} '{clean}'; choose one from the list")
    if not row.active:  # retired: kept on old records, not chosen for new ones
        raise ValidationError(field, f"'{row.name}' is retired; choose another from the list")
    return row
