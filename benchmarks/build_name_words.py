"""Write ``helpers/quotes/data/first_names_learned.txt``: first names that are common words.

Usage::

    .venv/bin/python benchmarks/build_name_words.py [PATH_TO_polnear-train]

Learned from PolNeAR **train** only (the development set; dev is never read): in every gold
Source span, a capitalised run of two or more words after any titles ("Sen. Hope Hicks") gives its
first word when the article also refers to the person by the last word alone, as a speaker or
after an honorific ("Hicks said", "said Hicks", "Ms. Hicks"), which places and organisations
("New York", "Fox News") never get, and when the train texts write the word capitalised inside a
sentence more often than in lower case ("another", "majority" are dropped); a first word that is one of ``data/common_words.txt`` (so that the speaker rules would
take it for a common word: "Hope", "Jane", "Will") and that starts such a run at least
:data:`MIN_COUNT` times is written, with its count. Gender is not learned: these names give none.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from helpers.evaluation.polnear import load_split  # noqa: E402
from helpers.paths import shared_path  # noqa: E402
from helpers.quotes.lexicon import DATA_DIR, word_list  # noqa: E402
from helpers.text import stopwords  # noqa: E402

#: A first word must start a gold name run this often.
MIN_COUNT = 2
_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+))+")


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else shared_path("eval", "polnear-train")
    if folder is None or not folder.exists():
        sys.exit("PolNeAR train not found: pass its path or set NEWS_SHARED")
    common = word_list("common_words")
    titles = word_list("titles")
    excluded = titles | word_list("not_person_words") | stopwords()
    counts: Counter[str] = Counter()
    for _, text, gold in load_split(folder):
        for attribution in gold:
            if attribution.source is None:
                continue
            source = text[attribution.source[0] : attribution.source[1]]
            for run in _RUN.finditer(source):
                tokens = [t for t in run.group().split() if t.lower().rstrip(".") not in titles]
                if len(tokens) < 2 or tokens[0].lower() not in common:
                    continue
                last = re.escape(tokens[-1])
                alone = (
                    rf"(?<!{re.escape(tokens[0])} ){last}\s+said|said\s+{last}\b"
                    rf"|\b(?:Mr|Mrs|Ms|Dr)\.?\s+{last}\b"
                )
                if re.search(alone, text) and tokens[0].lower() not in excluded:
                    counts[tokens[0].lower()] += 1
    texts = [text for _, text, _ in load_split(folder)]
    kept = []
    for word in sorted(w for w, n in counts.items() if n >= MIN_COUNT):
        lower = sum(len(re.findall(rf"\b{word}\b", t)) for t in texts)
        capital = rf"[a-z,]\s+{word.capitalize()}\b"
        if sum(len(re.findall(capital, t)) for t in texts) > lower:
            kept.append(word)
    header = (
        "# First names that are also common English words (data/common_words.txt): a\n"
        '# capitalised one starts a name ("Hope Hicks", "Will Smith") and is kept in a run.\n'
        f"# Provenance: learned from PolNeAR train gold Source spans (first word of a name run\n"
        f"# of two or more words, at least {MIN_COUNT} times); written by "
        "benchmarks/build_name_words.py.\n"
        "# No gender is given by these names. Counts (from train) in the comments.\n"
    )
    lines = [f"{w}  # {counts[w]}" for w in kept]
    path = DATA_DIR / "first_names_learned.txt"
    path.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(kept)} words -> {path}")


if __name__ == "__main__":
    main()
