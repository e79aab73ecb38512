"""Score the temporal tagger on TempEval-3 TBAQ (TimeBank + AQUAINT), TempEval-3 task A style.

For every ``.tml`` file the document creation time (the TIMEX3 with
``functionInDocument="CREATION_TIME"``) is the reference date; only TIMEX3 tags inside ``<TEXT>``
are scored (the DCT itself is not).

Figures, overall and per sub-corpus (:func:`evaluate`):

- strict extent P/R/F1: exact character span match;
- relaxed extent P/R/F1: any overlap (one-to-one alignment, largest overlap first);
- type accuracy and value accuracy on the relaxed matches;
- value F1 = relaxed F1 × value accuracy (the TempEval-3 headline figure).

The data is licensed and lives in ``../shared/eval/tempeval3-tbaq`` (:func:`default_path`);
``benchmarks/tempeval_score.py`` is the command line.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from helpers.paths import shared_path
from helpers.temporal import find_temporal_expressions

__all__ = [
    "Document",
    "Tally",
    "Timex",
    "align",
    "default_path",
    "error_report",
    "evaluate",
    "format_figures",
    "load_documents",
    "load_tml",
    "score_document",
    "tag_document",
]

_TAG = re.compile(r"<(/?)(\w+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True, slots=True)
class Timex:
    """One gold or system expression."""

    start: int
    end: int
    text: str
    type: str
    value: str | None


@dataclass(slots=True)
class Document:
    """One TimeML document: plain body text, creation date and gold expressions."""

    name: str
    corpus: str
    text: str
    dct: dt.date
    gold: list[Timex] = field(default_factory=list)


def default_path() -> Path | None:
    """``$NEWS_SHARED/eval/tempeval3-tbaq`` (``NEWS_SHARED`` defaults to ``../shared``), or None."""
    return shared_path("eval", "tempeval3-tbaq")


def load_tml(path: Path) -> Document:
    """Read one ``.tml`` file: the ``<TEXT>`` body without tags, its DCT and its TIMEX3s."""
    raw = path.read_text(encoding="utf-8")
    dct_tag = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
    if dct_tag is None:
        raise ValueError(f"{path}: no TIMEX3 with functionInDocument=CREATION_TIME")
    value = dict(_ATTR.findall(dct_tag.group(0)))["value"]
    dct = dt.date.fromisoformat(value[:10])
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    pieces: list[str] = []
    length = 0
    pos = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    gold: list[Timex] = []
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        pieces.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1) == "":
            if m.group(4) == "/":  # empty (non-consuming) timex: no extent to find
                continue
            open_timex.append((length, dict(_ATTR.findall(m.group(3)))))
        else:
            start, attrs = open_timex.pop()
            gold.append(Timex(start, length, "", attrs.get("type", ""), attrs.get("value")))
    pieces.append(html.unescape(body[pos:]))
    text = "".join(pieces)
    gold = [Timex(g.start, g.end, text[g.start : g.end], g.type, g.value) for g in gold]
    return Document(path.stem, path.parent.name, text, dct, gold)


def load_documents(root: Path) -> list[Document]:
    """All ``.tml`` documents under ``root`` (sub-corpus = parent folder name)."""
    return [load_tml(p) for p in sorted(root.rglob("*.tml"))]


def tag_document(doc: Document) -> list[Timex]:
    """Run the tagger on one document with its DCT as reference."""
    return [
        Timex(e.start, e.end, e.text, e.type, e.value)
        for e in find_temporal_expressions(doc.text, reference=doc.dct)
    ]


@dataclass(slots=True)
class Tally:
    """Counts behind the TempEval-3 figures."""

    n_gold: int = 0
    n_sys: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, other: Tally) -> None:
        for k in self.__slots__:
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def figures(self) -> dict[str, float]:
        def prf(hit: int) -> tuple[float, float, float]:
            p = hit / self.n_sys if self.n_sys else 0.0
            r = hit / self.n_gold if self.n_gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        sp, sr, sf = prf(self.strict)
        rp, rr, rf = prf(self.relaxed)
        type_acc = self.type_ok / self.relaxed if self.relaxed else 0.0
        value_acc = self.value_ok / self.relaxed if self.relaxed else 0.0
        return {
            "strict_p": sp,
            "strict_r": sr,
            "strict_f1": sf,
            "relaxed_p": rp,
            "relaxed_r": rr,
            "relaxed_f1": rf,
            "type_acc": type_acc,
            "value_acc": value_acc,
            "value_f1": rf * value_acc,
            "n_gold": self.n_gold,
            "n_sys": self.n_sys,
        }


def align(gold: list[Timex], system: list[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one relaxed alignment: overlapping pairs, largest overlap first."""
    pairs = []
    for g in gold:
        for s in system:
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                pairs.append((overlap, g, s))
    pairs.sort(key=lambda p: -p[0])
    used_g: set[int] = set()
    used_s: set[int] = set()
    out = []
    for _, g, s in pairs:
        if id(g) in used_g or id(s) in used_s:
            continue
        used_g.add(id(g))
        used_s.add(id(s))
        out.append((g, s))
    return out


