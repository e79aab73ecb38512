"""The report's parameters: one schema (names, types, notebooks), parsing and validation.

Every parameter a user may set for ``make report`` is declared once, in :data:`SCHEMA`: its type,
the notebooks whose ``parameters`` cell defines it, and a one-line help. Values come from, in
increasing priority,

1. a parameters file: ``PARAMS=path/to/file.toml``, else ``report.toml`` inside the corpus folder
   (or next to a corpus that is one file), e.g. ::

       TERMS = ["Merkel", "Macron"]
       PERIOD = "month"
       START = "2020-01-01"
       [EVENTS]
       "2020-03-11" = "WHO declares a pandemic"

2. ``make report NAME=value`` / ``python -m helpers.report --set NAME=value`` (strings, parsed by
   the parameter's type: ``TERMS="a,b"``, ``EVENTS=events.csv`` or ``EVENTS="2020-03-11=WHO"``).

:func:`validate` turns the raw values into typed values and raises :class:`ParameterError`
listing *every* unknown or invalid value, so a run stops before any notebook starts. Values not
given are filled in by :func:`helpers.report_defaults.resolve` (from the data, or the notebooks'
own defaults on the bundled sample).
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from helpers.periods import PERIODS

__all__ = [
    "AUTO",
    "PARAMS_FILE",
    "RUNNER_PARAMETERS",
    "SCHEMA",
    "Parameter",
    "ParameterError",
    "find_params_file",
    "for_notebook",
    "read_params_file",
    "validate",
]

#: ``PERIOD=auto``: choose the period from the data (see :mod:`helpers.report_defaults`).
AUTO = "auto"
#: Name of the parameters file looked for in (or next to) the corpus.
PARAMS_FILE = "report.toml"

ALL = ("00_start_here", "01_timeline", "02_term_frequency", "03_sentiment", "04_quotes")


class ParameterError(ValueError):
    """One or more report parameters are unknown or invalid (the message lists them all)."""


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("expected a non-empty text")
    return value.strip()


def _optional_text(value: Any) -> str | None:
    if value is None or (isinstance(value, str) and value.strip().lower() in ("", "none")):
        return None
    return _text(value)


def _int(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError("expected a whole number")
    if isinstance(value, int):
        return value
    try:
        return int(str(value).strip())
    except ValueError:
        raise ValueError("expected a whole number") from None


def _positive_int(value: Any) -> int:
    number = _int(value)
    if number < 1:
        raise ValueError("expected a whole number of at least 1")
    return number


def _non_negative_int(value: Any) -> int:
    number = _int(value)
    if number < 0:
        raise ValueError("expected a whole number of at least 0")
    return number


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ValueError("expected true or false")


def _date(value: Any) -> str | None:
    if value is None or (isinstance(value, str) and value.strip().lower() in ("", "none")):
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat() if len(text) >= 10 else _month(text)
    except ValueError:
        raise ValueError("expected a date as YYYY-MM-DD") from None


def _month(text: str) -> str:
    year, _, month = text.partition("-")
    return dt.date(int(year), int(month or 1), 1).isoformat()


def _terms(value: Any) -> list[str]:
    from helpers.text.terms import parse_terms

    if isinstance(value, str | list | tuple):
        terms = parse_terms(value)
        if terms and all(isinstance(term, str) for term in terms):
            return terms
    raise ValueError('expected one or more terms, e.g. "Merkel, Macron" or ["Merkel", "Macron"]')


def _optional_list(value: Any) -> list[str] | None:
    if value is None or (isinstance(value, str) and value.strip().lower() in ("", "none")):
        return None
    return _terms(value)


def _period(value: Any) -> str:
    text = _text(value).lower()
    if text != AUTO and text not in PERIODS:
        raise ValueError(f"expected one of {[AUTO, *PERIODS]}")
    return text


def _choice(*choices: str | None) -> Callable[[Any], str | None]:
    def parse(value: Any) -> str | None:
        text = None if value is None else str(value).strip()
        if text is not None and text.lower() == "none" and None in choices:
            text = None
        if text not in choices:
            raise ValueError(f"expected one of {list(choices)}")
        return text

    return parse


def _engine(value: Any) -> str:
    """``pandas`` or ``dask``; ``dask`` only when it is installed (else: what to install)."""
    import importlib.util

    from helpers.engine.core import DASK_INSTALL, ENGINES

    engine = _text(value).lower() if isinstance(value, str) else value
    if engine not in ENGINES:
        raise ValueError(f"expected one of {list(ENGINES)}")
    if engine == "dask" and any(
        importlib.util.find_spec(module) is None for module in ("dask", "distributed")
    ):
        raise ValueError(f"Dask is not installed; install the scale extra: {DASK_INSTALL}")
    return engine


def _scheduler(value: Any) -> str | None:
    """A Dask scheduler address (``tcp://host:8786``), or None (``$NEWS_DASK_SCHEDULER``, else
    a LocalCluster)."""
    address = _optional_text(value)
    if address is not None and ":" not in address:
        raise ValueError('expected an address such as "tcp://host:8786"')
    return address


def _ngrams(value: Any) -> tuple[int, int]:
    parts = value.split(",") if isinstance(value, str) else list(value)
    try:
        low, high = (int(str(p).strip()) for p in parts)
    except ValueError:
        raise ValueError('expected two whole numbers, e.g. "1,2"') from None
    if not 1 <= low <= high <= 5:
        raise ValueError("expected 1 <= first <= second <= 5")
    return (low, high)


def _events(value: Any) -> dict[str, str]:
    """``{"2020-08-09": "Election"}``, a CSV file (``date,label``) or ``"date=label; date=label"``."""
    if isinstance(value, Mapping):
        pairs = list(value.items())
    elif isinstance(value, str) and value.strip().lower() in ("", "none"):
        return {}
    elif isinstance(value, str) and "=" not in value:
        pairs = _events_file(Path(value.strip()).expanduser())
    elif isinstance(value, str):
        pairs = []
        for item in value.split(";"):
            if item.strip():
                date, sep, label = item.partition("=")
                if not sep or not label.strip():
                    raise ValueError(f"expected date=label, got {item.strip()!r}")
                pairs.append((date, label))
    else:
        raise ValueError("expected a CSV file (date,label), a table or date=label pairs")
    events: dict[str, str] = {}
    for date, label in pairs:
        try:
            day = _date(str(date).strip())
        except ValueError:
            raise ValueError(f"event date {str(date).strip()!r} is not YYYY-MM-DD") from None
        events[str(day)] = str(label).strip()
    return events


def _events_file(path: Path) -> list[tuple[str, str]]:
    if not path.is_file():
        raise ValueError(f"events file {path} not found (expected a CSV with date,label columns)")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if rows and not {"date", "label"} <= set(rows[0]):
        raise ValueError(f"events file {path} needs the columns date and label")
    return [(row["date"], row["label"]) for row in rows if (row.get("date") or "").strip()]


def _optional_path(value: Any) -> str | None:
    if value is None or (isinstance(value, str) and value.strip().lower() in ("", "none")):
        return None
    return str(Path(str(value)).expanduser())


@dataclass(frozen=True)
class Parameter:
    """One report parameter: its name, parser, the notebooks using it, and a help line."""

    name: str
    parse: Callable[[Any], Any]
    notebooks: tuple[str, ...]
    help: str
    #: Filled in from the data when not given and the corpus is not the bundled sample.
    from_data: bool = False


#: Every parameter a user may set, once.
SCHEMA: dict[str, Parameter] = {
    p.name: p
    for p in (
        Parameter(
            "PERIOD",
            _period,
            ("01_timeline", "02_term_frequency", "03_sentiment", "04_quotes"),
            "day, week, month, quarter, year or auto (chosen from the data)",
            from_data=True,
        ),
        Parameter(
            "TERMS",
            _terms,
            ("01_timeline", "02_term_frequency"),
            'terms to follow over time, "a,b" (protest* matches endings)',
            from_data=True,
        ),
        Parameter(
            "QUERY",
            _text,
            ("02_term_frequency",),
            "word or phrase for collocations and concordance (default: the first term)",
            from_data=True,
        ),
        Parameter(
            "TARGET",
            _text,
            ("03_sentiment",),
            "sentences mentioning this are compared with the rest (default: the first term)",
            from_data=True,
        ),
        Parameter(
            "SPEAKER",
            _optional_text,
            ("04_quotes",),
            "speaker whose quotes are shown in context (default: the most quoted)",
        ),
        Parameter(
            "EVENTS",
            _events,
            ("01_timeline",),
            'event markers: a CSV file (date,label) or "2020-08-09=Election; ..." (default: none)',
            from_data=True,
        ),
        Parameter("ENGINE", _engine, ALL, "pandas (in memory) or dask (corpora that do not fit)"),
        Parameter(
            "DASK_SCHEDULER",
            _scheduler,
            ALL,
            "dask only: tcp://host:8786 (default: $NEWS_DASK_SCHEDULER, else this machine)",
        ),
        Parameter("START", _date, ALL, "first publication day analysed, YYYY-MM-DD"),
        Parameter("END", _date, ALL, "last publication day analysed, YYYY-MM-DD"),
        Parameter("DAYFIRST", _bool, ALL, "numeric dates are day first (03/04 = 3 April)"),
        Parameter("BY", _choice("outlet", "agency"), ("01_timeline", "03_sentiment"), "group by"),
        Parameter("MEASURE", _choice("share", "per_10k"), ("01_timeline",), "term trend measure"),
        Parameter(
            "MIN_ARTICLES",
            _non_negative_int,
            ("01_timeline",),
            "periods with fewer articles are drawn hollow",
        ),
        Parameter(
            "INCLUDE_DUPLICATES", _bool, ("01_timeline",), "count marked copies of a story too"
        ),
        Parameter("NGRAMS", _ngrams, ("02_term_frequency",), 'word n-gram sizes, "1,2"'),
        Parameter("STEM", _choice(None, "porter", "snowball"), ("02_term_frequency",), "stemmer"),
        Parameter("MIN_LENGTH", _positive_int, ("02_term_frequency",), "shortest word counted"),
        Parameter(
            "MIN_COUNT", _positive_int, ("02_term_frequency",), "keyness: fewest occurrences"
        ),
        Parameter(
            "TARGET_START", _date, ("02_term_frequency",), "keyness target period: first day"
        ),
        Parameter("TARGET_END", _date, ("02_term_frequency",), "keyness target period: last day"),
        Parameter(
            "TOP_N", _positive_int, ("02_term_frequency", "04_quotes"), "rows in top-N tables"
        ),
        Parameter("N_BOOT", _positive_int, ("03_sentiment",), "bootstrap resamples per interval"),
        Parameter("SEED", _non_negative_int, ("03_sentiment",), "bootstrap seed"),
        Parameter("NYT_DIR", _optional_path, ("03_sentiment",), "folder of the NYT ratings"),
        Parameter("KINDS", _optional_list, ("04_quotes",), 'speaker kinds ranked, e.g. "person"'),
    )
}

#: Parameters the runner sets itself in every notebook (not user parameters).
RUNNER_PARAMETERS: tuple[str, ...] = ("CORPUS_DIR", "EXPORT_DIR", "CORPUS_CACHE")


def validate(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Typed values for *raw* (names are case-insensitive); raise :class:`ParameterError` on any problem.

    Every unknown name (with the closest known one) and every invalid value is listed in one
    message. ``START`` after ``END`` is an error.
    """
    problems: list[str] = []
    values: dict[str, Any] = {}
    for key, value in raw.items():
        name = str(key).strip().upper()
        if name not in SCHEMA:
            close = difflib.get_close_matches(name, list(SCHEMA), n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            problems.append(f"unknown parameter {key!r}{hint}")
            continue
        try:
            values[name] = SCHEMA[name].parse(value)
        except ValueError as exc:
            problems.append(f"{name}={value!r}: {exc}")
    for first, last in (("START", "END"), ("TARGET_START", "TARGET_END")):
        if values.get(first) and values.get(last) and values[first] > values[last]:
            problems.append(f"{first} ({values[first]}) is after {last} ({values[last]})")
    if problems:
        known = ", ".join(SCHEMA)
        raise ParameterError(
            "Invalid report parameters:\n  - " + "\n  - ".join(problems) + f"\nKnown: {known}"
        )
    return values


def for_notebook(values: Mapping[str, Any], notebook: str) -> dict[str, Any]:
    """The subset of *values* that *notebook* (a stem such as ``01_timeline``) takes."""
    return {name: value for name, value in values.items() if notebook in SCHEMA[name].notebooks}


def find_params_file(corpus: Path) -> Path | None:
    """``report.toml`` in the corpus folder (or next to a one-file corpus), or None."""
    folder = corpus if corpus.is_dir() else corpus.parent
    candidate = folder / PARAMS_FILE
    return candidate if candidate.is_file() else None


def read_params_file(path: Path) -> dict[str, Any]:
    """The raw values of a TOML parameters file; :class:`ParameterError` if it cannot be read."""
    try:
        with path.open("rb") as handle:
            content = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ParameterError(f"Cannot read the parameters file {path}: {exc}") from None
    return content
