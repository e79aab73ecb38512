"""Write ``helpers/quotes/data/first_names_census_{female,male}.txt``: gendered first names.

Usage::

    .venv/bin/python benchmarks/build_first_names.py

Needs ``pip install names==0.3.0`` (MIT; not a dependency). Its wheel ships the US Census Bureau's
1990 first-name frequency files (``dist.female.first``: 4,275 names, ``dist.male.first``: 1,219
names; works of the US government, in the public domain); nothing is downloaded. The extractor
does not import ``names``: it reads the text files written here, which give he/she resolution and
the name-word test the first names that the hand-made lists miss ("Roberta", "Carlton").

Rule: a name goes to one gender when its census frequency there is at least :data:`MIN_RATIO` times
its frequency in the other (otherwise it is borne by both and gives no gender). Left out: names
of fewer than three letters, names already in a hand-made list (``first_names_male``, ``_female``,
``_unisex``, ``_learned``: those decide), common lower-case English words
(``common_words.txt``: "will", "may", "hope", "grant"), which would turn capitalised words into
name words, and speaker heads and titles ("aide").
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from helpers.quotes.lexicon import DATA_DIR, word_list  # noqa: E402

#: How many times more frequent in one sex a name must be to be given that gender.
MIN_RATIO = 9.0
MIN_LENGTH = 3


def read_census(path: Path) -> dict[str, float]:
    """Name -> percent of people of that sex bearing it (a census ``dist.*.first`` file)."""
    frequencies = {}
    for line in path.read_text(encoding="ascii").splitlines():
        fields = line.split()
        if len(fields) >= 2:
            frequencies[fields[0].lower()] = float(fields[1])
    return frequencies


def main() -> None:
    try:
        import names
    except ImportError:
        sys.exit("needs the names package: .venv/bin/pip install names==0.3.0")
    folder = Path(names.__file__).parent
    female = read_census(folder / "dist.female.first")
    male = read_census(folder / "dist.male.first")
    skip = (
        word_list("first_names_male")
        | word_list("first_names_female")
        | word_list("first_names_unisex")
        | word_list("first_names_learned")
        | word_list("common_words")
        | word_list("anonymous_heads")  # "aide": a speaker head, no first name
        | word_list("organisation_heads")
        | word_list("titles")
    )
    chosen: dict[str, list[str]] = {"female": [], "male": []}
    for name in sorted(set(female) | set(male)):
        if len(name) < MIN_LENGTH or not name.isalpha() or name in skip:
            continue
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if f >= MIN_RATIO * m:
            chosen["female"].append(name)
        elif m >= MIN_RATIO * f:
            chosen["male"].append(name)
    for sex, kept in chosen.items():
        lines = [
            f"# {sex.capitalize()} first names from the US Census 1990 name files (public domain).",
            "# Provenance: written by benchmarks/build_first_names.py from the dist.*.first files in",
            f"# the names 0.3.0 wheel (PyPI): {MIN_RATIO:g}x more frequent among {sex}s, "
            f"{MIN_LENGTH}+ letters,",
            "# not in a hand-made first-name list, not a common lower-case word (common_words.txt),",
            "# not a speaker head or a title (anonymous_heads, organisation_heads, titles).",
            *kept,
        ]
        path = DATA_DIR / f"first_names_census_{sex}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(kept)} {sex} names written to {path}")


if __name__ == "__main__":
    main()
