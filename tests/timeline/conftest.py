"""Fixtures of the timeline tests: four stories and a wire copy written as text files; the sample."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from analysis_data import write_corpus

from helpers.corpus import load_corpus


@pytest.fixture
def small(tmp_path: Path) -> pd.DataFrame:
    return load_corpus(write_corpus(tmp_path / "small")).articles


@pytest.fixture
def sample(sample_corpus: Path) -> pd.DataFrame:
    return load_corpus(sample_corpus).articles
