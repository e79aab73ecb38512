"""helpers.evaluation.vader_nyt: the VADER paper NYT row."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from analysis_data import vader_reference

from helpers import sentiment as s
from helpers.corpus import (
    SENTENCE,
)
from helpers.evaluation import vader_nyt as nyt


def test_validation_metrics_by_hand():
    table = pd.DataFrame(
        {
            s.GOLD: [1, 1, -1, -1, 0],
            s.PREDICTED: [1, 0, -1, 1, 0],
            s.COMPOUND: [0.5, 0.0, -0.5, 0.2, 0.0],
            s.RATING: [2.0, 1.0, -2.0, -1.0, 0.0],
        }
    )
    metrics = nyt.validation_metrics(table).set_index(s.METRIC)[s.VALUE]
    # per class (P, R, support): +1 (1/2, 1/2, 2), -1 (1, 1/2, 2), 0 (1/2, 1, 1)
    assert metrics["precision"] == pytest.approx((2 * 0.5 + 2 * 1 + 1 * 0.5) / 5)
    assert metrics["recall"] == pytest.approx((2 * 0.5 + 2 * 0.5 + 1 * 1) / 5)
    f1 = (2 * 0.5 + 2 * (2 / 3) + 1 * (2 / 3)) / 5
    assert metrics["f1"] == pytest.approx(f1)
    assert metrics["r"] == pytest.approx(np.corrcoef(table[s.COMPOUND], table[s.RATING])[0, 1])


def test_missing_nyt_files_say_how_to_get_them(tmp_path: Path):
    with pytest.raises(FileNotFoundError, match="vaderSentiment"):
        nyt.read_vader_nyt(tmp_path)


@pytest.mark.shared
def test_reproduces_the_vader_paper_nyt_row(shared_data):
    folder = shared_data("eval", "vader-nyt")
    scored = nyt.score_vader_nyt(folder)
    assert len(scored) == 5190
    np.testing.assert_array_equal(
        scored[s.COMPOUND].to_numpy(), vader_reference(list(scored[SENTENCE]))[:, 3]
    )
    metrics = nyt.validation_metrics(scored).set_index(s.METRIC)
    for name, paper in {"r": 0.492, "precision": 0.69, "recall": 0.49, "f1": 0.55}.items():
        assert metrics.loc[name, s.VALUE] == pytest.approx(paper, abs=0.015), name
    confusion = nyt.confusion_table(scored)
    assert confusion.loc["total", "total"] == 5190
    assert confusion.loc["positive", "positive"] + confusion.loc["negative", "negative"] > 2000


@pytest.mark.parametrize(
    "module", ["helpers.evaluation.vader_nyt", "helpers.sentiment", "helpers.explore.sentiment"]
)
def test_imports_first_in_a_fresh_interpreter(module):
    import os
    import subprocess
    import sys

    from helpers.paths import PROJECT_ROOT

    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    subprocess.run(
        [sys.executable, "-c", f"import {module}"], check=True, cwd=PROJECT_ROOT, env=env
    )


def test_old_names_reach_the_validation():
    assert s.score_vader_nyt is nyt.score_vader_nyt and s.NYT_PAPER["f1"] == 0.55
