"""Score helpers.quotes on PolNeAR (political news, brat standoff attribution gold).

The command line is ``benchmarks/polnear_score.py`` (``--split train|dev`` or a PATH,
``--errors N``). **Train** (840 articles) is the development set rules are tuned on; **dev**
(84 articles) is validation only, reported but never tuned on. The extractor runs on each raw
``data/<split>/text/*.txt`` string (:func:`helpers.quotes.extract_quotes_from_text`).

Protocol
--------
* One annotation file per article: when several annotators did one article (10 train articles),
  the first annotator id in alphabetical order is used.
* An attribution's content fragments (``Content`` and ``Content2``, discontinuous ``a b;c d`` spans)
  are merged into one span (first start to last end). Predicted rows sharing a cue (the fragments of
  one attribution on our side: a reported statement and its partial quotes) are merged the same way.
* Two categories are scored separately:

  - **direct + partial quotes**: gold attributions whose content holds a double quotation mark
    (or two apostrophes standing for one, ``''like this''``); the gold span runs from just inside
    the first mark to just inside the last one. When the content holds a single mark (the
    annotator left the other one outside), the span runs from that mark to the content end (an
    opening mark) or from the content start to it (a closing mark); earlier versions produced a
    one-character span there, which no prediction could match. Predictions: rows of
    type direct or partial.
  - **all speech attributions**: gold attributions with quoted content, a colon/dash cue, or a cue
    containing a verb of saying (:data:`SPEECH_CUE_WORDS`); the span is the merged content.
    Predictions: all rows.

  Gold attributions outside the scored category (beliefs, findings, "polls show") are don't-care:
  a prediction overlapping one is neither a true nor a false positive.
* Matching is one-to-one, largest overlap first. **exact**: equal spans after trimming whitespace,
  punctuation, quotation marks and a leading "that"; **overlap**: the shared characters cover at
  least half of *both* spans (coverage >= 0.5).
* Speaker accuracy on overlap-matched pairs whose gold has a Source:
  **by span**: the predicted speaker span overlaps the gold Source span;
  **by name**: the head word of our resolved speaker (last word, without possessive, "Jr." or
  full stop) equals the gold referent. PolNeAR has no coreference, so the referent is read off the
  Source: the head word of its first noun phrase when capitalised ("Rep. G.K. Butterfield (D-N.C.)"
  -> Butterfield; before or after a prepositional phrase, "Rep. Charles B. Rangel of New York" ->
  Rangel or York), else a capitalised head in its apposition ("Apple's chief executive, Tim Cook"
  -> Cook); for he/she/him/her the nearest earlier gold Source naming someone that way; for a
  description ("the Indiana governor", "officials") its head word, which must appear in ours.
  (Earlier versions took the *last capitalised word anywhere* in the Source, which turned
  descriptions into names - "The New York businessman" -> "York", "Another critic" -> "Another" - and
  so marked a description kept word for word as wrong; the head-word rule fixes that.)
  Known limit: a pronoun's gold referent ignores gender ("She" after "Trump" -> Trump).

``score(folder, errors=N)`` (``--errors N``) prints up to N missed gold spans (FN), spurious predictions (FP) and wrong
speakers of each kind.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.quotes import extract_quotes_from_text

__all__ = [
    "SPEECH_CUE_WORDS",
    "Attribution",
    "load_dev",
    "load_split",
    "parse_ann",
    "predictions",
    "score",
]

#: Cue words that make a gold attribution a *speech* attribution (verbs of saying and speech acts).
SPEECH_CUE_WORDS = frozenset(
    """say says said saying tell tells told telling according added add adds adding noted note
    notes noting wrote write writes writing asked ask asks asking announced announce announces
    warned warn warns warning claimed claim claims claiming argued argue argues arguing stated
    state states declared declare insisted insist insists acknowledged acknowledge admitted admit
    recalled recall responded respond replied reply suggested suggest suggests suggesting tweeted
    tweet tweets reported reports continued called call calls calling mentioned emphasized
    emphasised stressed confirmed confirm explained explain explains promised promise promising
    pledged pledge vowed vow urged urge urges criticized criticised blasted attacked condemned
    praised chanting chanted denied deny denies echoed agreed agree agrees questioned spoke
    speaking declined described describing accused accusing charged countered quipped joked
    testified predicted predict predicts retorted remarked observed conceded cautioned boasted
    lamented complained complain complains shouted yelled answered reiterated disclosed revealed
    reveals proclaimed contended maintained alleged""".split()
)
_DOUBLE = '"“”«»„'
_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})


@dataclass
class Attribution:
    """One gold attribution: merged content span, source span (or None), cue text."""

    content: tuple[int, int]
    source: tuple[int, int] | None
    cue: str
    quote_span: tuple[int, int] | None
    speech: bool


def _spans(field: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (part.split() for part in field.split(";"))]


def parse_ann(text: str, ann: str) -> list[Attribution]:
    """Read one brat ``.ann`` file into attributions (fragments merged)."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        # a span text holding a line break continues on a line of its own (one train file)
        if not re.match(r"[TE]\d+\t", line):
            continue
        if line.startswith("T"):
            tid, middle, _ = line.split("\t", 2)
            label, _, offsets = middle.partition(" ")
            spans[tid] = (label, _spans(offsets))
        elif line.startswith("E"):
            _, args = line.split("\t", 1)
            roles: dict[str, str] = {}
            for arg in args.split():
                role, _, target = arg.partition(":")
                roles.setdefault(role, target)
                if role.startswith("Content") and role != "Content":
                    roles[f"{role}"] = target
            events.append(roles)
    attributions = []
    for roles in events:
        content_ids = [t for role, t in roles.items() if role.startswith("Content")]
        pieces = [piece for tid in content_ids if tid in spans for piece in spans[tid][1]]
        if not pieces:
            continue
        content = (min(s for s, _ in pieces), max(e for _, e in pieces))
        source = None
        if "Source" in roles and roles["Source"] in spans:
            source_pieces = spans[roles["Source"]][1]
            source = (source_pieces[0][0], source_pieces[-1][1])
        cue = ""
        if "Cue" in roles and roles["Cue"] in spans:
            cue = " ".join(text[s:e] for s, e in spans[roles["Cue"]][1])
        marks = [  # (position, width): a double mark, or two apostrophes standing for one
            (i, 2 if text[i : i + 2] == "''" else 1)
            for s, e in sorted(pieces)
            for i in range(s, e)
            if text[i] in _DOUBLE or (text[i : i + 2] == "''" and text[i - 1 : i] != "'")
        ]
        quote_span = None
        if len(marks) > 1:
            (first, width), (last, _) = marks[0], marks[-1]
            quote_span = (first + width, last)
        elif marks:
            # one mark only: the annotator left the other outside the content; an opening mark
            # in the first half runs to the content end, a closing one from the content start
            mark, width = marks[0]
            midpoint = (content[0] + content[1]) / 2
            quote_span = (mark + width, content[1]) if mark < midpoint else (content[0], mark)
        cue_words = set(re.findall(r"[a-z]+", cue.lower()))
        speech = bool(
            quote_span or cue_words & SPEECH_CUE_WORDS or (not cue_words and cue.strip() != "")
        )
        attributions.append(Attribution(content, source, cue, quote_span, speech))
    return attributions


