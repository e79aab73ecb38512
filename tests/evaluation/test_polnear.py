"""PolNeAR dev accuracy of the quote extractor (skipped without ../shared)."""

from __future__ import annotations

import pytest

from helpers.evaluation.polnear import parse_ann, score

#: Figures of benchmarks/polnear_score.py on PolNeAR dev when last tuned; margin 0.02.
POLNEAR_DIRECT_PARTIAL_OVERLAP_F1 = 0.914
POLNEAR_ALL_SPEECH_OVERLAP_F1 = 0.739
POLNEAR_SPEAKER_SPAN_ACCURACY = 0.911
POLNEAR_SPEAKER_NAME_ACCURACY = 0.863
MARGIN = 0.02


def test_parse_ann_merges_fragments_and_finds_the_quote_span() -> None:
    text = 'He said "we will win" today.'
    ann = 'T1\tSource 0 2\tHe\nT2\tCue 3 7\tsaid\nT3\tContent 8 21\t"we will win"\nE1\tCue:T2 Source:T1 Content:T3\n'
    (attribution,) = parse_ann(text, ann)
    assert attribution.content == (8, 21)
    assert attribution.quote_span == (9, 20)
    assert attribution.speech


@pytest.mark.shared
@pytest.mark.slow
def test_polnear_dev_scores_do_not_regress(shared_data) -> None:
    results = score(shared_data("eval", "polnear-dev"))
    quotes = results["direct+partial"]
    speech = results["all speech"]
    assert quotes["overlap_f1"] >= POLNEAR_DIRECT_PARTIAL_OVERLAP_F1 - MARGIN
    assert speech["overlap_f1"] >= POLNEAR_ALL_SPEECH_OVERLAP_F1 - MARGIN
    assert quotes["speaker_span_acc"] >= POLNEAR_SPEAKER_SPAN_ACCURACY - MARGIN
    assert quotes["speaker_name_acc"] >= POLNEAR_SPEAKER_NAME_ACCURACY - MARGIN
