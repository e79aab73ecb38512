"""Write ``helpers/quotes/data/source_heads_learned.txt``: lower-case head nouns of speakers.

Usage::

    .venv/bin/python benchmarks/build_source_heads.py [PATH_TO_polnear-train]

Learned from PolNeAR **train** only (the development set; dev is never read). For every gold
Source span, the head of its first noun phrase (the last word before a comma or a parenthesis,
without a possessive) is counted when it is a lower-case word ("strategists" in "Democratic
strategists", "prosecutors"); so is every lower-case occurrence of that word in the train texts.
A word of :data:`MIN_LENGTH` letters or more is written when it heads at least :data:`MIN_SOURCES`
gold Sources and does so in at least :data:`MIN_RATE` of its occurrences, and the hand-made lists (``anonymous_heads.txt``,
``organisation_heads.txt``) and the function words do not already hold it. The extractor then
accepts a bare lower-case speaker such as "specialists" or "hacking specialists" when its last
word is listed (``helpers.quotes.speakers``).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from helpers.evaluation.polnear import annotated_texts, parse_ann  # noqa: E402
from helpers.paths import shared_path  # noqa: E402
from helpers.quotes.lexicon import DATA_DIR, word_list  # noqa: E402

MIN_SOURCES = 5
MIN_RATE = 0.1
MIN_LENGTH = 4  # not 'com' (of 'Politico.com'), 'ad'
_FIRST_PHRASE = re.compile(r"[^,(]*")
_WORD = re.compile(r"[\w’']+")


def head_word(source: str) -> str:
    """The last word of a Source's first noun phrase, without a possessive ('' if none)."""
    found = _WORD.findall(_FIRST_PHRASE.match(source).group())
    return re.sub(r"(?:’s|'s)$", "", found[-1]) if found else ""


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else shared_path("eval", "polnear-train")
    if folder is None or not folder.exists():
        sys.exit("PolNeAR train not found: pass its path or set NEWS_SHARED")
    known = (
        word_list("anonymous_heads")
        | word_list("organisation_heads")
        | word_list("generic_organisation_heads")
    )
    from helpers.quotes.speakers import FUNCTION_WORDS

    as_head: Counter[str] = Counter()
    occurrences: Counter[str] = Counter()
    for _, text, ann in annotated_texts(folder):
        occurrences.update(re.findall(r"\b[a-z]+\b", text))
        for attribution in parse_ann(text, ann):
            if attribution.source is None:
                continue
            head = head_word(text[attribution.source[0] : attribution.source[1]])
            if head.isalpha() and head.islower():
                as_head[head] += 1
    kept = sorted(
        w
        for w, n in as_head.items()
        if n >= MIN_SOURCES
        and len(w) >= MIN_LENGTH
        and n / max(occurrences[w], 1) >= MIN_RATE
        and w not in known
        and w not in FUNCTION_WORDS
    )
    lines = [
        "# Lower-case head nouns of speakers ('strategists', 'prosecutors').",
        "# Provenance: learned from PolNeAR train by benchmarks/build_source_heads.py: heads of at",
        f"# least {MIN_SOURCES} gold Sources, in at least {MIN_RATE:.0%}",
        f"# of their lower-case occurrences, {MIN_LENGTH}+ letters, not in the hand-made head lists.",
        "# Comments: gold Source heads / occurrences (train).",
        *(f"{w}  # {as_head[w]}/{occurrences[w]}" for w in kept),
    ]
    path = DATA_DIR / "source_heads_learned.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(kept)} words written to {path}")


if __name__ == "__main__":
    main()
