"""Build the fictional practice corpus and its gold annotations.

Run from the repository root:

    python practice_corpus/_build/build.py

The article texts and their annotations live in ``articles_*.py`` next to this file.
This script writes ``practice_corpus/articles/*.txt``, ``practice_corpus/tabular/wire_feed.csv``,
``practice_corpus/html/*.html`` and ``practice_corpus/gold.json``, and refuses to write anything
if a gold quote or temporal expression is not a verbatim substring of its article body.

Everything here is fictional and released under CC0 1.0 (see ../README.md).
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import importlib
import io
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT / "corpus"  # the articles themselves: load_corpus(CORPUS) reads nothing else
sys.path.insert(0, str(HERE))

from model import AGENCIES, OUTLETS, Article  # noqa: E402

MODULES = ["articles_march", "articles_april", "articles_may", "articles_june"]

WEEKDAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}


# ---------------------------------------------------------------------------
# TimeML value resolution
# ---------------------------------------------------------------------------
def resolve_value(spec: str, pub: dt.date) -> str:
    """Resolve a value spec.  Literal TimeML values pass through; specs starting with
    ``@`` are relative to the publication date:

    ``@d``, ``@d-1``, ``@d+3``          a day
    ``@last:TU`` / ``@next:FR``        nearest weekday strictly before / after ``pub``
    ``@w-2`` / ``@w+1`` / ``@w``       ISO week
    ``@m-1`` / ``@m+1`` / ``@m``       month
    ``@y`` / ``@y+1``                  year
    A ``|suffix`` is appended verbatim, e.g. ``@d-1|TMO`` -> ``2031-03-03TMO``.
    """
    if not spec.startswith("@"):
        return spec
    body, _, suffix = spec[1:].partition("|")
    if body.startswith("last:") or body.startswith("next:"):
        kind, wd = body.split(":")
        target = WEEKDAYS[wd]
        step = -1 if kind == "last" else 1
        day = pub + dt.timedelta(days=step)
        while day.weekday() != target:
            day += dt.timedelta(days=step)
        out = day.isoformat()
    else:
        m = re.fullmatch(r"([dwmy])([+-]\d+)?", body)
        if not m:
            raise ValueError(f"bad value spec {spec!r}")
        unit, off = m.group(1), int(m.group(2) or 0)
        if unit == "d":
            out = (pub + dt.timedelta(days=off)).isoformat()
        elif unit == "w":
            y, w, _ = (pub + dt.timedelta(weeks=off)).isocalendar()
            out = f"{y}-W{w:02d}"
        elif unit == "m":
            month0 = pub.year * 12 + pub.month - 1 + off
            out = f"{month0 // 12}-{month0 % 12 + 1:02d}"
        else:
            out = str(pub.year + off)
    return out + (("T" + suffix.lstrip("T")) if suffix and not suffix.startswith("T") else suffix)


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------
def paragraphs(a: Article, fmt: str) -> list[str]:
    paras = [p.strip() for p in a.body.strip().split("\n\n")]
    paras = [" ".join(p.split()) for p in paras]  # unwrap source line breaks
    out: list[str] = []
    for p in paras:
        if fmt == "txt":
            out.extend(part.strip() for part in p.split("|SPLIT|"))
        else:
            out.append(re.sub(r"\s*\|SPLIT\|\s*", " ", p))
    return out


def txt_escape(s: str) -> str:
    return s.replace("$", "\\$")


def render_txt(a: Article) -> tuple[str, str]:
    """Return (file text, body) in the layout of the scraped seed sample."""
    paras = [txt_escape(p) for p in paragraphs(a, "txt")]
    if a.related:
        idx, title = a.related
        paras.insert(idx, f"Related article: {title}")
    if a.caption:
        idx, text, credit = a.caption
        paras.insert(idx, f"{txt_escape(text)} **{credit}**")
    body = "\n\n".join(paras)
    head = f" \n\n\n{a.title}\n\n{a.byline}\n\n{a.date_line}\n\n\n\n"
    return head + body + f"\n\nOriginal url:\n\n{a.url}", body


def _summary(text: str, limit: int = 160) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def render_html(a: Article) -> tuple[str, str]:
    o = OUTLETS[a.outlet]
    paras = paragraphs(a, "html")
    body = "\n\n".join(paras)
    esc = html.escape
    author = a.byline[3:] if a.byline.startswith("By ") else a.byline
    ps = "\n".join(f"        <p>{esc(p, quote=False)}</p>" for p in paras)
    nav = "\n".join(
        f'        <li><a href="https://www.{o["domain"]}/{s.lower()}/">{s}</a></li>'
        for s in o["sections"]
    )
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{esc(a.title)} | {esc(o["name"])}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="{esc(_summary(paras[0]))}">
  <meta name="author" content="{esc(author)}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{esc(a.title)}">
  <meta property="og:site_name" content="{esc(o["name"])}">
  <meta property="og:url" content="{esc(a.url)}">
  <meta property="article:published_time" content="{a.published_time}">
  <meta property="article:section" content="{esc(a.section)}">
  <link rel="canonical" href="{esc(a.url)}">
  <link rel="stylesheet" href="https://static.{o["domain"]}/css/site.css">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="https://www.{o["domain"]}/">{esc(o["name"])}</a>
    <nav class="main-nav" aria-label="Sections">
      <ul>
{nav}
      </ul>
    </nav>
    <div class="subscribe"><a href="https://www.{o["domain"]}/subscribe">Subscribe</a></div>
  </header>
  <main>
    <article class="story">
      <header>
        <h1>{esc(a.title)}</h1>
        <div class="byline">{esc(a.byline)}</div>
        <time datetime="{a.published_time}">{esc(a.date_line)}</time>
      </header>
      <div class="story-body">
{ps}
      </div>
    </article>
    <aside class="related">
      <h2>More from {esc(o["name"])}</h2>
      <ul>
        <li><a href="https://www.{o["domain"]}/weather/">Weather: another dry week across the islands</a></li>
        <li><a href="https://www.{o["domain"]}/letters/">Letters to the editor</a></li>
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <p>&copy; 2031 {esc(o["name"])}. All rights reserved. Fictional outlet written for a teaching corpus.</p>
    <p><a href="https://www.{o["domain"]}/about">About us</a> | <a href="https://www.{o["domain"]}/privacy">Privacy</a></p>
  </footer>
</body>
</html>
"""
    return page, body