def split_folder(folder: Path) -> Path:
    """The ``data/<split>`` folder of a PolNeAR split (``polnear-dev`` -> ``data/dev``)."""
    if (folder / "text").is_dir():
        return folder
    candidates = sorted(p.parent for p in (folder / "data").glob("*/text") if p.is_dir())
    if not candidates:
        raise FileNotFoundError(f"no data/<split>/text folder under {folder}")
    return candidates[0]


def annotated_texts(folder: Path) -> list[tuple[str, str, str]]:
    """Return ``(name, text, ann)`` per annotated article: its text and one ``.ann`` file.

    *folder* is a PolNeAR split (``polnear-dev``, ``polnear-train``) or its ``data/<split>``
    folder. An article annotated by several annotators gets the annotation file whose annotator
    id comes first in alphabetical order (deterministic; the others are unused).
    """
    split = split_folder(folder)
    articles = []
    for text_path in sorted((split / "text").glob("*.txt")):
        annotations = sorted((split / "attributions").glob(f"{text_path.stem}_*.ann"))
        if annotations:
            text = text_path.read_text(encoding="utf-8")
            articles.append((text_path.stem, text, annotations[0].read_text(encoding="utf-8")))
    return articles


def load_split(folder: Path) -> list[tuple[str, str, list[Attribution]]]:
    """Return ``(name, text, attributions)`` per article, one annotation file each
    (:func:`annotated_texts`)."""
    return [(name, text, parse_ann(text, ann)) for name, text, ann in annotated_texts(folder)]


#: Old name of :func:`load_split`.
load_dev = load_split


