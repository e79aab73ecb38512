"""From bytes to text: which encoding a file is in, and how that was decided.

:func:`decode_bytes` returns a :class:`Decoded` (text, encoding, how it was chosen, bytes
replaced) or None for binary data.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Decoded", "decode_bytes"]


class Decoded(NamedTuple):
    """Text decoded from a file's bytes, and how."""

    text: str
    #: Python codec name (``utf-8``, ``utf-8-sig``, ``utf-16``, ``cp1252``, ...).
    encoding: str
    #: How the encoding was chosen (``bom``, ``utf-8``, ``detected``, ...).
    how: str = ""
    #: How many bytes could not be decoded and became U+FFFD.
    replaced: int = 0


def decode_bytes(data: bytes) -> Decoded | None:
    """Decode bytes: UTF-8 (with or without BOM) first, else detect; None for binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        return Decoded(data[3:].decode("utf-8", errors="replace"), "utf-8-sig", "bom")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Decoded(data.decode("utf-16"), "utf-16", "bom")
    if b"\x00" in data[:8192]:
        return None
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    encoding = best.encoding
    # Several code pages can decode these bytes to the very same text; name cp1252 (Western
    # European, the usual one for English news) when it is one of them.
    if "cp1252" in best.could_be_from_charset:
        encoding = "cp1252"
    # charset-normalizer reports latin-1 family names; cp1252 is the superset used on Windows.
    if encoding in {"latin_1", "iso8859_1", "iso8859_15"} and any(0x80 <= b <= 0x9F for b in data):
        encoding = "cp1252"
    return Decoded(data.decode(encoding, errors="replace"), encoding, "detected")
