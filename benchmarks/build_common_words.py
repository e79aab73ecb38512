"""Write ``helpers/quotes/data/common_words.txt``: common lower-case English words (wordfreq).

Usage::

    .venv/bin/python benchmarks/build_common_words.py

Needs ``pip install wordfreq==3.1.1`` (not a dependency: 56 MB; its word lists ship in the wheel, nothing is
downloaded). The extractor itself does not import wordfreq: it reads the small text file written
here. A capitalised word in a speaker run that is one of these words ("Afterwards", "Police",
"United") is no name word unless it is a listed first name ("Bill", "Hope", "Grace").

Rule: every alphabetic word of ``wordfreq.top_n_list("en", 50000)`` with a Zipf frequency of at
least :data:`MIN_ZIPF` (about once per 100,000 words), minus the first names of
``data/first_names_*.txt``, sorted.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from helpers.quotes.lexicon import DATA_DIR, word_list  # noqa: E402

#: Zipf frequency floor (4.0 = 10 per million words).
MIN_ZIPF = 4.0


def main() -> None:
    from importlib.metadata import version

    import wordfreq

    first_names = (
        word_list("first_names_male")
        | word_list("first_names_female")
        | word_list("first_names_unisex")
    )
    kept = sorted(
        word
        for word in wordfreq.top_n_list("en", 50000)
        if word.isalpha()
        and word.isascii()
        and len(word) > 1
        and word not in first_names
        and wordfreq.zipf_frequency(word, "en") >= MIN_ZIPF
    )
    header = (
        "# Common lower-case English words: a capitalised one in a speaker run is no name word\n"
        '# unless it is a listed first name ("Afterwards Trump" -> Trump).\n'
        f"# Provenance: wordfreq {version('wordfreq')} (PyPI, data in the wheel), "
        f'top_n_list("en", 50000), Zipf >= {MIN_ZIPF},\n'
        "# alphabetic ASCII, minus data/first_names_*.txt; written by "
        "benchmarks/build_common_words.py.\n"
        "# Known limit: surnames that are common words (Bush, Brown, Trump) are listed too; a\n"
        '# run keeps them after a first name ("Jeb Bush") and alone when the article names the\n'
        "# person in full.\n"
    )
    path = DATA_DIR / "common_words.txt"
    path.write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} words -> {path}")


if __name__ == "__main__":
    main()
