"""Term-count speed: helpers.term_frequency vs scikit-learn's CountVectorizer vs a naive NLTK loop.

Usage: ``python benchmarks/bench_term_frequency.py [FOLDER] [--repeat N] [--scale N]``
(default folder ``../shared/data/reuters-21578/articles``, 19,043 articles).

All three run in the same process, one after the other:

* ``term_counts``: the tidy ``article_id, term, n`` table (this project);
* ``CountVectorizer(analyzer=make_analyzer(...))``: scikit-learn with exactly the same terms (the
  same analyzer function), producing a sparse matrix; the totals are checked to agree;
* naive loop: ``nltk.tokenize.TreebankWordTokenizer().tokenize`` + ``nltk.FreqDist`` per article.
  (``nltk.word_tokenize`` needs the downloadable ``punkt_tab`` model, which this project never
  downloads; ``word_tokenize`` runs the same Treebank word tokenizer after sentence splitting.)
  Its tokens differ (no stopword or length filter, punctuation kept): it is the speed baseline.

Peak memory is measured with tracemalloc in separate runs (tracemalloc slows Python down).
``--scale N`` also counts the corpus repeated until it has N articles (e.g. 100000) and reports
time and peak memory, to show memory grows with (article, term) pairs, never articles x vocabulary.
Targets (issue 4): no slower than CountVectorizer, at least 5x faster than the naive loop.
The machine is shared: timings are noisy, so each is the best of ``--repeat`` rounds, and each
round runs the contenders one after the other (so a burst of load hits them alike).
"""

from __future__ import annotations

import argparse
import resource
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import nltk
import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer

from helpers.corpus import ARTICLE_ID, COUNT, TEXT, load_corpus
from helpers.paths import shared_path
from helpers.term_frequency import make_analyzer, term_counts


def best_time(function: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Return the best wall-clock time of *repeat* calls and the last result."""
    timings = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        timings.append(time.perf_counter() - start)
    return min(timings), result


def peak_mib(function: Callable[[], Any]) -> float:
    """Peak Python memory (tracemalloc) while *function* runs, in MiB."""
    tracemalloc.start()
    function()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def naive(texts: list[str]) -> list[nltk.FreqDist]:
    """The naive baseline: Treebank tokens and a FreqDist per article."""
    tokenizer = nltk.tokenize.TreebankWordTokenizer()
    return [nltk.FreqDist(tokenizer.tokenize(text.lower())) for text in texts]


def compare(articles: pd.DataFrame, ngram_range: tuple[int, int], repeat: int) -> None:
    """Time and check term_counts against CountVectorizer (and the naive loop for words)."""
    texts = articles[TEXT].tolist()
    label = "words" if ngram_range == (1, 1) else f"{ngram_range[0]}-{ngram_range[1]}-grams"
    print(f"\n== {label}, {len(texts):,} articles ==")

    def ours():
        # every article, copies included: CountVectorizer below counts the same texts
        return term_counts(articles, ngram_range=ngram_range, include_duplicates=True)

    def sklearn_counts():
        vectorizer = CountVectorizer(analyzer=make_analyzer(ngram_range=ngram_range))
        return vectorizer, vectorizer.fit_transform(texts)

    # Rounds interleave the contenders, so load from other processes hits them alike.
    contenders = {"ours": ours, "sklearn": sklearn_counts}
    if ngram_range == (1, 1):
        contenders["naive"] = lambda: naive(texts)
    timings: dict[str, float] = {}
    results: dict[str, Any] = {}
    for _ in range(repeat):
        for name, function in contenders.items():
            elapsed, results[name] = best_time(function, 1)
            timings[name] = min(timings.get(name, elapsed), elapsed)
    counts = results["ours"]
    vectorizer, matrix = results["sklearn"]
    ours_time, sk_time = timings["ours"], timings["sklearn"]
    total_ours = int(counts[COUNT].sum())
    total_sk = int(matrix.sum())
    vocabulary_ours = counts["term"].nunique()
    vocabulary_sk = len(vectorizer.vocabulary_)
    assert total_ours == total_sk, (total_ours, total_sk)
    assert vocabulary_ours == vocabulary_sk, (vocabulary_ours, vocabulary_sk)
    assert len(counts) == matrix.nnz, (len(counts), matrix.nnz)
    print(
        f"same terms: {total_ours:,} term occurrences, {vocabulary_ours:,} distinct terms, "
        f"{len(counts):,} (article, term) rows = {matrix.nnz:,} non-zeros"
    )
    print(f"term_counts      {ours_time:7.2f} s  ({len(texts) / ours_time:,.0f} articles/s)")
    print(
        f"CountVectorizer  {sk_time:7.2f} s  ({len(texts) / sk_time:,.0f} articles/s)  "
        f"-> term_counts is {sk_time / ours_time:.2f}x CountVectorizer's speed (target >= 1)"
    )
    if ngram_range == (1, 1):
        naive_time = timings["naive"]
        print(
            f"naive NLTK loop  {naive_time:7.2f} s  ({len(texts) / naive_time:,.0f} articles/s)  "
            f"-> term_counts is {naive_time / ours_time:.1f}x faster (target >= 5)"
        )
    table_mib = counts.memory_usage(deep=True).sum() / 2**20
    print(f"tidy table in memory: {table_mib:,.0f} MiB")
    print(
        f"peak memory (tracemalloc): term_counts "
        f"{peak_mib(ours):,.0f} MiB, "
        f"CountVectorizer {peak_mib(sklearn_counts):,.0f} MiB"
        + (
            f", naive loop {peak_mib(lambda: naive(texts)):,.0f} MiB"
            if ngram_range == (1, 1)
            else ""
        )
    )


def scaled(articles: pd.DataFrame, size: int) -> None:
    """Count a corpus repeated up to *size* articles; print time and peak memory."""
    copies = -(-size // len(articles))
    big = pd.concat([articles] * copies, ignore_index=True).head(size)
    big[ARTICLE_ID] = [f"copy-{i}" for i in range(len(big))]
    print(f"\n== words, {len(big):,} articles (the corpus repeated) ==")
    tracemalloc.start()
    start = time.perf_counter()
    counts = term_counts(big, include_duplicates=True)
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"term_counts {elapsed:.1f} s under tracemalloc, {len(counts):,} rows, "
        f"peak Python memory {peak / 2**20:,.0f} MiB"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--scale", type=int, default=0, help="also count N articles (repeated)")
    parser.add_argument("--skip-ngrams", action="store_true")
    args = parser.parse_args()
    folder = args.folder or shared_path("data", "reuters-21578", "articles")
    if folder is None or not folder.exists():
        print("Reuters articles not found: pass a folder or put ../shared next to the project.")
        return 0
    articles = load_corpus(folder, progress=False, near_duplicate_threshold=None).articles
    compare(articles, (1, 1), args.repeat)
    if not args.skip_ngrams:
        compare(articles, (1, 3), args.repeat)
    if args.scale:
        scaled(articles, args.scale)
    print(
        f"\nmax resident set size: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
