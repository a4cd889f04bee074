"""Phone numbers in the office's country (an office setting, default the computer's): the one
E.164 form two spellings of a number share, and the digit strings a typed fragment is searched
by, so that "0161 496 0431" and "+44 161 496 0431" are the same number to Beacon."""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneMetadata

from desktop_app.services.office_settings import FALLBACK_COUNTRY
from models.search_index import PHONE_MIN_FRAGMENT

PHONE_MARKS = " +-()."  # what a phone number may hold besides digits


def digits_of(text: str) -> str:
    return "".join(ch for ch in text or "" if ch.isdigit())


def looks_like_phone(text: str) -> bool:
    """True when text is (a fragment of) a phone number: digits and the usual marks only, at
    least PHONE_MIN_FRAGMENT digits."""
    stripped = (text or "").strip()
    return len(digits_of(stripped)) >= PHONE_MIN_FRAGMENT and all(
        ch.isdigit() or ch in PHONE_MARKS for ch in stripped
    )


def region(country: str) -> str:
    """country (ISO 3166 alpha-2) if phonenumbers knows its numbering plan, else the fallback."""
    code = (country or "").upper()
    return code if PhoneMetadata.metadata_for_region(code) is not None else FALLBACK_COUNTRY


def e164(text: str, country: str) -> str | None:
    """The number in E.164 (+441614960431), read as dialled in country when it has no +; None
    when text is not a possible phone number. For comparing numbers (duplicates, merges)."""
    try:
        number = phonenumbers.parse(text or "", region(country))
    except NumberParseException:
        return None
    possible = phonenumbers.ValidationResult.IS_POSSIBLE
    if phonenumbers.is_possible_number_with_reason(number) != possible:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _split_country_code(digits: str) -> tuple[str, str]:
    """(country calling code, the rest) of international digits; ("", digits) when none fits.
    Calling codes are prefix-free, so the first that fits is the one."""
    for length in (1, 2, 3):
        code = digits[:length]
        if code and int(code) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return code, digits[length:]
    return "", digits


def search_forms(text: str, country: str) -> list[str]:
    """The digit strings a typed phone fragment is searched by, each as the start of a run of a
    stored number's digits: the digits as typed, and the same number in the other format, the
    national (0161…) or the international (44161…), for the office's country. Empty when text
    is not a phone fragment."""
    if not looks_like_phone(text):
        return []
    digits = digits_of(text)
    meta = PhoneMetadata.metadata_for_region(region(country))
    assert meta is not None  # region() only returns countries phonenumbers knows
    home, trunk = str(meta.country_code), meta.national_prefix or ""
    forms = {digits}
    international: str | None = None
    if text.strip().startswith("+"):
        international = digits
    elif meta.international_prefix and (dialled := re.match(meta.international_prefix, digits)):
        international = digits[dialled.end() :]  # 0044 161… dialled from the UK
    if international is not None:
        forms.add(international)
        code, national = _split_country_code(international)
        if code == home and national:
            forms.add(trunk + national)
    elif trunk and digits.startswith(trunk):
        forms.add(home + digits[len(trunk) :])
    elif not trunk:
        forms.add(home + digits)
    return sorted(f for f in forms if len(f) >= PHONE_MIN_FRAGMENT)
