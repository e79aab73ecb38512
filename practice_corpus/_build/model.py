"""Data model for the fictional practice corpus (CC0 1.0). Every name here is invented."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

OUTLETS = {
    "HG": {"name": "Harbour Gazette", "domain": "harbourgazette.example",
           "based_in": "Port Merrow", "kind": "daily newspaper",
           "sections": ["News", "Harbour", "Politics", "Culture", "Opinion"]},
    "KC": {"name": "Kestrane Courier", "domain": "kestranecourier.example",
           "based_in": "Port Merrow", "kind": "national newspaper",
           "sections": ["National", "Election 2031", "Business", "Islands", "Opinion"]},
    "TVH": {"name": "Tarrow Valley Herald", "domain": "tarrowherald.example",
            "based_in": "Caddow", "kind": "regional weekly-turned-daily",
            "sections": ["Valley", "Farming", "Water", "Sport", "Notices"]},
    "IS": {"name": "Island Signal", "domain": "islandsignal.example",
           "based_in": "Selvane", "kind": "online-only news site",
           "sections": ["Latest", "Politics", "Transport", "Culture", "Explainers"]},
}

AGENCIES = {
    "CPA": {"name": "Coastal Press Agency", "abbreviation": "CPA",
            "domain": "coastalpress.example"},
    "MW": {"name": "Meridian Wire", "abbreviation": "MW", "domain": "meridianwire.example"},
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def Q(text, qtype, speaker, resolved, kind, cue, *features, n=0):
    """One gold quote.  ``text`` is exactly what stands between the quotation marks
    (direct/partial) or the reported clause (indirect)."""
    d = {"text": text, "type": qtype, "speaker": speaker, "speaker_resolved": resolved,
         "speaker_kind": kind, "cue": cue, "features": list(features)}
    if n:
        d["n"] = n
    return d


def NQ(text, kind, note=""):
    """Quoted material that is NOT a quote (scare quotes, titles) or a non-quote cue."""
    return {"text": text, "kind": kind, "note": note}


@dataclass
class Article:
    num: int
    slug: str
    fmt: str  # txt | csv | html
    outlet: str
    byline: str  # as printed ("By Ana Rell", "By CPA"); for csv the implied credit
    date: str  # ISO publication date (the truth)
    title: str
    body: str
    arc: str
    agency: str | None = None
    authors: list[str] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    times: list[tuple] = field(default_factory=list)
    non_quotes: list[dict] = field(default_factory=list)
    features: list[str] = field(default_factory=list)
    caption: tuple | None = None  # (paragraph index, text, credit)
    related: tuple | None = None  # (paragraph index, title)
    pubdate_raw: str | None = None  # csv pubdate exactly as written
    published_time: str | None = None  # html article:published_time
    section: str = "News"
    url_override: str | None = None
    id_override: str | None = None
    row: int | None = None

    @property
    def id(self) -> str:
        return self.id_override or f"{self.num:03d}_{self.slug}"

    @property
    def published(self) -> dt.date:
        return dt.date.fromisoformat(self.date)

    @property
    def date_line(self) -> str:
        d = self.published
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"

    @property
    def url(self) -> str:
        if self.url_override:
            return self.url_override
        d = self.published
        dom = OUTLETS[self.outlet]["domain"]
        return f"https://www.{dom}/{d.year}/{d.month:02d}/{d.day:02d}/{self.slug}"

    @property
    def file(self) -> str:
        if self.fmt == "txt":
            return f"articles/{self.id}.txt"
        if self.fmt == "html":
            return f"html/{self.id}.html"
        return "tabular/wire_feed.csv"
