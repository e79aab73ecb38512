"""Render practice_corpus/README.md from README.template.md and the gold data (CC0 1.0)."""

from __future__ import annotations

import collections
from pathlib import Path


def _where(art: dict) -> str:
    if art["format"] == "csv":
        return f"`tabular/wire_feed.csv` row {art['row']}"
    return f"`{art['file']}`"


def render(gold: dict, template: Path) -> str:
    arts = gold["articles"]
    by_id = {a["id"]: a for a in arts}
    fmt = collections.Counter(a["format"] for a in arts)
    outlets = collections.Counter(a["outlet"] for a in arts)
    agencies = collections.Counter(a["agency"] or "staff" for a in arts)
    dates = sorted(a["published"] for a in arts)
    nq = sum(len(a["quotes"]) for a in arts)
    nt = sum(len(a["temporal_expressions"]) for a in arts)
    counts = "\n".join([
        f"- **{len(arts)} articles**: {fmt['txt']} plain-text files, {fmt['csv']} CSV rows, "
        f"{fmt['html']} saved HTML pages.",
        f"- **Published** {dates[0]} to {dates[-1]}.",
        "- **Outlets**: " + ", ".join(f"{k} ({v})" for k, v in sorted(outlets.items())) + ".",
        "- **Credits**: " + ", ".join(f"{k} ({v})" for k, v in sorted(agencies.items())) + ".",
        f"- **Gold**: {nq} quotes, {nt} temporal expressions.",
    ])

    table = ["| id | published | where | outlet | credit | arc | title |", "|---|---|---|---|---|---|---|"]
    for a in arts:
        credit = a["agency_abbreviation"] or ", ".join(a["authors"]) or ""
        table.append(f"| {a['id'][:3]} | {a['published']} | {_where(a)} | {a['outlet']} | {credit} | "
                     f"{a['arc']} | {a['title']} |")

    cast = ["| name | role | affiliation | arc |", "|---|---|---|---|"]
    for c in gold["cast"]:
        cast.append(f"| {c['name']} | {c['role']} | {c.get('affiliation') or ''} | "
                    f"{c.get('arc', 'reporter')} |")

    outlets_t = ["| outlet | domain | based in | kind |", "|---|---|---|---|"]
    for o in gold["outlets"].values():
        outlets_t.append(f"| {o['name']} | `{o['domain']}` | {o['based_in']} | {o['kind']} |")
    for a in gold["agencies"].values():
        outlets_t.append(f"| {a['name']} ({a['abbreviation']}) | `{a['domain']}` | — | wire agency |")

    arcs = []
    for arc in gold["arcs"]:
        n = sum(1 for a in arts if a["arc"] == arc["id"])
        arcs.append(f"- **{arc['title']}** (`arc = \"{arc['id']}\"`, {n} articles). {arc['summary']} "
                    f"*{arc['sentiment']}*")

    dups = []
    for g in gold["duplicate_groups"]:
        members = ", ".join(_where(by_id[m]) for m in g["members"])
        dups.append(f"- **{g['group_id']}** ({g['kind']}): {members}. {g['differences']}")

    amb = []
    for d in gold["ambiguous_dates"]:
        amb.append(f"- `{d['text']}` ({d['where']}) in {_where(by_id[d['article_id']])}: "
                   f"readings {' / '.join(d['readings'])}; intended **{d['intended']}**. {d['evidence']}")

    hard = []
    for h in gold["hard_cases"]:
        files = ", ".join(_where(by_id[i]) for i in h["articles"])
        note = f" {h['note']}" if h["note"] else ""
        hard.append(f"- **{h['case']}**: {files}.{note}")

    # ---- computed answers -------------------------------------------------
    speakers = collections.Counter(
        (a["arc"], q["speaker_resolved"]) for a in arts for q in a["quotes"] if q["speaker_resolved"])
    top = {}
    for (arc, who), n in speakers.most_common():
        top.setdefault(arc, []).append(f"{who} ({n})")
    ferry_q = [q for a in arts if a["arc"] == "ferry" for q in a["quotes"]]
    anon = sum(q["speaker_kind"] == "anonymous" for q in ferry_q)
    month = collections.Counter((a["arc"], a["published"][:7]) for a in arts)
    per_month = []
    for arc in ("port", "drought", "election", "ferry"):
        per_month.append(f"{arc}: " + ", ".join(
            f"{m[5:]}→{month[(arc, m)]}" for m in ("2031-03", "2031-04", "2031-05", "2031-06")))
    types = collections.Counter(q["type"] for a in arts for q in a["quotes"])
    ttypes = collections.Counter(t["type"] for a in arts for t in a["temporal_expressions"])
    a011 = by_id["011_growers-ask-for-emergency-wells"]
    last_friday = next(t for t in a011["temporal_expressions"] if t["text"] == "last Friday")
    answers = {
        "{{ANS_FORMATS}}": f"{fmt['txt']} txt + {fmt['csv']} csv + {fmt['html']} html = {len(arts)}",
        "{{ANS_TOP_PORT}}": ", ".join(top["port"][:3]),
        "{{ANS_TOP_ELECTION}}": ", ".join(top["election"][:3]),
        "{{ANS_TOP_FERRY}}": ", ".join(top["ferry"][:3]),
        "{{ANS_ANON_FERRY}}": f"{anon} of {len(ferry_q)} ({anon / len(ferry_q):.0%})",
        "{{ANS_PER_MONTH}}": "; ".join(per_month),
        "{{ANS_QTYPES}}": ", ".join(f"{k} {v}" for k, v in sorted(types.items())),
        "{{ANS_TTYPES}}": ", ".join(f"{k} {v}" for k, v in sorted(ttypes.items())),
        "{{ANS_LAST_FRIDAY}}": last_friday["value"],
    }

    text = template.read_text(encoding="utf-8")
    repl = {
        "{{COUNTS}}": counts,
        "{{ARTICLE_TABLE}}": "\n".join(table),
        "{{CAST_TABLE}}": "\n".join(cast),
        "{{OUTLETS_TABLE}}": "\n".join(outlets_t),
        "{{ARCS}}": "\n".join(arcs),
        "{{DUPLICATES}}": "\n".join(dups),
        "{{AMBIGUOUS}}": "\n".join(amb),
        "{{HARD_CASES}}": "\n".join(hard),
        **answers,
    }
    for k, v in repl.items():
        text = text.replace(k, v)
    if "{{" in text:
        raise SystemExit("README template has unreplaced placeholders")
    return text
