"""NLTK's port of VADER, pointed at the reference lexicon (no download), to compare the two."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from helpers.columns import COMPOUND, DIFFERENCE, NLTK, REFERENCE, SENTENCE
from helpers.sentiment.scoring import score_texts

__all__ = ["compare_with_nltk", "nltk_analyzer"]


@cache
def nltk_analyzer() -> Any:
    """NLTK's ``SentimentIntensityAnalyzer`` reading the lexicon inside the vaderSentiment wheel.

    NLTK looks for ``vader_lexicon`` in its data folders (a download); here the wheel's folder is
    put on ``nltk.data.path`` just while the lexicon is read, so nothing is downloaded.
    """
    import nltk.data
    import vaderSentiment.vaderSentiment as reference
    from nltk.sentiment.vader import SentimentIntensityAnalyzer as NltkAnalyzer

    folder = str(Path(reference.__file__).parent)
    nltk.data.path.insert(0, folder)
    try:
        return NltkAnalyzer(lexicon_file="vader_lexicon.txt")
    finally:
        nltk.data.path.remove(folder)


def compare_with_nltk(texts: Iterable[str]) -> pd.DataFrame:
    """Compound from the reference and from NLTK's port, same lexicon: ``sentence, reference,
    nltk, difference`` (``nltk − reference``)."""
    items = [str(text) for text in texts]
    reference = score_texts(items, workers=1)[COMPOUND].to_numpy()
    port = nltk_analyzer()
    ported = np.array([port.polarity_scores(text)[COMPOUND] for text in items], dtype="float64")
    return pd.DataFrame(
        {SENTENCE: items, REFERENCE: reference, NLTK: ported, DIFFERENCE: ported - reference}
    )
