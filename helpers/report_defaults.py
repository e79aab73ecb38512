"""Report defaults drawn from the data, and the one loader the notebooks use in a report.

When ``make report`` runs on a corpus other than the bundled sample, parameters the user did not
give are chosen from the articles by these documented rules (the bundled sample keeps the
notebooks' own defaults, so the teaching text still matches the charts):

``PERIOD``
    The finest of day, week, month, quarter, year whose **median non-empty period holds at least
    :data:`MIN_ARTICLES_PER_PERIOD` (10) articles** (copies excluded) and that spans at most
    :data:`MAX_PERIODS` (400) periods from the first date to the last; ``year`` if none does.
    With fewer than 10 dated articles in all, ``year``.
``TERMS``
    The corpus's :data:`N_TERMS` (3) most distinctive **names**: runs of capitalised words (*of, for, de, the*
    may join them: *Bank of Japan*) not at a sentence start (titles, calendar words and stopwords stripped from the ends; a word whose
    lower-case form is commoner mid-sentence than its capitalised form is no name; outlet and
    agency names are left out). A name is credited to the articles that mention it, and so is the
    last word of a run of names when that word also stands alone somewhere in the corpus
    (*Angela Merkel* counts for *Merkel*; *United States* does not count for *States*). Names mentioned in fewer than
    ``max(2, 2 %)`` of the articles or in more than half of them are dropped; the rest are ranked
    by ``df × ln(N / df)`` (document frequency times inverse document frequency), and a name
    sharing a word with a better-ranked one is skipped.
``QUERY``, ``TARGET``
    The first of the terms.
``EVENTS``
    None: no event markers unless given.
``SPEAKER``
    Left to the notebook, which shows the most quoted speaker.

:func:`resolve` applies the rules and says where each value came from.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from helpers.columns import AGENCY, OUTLET, PUBLISHED, TEXT, TITLE
from helpers.params import AUTO, SCHEMA
from helpers.periods import PERIODS, period_grid, period_start
from helpers.selection import select_articles, without_duplicates

__all__ = [
    "MIN_ARTICLES_PER_PERIOD",
    "N_TERMS",
    "Resolved",
    "choose_period",
    "distinctive_names",
    "load_report_corpus",
    "resolve",
    "write_corpus_cache",
]

#: ``PERIOD=auto``: the median non-empty period must hold at least this many articles.
MIN_ARTICLES_PER_PERIOD = 10
#: ``PERIOD=auto``: at most this many periods from the first date to the last (a chart of 3,650
#: daily bars for ten years of news is unreadable, though each day may hold enough articles).
MAX_PERIODS = 400
#: How many names become the default ``TERMS``.
N_TERMS = 3
#: A default name must be mentioned in at least this share of the articles (and 2 of them) ...
MIN_NAME_SHARE = 0.02
#: ... and in at most this share (a name in nearly every article tells nothing apart).
MAX_NAME_SHARE = 0.5
#: Words stripped from the ends of a capitalised run: titles and calendar words.
NOT_NAMES = frozenset(
    """mr mrs ms dr sir prof president minister premier chancellor secretary governor senator
    rep sen gen col king queen prince pope chairman chief director spokesman spokeswoman
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday""".split()
)

_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*"
_RUN = re.compile(rf"(?<![\w'’-]){_WORD}(?: (?:of |for |de |the )?{_WORD}){{0,3}}(?![\w'’-])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]['\"”’)]*\s+|\n\s*|[\"“‘(]\s*)$")
_LOWER_WORD = re.compile(r"(?<![\w.])[a-z][a-z'’-]+")


def choose_period(
    published: pd.Series,
    *,
    min_articles: int = MIN_ARTICLES_PER_PERIOD,
    max_periods: int = MAX_PERIODS,
) -> str:
    """The finest period whose median non-empty period holds at least *min_articles* articles
    and that spans at most *max_periods* periods from the first date to the last."""
    dates = published.dropna()
    if len(dates) < min_articles:
        return "year"
    for period in PERIODS:
        starts = period_start(dates, period=period)
        if len(period_grid(starts, period=period)) > max_periods:
            continue
        if starts.value_counts().median() >= min_articles:
            return period
    return "year"


def distinctive_names(articles: pd.DataFrame, *, n: int = N_TERMS) -> pd.DataFrame:
    """The corpus's most distinctive names by the rule in the module notes.

    Returns a table ``name, n_articles, score`` (best first, at most *n* rows, names sharing a
    word with a better one left out).
    """
    from helpers.text.tokens import news_stopwords, stopwords

    unique = without_duplicates(articles)
    texts = (unique[TITLE].fillna("") + ".\n\n" + unique[TEXT].fillna("")).tolist()
    total = len(texts)
    empty = pd.DataFrame(columns=["name", "n_articles", "score"])
    if not total:
        return empty
    banned = stopwords() | news_stopwords() | NOT_NAMES
    outlets = {
        word
        for column in (OUTLET, AGENCY)
        if column in unique
        for value in unique[column].dropna().astype(str)
        for word in re.split(r"[\W_]+", value.lower())
        if word
    }
    capitalised: Counter[str] = Counter()
    lower: Counter[str] = Counter(
        word for text in texts for word in _LOWER_WORD.findall(text) if word not in banned
    )
    df: Counter[str] = Counter()
    alone: set[str] = set()  # names that also occur as a one-word run ("Merkel said")
    surnames: list[tuple[set[str], set[str]]] = []  # per article: its names, last words of runs
    for text in texts:
        found: set[str] = set()
        last_words: set[str] = set()
        for match in _RUN.finditer(text):
            words = match.group().split()
            run_length = len(words)
            if _SENTENCE_START.search(text[max(0, match.start() - 3) : match.start()]):
                words = words[1:]  # the first word may be capitalised only as a sentence start
            while words and words[0].lower() in banned:
                words = words[1:]
            while words and words[-1].lower() in banned:
                words = words[:-1]
            if not words:
                continue
            for word in words:
                capitalised[word] += 1
            found.add(" ".join(words))
            if run_length == 1:
                alone.add(words[0])
            elif len(words) > 1 and words[-2][0].isupper():
                last_words.add(words[-1])
        df.update(found)
        surnames.append((found, last_words))
    # Angela Merkel counts for Merkel when Merkel also stands alone; United States not for States
    for found, last_words in surnames:
        df.update(word for word in last_words if word in alone and word not in found)
    low, high = max(2, math.ceil(MIN_NAME_SHARE * total)), MAX_NAME_SHARE * total
    rows = []
    for name, count in df.items():
        words = name.split()
        if not low <= count <= high:
            continue
        if any(w.lower() in outlets for w in words):
            continue
        if any(lower[w.lower()] > capitalised[w] for w in words):
            continue  # a common word, capitalised in headings or at sentence starts
        rows.append((name, count, count * math.log(total / count)))
    ranked = sorted(rows, key=lambda row: (-row[2], row[0]))
    chosen: list[tuple[str, int, float]] = []
    for row in ranked:
        words = {w.lower() for w in row[0].split()}
        if any(words & {w.lower() for w in other[0].split()} for other in chosen):
            continue
        chosen.append(row)
        if len(chosen) == n:
            break
    if not chosen:
        return empty
    return pd.DataFrame(chosen, columns=["name", "n_articles", "score"])


@dataclass(frozen=True)
class Resolved:
    """The parameters of a report run, and where each value came from."""

    values: dict[str, Any]
    sources: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def resolve(
    given: Mapping[str, Any],
    articles: pd.DataFrame,
    *,
    sample: bool,
    texts: pd.DataFrame | None = None,
) -> Resolved:
    """Fill in the parameters not *given* (validated values) by the rules in the module notes.

    On the bundled *sample*, only ``PERIOD=auto`` is resolved; everything else not given keeps the
    notebooks' own defaults. ``START``/``END`` restrict the articles the rules look at.
    *articles* need their dates; the default terms are read from the text of *texts* (by default
    *articles*), e.g. a random sample of a corpus too large to hold in memory.
    """
    values = dict(given)
    sources = {name: "given" for name in given}
    notes: list[str] = []
    start, end = given.get("START"), given.get("END")
    chosen = select_articles(articles, start=start, end=end, include_duplicates=True)
    unique = without_duplicates(chosen)
    if texts is not None:
        chosen = select_articles(texts, start=start, end=end, include_duplicates=True)
    if values.get("PERIOD") == AUTO or ("PERIOD" not in values and not sample):
        values["PERIOD"] = choose_period(unique[PUBLISHED])
        sources["PERIOD"] = (
            f"from the data: finest period whose median non-empty period holds "
            f">= {MIN_ARTICLES_PER_PERIOD} articles, at most {MAX_PERIODS} periods in all"
        )
    if sample:
        return Resolved(values, sources, notes)
    if "TERMS" not in values:
        names = distinctive_names(chosen)
        if len(names):
            values["TERMS"] = names["name"].tolist()
            sources["TERMS"] = (
                "from the data: most distinctive names (df x idf of capitalised names, "
                f"mentioned in {MIN_NAME_SHARE:.0%}-{MAX_NAME_SHARE:.0%} of the articles)"
            )
        else:
            values["TERMS"] = _top_words(without_duplicates(chosen))
            sources["TERMS"] = "from the data: no name qualifies, so the most frequent words"
            notes.append("No capitalised name is mentioned often enough to be a default term.")
    for name in ("QUERY", "TARGET"):
        if name not in values and values.get("TERMS"):
            values[name] = values["TERMS"][0]
            sources[name] = "the first term"
    if "EVENTS" not in values:
        values["EVENTS"] = {}
        sources["EVENTS"] = "none given: no event markers"
    return Resolved(values, sources, notes)


def _top_words(articles: pd.DataFrame, n: int = N_TERMS) -> list[str]:
    from helpers.text.tokens import news_stopwords, stopwords

    banned = stopwords() | news_stopwords()
    counts: Counter[str] = Counter()
    for text in articles[TEXT].fillna(""):
        counts.update({w for w in _LOWER_WORD.findall(text) if w not in banned and len(w) > 3})
    return [word for word, _ in counts.most_common(n)] or ["news"]


# --------------------------------------------------------------------------------------------------
# One parsed corpus for every notebook of a run
# --------------------------------------------------------------------------------------------------


def _cache_key(corpus_dir: str | Path, dayfirst: bool) -> dict[str, Any]:
    return {"corpus": str(Path(corpus_dir).resolve()), "dayfirst": bool(dayfirst)}


def write_corpus_cache(loaded: Any, path: Path, *, corpus_dir: Path, dayfirst: bool) -> Path:
    """Keep a loaded corpus in the corpus store (:mod:`helpers.corpus.store`) for one report run.

    The corpus goes into its store entry (already there when it was loaded with the store on);
    *path* gets a small JSON note naming that entry, so every notebook of the run opens the same
    parsed corpus without looking at the corpus files again. Returns *path*.
    """
    from helpers.corpus.store import STORE_META, entry_path, write_store

    folder = entry_path(corpus_dir, dayfirst=dayfirst)
    if not (folder / STORE_META).exists():
        write_store(loaded, folder, meta={"sources": [str(Path(corpus_dir).resolve())]})
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    note = {**_cache_key(corpus_dir, dayfirst), "store": str(folder)}
    temporary.write_text(json.dumps(note, indent=2), encoding="utf-8")
    temporary.replace(path)
    return path


def _stored_entry(cache: str | Path | None, corpus_dir: str | Path, dayfirst: bool) -> Path | None:
    """The store entry a :func:`write_corpus_cache` note at *cache* names for this corpus, or None."""
    from helpers.corpus.store import STORE_META

    if cache is None or not Path(cache).is_file():
        return None
    try:
        note = json.loads(Path(cache).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):  # not a note (an old pickle cache)
        return None
    if not isinstance(note, dict) or {k: note.get(k) for k in ("corpus", "dayfirst")} != (
        _cache_key(corpus_dir, dayfirst)
    ):
        return None
    folder = Path(str(note.get("store", "")))
    return folder if (folder / STORE_META).is_file() else None


def load_report_corpus(
    corpus_dir: str | Path,
    *,
    dayfirst: bool = False,
    start: str | None = None,
    end: str | None = None,
    cache: str | Path | None = None,
    engine: str = "pandas",
    scheduler: str | None = None,
) -> Any:
    """The corpus of a notebook: :func:`helpers.engine.open_corpus`, articles between *start*
    and *end* (inclusive).

    The corpus comes from the corpus store: the entry named by *cache* (a note written by
    :func:`write_corpus_cache`, which the report runner passes so that every notebook of a run
    reads the same parsed corpus), else the corpus folder, parsed once and then read back while
    no file changed. A *cache* that is absent or made for another corpus is ignored.

    Parameters
    ----------
    engine
        ``"pandas"``: the articles in memory, exactly what ``load_corpus`` gives (after a memory
        check that says when to switch). ``"dask"``: a Dask DataFrame read partition by
        partition, on a cluster (*scheduler*, ``$NEWS_DASK_SCHEDULER`` or a LocalCluster).
    scheduler
        Dask only: the scheduler address (``tcp://host:8786``).

    Returns
    -------
    LoadedCorpus
        ``articles`` (pandas or Dask), ``report`` and ``summary()``.
    """
    from helpers.corpus import LoadedCorpus
    from helpers.engine import is_dask, open_corpus

    entry = _stored_entry(cache, corpus_dir, dayfirst)
    source, options = (entry, {}) if entry is not None else (corpus_dir, {"dayfirst": dayfirst})
    articles, report = open_corpus(source, engine=engine, scheduler=scheduler, **options)
    if start or end:
        if is_dask(articles):
            articles = articles.map_partitions(
                select_articles, start=start, end=end, include_duplicates=True, meta=articles._meta
            )
        else:
            kept = select_articles(articles, start=start, end=end, include_duplicates=True)
            articles = kept.reset_index(drop=True)
    return LoadedCorpus(articles, report)


#: Names of the parameters whose default comes from the data (see :func:`resolve`).
FROM_DATA = tuple(name for name, parameter in SCHEMA.items() if parameter.from_data)
