"""Score the bundle on the practice corpus's gold answers (``practice_corpus/gold.json``, CC0).

The gold travels with every clone, so these scores work without ``../shared``. Article bodies
are read exactly as ``gold.json``'s ``conventions.body`` describes (gold offsets point into
them), with the standard library only.

Temporal expressions (:func:`compare_dates`, :func:`score_dates`): the tagger runs on each body
with the article's publication date as reference. Expressions on photo-caption and
``Related article:`` lines are left out, as the gold does. Gold and system expressions are paired
one to one by overlap (largest overlap first, as in TempEval-3); the figures are

- ``text (exact)``: the pair has the same extent;
- ``text (overlap)``: any paired expression;
- ``value``: a pair with the same TIMEX3 type and value;

each as precision (over system expressions), recall (over gold expressions) and F1.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pandas as pd

from helpers.evaluation.tempeval import Timex, align
from helpers.paths import PRACTICE_CORPUS_DIR, PRACTICE_GOLD
from helpers.temporal import find_temporal_expressions

__all__ = ["article_body", "compare_dates", "load_gold", "score_dates"]

#: Columns of :func:`compare_dates`.
COMPARISON_COLUMNS = [
    "article_id", "gold_start", "gold_end", "gold_text", "gold_type", "gold_value",
    "system_start", "system_end", "system_text", "system_type", "system_value", "rule",
    "exact", "value_ok",
]  # fmt: skip
#: Columns of :func:`score_dates`.
SCORE_COLUMNS = ["measure", "n_gold", "n_system", "n_correct", "precision", "recall", "f1"]

# lines the gold does not annotate: photo captions (ending in a bold credit), related links
_UNANNOTATED_LINE = re.compile(r"^(?:Related article:.*|.*\*\*Photo:[^\n]*\*\*)\s*$", re.M)


def load_gold(path: Path = PRACTICE_GOLD) -> dict[str, Any]:
    """The parsed ``gold.json``."""
    return _load_gold(Path(path))


@cache
def _load_gold(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


class _ArticleParagraphs(HTMLParser):
    """The text of the ``<p>`` elements inside ``<article>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._in_article = 0
        self._buffer: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self._in_article += 1
        elif tag == "p" and self._in_article:
            self._buffer = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._in_article -= 1
        elif tag == "p" and self._buffer is not None:
            self.paragraphs.append("".join(self._buffer).strip())
            self._buffer = None

    def handle_data(self, data: str) -> None:
        if self._buffer is not None:
            self._buffer.append(data)


def article_body(article: dict[str, Any], *, corpus_dir: Path = PRACTICE_CORPUS_DIR) -> str:
    """The body of one gold article, as the gold offsets count it.

    Parameters
    ----------
    article : dict
        One entry of ``load_gold()["articles"]``.
    corpus_dir : Path
        The practice corpus folder (``practice_corpus/corpus``).
    """
    path = Path(corpus_dir) / article["file"]
    if article["format"] == "txt":
        head, _, _ = path.read_text(encoding="utf-8").rpartition("Original url:")
        lines = head.split("\n")
        date_line = [i for i, line in enumerate(lines) if line.strip()][2]  # title, byline, date
        return "\n".join(lines[date_line + 1 :]).strip()
    if article["format"] == "html":
        parser = _ArticleParagraphs()
        parser.feed(path.read_text(encoding="utf-8"))
        return "\n\n".join(parser.paragraphs)
    if article["format"] == "csv":
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        return rows[article["row"] - 1]["body"]
    raise ValueError(f"article {article['id']}: unknown format {article['format']!r}")


def _annotated(body: str, start: int, end: int) -> bool:
    return not any(m.start() <= start and end <= m.end() for m in _UNANNOTATED_LINE.finditer(body))


def compare_dates(
    *, gold_path: Path = PRACTICE_GOLD, corpus_dir: Path = PRACTICE_CORPUS_DIR
) -> pd.DataFrame:
    """Gold and tagged temporal expressions of the practice corpus, paired.

    Returns
    -------
    pandas.DataFrame
        One row per gold expression and per unpaired system expression (columns
        :data:`COMPARISON_COLUMNS`; the gold or system columns are empty where there is no
        partner). ``exact``: same extent; ``value_ok``: same type and value.
    """
    rows: list[dict[str, Any]] = []
    for article in load_gold(gold_path)["articles"]:
        body = article_body(article, corpus_dir=corpus_dir)
        reference = dt.date.fromisoformat(article["published"][:10])
        gold = [
            Timex(t["start"], t["end"], t["text"], t["type"], t["value"])
            for t in article["temporal_expressions"]
        ]
        found = [
            e
            for e in find_temporal_expressions(body, reference=reference)
            if _annotated(body, e.start, e.end)
        ]
        system = [Timex(e.start, e.end, e.text, e.type, e.value) for e in found]
        rule_of = {id(s): e.rule for s, e in zip(system, found, strict=True)}
        partner = {id(g): s for g, s in align(gold, system)}
        paired = {id(s) for s in partner.values()}
        for g in gold:
            s = partner.get(id(g))
            rows.append(_row(article["id"], g, s, rule_of.get(id(s)) if s else None))
        for s in system:
            if id(s) not in paired:
                rows.append(_row(article["id"], None, s, rule_of[id(s)]))
    table = pd.DataFrame(rows, columns=COMPARISON_COLUMNS)
    return table.sort_values(["article_id", "gold_start", "system_start"], ignore_index=True)


def _row(article_id: str, g: Timex | None, s: Timex | None, rule: str | None) -> dict[str, Any]:
    row: dict[str, Any] = {"article_id": article_id, "rule": rule}
    for prefix, t in (("gold", g), ("system", s)):
        row |= {
            f"{prefix}_start": None if t is None else t.start,
            f"{prefix}_end": None if t is None else t.end,
            f"{prefix}_text": None if t is None else t.text,
            f"{prefix}_type": None if t is None else t.type,
            f"{prefix}_value": None if t is None else t.value,
        }
    both = g is not None and s is not None
    row["exact"] = both and (g.start, g.end) == (s.start, s.end)  # type: ignore[union-attr]
    row["value_ok"] = both and (g.type, g.value) == (s.type, s.value)  # type: ignore[union-attr]
    return row


def score_dates(comparison: pd.DataFrame | None = None) -> pd.DataFrame:
    """Precision, recall and F1 of the temporal tagger on the practice gold.

    Parameters
    ----------
    comparison : pandas.DataFrame, optional
        The output of :func:`compare_dates` (computed when not given).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`SCORE_COLUMNS`, one row per measure: ``text (exact)``,
        ``text (overlap)``, ``value``.
    """
    table = compare_dates() if comparison is None else comparison
    n_gold = int(table["gold_text"].notna().sum())
    n_system = int(table["system_text"].notna().sum())
    paired = table["gold_text"].notna() & table["system_text"].notna()
    rows = []
    for measure, correct in (
        ("text (exact)", int(table["exact"].sum())),
        ("text (overlap)", int(paired.sum())),
        ("value", int(table["value_ok"].sum())),
    ):
        p = correct / n_system if n_system else 0.0
        r = correct / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        rows.append((measure, n_gold, n_system, correct, p, r, f))
    return pd.DataFrame(rows, columns=SCORE_COLUMNS)