def locate(body: str, text: str, n: int, where: str) -> int:
    pat = re.escape(text)
    if text[:1].isalnum():
        pat = r"(?<![\w])" + pat
    if text[-1:].isalnum():
        pat = pat + r"(?![\w])"
    hits = [m.start() for m in re.finditer(pat, body)]
    if not hits:
        raise SystemExit(f"[{where}] not found in body: {text!r}")
    if n >= len(hits):
        raise SystemExit(f"[{where}] occurrence {n} of {text!r} does not exist")
    return hits[n]


def main() -> None:
    articles: list[Article] = []
    for mod in MODULES:
        articles.extend(importlib.import_module(mod).ARTICLES)
    ids = [a.id for a in articles]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise SystemExit(f"duplicate ids {dupes}")

    (CORPUS / "articles").mkdir(exist_ok=True)
    (CORPUS / "html").mkdir(exist_ok=True)
    (CORPUS / "tabular").mkdir(exist_ok=True)
    for old in list((CORPUS / "articles").glob("*.txt")) + list((CORPUS / "html").glob("*.html")):
        old.unlink()

    gold_articles = []
    csv_rows = []
    warnings = []
    for a in articles:
        if a.fmt == "txt":
            text, body = render_txt(a)
            (CORPUS / a.file).write_text(text, encoding="utf-8")
        elif a.fmt == "html":
            text, body = render_html(a)
            (CORPUS / a.file).write_text(text, encoding="utf-8")
        elif a.fmt == "csv":
            paras = paragraphs(a, "csv")
            body = "\n\n".join(paras)
            csv_rows.append(
                {"headline": a.title, "pubdate": a.pubdate_raw, "body": body,
                 "source": OUTLETS[a.outlet]["name"], "link": a.url}
            )
            a.row = len(csv_rows)
        else:
            raise SystemExit(f"unknown format {a.fmt}")

        esc = txt_escape if a.fmt == "txt" else (lambda s: s)
        words = len(re.findall(r"\b\w[\w'’-]*\b", body))
        if not 120 <= words <= 350:
            warnings.append(f"{a.id}: {words} words")
        pub = a.published
        quotes = []
        for q in a.quotes:
            t = esc(q["text"])
            start = locate(body, t, q.get("n", 0), a.id)
            item = {k: v for k, v in q.items() if k != "n"}
            item["text"] = t
            item["start"] = start
            item["end"] = start + len(t)
            quotes.append(item)
        times = []
        for tx in a.times:
            text_, spec, typ = tx[0], tx[1], tx[2]
            n = tx[3] if len(tx) > 3 else 0
            t = esc(text_)
            start = locate(body, t, n, a.id)
            if typ not in {"DATE", "TIME", "DURATION", "SET"}:
                raise SystemExit(f"{a.id}: bad type {typ}")
            item = {"text": t, "type": typ, "value": resolve_value(spec, pub),
                    "start": start, "end": start + len(t)}
            if len(tx) > 4:
                item["note"] = tx[4]
            times.append(item)
        non_quotes = []
        for nq in a.non_quotes:
            t = esc(nq["text"])
            locate(body, t, 0, a.id)
            non_quotes.append({**nq, "text": t})
        gold_articles.append({
            "id": a.id,
            "format": a.fmt,
            "file": a.file,
            "row": a.row,
            "title": a.title,
            "published": pub.isoformat(),
            "published_as_written": a.pubdate_raw if a.fmt == "csv" else (
                a.published_time if a.fmt == "html" else a.date_line),
            "outlet": OUTLETS[a.outlet]["name"],
            "outlet_domain": OUTLETS[a.outlet]["domain"],
            "agency": AGENCIES[a.agency]["name"] if a.agency else None,
            "agency_abbreviation": a.agency,
            "byline": a.byline if a.fmt != "csv" else None,
            "authors": a.authors,
            "url": a.url,
            "arc": a.arc,
            "word_count": words,
            "features": a.features,
            "quotes": quotes,
            "non_quotes": non_quotes,
            "temporal_expressions": times,
        })

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["headline", "pubdate", "body", "source", "link"],
                       quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writeheader()
    w.writerows(csv_rows)
    (CORPUS / "tabular" / "wire_feed.csv").write_text(buf.getvalue(), encoding="utf-8")

    extra = importlib.import_module("groups")
    by_id = {g["id"]: g for g in gold_articles}
    for grp in extra.DUPLICATE_GROUPS:
        for m in grp["members"]:
            if m not in by_id:
                raise SystemExit(f"duplicate group member {m} unknown")
    for amb in extra.AMBIGUOUS_DATES:
        art = by_id[amb["article_id"]]
        if amb["where"] == "pubdate":
            assert art["published_as_written"] == amb["text"], amb
        else:
            hay = (CORPUS / art["file"]).read_text(encoding="utf-8") if art["file"] else ""
            if amb["text"] not in hay:
                raise SystemExit(f"ambiguous date {amb['text']} not in {art['id']}")
    known = set(by_id)
    for hc in extra.HARD_CASES:
        missing = set(hc["articles"]) - known
        if missing:
            raise SystemExit(f"hard case {hc['case']!r} names unknown articles {missing}")
    index: dict[str, dict[str, list[str]]] = {
        "quote_features": {}, "non_quote_kinds": {}, "article_features": {},
        "quote_types": {}, "speaker_kinds": {}, "timex_types": {},
    }

    def add(section: str, key: str, art_id: str) -> None:
        ids_ = index[section].setdefault(key, [])
        if art_id not in ids_:
            ids_.append(art_id)

    for g in gold_articles:
        for f in g["features"]:
            add("article_features", f, g["id"])
        for q in g["quotes"]:
            add("quote_types", q["type"], g["id"])
            add("speaker_kinds", q["speaker_kind"], g["id"])
            for f in q["features"]:
                add("quote_features", f, g["id"])
        for nq in g["non_quotes"]:
            add("non_quote_kinds", nq["kind"], g["id"])
        for t in g["temporal_expressions"]:
            add("timex_types", t["type"], g["id"])
    for section in index.values():
        for key in section:
            section[key].sort()
    gold = {
        "corpus": "Kestrane practice corpus",
        "notice": "All articles, places, people and outlets are fictional, written for this project.",
        "licence": "CC0-1.0",
        "conventions": extra.CONVENTIONS,
        "outlets": OUTLETS,
        "agencies": AGENCIES,
        "cast": extra.CAST,
        "arcs": extra.ARCS,
        "articles": gold_articles,
        "duplicate_groups": extra.DUPLICATE_GROUPS,
        "ambiguous_dates": extra.AMBIGUOUS_DATES,
        "hard_cases": extra.HARD_CASES,
        "index": index,
    }
    (ROOT / "gold.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    import readme  # noqa: PLC0415

    (ROOT / "README.md").write_text(readme.render(gold, HERE / "README.template.md"),
                                    encoding="utf-8")
    counts = {}
    for g in gold_articles:
        counts[g["format"]] = counts.get(g["format"], 0) + 1
    print("articles:", len(gold_articles), counts)
    print("span:", min(g["published"] for g in gold_articles), "->",
          max(g["published"] for g in gold_articles))
    print("quotes:", sum(len(g["quotes"]) for g in gold_articles),
          "timex:", sum(len(g["temporal_expressions"]) for g in gold_articles))
    for wmsg in warnings:
        print("WARNING length:", wmsg)


if __name__ == "__main__":
    main()
