"""Speed of sentence scoring: helpers.sentiment.score_texts against a plain VADER loop.

Scores every sentence of the Reuters-21578 set (../shared/data/reuters-21578/articles) three ways
in the same run and checks that all four scores (neg, neu, pos, compound) are identical:

1. plain loop: ``[SentimentIntensityAnalyzer().polarity_scores(s) for s in sentences]``;
2. ``score_texts(..., workers=1)``: duplicate sentences scored once, exact short cuts;
3. ``score_texts(...)``: the same on every core (fork, chunks of 2,000 sentences).

Usage: ``.venv/bin/python benchmarks/bench_sentiment.py [--limit N] [--repeat R]``.
Timings are noisy on a shared machine: the methods run in turn, ``--repeat`` rounds, and each
one's best time is printed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import numpy as np
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from helpers.corpus import SENTENCE, load_corpus, sentences
from helpers.paths import shared_path
from helpers.sentiment import SCORE_COLUMNS, score_texts


def _cpu_seconds() -> float:
    """CPU time of this process and its finished child processes (user + system)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def _best_interleaved(
    functions: dict[str, object], repeat: int
) -> dict[str, tuple[float, object, float]]:
    """Run the methods in turn, *repeat* rounds, keeping each one's best time (load changes)."""
    best: dict[str, tuple[float, object, float]] = {}
    for _ in range(repeat):
        for name, function in functions.items():
            started, cpu_started = time.perf_counter(), _cpu_seconds()
            result = function()
            seconds = time.perf_counter() - started
            cpu = _cpu_seconds() - cpu_started
            if name not in best or seconds < best[name][0]:
                best[name] = (seconds, result, cpu)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N sentences")
    parser.add_argument(
        "--repeat", type=int, default=2, help="rounds (best time per method is kept)"
    )
    args = parser.parse_args()

    folder = shared_path("data", "reuters-21578", "articles")
    if folder is None:
        print("skipped: ../shared/data/reuters-21578/articles not available (set NEWS_SHARED)")
        return 0
    started = time.perf_counter()
    articles = load_corpus(folder, progress=False).articles
    texts = sentences(articles)[SENTENCE].tolist()[: args.limit]
    print(
        f"{len(articles):,} articles, {len(texts):,} sentences ({len(set(texts)):,} distinct); "
        f"loaded and split in {time.perf_counter() - started:.1f} s; {os.cpu_count()} cores"
    )

    plain = SentimentIntensityAnalyzer()

    def plain_loop() -> np.ndarray:
        return np.array(
            [[scores[k] for k in SCORE_COLUMNS] for scores in map(plain.polarity_scores, texts)]
        )

    methods = {
        "plain loop (polarity_scores)": plain_loop,
        "score_texts, 1 process": lambda: score_texts(texts, workers=1).to_numpy(),
        f"score_texts, {os.cpu_count()} processes": lambda: score_texts(texts).to_numpy(),
    }
    timings = _best_interleaved(methods, args.repeat)
    plain_time, reference, plain_cpu = timings["plain loop (polarity_scores)"]
    rows = [(name, seconds, result, cpu) for name, (seconds, result, cpu) in timings.items()]
    print(
        f"{'method':<34}{'seconds':>9}{'sentences/s':>13}{'speed-up':>10}"
        f"{'CPU s':>8}{'per CPU-s':>11}{'CPU ratio':>11}  identical"
    )
    for name, seconds, result, cpu in rows:
        identical = bool(np.array_equal(result, reference))
        print(
            f"{name:<34}{seconds:>9.2f}{len(texts) / seconds:>13,.0f}{plain_time / seconds:>9.2f}x"
            f"{cpu:>8.1f}{len(texts) / cpu:>11,.0f}{plain_cpu / cpu:>10.2f}x  {identical}"
        )
    print(
        "speed-up: wall clock (what a user waits); CPU ratio: work saved, which contention from"
        " other processes does not distort"
    )
    same = all(np.array_equal(result, reference) for _, _, result, _ in rows)
    print("all scores identical to the reference:", same)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
