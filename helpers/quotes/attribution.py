"""Attributions: a cue, its speaker and its content, found around a quote or in one sentence.

* :func:`post_cue` -- a cue right after a closing mark (``," Putin said`` / ``," said Sen. X``,
  or a quote signed with a dash);
* :func:`pre_cue` -- a cue right before an opening mark (``Putin said: "``);
* :func:`partial_cue` -- the nearest cue before a partial quote in its sentence;
* :func:`sentence_attribution` -- reported speech in one sentence: ``X said (that) ...``,
  ``..., X said.``, ``according to X``, ``..., saying ...``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from helpers.quotes.cues import (
    HEARERS,
    LABEL_OBJECT_CUES,
    OBJECT_CUES,
    PARTIAL_CUE_RE,
    CueMatch,
    content_end,
    cue_matches,
    object_cues,
    skip_adverbials,
)
from helpers.quotes.lexicon import alternation, pattern
from helpers.quotes.marks import ALL_DOUBLE, QUOTE_CHARS, inside
from helpers.quotes.speakers import (
    ADVERBIAL_OPENERS,
    PARTICIPIAL_OPENERS,
    PRONOUNS_PERSON,
    SUBORDINATORS,
    clause_subject,
    clean_speaker,
    is_name_word,
    source_after,
    speaker_after,
    speaker_before,
    words,
)

__all__ = [
    "THAT_CLAUSE",
    "Attribution",
    "colon_cue",
    "partial_cue",
    "post_cue",
    "pre_cue",
    "sentence_attribution",
    "sentence_attributions",
    "sentence_body_end",
]

#: A cue found around a quote: (cue as written, cue start, cue end, speaker span).
Cue = tuple[str, int, int, tuple[int, int]]

#: The start of reported content after a cue: "that" or a colon.
THAT_CLAUSE = pattern("that_clause")
_ADVERBIAL_TAIL = pattern("adverbial_tail")
_ADVERBIAL_THEN_THAT = pattern("adverbial_then_that")
_PARENTHETICAL_CUE = pattern("parenthetical_cue")
_SIGNED_QUOTE = pattern("signed_quote")
_NAME_OR_PRONOUN = pattern("name_or_pronoun")
_CLAUSE_BREAK = pattern("clause_break")
#: A second cue inside a content can only start its own clause after one of these (cheap test).
_MAY_NEST = re.compile(r"[,;—–]|\b(?:while|whereas|but)\b")
_OBJECT_CONTENT_STOP = pattern("object_content_stop")
_NOT_OBJECT_VERB = pattern("not_object_verb")
_OBJECT_BAD_START = pattern("object_content_bad_start")
#: "called a strike", "called an election": a labelling verb that labels nothing (particles,
#: "called for", are refused for every object verb by pattern object_content_bad_start)
_LABEL_OBJECT_BAD_START = re.compile(r"an?\b", re.IGNORECASE)


@dataclass
class Attribution:
    """Reported speech in one sentence: the cue, its offsets, the speaker and content spans."""

    cue: str
    cue_start: int
    cue_end: int
    speaker: tuple[int, int]
    content: tuple[int, int]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """*start*/*end* moved inwards over spaces and punctuation (" ,;:—–-")."""
    while start < end and text[start] in " ,;:—–-":
        start += 1
    while end > start and text[end - 1] in " ,;:—–-":
        end -= 1
    return start, end


def quote_like_span(text: str, content: tuple[int, int], quoted: list[tuple[int, int]]) -> bool:
    """True when *content* is essentially one direct quote (handled as a direct quote)."""
    start, end = content
    length = max(1, end - start)
    covered = sum(max(0, min(end, e) - max(start, s)) for s, e in quoted)
    return covered / length > 0.6


def _participle_attribution(
    text: str, s_start: int, body_end: int, cue: str, cue_start: int, cue_end: int
) -> Attribution | None:
    """ "..., saying (that) CONTENT": the speaker is the subject of the sentence."""
    if not re.search(r",\s*(?:and\s+)?$", text[max(s_start, cue_start - 6) : cue_start]):
        return None
    speaker = clause_subject(text, s_start, cue_start)
    after = skip_adverbials(text, cue_end, body_end)
    if cue.lower() in OBJECT_CUES:  # "..., telling reporters that ...": the hearer is no content
        hearer = HEARERS.match(text, after, body_end)
        if hearer:
            after = skip_adverbials(text, hearer.end(), body_end)
    that = THAT_CLAUSE.match(text[after:body_end])
    content_start = after + (that.end() if that else 0)
    content = trim(text, content_start, content_end(text, content_start, body_end))
    if (
        speaker is None
        or len(words(text[content[0] : content[1]])) < 3
        or text[content[0] : content[0] + 1] in ALL_DOUBLE
        or re.match(r"to\s", text[content[0] : content[0] + 3])
    ):
        return None
    return Attribution(cue, cue_start, cue_end, speaker, content)


#: A subordinator between the comma and the speaker of "CONTENT, X said" makes the cue's clause
#: an adverbial of the content ("..., two months after growers first asked for help").
_SUBORDINATE_BEFORE_SPEAKER = re.compile(r"\b(?:" + alternation(SUBORDINATORS) + r")\b")


def _content_before(
    text: str,
    s_start: int,
    body_end: int,
    comma_before: int,
    cue: str,
    cue_start: int,
    cue_end: int,
    after: int,
    quoted: list[tuple[int, int]],
) -> Attribution | None:
    """ "CONTENT, X said." / "CONTENT, said X." (also "..., he said, CONTENT")."""
    rest = text[after:body_end]
    content = (s_start, comma_before)
    if quote_like_span(text, content, quoted):
        return None
    speaker = speaker_before(text, comma_before + 1, cue_start)
    if speaker is None and not text[comma_before + 1 : cue_start].strip():
        after_np = speaker_after(text, cue_end, body_end)
        speaker = after_np[:2] if after_np else None
    if speaker is None:
        return None
    if _SUBORDINATE_BEFORE_SPEAKER.search(text, comma_before + 1, speaker[0]):
        return None  # "..., two months after growers first asked for help": no attribution
    # "But to prevent problems, he said, local officials should be vigilant."
    if (
        _PARENTHETICAL_CUE.match(rest)
        and len(words(rest)) >= 4
        and not cue_matches(text, after, body_end)
        and (words(text[s_start:comma_before]) or [""])[0].lower() not in PARTICIPIAL_OPENERS
    ):
        content = (s_start, body_end)
    elif len(words(text[content[0] : content[1]])) < 3:
        return None
    return Attribution(cue, cue_start, cue_end, speaker, trim(text, *content))


def _content_after(
    text: str,
    s_start: int,
    body_end: int,
    cue: str,
    cue_start: int,
    cue_end: int,
    after: int,
    that: re.Match[str] | None,
    quoted: list[tuple[int, int]],
) -> Attribution | None:
    """ "X said (that) CONTENT"."""
    speaker = speaker_before(text, s_start, cue_start)
    if speaker is None:
        return None
    content_start = after + (that.end() if that else 0)
    if content_start < body_end and text[content_start] in ALL_DOUBLE and not that:
        return None  # a direct quote introduced by the cue: handled with the quote
    content = trim(text, content_start, content_end(text, content_start, body_end))
    if len(words(text[content[0] : content[1]])) < 3:
        return None
    if re.match(r"(?:not\s+)?to\s", text[content[0] : content[0] + 7]):
        return None  # "promised to provide", "asked not to be named": an intention
    if not that and re.match(r"by\s", text[content[0] : content[0] + 3]):
        return None  # "the highest rate noted by the team was ...": a passive participle
    if (
        not that
        and not text[cue_end : content[0]].strip()
        and re.match(r"(?:and|or|then)\s", text[content[0] : content[0] + 5])
    ):
        return None  # "Fishers gathered outside sang and then dispersed": no content
    if quote_like_span(text, content, quoted):
        return None
    return Attribution(cue, cue_start, cue_end, speaker, content)


#: "Trump was saying ...", "she has been arguing ...": an -ing cue after an auxiliary is a verb
#: of the sentence's subject, not a participle clause.
_PROGRESSIVE_BEFORE = re.compile(
    r"\b(?:is|was|are|were|been|am)\s+(?:[a-z]+ly\s+|also\s+|still\s+)?$"
)


def _cue_attribution(
    text: str, s_start: int, body_end: int, match: CueMatch, quoted: list[tuple[int, int]]
) -> Attribution | None:
    """The attribution one cue of a sentence yields (see :func:`sentence_attributions`)."""
    cue_start, cue_end = match.start(), match.end()
    cue = match.group()
    if cue.lower() == "according to":
        return according_to(text, s_start, body_end, cue_start, cue_end)
    progressive = _PROGRESSIVE_BEFORE.search(text, max(s_start, cue_start - 12), cue_start)
    if cue.lower().endswith("ing") and not progressive:
        return _participle_attribution(text, s_start, body_end, cue, cue_start, cue_end)
    after = skip_adverbials(text, cue_end, body_end)
    if cue.lower() in OBJECT_CUES:
        hearer = HEARERS.match(text, after, body_end)
        if hearer and not re.match(r"\s*that\b", text[after:body_end]):
            after = skip_adverbials(text, hearer.end(), body_end)
    late_that = _ADVERBIAL_THEN_THAT.match(text, after, body_end)
    if late_that and not THAT_CLAUSE.match(text, after, body_end):
        after = late_that.start(1)  # "said through a spokesman that ...": the content follows
    rest = text[after:body_end]
    comma_before = text.rfind(",", s_start, cue_start)
    tail_is_adverbial = not rest.strip(" ,") or bool(_ADVERBIAL_TAIL.match(rest))
    that = THAT_CLAUSE.match(rest)
    if not tail_is_adverbial and comma_before > s_start and not that:
        tail_is_adverbial = _inverted_speaker_then_tail(
            text, s_start, comma_before, cue_start, cue_end, body_end
        )
    # "In his speech, X said ..." is no "CONTENT, X said"
    opener = (words(text[s_start:comma_before]) or [""])[0].lower()
    adverbial_opening = (
        opener in ADVERBIAL_OPENERS
        and len(words(rest)) >= 3
        and bool(text[comma_before + 1 : cue_start].strip())  # not "In X, ..., said Y"
    )
    if comma_before > s_start and not that and tail_is_adverbial and not adverbial_opening:
        return _content_before(
            text, s_start, body_end, comma_before, cue, cue_start, cue_end, after, quoted
        )
    return _content_after(text, s_start, body_end, cue, cue_start, cue_end, after, that, quoted)


def _inverted_speaker_then_tail(
    text: str, s_start: int, comma_before: int, cue_start: int, cue_end: int, body_end: int
) -> bool:
    """Rule ``inverted_cue_apposition``: "CONTENT, said X, a professor at Y, who ...": the cue
    follows the comma directly and the speaker after it runs to a comma, so what follows the
    speaker is its apposition, not new content."""
    if text[comma_before + 1 : cue_start].strip():
        return False
    if speaker_before(text, s_start, cue_start) is not None:
        return False  # "X's manager, Corey Lewandowski, said the aide, Y, should go": X speaks
    found = speaker_after(text, cue_end, body_end)
    # "CONTENT, said several observers.": the speaker may also end the sentence
    return found is not None and (
        text[found[2] : found[2] + 1] == "," or not text[found[2] : body_end].strip()
    )


def _nested(first: Attribution, second: Attribution, text: str) -> Attribution | None:
    """Rule ``second_attribution``: *second*'s cue lies inside *first*'s content. "A said X, and
    B said Y" (the second speaker opens a new clause inside the first content) or "A, who said X,
    said Y" (the second cue's speaker comes before the first cue): *first*'s content is cut before
    the second clause. None when the second cue is part of the first content."""
    c_start = first.content[0]
    s_start = second.speaker[0]
    if s_start < first.cue_start:
        cut = text.rfind(",", c_start, second.cue_start)
    elif c_start < s_start and _CLAUSE_BREAK.search(text[c_start:s_start]):
        cut = c_start + _CLAUSE_BREAK.search(text[c_start:s_start]).start()
    else:
        return None
    content = trim(text, c_start, cut) if cut > c_start else (c_start, c_start)
    if len(words(text[content[0] : content[1]])) < 3:
        return None
    return Attribution(first.cue, first.cue_start, first.cue_end, first.speaker, content)


def sentence_body_end(text: str, start: int, end: int) -> int:
    """End of a sentence's words: before its final punctuation, closing marks and spaces."""
    while end > start and text[end - 1] in ".!?\"”' ":
        end -= 1
    return end


def _restated(text: str, owner: Attribution, match: CueMatch, body_end: int) -> Attribution | None:
    """*owner*'s statement told with the participle cue *match* that opens its content ("X
    responded, telling reporters (that) CONTENT")."""
    after = skip_adverbials(text, match.end(), body_end)
    if match.group().lower() in OBJECT_CUES:
        hearer = HEARERS.match(text, after, body_end)
        if hearer:
            after = skip_adverbials(text, hearer.end(), body_end)
    that = THAT_CLAUSE.match(text[after:body_end])
    start = after + (that.end() if that else 0)
    content = trim(text, start, min(owner.content[1], body_end))
    if len(words(text[content[0] : content[1]])) < 3:
        return None
    return Attribution(match.group(), match.start(), match.end(), owner.speaker, content)


def sentence_attributions(
    text: str, s_start: int, s_end: int, quoted: list[tuple[int, int]], used: set[int]
) -> list[Attribution]:
    """Reported speech in one sentence: ``X said (that) ...``, ``..., X said.``, ``according to
    X``; several when a second cue opens a clause of its own (``A said X, and B said Y``).

    Cues inside *quoted* spans or already *used* (by a direct quote) are skipped. A cue inside the
    content of an attribution already found counts only by :func:`_nested`.
    """
    body_end = sentence_body_end(text, s_start, s_end)
    found: list[Attribution] = []
    for match in cue_matches(text, s_start, s_end):
        cue_start = match.start()
        if cue_start in used or inside(cue_start, quoted):
            continue
        owner = None
        if found:  # most sentences hold one cue: no attribution to compare with yet
            owner = next(
                (k for k, a in enumerate(found) if a.content[0] <= cue_start < a.content[1]),
                None,
            )
            if owner is None and any(a.cue_start <= cue_start < a.cue_end for a in found):
                continue
            if owner is not None and found[owner].content[0] >= cue_start - 1:
                # "Boeing responded, telling Wikinews the company ...": a content that opens with
                # a cue is that cue's statement (rule restating_participle)
                attribution = _cue_attribution(text, s_start, body_end, match, quoted)
                if attribution is None:  # the participle's subject is the owner's speaker
                    attribution = _restated(text, found[owner], match, body_end)
                if attribution is not None:
                    found[owner] = attribution
                continue
            if owner is not None and not _MAY_NEST.search(text, found[owner].content[0], cue_start):
                continue  # no clause break before it: the cue is part of the content
        attribution = _cue_attribution(text, s_start, body_end, match, quoted)
        if attribution is None:
            continue
        if owner is not None:
            cut = _nested(found[owner], attribution, text)
            if cut is None:
                continue
            found[owner] = cut
        elif found and any(a.content[0] <= attribution.content[0] < a.content[1] for a in found):
            continue
        found.append(attribution)
    for match in object_cues(text, s_start, body_end):
        if match.start() in used or any(
            a.content[0] <= match.start() < a.content[1] or a.cue_start == match.start()
            for a in found
        ):
            continue
        attribution = _object_attribution(text, s_start, body_end, match, quoted)
        if attribution is not None and not any(
            a.content[0] < attribution.content[1] and attribution.content[0] < a.content[1]
            for a in found
        ):
            found.append(attribution)
    return found


def _object_attribution(
    text: str, s_start: int, body_end: int, cue: CueMatch, quoted: list[tuple[int, int]]
) -> Attribution | None:
    """Rule ``object_content``: "X criticized the plan", "X announced his candidacy": the
    object of a verb of :data:`OBJECT_CONTENT_CUES` is what X said (up to a new clause or an
    adverbial, pattern ``object_content_stop``)."""
    cue_start, cue_end = cue.start(), cue.end()
    before = text[max(s_start, cue_start - 12) : cue_start]
    if _NOT_OBJECT_VERB.search(before) or inside(cue_start, quoted):
        return None  # "was criticized", "to announce", "self-described", "the reported deal"
    after = skip_adverbials(text, cue_end, body_end)
    if THAT_CLAUSE.match(text, after, body_end) or text[after : after + 1] in ALL_DOUBLE:
        return None  # "reported that ...", a quote: the other rules read them
    speaker = speaker_before(text, s_start, cue_start)
    if speaker is None:
        return None
    end = content_end(text, after, body_end)
    stop = _OBJECT_CONTENT_STOP.search(text, after, end)
    content = trim(text, after, stop.start() if stop else end)
    if not words(text[content[0] : content[1]]) or _OBJECT_BAD_START.match(text, content[0]):
        return None  # "reported from Washington", "described himself", "announced Friday"
    if quote_like_span(text, content, quoted):
        return None
    if cue.group().lower() in LABEL_OBJECT_CUES and (
        QUOTE_CHARS.search(text, content[0], content[1])
        or _LABEL_OBJECT_BAD_START.match(text, content[0])
        or re.search(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}$", text[speaker[0] : cue_start], re.I)
    ):
        # 'called the plan "reckless"' is its partial quote; "called a strike"; "a process
        # called exfiltration" names a thing
        return None
    return Attribution(cue.group(), cue_start, cue_end, speaker, content)


def sentence_attribution(
    text: str, s_start: int, s_end: int, quoted: list[tuple[int, int]], used: set[int]
) -> Attribution | None:
    """The first reported speech of one sentence (see :func:`sentence_attributions`)."""
    found = sentence_attributions(text, s_start, s_end, quoted, used)
    return found[0] if found else None


def according_to(
    text: str, s_start: int, body_end: int, cue_start: int, cue_end: int
) -> Attribution | None:
    """ "CONTENT, according to X" or "According to X, CONTENT"."""
    found = speaker_after(text, cue_end, body_end) or source_after(text, cue_end, body_end)
    if not found:
        return None
    speaker = found[:2]
    np_end = found[2]
    before = text[s_start:cue_start].rstrip(" ,")
    if before.endswith((":", "—", " -")):  # "It hasn't gone unnoticed: According to X, ..."
        before = ""
    if len(words(before)) >= 3:
        content = trim(text, s_start, s_start + len(before))
    else:
        content = trim(text, np_end, body_end)
    if len(words(text[content[0] : content[1]])) < 3:
        return None
    return Attribution("according to", cue_start, cue_end, speaker, content)


def _new_statement_after(text: str, match: CueMatch, limit: int) -> bool:
    """True when content follows the cue after a quote that ended its sentence ("... Donald."
    He also said Trump's ...): the cue reports something new, it does not tell the quote."""
    after = skip_adverbials(text, match.end(), limit)
    if match.group().lower() in OBJECT_CUES:
        hearer = HEARERS.match(text, after, limit)
        if hearer:
            after = skip_adverbials(text, hearer.end(), limit)
    rest = text[after:limit]
    return (
        bool(rest.strip())
        and rest.lstrip()[0] not in ".,;:!?\"”'’)"
        and not (_ADVERBIAL_TAIL.match(rest))
    )


def post_cue(text: str, after_close: int, limit: int) -> Cue | None:
    """Cue right after a closing quotation mark: ``," Putin said`` or ``," said Sen. X, R-Ariz.``."""
    window_end = min(limit, after_close + 260)
    segment = text[after_close:window_end]
    dash = _SIGNED_QUOTE.match(segment)
    if dash:  # "..." ― Sonya Herridge (a quote signed with a dash)
        name_start = after_close + dash.start(2)
        name_end = after_close + dash.end(2)
        if text[name_end - 1] == "." and text[name_end - 3 : name_end - 1].isalpha():
            name_end -= 1  # "Karen Bobadilla." ends the line, the full stop is not the name
        return dash.group(1), after_close + dash.start(1), name_start, (name_start, name_end)
    lead = re.match(r"[\s,—–-]*", segment)
    position = after_close + (lead.end() if lead else 0)
    if position >= limit or text[position] in ALL_DOUBLE or "\n" in text[after_close:position]:
        return None
    for match in cue_matches(text, position, window_end):
        between = text[position : match.start()]
        if re.search(r"[.!?;\"“”]", between) and not re.search(
            r"\b(?:[A-Z]|Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|Lt|Col|St|Jr)\.", between
        ):
            return None
        apposition = between.rstrip().endswith(",")
        if len(words(between)) > (30 if apposition else 9):
            return None
        cue = match.group()
        sentence_ended = text[after_close - 2 : after_close - 1] in ".!?"
        if (
            sentence_ended
            and between.strip()[:1].isupper()
            and _new_statement_after(text, match, limit)
        ):
            return None  # '"... Donald." He also said Trump's plan ...': a sentence of its own
        if between.strip():
            # "Michael McFaul, a senior fellow at the Hoover Institution, said"
            speaker = (
                speaker_before(text, position, match.start())
                if apposition
                else clean_speaker(text, position, match.start())
            )
            if speaker is None:
                return None
        else:
            found = speaker_after(text, match.end(), limit)
            if found is None:
                return None
            speaker = found[:2]
        return cue, match.start(), match.end(), speaker
    return None


def pre_cue(text: str, s_start: int, open_mark: int) -> Cue | None:
    """Cue right before an opening mark: ``Putin said: "`` / ``he told reporters, "``."""
    pre = text[s_start:open_mark].rstrip()
    if not pre:
        return None
    pre_end = s_start + len(pre)
    for match in reversed(list(cue_matches(text, s_start, pre_end))):
        tail = text[match.end() : pre_end]
        tail_end = skip_adverbials(text, match.end(), pre_end)
        if match.group().lower() in OBJECT_CUES:
            hearer = HEARERS.match(text, tail_end, pre_end)
            if hearer:
                tail_end = skip_adverbials(text, hearer.end(), pre_end)
        if (
            text[tail_end:pre_end].strip(" ,:")
            and len(words(tail)) > 0
            and not re.fullmatch(r"\s*(?:that|this|:|,)?\s*[,:]?", text[tail_end:pre_end])
        ):
            return None
        if match.group().lower() == "according to":
            return None
        participle = (
            match.group().endswith("ing") and text[match.start() - 2 : match.start()] == ", "
        )
        # "Clinton claimed victory in a tweet, saying: "...": the sentence's subject speaks
        speaker = clause_subject(text, s_start, match.start()) if participle else None
        if speaker is None:
            speaker = speaker_before(text, s_start, match.start())
        if speaker is None:
            return None
        return match.group(), match.start(), match.end(), speaker
    return None


def colon_cue(text: str, s_start: int, colon: int) -> Cue | None:
    """Construction ``colon_introduction``: ``She offered up this sound bite: "..."``: a quote
    introduced by a colon with no cue word is told by the subject of the clause before it
    (:func:`helpers.quotes.speakers.clause_subject`)."""
    speaker = clause_subject(text, s_start, colon, strict=True)
    return (":", colon, colon + 1, speaker) if speaker is not None else None


def partial_cue(text: str, s_start: int, open_mark: int) -> Cue | None:
    """The nearest cue before a partial quote in its sentence, and that clause's subject."""
    cues = [m for m in cue_matches(text, s_start, open_mark) if m.group().lower() != "according to"]
    cues += list(PARTIAL_CUE_RE.finditer(text, s_start, open_mark))
    if not cues:
        return None
    cue = max(cues, key=lambda m: m.start())
    speaker = None
    if not cue.group().endswith("ing"):
        speaker = speaker_before(text, s_start, cue.start())
    if speaker is None:
        speaker = clause_subject(text, s_start, cue.start())
    if speaker is None:
        # the nearest name or he/she before the cue ("Following the debate, Trump tweeted")
        for match in reversed(list(_NAME_OR_PRONOUN.finditer(text, s_start, cue.start()))):
            if text[match.start() - 1 : match.start()] == "(":
                continue  # "Jason Chaffetz (R-Utah)": a party and state, not a speaker
            found = match.group()
            if (
                " " not in found.strip()
                and found.strip()[:1].isupper()
                and not is_name_word(found.strip())
                and found.strip().lower() not in PRONOUNS_PERSON
            ):
                continue  # "Citing ...", "Holding signs calling ...": a common word, no name
            speaker = clean_speaker(text, match.start(), match.end())
            if speaker is not None:
                break
    if speaker is None:
        return None
    return cue.group(), cue.start(), cue.end(), speaker
