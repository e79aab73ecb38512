"""Write ``helpers/quotes/data/object_content_cues.txt``: verbs whose object is what was said.

Usage::

    .venv/bin/python benchmarks/build_object_cues.py [PATH_TO_polnear-train]

Learned from PolNeAR **train** only (the development set; dev is never read). The candidates are
the past tenses of the judging, announcing and reporting verbs the extractor already knows
(:data:`CANDIDATES`: "criticized", "praised", "announced", ...). For each one, every lower-case
occurrence in the train texts is counted, and so are the occurrences that an annotator marked
as (part of) the Cue of an attribution. A verb is written when it occurs at least
:data:`MIN_OCCURRENCES` times and is a gold cue at least :data:`MIN_RATE` of the time, with both
counts. "X criticized Y" then reads Y as what X said (rule ``object_content`` of
``data/constructions.toml``).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from helpers.evaluation.polnear import annotated_texts  # noqa: E402
from helpers.paths import shared_path  # noqa: E402
from helpers.quotes.lexicon import DATA_DIR  # noqa: E402

#: Verbs whose object may be the content of an attribution (past tense, as news writes them).
CANDIDATES = """announced reported described criticized criticised praised accused attacked
blasted condemned questioned denounced slammed lauded denied rejected dismissed mocked touted
hailed thanked congratulated welcomed decried derided lambasted scolded disputed defended
endorsed unveiled recommended proposed revealed disclosed confirmed""".split()
MIN_OCCURRENCES = 10
MIN_RATE = 0.7
_CUE_LINE = re.compile(r"T\d+\tCue ([\d ;]+)\t")


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else shared_path("eval", "polnear-train")
    if folder is None or not folder.exists():
        sys.exit("PolNeAR train not found: pass its path or set NEWS_SHARED")
    wanted = re.compile(r"\b(?:" + "|".join(CANDIDATES) + r")\b")
    occurrences: Counter[str] = Counter()
    as_cue: Counter[str] = Counter()
    for _, text, ann in annotated_texts(folder):
        cue_chars: set[int] = set()
        for line in ann.splitlines():
            found = _CUE_LINE.match(line)
            if found:
                for part in found.group(1).split(";"):
                    start, end = map(int, part.split())
                    cue_chars.update(range(start, end))
        for match in wanted.finditer(text):
            occurrences[match.group()] += 1
            as_cue[match.group()] += match.start() in cue_chars
    kept = sorted(
        w
        for w in CANDIDATES
        if occurrences[w] >= MIN_OCCURRENCES and as_cue[w] / occurrences[w] >= MIN_RATE
    )
    lines = [
        '# Verbs whose object is the content of what the subject said ("X criticized Y": Y).',
        "# Provenance: learned from PolNeAR train by benchmarks/build_object_cues.py: candidates",
        f"# occurring at least {MIN_OCCURRENCES} times in lower case, marked as an annotated Cue at",
        f"# least {MIN_RATE:.0%} of the time. Comments: gold cue count / occurrences (train).",
        *(f"{w}  # {as_cue[w]}/{occurrences[w]}" for w in kept),
    ]
    path = DATA_DIR / "object_content_cues.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(kept)} verbs written to {path}")
    for w in CANDIDATES:
        print(f"  {w:14s} {as_cue[w]:4d} / {occurrences[w]:4d}")


if __name__ == "__main__":
    main()
