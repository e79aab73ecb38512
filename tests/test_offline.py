"""The bundle must never download anything: the guard installed in conftest.py must bite."""

from __future__ import annotations

import socket

import nltk
import pytest
from conftest import DownloadAttempted


def test_nltk_download_is_refused() -> None:
    with pytest.raises(DownloadAttempted):
        nltk.download("punkt_tab")


def test_outside_connections_are_refused() -> None:
    with pytest.raises(DownloadAttempted):
        socket.create_connection(("example.org", 80), timeout=1)


def test_sentence_splitting_needs_no_nltk_data(tmp_path, monkeypatch) -> None:
    from helpers.text import split_sentences

    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    assert split_sentences("One. Two.") == ["One.", "Two."]
