"""Score :func:`helpers.quotes.extract_quotes` on the practice corpus gold (``practice_corpus/``).

The practice corpus (CC0, fictional) ships with every clone, so these figures can be checked
anywhere; ``tests/evaluation/test_practice_quotes.py`` holds floors under them.

Protocol
--------
* The corpus is read with :func:`helpers.corpus.load_corpus` (what a user gets); each gold article
  is found by its title. Gold offsets index the raw body (captions and escapes included), so each
  gold quote is located in the loaded ``text`` by its words (any whitespace between them), the
  occurrence nearest to its gold offset.
* A gold quote is **found** when a predicted row of the same ``quote_type`` shares at least half
  of the gold quote's characters (so one merged split-quote row finds both gold fragments).
* A predicted row is **correct** when gold quotes of its type cover at least half of it.
* **Speaker**: on found quotes, the predicted ``resolved_speaker`` matches the gold
  ``speaker_resolved`` (same name, or the same last word); for gold without a resolved name
  (anonymous sources) the head word of the gold ``speaker`` must occur in ours.
* Per construction: precision and recall per quote type; recall and speaker accuracy per gold
  feature (``split``, ``multi_paragraph``, ``pronoun``, ``according_to``, ...), since
  predictions carry no feature labels.
* **Non-quotes** (titles, scare quotes, "declined to comment") are counted when a predicted row
  overlaps half of one.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.columns import (
    DIRECT,
    END,
    INDIRECT,
    PARTIAL,
    QUOTE_TYPE,
    RESOLVED_SPEAKER,
    START,
    TEXT,
    TITLE,
)

__all__ = ["PRACTICE_DIR", "GoldQuote", "load_gold_quotes", "score"]

#: The practice corpus folder of the repository.
PRACTICE_DIR = Path(__file__).resolve().parents[2] / "practice_corpus"
#: Rows of :func:`score`: one per quote type, then one per gold feature.
SCORE_COLUMNS = (
    "construction",
    "n_gold",
    "found",
    "n_predicted",
    "correct",
    "precision",
    "recall",
    "speaker_accuracy",
)


@dataclass
class GoldQuote:
    """One gold quote located in the loaded article text."""

    article: int
    start: int
    end: int
    kind: str
    speaker: str
    speaker_resolved: str
    features: tuple[str, ...]


def _locate(text: str, words: str, hint: int) -> tuple[int, int] | None:
    """The occurrence of *words* (any whitespace between them) nearest to offset *hint*."""
    parts = words.replace("\\$", "$").split()
    if not parts:
        return None
    found = [m.span() for m in re.finditer(r"\s+".join(re.escape(p) for p in parts), text)]
    return min(found, key=lambda span: abs(span[0] - hint)) if found else None


def load_gold_quotes(
    articles: pd.DataFrame, gold: dict
) -> tuple[list[GoldQuote], list[tuple[int, int, int]], list[str]]:
    """Gold quotes and non-quotes located in *articles* (row positions), and what was not found."""
    by_title = {a[TITLE]: a for a in gold["articles"]}
    quotes: list[GoldQuote] = []
    non_quotes: list[tuple[int, int, int]] = []
    missing: list[str] = []
    for position, (title, text) in enumerate(zip(articles[TITLE], articles[TEXT], strict=True)):
        article = by_title.get(title)
        if article is None:
            continue
        for quote in article["quotes"]:
            span = _locate(text, quote["text"], quote["start"])
            if span is None:
                missing.append(f"{article['id']}: {quote['text'][:60]}")
                continue
            quotes.append(
                GoldQuote(
                    position,
                    *span,
                    quote["type"],
                    quote.get("speaker") or "",
                    quote.get("speaker_resolved") or "",
                    tuple(quote.get("features", [])),
                )
            )
        for item in article.get("non_quotes", []):
            span = _locate(text, item["text"], 0)
            if span is not None:
                non_quotes.append((position, *span))
    return quotes, non_quotes, missing


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _last_word(name: str) -> str:
    words = re.findall(r"[\w'’.-]+", name.lower())
    return words[-1].removesuffix("'s").removesuffix("’s") if words else ""


def speaker_matches(gold: GoldQuote, resolved: str) -> bool:
    """True when our resolved speaker names the gold speaker (see the module docstring)."""
    ours = resolved.lower().strip()
    if gold.speaker_resolved:
        wanted = gold.speaker_resolved.lower()
        return ours == wanted or (bool(ours) and _last_word(ours) == _last_word(wanted))
    head = _last_word(gold.speaker)
    return bool(head) and head in re.findall(r"[\w'’.-]+", ours)


def score(folder: Path | None = None) -> pd.DataFrame:
    """Score the extractor on the practice gold; one row per construction (:data:`SCORE_COLUMNS`).

    The last row, ``non_quotes``, counts gold non-quotes a prediction overlaps (``n_gold``
    non-quotes, ``n_predicted`` false alarms).
    """
    from helpers.corpus import load_corpus
    from helpers.quotes import extract_quotes

    folder = folder or PRACTICE_DIR
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    articles = load_corpus(folder / "corpus", progress=False).articles.reset_index(drop=True)
    gold_quotes, non_quotes, missing = load_gold_quotes(articles, gold)
    if missing:
        raise ValueError(f"gold quotes not found in the loaded texts: {missing[:3]}")
    ids = articles["article_id"].tolist()
    predicted = extract_quotes(articles, include_duplicates=True)  # the gold annotates every copy
    position_of = {article_id: i for i, article_id in enumerate(ids)}
    rows = [
        (position_of[a], s, e, kind, speaker)
        for a, s, e, kind, speaker in zip(
            predicted["article_id"],
            predicted[START],
            predicted[END],
            predicted[QUOTE_TYPE],
            predicted[RESOLVED_SPEAKER],
            strict=True,
        )
    ]
    # recall: each gold quote and the best predicted row of its type
    found: dict[int, str] = {}
    for index, g in enumerate(gold_quotes):
        best = max(
            (
                (_overlap((g.start, g.end), (s, e)), speaker)
                for a, s, e, kind, speaker in rows
                if a == g.article and kind == g.kind
            ),
            default=(0, ""),
        )
        if best[0] >= 0.5 * max(1, g.end - g.start):
            found[index] = best[1]
    # precision: each predicted row and the gold quotes of its type
    correct: list[bool] = []
    for a, s, e, kind, _ in rows:
        covered = sum(
            _overlap((s, e), (g.start, g.end))
            for g in gold_quotes
            if g.article == a and g.kind == kind
        )
        correct.append(covered >= 0.5 * max(1, e - s))

    def summary(name: str, members: list[int], kind: str | None) -> dict[str, object]:
        hits = [i for i in members if i in found]
        speaker_ok = sum(speaker_matches(gold_quotes[i], found[i]) for i in hits)
        mine = [k for k, row in enumerate(rows) if kind is not None and row[3] == kind]
        n_correct = sum(correct[k] for k in mine)
        return {
            "construction": name,
            "n_gold": len(members),
            "found": len(hits),
            "n_predicted": len(mine) if kind else None,
            "correct": n_correct if kind else None,
            "precision": n_correct / len(mine) if kind and mine else None,
            "recall": len(hits) / len(members) if members else None,
            "speaker_accuracy": speaker_ok / len(hits) if hits else None,
        }

    everything = list(range(len(gold_quotes)))
    table = [summary("all", everything, None)]
    all_correct = sum(correct)
    table[0]["n_predicted"], table[0]["correct"] = len(rows), all_correct
    table[0]["precision"] = all_correct / len(rows) if rows else None
    for kind in (DIRECT, PARTIAL, INDIRECT):
        table.append(summary(kind, [i for i in everything if gold_quotes[i].kind == kind], kind))
    features = sorted({f for g in gold_quotes for f in g.features})
    for feature in features:
        members = [i for i in everything if feature in gold_quotes[i].features]
        table.append(summary(feature, members, None))
    alarms = sum(
        any(a == n_a and _overlap((s, e), (n_s, n_e)) >= 0.5 * (n_e - n_s) for a, s, e, *_ in rows)
        for n_a, n_s, n_e in non_quotes
    )
    table.append({"construction": "non_quotes", "n_gold": len(non_quotes), "n_predicted": alarms})
    return pd.DataFrame(table, columns=list(SCORE_COLUMNS))