def _norm(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    junk = " \n\t.,;:!?—–-'’‘" + _DOUBLE
    while start < end and text[start] in junk:
        start += 1
    while end > start and text[end - 1] in junk:
        end -= 1
    if text[start : start + 5].lower() == "that ":
        start += 5
    return start, end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _covers(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = _overlap(a, b)
    return shared >= 0.5 * max(1, a[1] - a[0]) and shared >= 0.5 * max(1, b[1] - b[0])


@dataclass
class Prediction:
    span: tuple[int, int]
    speaker: tuple[int, int] | None
    resolved: str
    rows: list[int]


def predictions(
    text: str, *, quotes_only: bool, table: pd.DataFrame | None = None
) -> list[Prediction]:
    """Our rows, merged per cue (one attribution), as spans with their speaker.

    *table* is the extractor's output for *text* when already computed.
    """
    if table is None:
        table = extract_quotes_from_text(text)
    if quotes_only:
        table = table[table["quote_type"].isin(["direct", "partial"])]
    groups: dict[object, list[int]] = defaultdict(list)
    for position, row in enumerate(table.itertuples(index=False)):
        key = row.cue_start if row.cue_start >= 0 else ("own", position)
        groups[key].append(position)
    merged = []
    records = table.to_dict("records")
    for rows in groups.values():
        chosen = [records[i] for i in rows]
        span = (min(r["start"] for r in chosen), max(r["end"] for r in chosen))
        first = chosen[0]
        speaker = (
            (first["speaker_start"], first["speaker_end"]) if first["speaker_start"] >= 0 else None
        )
        merged.append(Prediction(span, speaker, first["resolved_speaker"], rows))
    return merged


_NOT_NAMES = frozenset("he she they we it i you the a an his her their its this that".split())
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


#: A relative clause after a Source's head ("Sen. Jim Whelan who represents Atlantic City"): the head
#: word is the one before it, not "City".
_RELATIVE = re.compile(r"\s+(?:who|whom|whose|which|that|known\s+as)\s")


def _head_word(phrase: str) -> str:
    """Head (last) word of a noun phrase, without possessive, suffix (Jr.) or trailing dot."""
    words = [
        w.removesuffix("’s").removesuffix("'s").rstrip(".")
        for w in re.findall(r"[\w][\w.'’-]*", phrase)
    ]
    while words and words[-1].lower() in _SUFFIXES | {"jr", "sr"}:
        words.pop()
    return words[-1] if words else ""


def _capitalised_names(source: str) -> tuple[str, ...]:
    """The proper name a gold Source refers to (one or two spellings of its head), or () when
    it is a description or a pronoun.

    The head noun phrase is the Source before any comma or parenthesis; when its head word is
    capitalised ("Rep. G.K. Butterfield", "Clinton") that word is the name. A prepositional phrase
    after a name gives a second acceptable head ("Rep. Charles B. Rangel of New York" -> Rangel or
    York; "the Federal Bureau of Prisons" -> Bureau or Prisons). When the head is a common noun
    ("Apple's chief executive, Tim Cook") a name in the apposition is taken instead.
    """
    for part in re.split(r"[,(]", source)[:2]:
        part = _RELATIVE.split(part, maxsplit=1)[0]
        before_preposition = re.split(r"\s+(?:of|from|at|for|in|on)\s+", part, maxsplit=1)[0]
        heads: list[str] = []
        for chunk in (before_preposition, part):
            head = _head_word(chunk)
            if head[:1].isupper() and head.lower() not in _NOT_NAMES and head not in heads:
                heads.append(head)
        if heads:
            return tuple(heads)
    return ()


def _gold_names(text: str, gold: Attribution, earlier: list[Attribution]) -> tuple[str, ...]:
    """The gold referent: proper-name spellings, or for a description its lower-case head word.

    A he/she/him/her Source refers to the nearest earlier gold Source naming a person by rule.
    """
    source = text[gold.source[0] : gold.source[1]] if gold.source else ""
    names = _capitalised_names(source)
    if names:
        return names
    if source.strip().lower() in _PRONOUNS:
        candidates = [
            other
            for other in earlier
            if other.source
            and other.source[0] < gold.source[0]
            and _capitalised_names(text[other.source[0] : other.source[1]])
        ]
        if candidates:
            other = max(candidates, key=lambda g: g.source[0])
            return _capitalised_names(text[other.source[0] : other.source[1]])
    head = _head_word(_RELATIVE.split(re.split(r"[,(]", source)[0], maxsplit=1)[0]).lower()
    return (head,) if head else ()


def score(
    folder: Path,
    *,
    errors: int = 0,
    data: list[tuple[str, str, list[Attribution]]] | None = None,
) -> dict[str, dict[str, float]]:
    """Score every article of a split; return figures per category (and print errors if asked).

    *data* is :func:`load_split`'s output when already loaded (a tuning loop loads it once).
    The extractor runs once per article for both categories.
    """
    results: dict[str, dict[str, float]] = {}
    if data is None:
        data = load_split(folder)
    tables = {name: extract_quotes_from_text(text) for name, text, _ in data}
    for category, quotes_only in (("direct+partial", True), ("all speech", False)):
        tp = {"exact": 0, "overlap": 0}
        n_pred = n_gold = 0
        speaker_span = speaker_name = speaker_total = 0
        shown = {"fp": 0, "fn": 0, "speaker": 0}
        for name, text, gold in data:
            in_category = [
                g for g in gold if (g.quote_span is not None if quotes_only else g.speech)
            ]
            dont_care = [g for g in gold if g not in in_category]
            gold_spans = [g.quote_span if quotes_only else g.content for g in in_category]
            preds = predictions(text, quotes_only=quotes_only, table=tables[name])
            pairs = sorted(
                (
                    (_overlap(g_span, p.span), gi, pi)
                    for gi, g_span in enumerate(gold_spans)
                    for pi, p in enumerate(preds)
                    if _covers(g_span, p.span)
                ),
                reverse=True,
            )
            matched_g: dict[int, int] = {}
            matched_p: set[int] = set()
            for _, gi, pi in pairs:
                if gi in matched_g or pi in matched_p:
                    continue
                matched_g[gi] = pi
                matched_p.add(pi)
            ignored = {
                pi
                for pi, p in enumerate(preds)
                if pi not in matched_p
                and any(
                    _covers(g.content, p.span)
                    or (g.quote_span and _covers(g.quote_span, p.span))
                    or _overlap(g.content, p.span) >= 0.5 * (p.span[1] - p.span[0])
                    for g in dont_care
                )
            }
            n_pred += len(preds) - len(ignored)
            n_gold += len(gold_spans)
            tp["overlap"] += len(matched_g)
            for gi, pi in matched_g.items():
                if _norm(text, gold_spans[gi]) == _norm(text, preds[pi].span):
                    tp["exact"] += 1
                g = in_category[gi]
                if g.source is None:
                    continue
                speaker_total += 1
                p = preds[pi]
                span_ok = p.speaker is not None and _overlap(p.speaker, g.source) > 0
                speaker_span += span_ok
                wanted_names = _gold_names(text, g, gold)
                wanted = "/".join(wanted_names)
                ours = _head_word(p.resolved).lower()
                name_ok = any(
                    ours == name.lower() or (name.islower() and name in p.resolved.lower().split())
                    for name in wanted_names
                )
                speaker_name += name_ok
                if errors and not name_ok and shown["speaker"] < errors:
                    shown["speaker"] += 1
                    print(
                        f"  SPEAKER {name}: gold={text[g.source[0] : g.source[1]]!r} "
                        f"({wanted}) ours={p.resolved!r} | {text[p.span[0] : p.span[1]][:70]!r}"
                    )
            if errors:
                for pi, p in enumerate(preds):
                    if pi not in matched_p and pi not in ignored and shown["fp"] < errors:
                        shown["fp"] += 1
                        print(f"  FP {category} {name}: {text[p.span[0] : p.span[1]][:110]!r}")
                for gi, g_span in enumerate(gold_spans):
                    if gi not in matched_g and shown["fn"] < errors:
                        shown["fn"] += 1
                        g = in_category[gi]
                        print(
                            f"  FN {category} {name} cue={g.cue!r}: "
                            f"{text[g_span[0] : g_span[1]][:110]!r}"
                        )
        figures: dict[str, float] = {"gold": n_gold, "predicted": n_pred}
        for kind, hits in tp.items():
            precision = hits / n_pred if n_pred else 0.0
            recall = hits / n_gold if n_gold else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            figures |= {f"{kind}_p": precision, f"{kind}_r": recall, f"{kind}_f1": f1}
        figures["speaker_n"] = speaker_total
        figures["speaker_span_acc"] = speaker_span / speaker_total if speaker_total else 0.0
        figures["speaker_name_acc"] = speaker_name / speaker_total if speaker_total else 0.0
        results[category] = figures
    return results
