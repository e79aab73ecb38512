"""From bytes to text: the encoding policy, and a record of how each file was decoded.

Policy (:func:`decode_bytes`), in this order; the first that applies wins:

1. ``encoding=`` given: that codec (a byte-order mark still wins, it cannot be wrong).
2. A byte-order mark: UTF-8, UTF-16 (LE/BE) or UTF-32 (LE/BE). Bytes that do not fit (an odd
   byte at the end of a UTF-16 file) become U+FFFD and are counted.
3. Binary data (NUL bytes that are not BOM-less UTF-16, or many control bytes): ``None``.
4. Valid UTF-8.
5. UTF-8 with a few invalid bytes: when the file holds valid multi-byte UTF-8 characters and
   at most 8 invalid bytes, or more valid characters than invalid bytes, it is UTF-8 with
   damage, not another encoding (cp1252 text almost never holds valid UTF-8 by chance). The invalid bytes
   become U+FFFD; the report says how many.
6. Windows-1252 (cp1252, a superset of Latin-1) when the result is plausible Latin-script text:
   no undefined bytes, accented letters inside mostly-ASCII words (not whole words of them, as
   Cyrillic or Greek read as cp1252 would give), no symbols in the middle of words.
7. Detection (charset-normalizer) for everything else: Cyrillic, Greek, CJK, ...
8. Otherwise UTF-8 with replacement, flagged.

Central European files (cp1250, ISO 8859-2) may pass the Latin-script check and come out as
cp1252; pass ``encoding="cp1250"`` for those.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

__all__ = [
    "BOM",
    "DETECTED",
    "FALLBACK",
    "GIVEN",
    "LATIN_SCRIPT",
    "MOSTLY_UTF8",
    "UTF8",
    "Decoded",
    "check_encoding",
    "decode_bytes",
]

#: How an encoding was chosen (the ``encoding_source`` column of the load report).
GIVEN = "given"
BOM = "bom"
UTF8 = "valid utf-8"
MOSTLY_UTF8 = "utf-8 with invalid bytes"
LATIN_SCRIPT = "latin-script check"
BOMLESS_UTF16 = "utf-16 byte pattern"
DETECTED = "detected"
FALLBACK = "fallback"


class Decoded(NamedTuple):
    """Text decoded from a file's bytes, and how."""

    text: str
    #: Python codec name (``utf-8``, ``utf-8-sig``, ``utf-16-le``, ``cp1252``, ...).
    encoding: str
    #: How the encoding was chosen: one of ``given``, ``bom``, ``valid utf-8``, ...
    how: str = ""
    #: How many bytes could not be decoded and became U+FFFD.
    replaced: int = 0


_ERRORS = "helpers.corpus.replace-each-byte"


def _replace_each_byte(error: UnicodeError) -> tuple[str, int]:
    """One U+FFFD per undecodable byte, so that the replacement count is a byte count."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return "\ufffd" * (error.end - error.start), error.end


codecs.register_error(_ERRORS, _replace_each_byte)

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),  # before UTF-16 LE: same first two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)
_SAMPLE = 8192
#: Up to this many invalid bytes, one valid multi-byte character is enough to call a file UTF-8
#: (cp1252 text almost never holds a valid UTF-8 sequence by chance).
_FEW_INVALID = 8
_CONTROL_BYTES = re.compile(rb"[\x01-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
#: Non-ASCII characters that are not letters but are common in Latin-script news text.
_COMMON_MARKS = frozenset("“”‘’‚„–—…•€£«»°©®™·¡¿§¶\u00a0½¼¾²³×±µªº¢¥")
#: Of those, the ones that may stand between two letters ("don’t", Catalan "l·l").
_INSIDE_WORDS = frozenset("’‘·–—")


def check_encoding(encoding: str) -> str:
    """Return the codec name for *encoding*, or raise ``ValueError`` saying it is unknown."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise ValueError(
            f"encoding={encoding!r} is not a codec Python knows; use e.g. 'cp1250', 'latin-1', "
            "'utf-16' (see the 'codecs' module's list of standard encodings)"
        ) from None


def _decode(data: bytes, codec: str) -> tuple[str, int]:
    text = data.decode(codec, errors=_ERRORS)
    replaced = text.count("\ufffd")
    if replaced and codec.replace("_", "-").startswith("utf-8"):
        replaced -= data.count(b"\xef\xbf\xbd")  # U+FFFD written in the file itself
    return text, max(replaced, 0)


