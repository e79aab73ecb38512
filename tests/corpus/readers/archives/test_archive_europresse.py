"""helpers/corpus/readers/archives/europresse.py on the shared sample and invented exports (two layouts)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers.corpus.readers.archives import read_archive
from helpers.paths import shared_path

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = shared_path("data", "archive-exports", "europresse", "europresse_test1.html")


def read(path: Path):
    return read_archive(path, path.read_bytes())


@pytest.mark.shared
@pytest.mark.skipif(SAMPLE is None, reason="../shared/data/archive-exports is absent")
def test_shared_europresse_sample() -> None:
    result = read(SAMPLE)
    assert result.format == "europresse-html"
    assert [d["status"] for d in result.documents] == ["loaded"] * 3
    first, second, third = result.records
    assert [r["outlet"] for r in result.records] == ["l'Humanité", "Mag", "Magazine 1, no. 5968"]
    assert third["outlet_normalised"] == "magazine 1"
    assert first["title"] == "A heading: some text"
    assert second["title"] == "Another heading with colored text inside"
    assert [r["published"] for r in result.records] == [
        pd.Timestamp("2013-10-05"),
        pd.Timestamp("2012-10-03"),
        pd.Timestamp("2012-10-04"),
    ]
    assert (first["section"], third["section"]) == ("Politique", "Éditorial")
    assert first["text"] == (
        "Some text, and a few accentuated characters: éèêù. Continuation. More text, a sentence."
        "\n\nTest."
    )
    assert (second["byline"], third["byline"]) == ("Second Author", "Author Name")
    assert second["text"] == "Contents of the article.\n\n(1) A note."
    assert first["archive_id"] == "news·20121004·PO·2040056000"
    for record in result.records:
        assert "Tous droits réservés" not in record["text"]
        assert "certificat" not in record["text"]


def test_invented_old_layout() -> None:
    result = read(FIXTURES / "europresse_invented.html")
    assert [d["status"] for d in result.documents] == ["loaded", "skipped"]
    assert result.documents[1]["detail"] == "no body text ('Avis de décès')"
    dairy = result.records[0]
    assert dairy["published"] == pd.Timestamp("2015-08-01")  # "samedi 1er août 2015"
    assert dairy["byline"] == "Lucie Perrin"
    assert dairy["section"] == "Économie"
    assert dairy["text"] == (
        "La coopérative laitière de Brisac va embaucher vingt personnes cet automne.\n\n"
        "Elle agrandit sa fromagerie."
    )


def test_invented_new_layout() -> None:
    (record,) = read(FIXTURES / "europresse_new_layout.html").records
    assert record["title"] == "Le téléphérique rouvre au public"
    assert record["published"] == pd.Timestamp("2020-09-03")
    assert record["stated_word_count"] == 412
    assert record["section"] == "Société"
    assert record["byline"] == "Marc Aubry"
    assert record["archive_id"] == "news·20200903·CM·0003"
    assert record["outlet_normalised"] == "le courrier des monts"
    assert record["text"].count("\n\n") == 1
