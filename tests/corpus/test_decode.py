"""helpers.corpus.decode: the encoding policy (issue 17: nothing garbled, everything reported)."""

from __future__ import annotations

import codecs
import random

import pytest

from helpers.corpus.decode import (
    BOM,
    DETECTED,
    GIVEN,
    LATIN_SCRIPT,
    MOSTLY_UTF8,
    UTF8,
    check_encoding,
    decode_bytes,
)

#: The 62 accented Latin letters of Latin-1/cp1252 (À-ÿ without × and ÷).
ACCENTED = [chr(c) for c in range(0xC0, 0x100) if chr(c) not in "×÷"]
WORDS = "the council said on monday that the harbour vote would be delayed after new costs".split()


def test_there_are_62_accented_letters() -> None:
    assert len(ACCENTED) == 62


@pytest.mark.parametrize("letter", ACCENTED)
@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_every_accented_letter_survives_short_and_long_files(letter: str, codec: str) -> None:
    """cp1252/Latin-1 files were read as cp1250 or cp775 ("naïve" → "naďve", "Bjørn" → "Bjřrn")."""
    rng = random.Random(letter)
    short = f"Bj{letter}rn said the na{letter}ve plan would work."
    long = " ".join(rng.choice(WORDS) for _ in range(900))
    long = f"{long[:2500]} Bj{letter}rn {long[2500:]} na{letter}ve."
    for text in (short, long, letter):
        decoded = decode_bytes(text.encode(codec))
        assert decoded is not None and decoded.text == text, (letter, codec, decoded)
        assert decoded.encoding == "cp1252" and decoded.how == LATIN_SCRIPT


@pytest.mark.parametrize(
    "text",
    [
        "The naïve café in Bjørn's straße — “quoted” for €5, señor Muñoz.",
        "Smørrebrød og æbleskiver i Århus, sagde Bjørn.",
        "Ég á íslenskan hest sem heitir Þór og hann er æðislegur.",
        "Le garçon à l'école était très âgé; l·l, don’t.",
    ],
)
def test_cp1252_text(text: str) -> None:
    decoded = decode_bytes(text.encode("cp1252"))
    assert (decoded.text, decoded.encoding, decoded.replaced) == (text, "cp1252", 0)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (
            "Президент России Владимир Путин заявил во вторник, что Белоруссия под давлением.",
            "cp1251",
        ),
        (
            "Президент России Владимир Путин заявил во вторник, что Белоруссия под давлением.",
            "koi8-r",
        ),
        (
            "Ο πρωθυπουργός της Ελλάδας δήλωσε σήμερα ότι η κυβέρνηση θα στηρίξει την οικονομία.",
            "cp1253",
        ),
        ("Prezydent Polski powiedział, że łódź była źle zbudowana, a żółć się wylała.", "cp1250"),
        ("日本の首相は火曜日に記者会見を開き、新しい経済政策を発表しました。", "shift_jis"),
    ],
)
def test_other_scripts_are_detected(text: str, codec: str) -> None:
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text
    assert decoded.how == DETECTED


def test_valid_utf8_is_strict() -> None:
    decoded = decode_bytes("naïve “café”".encode())
    assert decoded == ("naïve “café”", "utf-8", UTF8, 0)


@pytest.mark.parametrize("n_bad", [1, 2, 3, 5])
def test_utf8_with_a_few_invalid_bytes_is_utf8_flagged(n_bad: int) -> None:
    """It was decoded whole as cp1251 mojibake; now the bad bytes alone become U+FFFD."""
    text = "Der Bürgermeister sagte, die Straße sei gesperrt. Ça va très bien, señor. " * 3
    data = bytearray(text.encode())
    for k in range(n_bad):
        data.insert(10 + 20 * k, 0xFF)
    decoded = decode_bytes(bytes(data))
    assert (decoded.encoding, decoded.how, decoded.replaced) == ("utf-8", MOSTLY_UTF8, n_bad)
    assert decoded.text.replace("\ufffd", "") == text


def test_a_real_replacement_character_is_not_counted() -> None:
    data = "ok \ufffd é".encode() + b"\xff"
    assert decode_bytes(data).replaced == 1


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
def test_byte_order_marks(bom: bytes, codec: str, name: str) -> None:
    """UTF-32 loaded with NULs (LE) or was skipped (BE)."""
    text = "Title\n\nnaïve Bjørn 日本"
    decoded = decode_bytes(bom + text.encode(codec))
    assert decoded == (text, name, BOM, 0)


def test_utf16_with_an_odd_byte_count_does_not_crash() -> None:
    """It raised UnicodeDecodeError and stopped the whole load."""
    decoded = decode_bytes(codecs.BOM_UTF16_LE + "Hello world".encode("utf-16-le") + b"x")
    assert decoded.text == "Hello world\ufffd" and decoded.replaced == 1


def test_bomless_utf16_is_recognised_and_binary_is_not_text() -> None:
    assert decode_bytes("Hello there, world".encode("utf-16-le")).text == "Hello there, world"
    assert decode_bytes("Hello there, world".encode("utf-16-be")).text == "Hello there, world"
    assert decode_bytes(bytes(range(256)) * 4) is None
    assert decode_bytes(b"\x01\x02\x03\x04\x05 abc \x06\x07\x08") is None


def test_an_encoding_can_be_given() -> None:
    text = "Předseda vlády řekl, že věc je vyřešena."  # cp1250 passes as Latin script: say so
    assert decode_bytes(text.encode("cp1250")).text != text
    decoded = decode_bytes(text.encode("cp1250"), encoding="cp1250")
    assert (decoded.text, decoded.encoding, decoded.how) == (text, "cp1250", GIVEN)
    assert decode_bytes(codecs.BOM_UTF8 + b"abc", encoding="cp1250").how == BOM
    with pytest.raises(ValueError, match="not a codec"):
        check_encoding("klingon")