def decode_bytes(data: bytes, *, encoding: str | None = None) -> Decoded | None:
    """Decode a file's bytes with the policy above; ``None`` for binary data.

    Parameters
    ----------
    data
        The file's bytes.
    encoding
        A codec name that overrides the policy (a byte-order mark still wins).

    Examples
    --------
    >>> decode_bytes("naïve Bjørn".encode("cp1252"))
    Decoded(text='naïve Bjørn', encoding='cp1252', how='latin-script check', replaced=0)
    """
    for mark, codec, name in _BOMS:
        if data.startswith(mark):
            text, replaced = _decode(data[len(mark) :], codec)
            return Decoded(text, name, BOM, replaced)
    if encoding is not None:
        codec = check_encoding(encoding)
        text, replaced = _decode(data, codec)
        return Decoded(text, codec, GIVEN, replaced)
    head = data[:_SAMPLE]
    if b"\x00" in head:
        codec = _bomless_utf16(head)
        if codec is None:
            return None
        text, replaced = _decode(data, codec)
        return Decoded(text, codec, BOMLESS_UTF16, replaced)
    if len(_CONTROL_BYTES.findall(head)) > 0.1 * len(head):
        return None
    try:
        return Decoded(data.decode("utf-8"), "utf-8", UTF8)
    except UnicodeDecodeError:
        pass
    utf8_text, invalid = _decode(data, "utf-8")
    multibyte = len(utf8_text) - len(utf8_text.encode("ascii", "ignore")) - invalid
    if multibyte and (invalid <= multibyte or invalid <= _FEW_INVALID):
        return Decoded(utf8_text, "utf-8", MOSTLY_UTF8, invalid)
    latin = _plausible_cp1252(data)
    if latin is not None:
        return Decoded(latin, "cp1252", LATIN_SCRIPT, 0)
    detected = _detect(data)
    if detected is not None:
        return detected
    return Decoded(utf8_text, "utf-8", FALLBACK, invalid)


def _bomless_utf16(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes sit at every other position, as in ASCII-heavy UTF-16."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even_nuls = head[0 : 2 * pairs : 2].count(0)
    odd_nuls = head[1 : 2 * pairs : 2].count(0)
    if odd_nuls >= 0.3 * pairs and even_nuls <= 0.02 * pairs:
        return "utf-16-le"
    if even_nuls >= 0.3 * pairs and odd_nuls <= 0.02 * pairs:
        return "utf-16-be"
    return None


_ASCII_LETTERS = re.compile(r"[A-Za-z]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: The Latin-script check looks at this much of a file (the whole file is checked for bytes
#: cp1252 does not define).
_CHECKED_BYTES = 262144


def _plausible_cp1252(data: bytes) -> str | None:
    """The cp1252 reading of *data* when it looks like Latin-script text, else None."""
    if _CP1252_UNDEFINED.search(data):
        return None
    sample = data[:_CHECKED_BYTES].decode("cp1252")
    ascii_letters = len(sample) - len(_ASCII_LETTERS.sub("", sample))
    accented = symbols = non_ascii = 0
    for match in _NON_ASCII.finditer(sample):
        non_ascii += 1
        char = match.group()
        if char.isalpha():
            accented += 1
            continue
        position = match.start()
        if (
            char not in _INSIDE_WORDS
            and sample[position - 1 : position].isalpha()
            and sample[position + 1 : position + 2].isalpha()
        ):
            return None  # "³" inside a word: Polish "ł" read as cp1252
        if char not in _COMMON_MARKS:
            symbols += 1
    if symbols > max(2, 0.05 * non_ascii):
        return None
    letters = ascii_letters + accented
    # Too few letters to judge: a Latin reading is the policy's default.
    limit = 0.3 if letters >= 40 else 0.5 if letters >= 10 else 1.0
    if letters and accented / letters > limit:
        return None
    return data.decode("cp1252") if len(data) > _CHECKED_BYTES else sample


_WESTERN = frozenset({"cp1252", "iso8859-1", "iso8859-15", "latin-1"})


def _detect(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes  # lazy: only for files that are not UTF-8/cp1252

    matches = list(from_bytes(data))
    if not matches:
        return None
    # cp1252 and its Latin-1 relatives failed the Latin-script check: prefer another reading.
    others = [m for m in matches if codecs.lookup(m.encoding).name not in _WESTERN]
    codec = codecs.lookup((others or matches)[0].encoding).name
    text, replaced = _decode(data, codec)
    return Decoded(text, codec, DETECTED, replaced)
