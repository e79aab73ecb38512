"""Who published an article: the outlet (from its URL) and the wire agency (byline or dateline).

The agency rules are data (``data/agencies.json``): a short name, a pattern and example bylines
for each agency, run by a test.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlparse

__all__ = ["agency_from_dateline", "agency_rules", "normalise_agency", "outlet_from_url"]


@cache
def agency_rules() -> dict[str, Any]:
    """The agency rules as stored in ``data/agencies.json`` (name, pattern, examples)."""
    return json.loads(resources.files("helpers.corpus").joinpath("data/agencies.json").read_text())


_AGENCY_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (rule["name"], re.compile(rule["pattern"], re.IGNORECASE))
    for rule in agency_rules()["agencies"]
)
_AGENCY_ABBREVIATION = re.compile(agency_rules()["abbreviation"])
_AGENCY_WORDS = re.compile(agency_rules()["wire_words"])
_DATELINE_CREDIT = re.compile(agency_rules()["dateline_credit"])


@lru_cache(maxsize=8192)  # bylines repeat (the same reporters and agencies): match each once
def normalise_agency(byline: str) -> str:
    """Return the wire agency named in *byline* (``"By AFP"`` → ``"AFP"``), or "" for none.

    Known agencies (``data/agencies.json``: AFP, AP, Reuters, Bloomberg, dpa, Xinhua, ...) get
    their usual short name. Other bylines count as an agency when they are an upper-case
    abbreviation (``"CPA"``) or name a wire service (``"Coastal Press Agency"``, ``"Meridian
    Wire"``) and are kept as written. A staff byline ("By Jane Doe") gives "".
    """
    if not byline:
        return ""
    found = [name for name, pattern in _AGENCY_PATTERNS if pattern.search(byline)]
    if found:
        return "/".join(found)
    if _AGENCY_ABBREVIATION.fullmatch(byline) or _AGENCY_WORDS.search(byline):
        return byline.strip()
    return ""


def agency_from_dateline(text: str) -> str:
    """Return the agency credited in a wire dateline opening *text*, or "".

    ``"MOSCOW (Reuters) - ..."`` → ``"Reuters"``; ``"CADDOW (MW) — ..."`` → ``"MW"``.
    """
    match = _DATELINE_CREDIT.match(text)
    return normalise_agency(match.group(1)) or match.group(1) if match else ""


def outlet_from_url(url: str) -> str:
    """Return the domain of *url* without ``www.`` (``"themoscowtimes.com"``), or ""."""
    if not url:
        return ""
    try:
        netloc = urlparse(url if "//" in url else f"//{url}").netloc.lower()
    except ValueError:  # "http://[::1" and other malformed addresses
        return ""
    netloc = netloc.split("@")[-1].split(":")[0]
    return netloc.removeprefix("www.")
