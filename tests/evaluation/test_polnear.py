"""PolNeAR accuracy of the quote extractor on train and dev (skipped without ../shared).

Train (840 articles) is the development set the rules are tuned on; dev (84 articles) is
validation only (issue 16). Figures of ``benchmarks/polnear_score.py --split train|dev`` when last
measured (issue 16); the tests allow a margin of 0.02 under them.
"""

from __future__ import annotations

import pytest

from helpers.evaluation.polnear import load_split, parse_ann, score

#: split -> (direct+partial overlap F1, all-speech overlap F1, speaker by span, speaker by name)
FIGURES: dict[str, tuple[float, float, float, float]] = {
    "train": (0.892, 0.778, 0.913, 0.872),
    "dev": (0.930, 0.789, 0.929, 0.891),
}
MARGIN = 0.02


def test_parse_ann_merges_fragments_and_finds_the_quote_span() -> None:
    text = 'He said "we will win" today.'
    ann = 'T1\tSource 0 2\tHe\nT2\tCue 3 7\tsaid\nT3\tContent 8 21\t"we will win"\nE1\tCue:T2 Source:T1 Content:T3\n'
    (attribution,) = parse_ann(text, ann)
    assert attribution.content == (8, 21)
    assert attribution.quote_span == (9, 20)
    assert attribution.speech


def test_parse_ann_skips_the_continuation_line_of_a_span_with_a_line_break() -> None:
    text = "She said\nThe number rose."
    ann = (
        "T1\tSource 0 3\tShe\nT2\tCue 4 8\tsaid\nT3\tContent 9 25\tThe number\n"
        "The number rose.\nE1\tCue:T2 Source:T1 Content:T3\n"
    )
    (attribution,) = parse_ann(text, ann)
    assert attribution.content == (9, 25)


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("split", sorted(FIGURES))
def test_polnear_scores_do_not_regress(shared_data, split: str) -> None:
    folder = shared_data("eval", f"polnear-{split}")
    results = score(folder, data=load_split(folder))
    quotes = results["direct+partial"]
    speech = results["all speech"]
    direct_partial, all_speech, by_span, by_name = FIGURES[split]
    assert quotes["overlap_f1"] >= direct_partial - MARGIN
    assert speech["overlap_f1"] >= all_speech - MARGIN
    assert quotes["speaker_span_acc"] >= by_span - MARGIN
    assert quotes["speaker_name_acc"] >= by_name - MARGIN


@pytest.mark.parametrize(
    ("source", "names"),
    [
        ("Sen. Jim Wheeler who represents Atlantic City", ("Wheeler",)),
        ("Rep. Ann Lind of New York", ("Lind", "York")),
        ("a senior official who spoke on the condition of anonymity", ()),
    ],
)
def test_gold_name_is_the_head_before_a_relative_clause(source: str, names: tuple) -> None:
    from helpers.evaluation.polnear import _capitalised_names

    assert _capitalised_names(source) == names