def score_document(gold: list[Timex], system: list[Timex]) -> tuple[Tally, list[tuple]]:
    """Tally for one document, plus its matched pairs."""
    pairs = align(gold, system)
    t = Tally(n_gold=len(gold), n_sys=len(system), relaxed=len(pairs))
    for g, s in pairs:
        t.strict += (g.start, g.end) == (s.start, s.end)
        t.type_ok += g.type == s.type
        t.value_ok += g.value == s.value
    return t, pairs


def evaluate(docs: list[Document]) -> dict[str, dict[str, float]]:
    """TempEval-3 figures per sub-corpus and ``"overall"``."""
    tallies: dict[str, Tally] = {"overall": Tally()}
    for doc in docs:
        t, _ = score_document(doc.gold, tag_document(doc))
        tallies.setdefault(doc.corpus, Tally()).add(t)
        tallies["overall"].add(t)
    return {k: v.figures() for k, v in tallies.items()}


def error_report(docs: list[Document], n: int) -> str:
    """Most frequent misses, spurious expressions and wrong values (lower-cased text)."""
    fn: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    wrong_type: Counter[str] = Counter()
    extent: Counter[str] = Counter()
    for doc in docs:
        system = tag_document(doc)
        _, pairs = score_document(doc.gold, system)
        matched_g = {id(g) for g, _ in pairs}
        matched_s = {id(s) for _, s in pairs}
        for g in doc.gold:
            if id(g) not in matched_g:
                fn[f"{g.text.lower()!r} {g.type} {g.value}"] += 1
        for s in system:
            if id(s) not in matched_s:
                ctx = doc.text[max(0, s.start - 30) : s.end + 30].replace("\n", " ")
                fp[f"{s.text.lower()!r} {s.type} {s.value}  | {ctx}"] += 1
        for g, s in pairs:
            if g.value != s.value:
                wrong[f"{g.text!r} gold={g.value} sys={s.value} (DCT {doc.dct}) [{s.text!r}]"] += 1
            if g.type != s.type:
                wrong_type[f"{g.text.lower()!r} gold={g.type} sys={s.type}"] += 1
            if (g.start, g.end) != (s.start, s.end):
                extent[f"gold={g.text!r} sys={s.text!r}"] += 1
    parts = []
    for title, counter in (
        ("false negatives", fn),
        ("false positives", fp),
        ("wrong values", wrong),
        ("wrong types", wrong_type),
        ("extent mismatches", extent),
    ):
        parts.append(f"--- top {title} ({sum(counter.values())}) ---")
        parts += [f"{c:4d}  {k}" for k, c in counter.most_common(n)]
    return "\n".join(parts)


def format_figures(figures: dict[str, dict[str, float]]) -> str:
    """A fixed-width table of the figures."""
    head = (
        f"{'corpus':<10}{'gold':>6}{'sys':>6}  {'strict P/R/F1':<20}{'relaxed P/R/F1':<20}"
        f"{'type':>6}{'value':>7}{'valF1':>7}"
    )
    lines = [head]
    for name, f in figures.items():
        lines.append(
            f"{name:<10}{f['n_gold']:>6}{f['n_sys']:>6}  "
            f"{f['strict_p']:.3f}/{f['strict_r']:.3f}/{f['strict_f1']:.3f}  "
            f"{f['relaxed_p']:.3f}/{f['relaxed_r']:.3f}/{f['relaxed_f1']:.3f}  "
            f"{f['type_acc']:>5.3f}{f['value_acc']:>7.3f}{f['value_f1']:>7.3f}"
        )
    return "\n".join(lines)
