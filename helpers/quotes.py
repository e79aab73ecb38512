"""Who is quoted: direct, partial and reported speech with resolved speakers (rule-based).

The extractor uses regular expressions and the sentence splitter of :mod:`helpers.text` (NLTK Punkt);
no language model and no download. One row per quote (:data:`QUOTE_COLUMNS`):

* ``direct``: a quotation that stands as a sentence or more (``"We will win," she said.``); a quote
  interrupted by its cue (``"A," he said. "B."``) is one row; a quote running over several paragraphs
  (an opening mark with no closing mark at the paragraph end, the next paragraph opening again) is one
  row; a quote with no cue of its own ("floating") inherits the current speaker.
* ``partial``: a few quoted words inside a reported sentence
  (``Belarus is in a "difficult situation," Putin said``). Quoted words with no speech cue in their
  sentence are scare quotes or titles and are not kept.
* ``indirect``: reported speech (``X said that ...``, ``X said Tuesday ...``, ``..., X said.``,
  ``according to X``). A partial quote also counts in the reported statement it sits in.

Speakers are kept as written and resolved within the article:

* a surname becomes the full name used earlier ("Putin" -> "Vladimir Putin");
* ``he`` / ``she`` become the later of the last named person speaker and the last person named as
  a clause subject outside quotation marks ("Trump has also commented ... On Wednesday, he told"),
  of a compatible gender (gender comes only from ``Mr.``/``Mrs.``/``Ms.`` and from the short
  first-name lists :data:`MALE_NAMES` / :data:`FEMALE_NAMES`; unknown gender is compatible with
  both; runs such as "New York" or "World War II" are not persons);
* a description ("the Kremlin chief") becomes a person only when the article links the two, as in
  "Kremlin chief Vladimir Putin" or "Putin, the Kremlin chief"; otherwise it is kept as written.

Speaker kind is ``person``, ``organisation`` or ``anonymous`` (unnamed sources, officials, people; and
pronouns such as "they" that cannot be resolved).

Cues: :data:`SPEECH_CUES` (verbs of saying, writing, agreeing, demanding and hinting) introduce
quotes and reported speech; verbs of judging or quoting ("blasted", "has been pounding",
"pointed to", "sings", "characterized") introduce partial quotes only.

Known limits: no parser, so long subjects with relative clauses, nested attributions and cues that are
not in :data:`SPEECH_CUES` are missed; see the notebook's Caveats.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

import numpy as np
import pandas as pd

from helpers.corpus import (
    ARTICLE_ID,
    END,
    OUTLET,
    PARAGRAPH_INDEX,
    PUBLISHED,
    START,
    TEXT,
    TITLE,
)
from helpers.text import NEWS_ABBREVIATIONS, paragraph_spans, stopwords

__all__ = [
    "CUE",
    "CUE_START",
    "DIRECT",
    "INDIRECT",
    "PARTIAL",
    "QUOTE",
    "QUOTE_COLUMNS",
    "QUOTE_TYPE",
    "RESOLVED_SPEAKER",
    "SPEAKER",
    "SPEAKER_END",
    "SPEAKER_KIND",
    "SPEAKER_START",
    "extract_quotes",
    "extract_quotes_from_text",
    "quote_explorer",
    "quotes_by_speaker_and_outlet",
    "quotes_in_context",
    "speaker_timeline",
    "top_speakers",
    "with_article_info",
]

# --------------------------------------------------------------------------------------------------
# Column contract of the quote table
# --------------------------------------------------------------------------------------------------

#: Quote table: the quoted or reported words (fragments of a split quote joined by a space).
QUOTE = "quote"
#: Quote table: ``direct``, ``partial`` or ``indirect``.
QUOTE_TYPE = "quote_type"
#: Quote table: the speaker as written in the article ("he", "the Kremlin chief", "Putin").
SPEAKER = "speaker"
#: Quote table: the speaker resolved within the article ("Vladimir Putin"), else as written.
RESOLVED_SPEAKER = "resolved_speaker"
#: Quote table: ``person``, ``organisation`` or ``anonymous``.
SPEAKER_KIND = "speaker_kind"
#: Quote table: the speech verb or phrase ("said", "according to"; "" for a floating quote).
CUE = "cue"
#: Quote table: offset of the cue in ``text`` (-1 when there is none).
CUE_START = "cue_start"
#: Quote table: offsets of the speaker as written in ``text`` (-1 when inherited or absent).
SPEAKER_START = "speaker_start"
SPEAKER_END = "speaker_end"

DIRECT = "direct"
PARTIAL = "partial"
INDIRECT = "indirect"
PERSON = "person"
ORGANISATION = "organisation"
ANONYMOUS = "anonymous"

#: Columns of :func:`extract_quotes`; ``text[start:end]`` is the quote (for a merged split quote it
#: also spans the cue between the fragments), offsets exclude the quotation marks.
QUOTE_COLUMNS: tuple[str, ...] = (
    ARTICLE_ID,
    QUOTE,
    START,
    END,
    QUOTE_TYPE,
    SPEAKER,
    RESOLVED_SPEAKER,
    SPEAKER_KIND,
    CUE,
    PARAGRAPH_INDEX,
    CUE_START,
    SPEAKER_START,
    SPEAKER_END,
)

# --------------------------------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------------------------------

#: Speech verbs (all inflected forms listed) that introduce a quote or reported speech.
SPEECH_CUES: frozenset[str] = frozenset(
    """say says said saying tell tells told telling add adds added adding state states stated
    explain explains explained note notes noted argue argues argued claim claims claimed insist
    insists insisted warn warns warned write writes wrote tweet tweets tweeted declare declares
    declared announce announces announced reply replies replied respond responds responded
    acknowledge acknowledges acknowledged admit admits admitted recall recalls recalled suggest
    suggests suggested assert asserts asserted contend contends contended maintain maintains
    maintained stress stresses stressed emphasize emphasizes emphasized emphasise emphasises
    emphasised predict predicts predicted complain complains complained concede concedes conceded
    counter counters countered confirm confirms confirmed report reports reported ask asks asked
    urge urges urged continue continues continued conclude concludes concluded promise promises
    promised vow vows vowed caution cautions cautioned observe observes observed remark remarks
    remarked testify testifies testified boast boasts boasted joke jokes joked quip quips quipped
    exclaim exclaimed reiterate reiterates reiterated disclose discloses disclosed reveal reveals
    revealed deny denies denied pledge pledges pledged assure assures assured announce
    allege alleges alleged charge charges charged mention mentions mentioned posted shouted
    yelled answered answer answers wondered wonder wonders estimate estimates estimated
    predicted indicated indicate indicates arguing noting claiming insisting warning suggesting
    explaining stressing asking declaring acknowledging agree agrees agreed echo echoes echoed
    demand demands demanded signal signals signaled signalled hint hints hinted clarify clarifies
    clarified lament laments lamented recommend recommends recommended propose proposes proposed
    reaffirm reaffirms reaffirmed speculate speculates speculated mused muses grumbled grumbles
    sings sang""".split()
)
#: Verbs that take the hearer as object before the content ("told reporters that ...").
_OBJECT_CUES = frozenset(
    "tell tells told telling ask asks asked urge urges urged assure assures assured warn warns warned "
    "remind reminds reminded".split()
)
#: Verbs that mark a partial quote only ("called it a 'disaster'", "described it as 'unfair'").
_LABEL_CUES = frozenset(
    "call calls called calling describe describes described describing dub dubs dubbed label "
    "labels labeled labelled brand brands branded term terms termed".split()
)

_TITLES = frozenset(
    """president presidents sen senator rep representative gov governor minister prime secretary
    chancellor mayor judge justice gen general dr mr mrs ms miss prof professor chairman chairwoman
    chair chief executive officer director spokesman spokeswoman spokesperson leader king queen
    prince princess pope ambassador attorney commissioner deputy vice speaker sheriff lt col capt
    rev adm sgt cmdr maj premier candidate nominee democrat democratic republican gop former
    first lady lord sir dame cardinal bishop rabbi imam coach manager founder ceo cfo coo
    chairperson head house senate state u.s us foreign finance defense defence interior
    opposition presidential vice-president exchequer treasurer secretary-general undersecretary
    trade agriculture economy commerce energy labor labour treasury central""".split()
)
_HONORIFIC_MALE = frozenset({"mr", "sir", "lord", "king", "prince", "father"})
_HONORIFIC_FEMALE = frozenset(
    {"mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "sister"}
)

#: Common male first names (US/UK census top names and frequent names in international news).
MALE_NAMES: frozenset[str] = frozenset(
    """james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald
    edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon
    benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam
    nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry
    gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel
    logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason
    philip louis bill mike jim tom bob dick ted newt mitt marco jeb rand ben chris tim tony barack
    bernie vladimir dmitry sergei alexei boris emmanuel francois nicolas angela xi shinzo recep
    benjamin ali mohammed muhammad ahmed omar hassan hussein abdul ibrahim mahmoud viktor volodymyr
    petro alexander aleksandr igor ivan nikolai mikhail yuri oleg andrei pierre jean jacques
    michel helmut gerhard olaf wolfgang frank-walter rishi keir nigel jeremy gordon tony david
    justin stephen narendra rahul imran nawaz kim moon jae-in lee pedro luiz jair mauricio hugo
    evo fidel raul enrique carlos luis miguel juan antonio manuel francisco javier mario giuseppe
    matteo silvio sebastian kurt mark mike rudy rudolph reince kellyanne corey paul chuck harry
    mitch lindsey ted marco kevin nancy-not steve sean jared eric hunter beau joe kamala-not
    lyndon dwight franklin woodrow abraham ulysses""".split()
)
#: Common female first names.
FEMALE_NAMES: frozenset[str] = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela
    nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
    heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
    megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice
    jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa
    sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary chelsea
    kellyanne huma ivanka melania michelle kamala elizabeth tulsi nikki sarah condoleezza madeleine
    theresa theresa angela ursula christine marine segolene svetlana yulia tatiana olga natalia
    irina elena maria valentina aung indira benazir sheikh-not jacinda julia nicola jill debbie
    dianne barbara carly hope omarosa kellie katrina dana loretta janet susan samantha nikki
    gennifer paula juanita kathleen monica""".split()
)

_ANON_HEADS = frozenset(
    """source sources official officials people person aide aides diplomat diplomats analyst
    analysts observer observers expert experts critic critics witness witnesses resident residents
    insider insiders spokesman spokeswoman spokesperson representative representatives supporter
    supporters opponent opponents lawmaker lawmakers economist economists trader traders dealer
    dealers banker bankers executive executives someone others many some voter voters member
    members advisers advisors adviser advisor activists activist investigators investigator
    researchers researcher scientists scientist authorities staffers staffer
    republicans democrats""".split()
)
_ORG_HEADS = frozenset(
    """company companies firm ministry government department party committee campaign agency bank
    group police office council court union association board administration commission
    parliament congress senate house kremlin pentagon army military navy institute university
    organization organisation corporation corp inc co ltd plc fund exchange bureau center centre
    foundation network newspaper paper magazine station team club league federation authority
    statement report study survey poll document documents letter filing memo website cabinet
    regime embassy consulate palace service services times post journal news reuters ap afp
    cnn nbc abc cbs fox msnbc bloomberg xinhua tass interfax group's unit subsidiary
    coalition alliance movement bloc chamber legislature assembly state""".split()
)
_PRONOUNS_PERSON = {"he": "male", "she": "female", "him": "male", "her": "female"}
_PRONOUNS_OTHER = frozenset({"they", "we", "i", "you", "it", "one", "this", "that", "who"})

_FUNCTION_WORDS = stopwords()
#: Words that show a chunk is a clause, not a speaker noun phrase.
_NOT_IN_SPEAKER = frozenset(
    """is was were are be been being am has have had do does did will would can could should may
    might must shall not n't no there when while because if although though since after before
    until unless so than then as what which where why how whether also yet still just even
    said says say told tell added adds claimed""".split()
)
_LEADING_CONNECTIVES = frozenset(
    """but and so yet still meanwhile however instead now later earlier also then thus indeed
    moreover furthermore nevertheless nonetheless separately similarly likewise besides
    initially finally ultimately notably plus""".split()
)
_TRAILING_ADVERBS = frozenset(
    """has have had also later previously then again repeatedly once recently earlier reportedly
    publicly privately simply often frequently would will could may might did does do never always
    just already even still further flatly bluntly angrily quietly proudly loudly firmly
    sharply openly separately initially originally now first once famously correctly falsely
    wrongly rightly bluntly""".split()
)

_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_ADVERBIAL = re.compile(
    r"\s*,?\s*(?:"
    rf"(?:on\s+|late\s+|early\s+|last\s+|this\s+|next\s+)?(?:{_WEEKDAYS})(?:\s+(?:morning|afternoon|"
    r"evening|night))?"
    r"|today|yesterday|tonight|earlier|later|recently|again|also|repeatedly|previously|privately|"
    r"publicly|once|then|flatly|simply|further|too"
    r"|(?:last|this|earlier this|late last|early last)\s+(?:week|month|year|weekend|spring|summer|"
    r"fall|autumn|winter|morning|night)"
    r"|in\s+(?:a|an|his|her|their|its|the|one)\s+(?:[\w'’-]+\s+){0,3}?(?:statement|interview|speech|"
    r"tweet|post|letter|email|memo|remarks|address|conference|briefing|call|appearance|report|"
    r"filing|op-ed|essay|message|video|broadcast|release|debate|rally|hearing|session|meeting|"
    r"press conference|news conference|event)s?(?:\s+(?:on|with|to|at|in)\s+(?:the\s+)?"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?"
    r"|in\s+televised\s+remarks|on\s+(?:twitter|facebook|television|tv|radio|cnn|fox|msnbc|"
    r"air|the\s+phone|the\s+radio)"
    r")(?=\W|$)",
    re.IGNORECASE,
)
_HEARERS = re.compile(
    r"\s*(?:reporters|journalists|supporters|the\s+crowd|the\s+audience|voters|him|her|them|us|me|"
    r"you|lawmakers|senators|members|the\s+[\w-]+|a\s+[\w-]+(?:\s+[\w-]+)?|an\s+[\w-]+|"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:['’]s\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?)"
    r"(?=\W|$)"
)

_DOUBLE_OPEN = "“«„"
_DOUBLE_CLOSE = "”»"
_STRAIGHT = '"'
_ALL_DOUBLE = _DOUBLE_OPEN + _DOUBLE_CLOSE + _STRAIGHT
_QUOTE_CHARS = re.compile(f"[{_ALL_DOUBLE}]")
_WORD_RE = re.compile(r"[\w][\w.'’-]*")
_CUE_RE = re.compile(
    r"\b(?:according\s+to|pointed\s+out|went\s+on\s+to\s+say|went\s+on|"
    + "|".join(sorted(SPEECH_CUES, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_LABEL_RE = re.compile(r"\b(?:" + "|".join(sorted(_LABEL_CUES, key=len, reverse=True)) + r")\b")
_CAP_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.|(?:de|da|van|von|der|bin|al|la|le|del)$)")
_NAME_RUN = re.compile(
    r"(?:[A-Z][a-zA-Z'’-]+\.?|[A-Z]\.)(?:\s+(?:(?:de|da|van|von|der|bin|al|la|le|del)\s+)?"
    r"(?:[A-Z][a-zA-Z'’-]+|[A-Z]\.))+"
)
_PUNCT_END = ".,;:!?…"

# --------------------------------------------------------------------------------------------------
# Quotation marks
# --------------------------------------------------------------------------------------------------


@dataclass
class _Quoted:
    """A stretch in quotation marks: ``open``/``close`` are the mark positions (close may be None)."""

    pieces: list[tuple[int, int]]  # (start, end) of the words inside the marks, per paragraph
    open_mark: int
    close_mark: int  # position just after the closing mark (or the paragraph end when unclosed)
    paragraph: int
    closed: bool


def _mark_kind(text: str, i: int) -> str:
    """Return ``open``, ``close`` or ``either`` for the quotation mark at *i*."""
    ch = text[i]
    if ch in _DOUBLE_OPEN:
        return "open"
    if ch in _DOUBLE_CLOSE:
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    open_like = before.isspace() or before in "([{—–-/"
    close_like = after.isspace() or after in _PUNCT_END + ")]}—–-/"
    if open_like and not close_like:
        return "open"
    if close_like and not open_like:
        return "close"
    return "either"


def _quoted_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[_Quoted]:
    """Pair the double quotation marks paragraph by paragraph; an odd count never fails.

    An opening mark left open at a paragraph end continues into the next paragraph when that one
    opens with a quotation mark (the news convention); otherwise the quote ends with its paragraph.
    """
    found: list[_Quoted] = []
    carry: _Quoted | None = None
    for index, (p_start, p_end) in enumerate(paragraphs):
        current: _Quoted | None = None
        marks = [m.start() for m in _QUOTE_CHARS.finditer(text, p_start, p_end)]
        if carry is not None and marks and marks[0] == p_start:
            current = carry
            current.pieces.append((p_start + 1, p_start + 1))
            marks = marks[1:]
        elif carry is not None:
            found.append(carry)
        carry = None
        for i in marks:
            kind = _mark_kind(text, i)
            if current is None:
                if kind == "close" and not (
                    i == p_start
                    or (text[i - 1].isspace() and i + 1 < p_end and text[i + 1].isalnum())
                ):
                    continue  # a stray closing mark (one opening a line counts as opening)
                current = _Quoted([(i + 1, i + 1)], i, -1, index, False)
            else:
                if kind == "open" and text[i - 1 : i].isspace():
                    # an opening mark while one is open: the earlier one was never closed
                    current.pieces[-1] = (current.pieces[-1][0], _rstrip_pos(text, i))
                    current.close_mark = i
                    found.append(current)
                    current = _Quoted([(i + 1, i + 1)], i, -1, index, False)
                    continue
                current.pieces[-1] = (current.pieces[-1][0], i)
                current.close_mark = i + 1
                current.closed = True
                found.append(current)
                current = None
        if current is not None:
            current.pieces[-1] = (current.pieces[-1][0], p_end)
            current.close_mark = p_end
            carry = current
    if carry is not None:
        found.append(carry)
    for quoted in found:
        quoted.pieces = [
            (s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in quoted.pieces if e > s
        ]
        quoted.pieces = [(s, e) for s, e in quoted.pieces if e > s]
    return [q for q in found if q.pieces]


def _rstrip_pos(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


# --------------------------------------------------------------------------------------------------
# Speakers
# --------------------------------------------------------------------------------------------------


def _words(chunk: str) -> list[str]:
    return _WORD_RE.findall(chunk)


_NOT_SPEAKER_START = frozenset(
    """on at in of for from with following during after before by to into over under about
    me us him them perhaps instead contrary however meanwhile indeed also still then there here
    when while if as because although though since until unless whether yes no not""".split()
)
_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday monday's tuesday's wednesday's
    thursday's friday's saturday's sunday's monday’s tuesday’s wednesday’s thursday’s friday’s
    saturday’s sunday’s today yesterday tonight week month year january february march april june
    july august september october november december""".split()
)


def _is_modifier_chunk(chunk: str) -> bool:
    """An appositive bit that cannot be the speaker: an age, "of Ashton", a state ("Md.")."""
    stripped = chunk.strip()
    words = _words(stripped)
    if not words:
        return True
    first = words[0].lower()
    return (
        stripped.isdigit()
        or first in ("of", "from", "in", "at", "who", "whose", "which")
        or (len(words) == 1 and stripped.endswith(".") and len(stripped) <= 6)
        or bool(re.fullmatch(r"[A-Z]-[A-Z][\w.]*", stripped))
    )


_LY_NOUNS = frozenset(
    "ally family assembly daily weekly monthly quarterly supply rally anomaly bully tally".split()
)


def _clean_speaker(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim a candidate speaker span and check it looks like a noun phrase; None if not."""
    chunk = text[start:end]
    # leading connectives and punctuation
    while True:
        stripped = chunk.lstrip(" ,;:—–-\"“”'(")
        start += len(chunk) - len(stripped)
        chunk = stripped
        first = re.match(r"[\w'’]+", chunk)
        if first and first.group().lower() in _LEADING_CONNECTIVES and len(_words(chunk)) > 1:
            start += first.end()
            chunk = chunk[first.end() :]
            continue
        break
    # trailing adverbs and auxiliaries
    while True:
        stripped = chunk.rstrip(" ,;:—–-")
        end -= len(chunk) - len(stripped)
        chunk = stripped
        last = re.search(r"[\w'’]+$", chunk)
        trailing = last.group().lower() if last else ""
        adverb = trailing in _TRAILING_ADVERBS or (
            trailing.endswith("ly") and last.group().islower() and trailing not in _LY_NOUNS
        )
        if last and adverb and len(_words(chunk)) > 1:
            end -= len(chunk) - last.start()
            chunk = chunk[: last.start()]
            continue
        break
    # "Karen Bobadilla." at the end of a line: the full stop is not part of the name
    if chunk.endswith(".") and len(chunk) > 4 and chunk[-4:-1].isalpha() and chunk[-4:-1].islower():
        last_word = chunk.rsplit(None, 1)[-1].rstrip(".").lower()
        if last_word not in NEWS_ABBREVIATIONS:
            chunk = chunk[:-1]
            end -= 1
    paren = re.search(r"\s*\([^()]*\)\s*$", chunk)
    if paren and paren.start() > 0:  # "Rep. Gwen Moore (D-Wis.)"
        end -= len(chunk) - paren.start()
        chunk = chunk[: paren.start()]
    words = _words(chunk)
    if not words or len(words) > 9 or _QUOTE_CHARS.search(chunk) or "," in chunk:
        return None
    lower = [w.lower() for w in words]
    if lower[0] in _NOT_SPEAKER_START or any(w in _TIME_WORDS for w in lower):
        return None  # "on Tuesday's", "Following Monday's", "me this week", "Perhaps"
    if any(w in _NOT_IN_SPEAKER for w in lower):
        return None
    if len(words) > 1 and lower[0].endswith("ing") and words[1][0].islower():
        return None  # "Addressing a forum": a participle clause, not a speaker
    if (
        len(words) == 1
        and lower[0] in _FUNCTION_WORDS
        and lower[0] not in _PRONOUNS_PERSON
        and lower[0] not in ("they", "we", "i", "you", "it")
    ):
        return None
    # a lower-case start is fine for "officials", "sources", "people familiar with ...",
    # "panel Chairman Jason Chaffetz"
    if (
        not any(w[0].isupper() for w in words[1:])
        and not (words[0][0].isupper() or lower[0] in _FUNCTION_WORDS or words[0][0].isdigit())
        and lower[0] not in _ANON_HEADS
        and lower[0] not in _ORG_HEADS
        and lower[-1] not in _ANON_HEADS
        and lower[-1] not in _ORG_HEADS
    ):
        return None
    if (
        len(words) > 1
        and lower[-1] in _FUNCTION_WORDS
        and lower[-1] not in _PRONOUNS_PERSON
        and lower[-1] not in ("them", "us", "others", "some", "many", "both", "all")
    ):
        return None
    return start, end


def _appositive(chunk: str) -> bool:
    """True for an apposition such as "the Kremlin chief" or "director of the institute at X"."""
    words = _words(chunk)
    lower = {w.lower() for w in words}
    return 0 < len(words) <= 20 and not lower & _NOT_IN_SPEAKER and not _QUOTE_CHARS.search(chunk)


def _speaker_before(text: str, clause_start: int, cue_start: int) -> tuple[int, int] | None:
    """Find the subject of a cue: the noun phrase before it, skipping an apposition.

    For a second verb ("X promised ... and said ...") the subject is the sentence's subject.
    """
    chunk = text[clause_start:cue_start]
    if re.search(r"(?:^|\s)(?:and|but|then)(?:\s+(?:also|later|then))?\s*$", chunk):
        subject = _SENTENCE_SUBJECT.match(text, clause_start, cue_start)
        if subject:
            return _clean_speaker(text, subject.start(1), subject.end(1))
        return None
    chunk_end = clause_start + len(chunk.rstrip())
    stripped = text[clause_start:chunk_end]
    if stripped.endswith(","):
        # "Putin, the Kremlin chief, said": take the phrase before the apposition
        inner = stripped[:-1]
        bounds = [-1] + [m.start() for m in re.finditer(r"[,;:]", inner)] + [len(inner)]
        chunks = [(bounds[k] + 1, bounds[k + 1]) for k in range(len(bounds) - 1)]
        if len(chunks) < 2 or not _appositive(inner[chunks[-1][0] : chunks[-1][1]]):
            return None
        for k in range(len(chunks) - 2, -1, -1):
            c_start, c_end = chunks[k]
            if _is_modifier_chunk(inner[c_start:c_end]) and k > 0:
                continue
            return _clean_speaker(text, clause_start + c_start, clause_start + c_end)
        return None
    boundary = max(stripped.rfind(","), stripped.rfind(";"), stripped.rfind(":"))
    boundary = max(boundary, stripped.rfind(" — "), stripped.rfind(" – "))
    for mark in (
        " that ",
        " which ",
        " who ",
        " after ",
        " before ",
        " when ",
        " while ",
        " because ",
        " since ",
        " although ",
        " though ",
        " until ",
        " where ",
        " if ",
    ):
        position = stripped.rfind(mark)
        if position > boundary:
            if mark == " who ":
                return None  # a relative clause: "Smith, who said ..." is handled elsewhere
            boundary = position + len(mark) - 1
    return _clean_speaker(text, clause_start + boundary + 1, chunk_end)


def _speaker_after(text: str, start: int, limit: int) -> tuple[int, int, int] | None:
    """Speaker after an inverted cue (``said Sen. John McCain, R-Ariz.``): span and end of NP."""
    match = re.match(
        r"[^,;:.!?\"“”—–()]+(?:\.[^,;:!?\"“”—–()\s][^,;:!?\"“”—–()]*)*", text[start:limit]
    )
    if not match:
        return None
    raw_end = start + match.end()
    # abbreviations such as "Sen." end the regex early; extend over "Sen. John McCain"
    while raw_end < limit and text[raw_end] == "." and re.match(r"\.\s+[A-Z]", text[raw_end:limit]):
        word = re.search(r"[\w]+$", text[start:raw_end])
        if not word or word.group().lower() not in _TITLES | NEWS_ABBREVIATIONS:
            break
        nxt = re.match(r"\.\s+[^,;:.!?\"“”—–()]+", text[raw_end:limit])
        if not nxt:
            break
        raw_end += nxt.end()
    found = _clean_speaker(text, start, raw_end)
    if not found:
        return None
    words = _words(text[found[0] : found[1]])
    if len(words) > 7:
        return None
    return found[0], found[1], raw_end


def _name_of(phrase: str) -> str:
    """The person name inside a speaker phrase ("Russian President Vladimir Putin" -> "Vladimir
    Putin"), or "" when the phrase holds no capitalised name. A name before an apposition or a
    prepositional phrase wins ("Del. Stacey Plaskett of the Virgin Islands" -> "Stacey Plaskett")."""
    head = re.split(r",|\s+(?:of|from|at|for|with|in|on)\s+", phrase.strip(), maxsplit=1)[0]
    if head != phrase.strip():
        name = _name_of(head)
        if name:
            return name
    phrase = re.sub(r"['’]s$", "", phrase.strip())
    tokens = phrase.split()
    run: list[str] = []
    for token in reversed(tokens):
        bare = token.strip(",;:")
        if _CAP_TOKEN.match(bare) and bare.lower().rstrip(".") not in _TITLES:
            run.append(bare)
        else:
            break
    run.reverse()
    while run and (run[0].lower().rstrip(".") in _TITLES or run[0].lower() in _FUNCTION_WORDS):
        run.pop(0)
    if run and run[0].lower().endswith(("ian", "ese", "ish")) and len(run) > 2:
        run.pop(0)
    return " ".join(run)


def _looks_like_org(phrase: str) -> bool:
    words = [w.lower().strip("'’") for w in _words(phrase)]
    if not words:
        return False
    if words[-1] in _ORG_HEADS:
        return True
    bare_words = _words(phrase)
    if all(w[0].isupper() for w in bare_words) and any(w in _ORG_HEADS for w in words):
        return True
    bare = _words(phrase)
    return len(bare) == 1 and bare[0].isupper() and len(bare[0]) > 1


def _gender(name: str, phrase: str) -> str:
    lower = [w.lower().rstrip(".") for w in _words(phrase)]
    if any(w in _HONORIFIC_FEMALE for w in lower):
        return "female"
    if any(w in _HONORIFIC_MALE for w in lower):
        return "male"
    first = name.split()[0].lower() if name else ""
    if first in FEMALE_NAMES and first not in MALE_NAMES:
        return "female"
    if first in MALE_NAMES and first not in FEMALE_NAMES:
        return "male"
    return "unknown"


_ORG_NAME = re.compile(r"\b[A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&'’.-]*)*")
_COMPANY_SUFFIXES = frozenset(
    "corp corporation inc co ltd plc group company holdings industries ag sa nv llc bank".split()
)
_GENERIC_ORG_HEADS = frozenset({"company", "firm", "group", "corporation", "concern"})


#: Capitalised words that make a name run a place, event or institution rather than a person
#: ("New York", "World War II", "National Convention", "Gold Star").
_NOT_PERSON_WORDS = frozenset(
    """new york war world national convention gold star united states america american north south
    east west island islands street wall city county republic kingdom union nations white black
    day news fox media festival award prize act law bill tax trade club league school college
    church hall tower square park river lake mountain valley airport hospital museum theater
    theatre stadium hotel road avenue district region province empire europe european asia asian
    africa african russia russian china chinese middle great super monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august september
    october november december""".split()
)


_TITLED_SURNAME = re.compile(
    r"\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|President|Senator|Governor)\.?\s+([A-Z][a-z][\w'’-]*)\b(?!\s+[A-Z])"
)


def _person_like(name: str) -> bool:
    """A two-word-or-longer capitalised run that may name a person (not a place or an institution)."""
    words = [w.lower().rstrip(".").removesuffix("'s").removesuffix("’s") for w in name.split()]
    if any(len(w) > 2 and w.isupper() and w not in ("III", "VIII") for w in name.split()):
        return False  # a dateline or a heading in capitals ("MIDWAY ATOLL")
    return not any(
        w in _NOT_PERSON_WORDS or w in _ORG_HEADS or w in _TITLES or w in _FUNCTION_WORDS
        for w in words
    ) and not any(w.endswith(("'s", "’s")) for w in name.split()[:-1])


_SENTENCE_STOP_IN_RUN = re.compile(r"\b([A-Z][a-z]{2,})\.\s")


class _Names:
    """Names and descriptions introduced in one article (read on first use)."""

    def __init__(self, text: str, quoted: list[tuple[int, int]] | None = None) -> None:
        self._text = text
        self._quoted = sorted(quoted or [])

    @cached_property
    def person_mentions(self) -> list[tuple[int, str, str]]:
        """(position, full name, gender) of every person mention outside quotation marks: full
        names, and surnames of full names met in the article ("Mr. Obama", "Trump")."""
        persons = [(p, n, g) for p, n, g in self.full if _person_like(n)]
        text = self._text
        found = [  # a name standing alone on its line is a heading ("Divisive Legacy"), not a mention
            (p, n, g)
            for p, n, g in persons
            if text[text.rfind("\n", 0, p) + 1 : p].strip()
            or text[p + len(n) : (text.find("\n", p) + 1 or len(text) + 1) - 1].strip(" .:")
        ]
        surnames = {n.split()[-1] for _, n, _ in persons if n.split()[-1][:1].isupper()}
        if surnames:
            pattern = r"\b(?:" + "|".join(re.escape(w) for w in sorted(surnames)) + r")\b"
            for match in re.finditer(pattern, self._text):
                full = self.full_name(match.group(), match.start())
                if full is None or not _person_like(full):
                    continue
                before = self._text[max(0, match.start() - 6) : match.start()].lower()
                honorific = re.search(r"(\w+)\.?\s+$", before)
                gender = self.gender_of(full)
                if honorific and honorific.group(1) in _HONORIFIC_MALE:
                    gender = "male"
                elif honorific and honorific.group(1) in _HONORIFIC_FEMALE:
                    gender = "female"
                found.append((match.start(), full, gender))
        # a title and a surname with no full name in the article: "Mr. Obama", "Sen. Vitter"
        for match in _TITLED_SURNAME.finditer(text):
            surname = match.group(2)
            if surname in surnames or not _person_like(surname):
                continue
            title = match.group(1).lower()
            gender = (
                "male"
                if title in _HONORIFIC_MALE
                else "female"
                if title in _HONORIFIC_FEMALE
                else "unknown"
            )
            found.append((match.start(2), surname, gender))
        found.sort()
        return [
            m for m in found if not _inside(m[0], self._quoted) and self._subject_position(m[0])
        ]

    def _subject_position(self, position: int) -> bool:
        """True when only titles, names and connectives stand between the last clause boundary and
        *position* ("But Sen. Tim Kaine ..." yes, "... told Tim Kaine" no)."""
        window = self._text[max(0, position - 80) : position]
        chunk = re.split(r"[.!?\n,;:—–(]", window)[-1]
        return all(
            w[0].isupper()
            or w.lower() in _TITLES
            or w.lower() in _LEADING_CONNECTIVES
            or w.lower() in ("the", "a", "an")
            for w in _words(chunk)
        )

    def last_mention_before(self, position: int, gender: str) -> tuple[int, str] | None:
        """The nearest person mention before *position* of a compatible gender."""
        mentions = self.person_mentions
        index = bisect_left(mentions, (position,)) - 1
        while index >= 0:
            pos, name, g = mentions[index]
            if g in (gender, "unknown"):
                return pos, name
            index -= 1
        return None

    @cached_property
    def full(self) -> list[tuple[int, str, str]]:
        """(position, full name, gender) of every person name."""
        return self._scanned[0]

    @cached_property
    def descriptions(self) -> list[tuple[int, str, str]]:
        """(position, description, full name): "kremlin chief" -> "Vladimir Putin"."""
        return self._scanned[1]

    def _name_runs(self) -> list[tuple[int, int]]:
        """Spans of capitalised runs, cut where a full stop after a word ends a sentence
        ("... said Trump. Bernie Sanders" -> "Trump", "Bernie Sanders")."""
        runs = []
        for match in _NAME_RUN.finditer(self._text):
            start = match.start()
            for stop in _SENTENCE_STOP_IN_RUN.finditer(match.group()):
                if stop.group(1).lower() in _TITLES | NEWS_ABBREVIATIONS:
                    continue
                runs.append((start, match.start() + stop.end(1) - 1))
                start = match.start() + stop.end()
            runs.append((start, match.end()))
        return runs

    @cached_property
    def _scanned(self) -> tuple[list[tuple[int, str, str]], list[tuple[int, str, str]]]:
        text = self._text
        names = _Scan()
        for run_start, run_end in self._name_runs():
            phrase = text[run_start:run_end]
            name = _name_of(phrase)
            if len(name.split()) < 2 or _looks_like_org(name):
                continue
            first = name.split()[0]
            if first.lower() in _FUNCTION_WORDS or first.lower() in _LEADING_CONNECTIVES:
                continue
            name_start = run_start + phrase.rfind(name) if name in phrase else run_start
            # the honorific may sit just before the run ("Mrs. Clinton" is caught as one run)
            context = text[max(0, run_start - 40) : run_end]
            names.full.append((name_start, name, _gender(name, context)))
            # description right before the name: "Kremlin chief Vladimir Putin"
            head = text[max(0, name_start - 60) : name_start]
            desc_words = re.findall(r"[\w'’.-]+", head.split(",")[-1].split(".")[-1])
            desc = [w for w in desc_words[-3:] if w.lower() not in _FUNCTION_WORDS]
            if desc:
                names.descriptions.append((name_start, " ".join(desc).lower(), name))
            # apposition after the name: "Putin, the Kremlin chief,"
            tail = re.match(r",\s+(?:the|a|an)\s+([^,.;]{2,60}?)\s*[,.;]", text[run_end:])
            if tail and not _NOT_IN_SPEAKER.intersection(tail.group(1).lower().split()):
                names.descriptions.append((run_end, tail.group(1).lower(), name))
        # "the Kremlin chief, Vladimir Putin,": description then name in apposition
        for match in re.finditer(
            r"\b(?:the|a|an)\s+([a-zA-Z][\w'’ -]{2,50}?),\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+)",
            text,
        ):
            name = _name_of(match.group(2))
            if len(name.split()) >= 2 and not _looks_like_org(name):
                names.descriptions.append((match.start(), match.group(1).lower(), name))
        # "Putin, the Kremlin chief,": a surname of a full name met before, then a description
        for match in re.finditer(
            r"\b([A-Z][\w'’-]+),\s+(?:the|a|an)\s+([^,.;\"“”]{2,60}?)\s*[,.;]", text
        ):
            words = match.group(2).lower().split()
            if _NOT_IN_SPEAKER.intersection(words) or len(words) > 6:
                continue
            surname = match.group(1)
            known = [n for p, n, _ in names.full if p < match.start() and n.split()[-1] == surname]
            if known:
                names.descriptions.append((match.start(), match.group(2).lower(), known[-1]))
        return names.full, names.descriptions

    def full_name(self, surname: str, position: int) -> str | None:
        """The full name ending in *surname*, preferring the latest one before *position*."""
        candidates = [
            (pos, name)
            for pos, name, _ in self.full
            if name.endswith(" " + surname) or name.split()[-1] == surname
        ]
        if not candidates:
            return None
        before = [c for c in candidates if c[0] < position]
        return (before[-1] if before else candidates[0])[1]

    def gender_of(self, name: str) -> str:
        for _, full, gender in self.full:
            if full == name and gender != "unknown":
                return gender
        return _gender(name, name)

    def person_for(self, description: str, position: int) -> str | None:
        """The person an article links to *description* ("kremlin chief"), if any, before
        *position* or anywhere in the article."""
        wanted = description.lower()
        matches = [(pos, name) for pos, desc, name in self.descriptions if desc == wanted]
        if not matches:
            return None
        if len({name for _, name in matches}) > 1:
            before = [m for m in matches if m[0] < position]
            return (before[-1] if before else matches[0])[1]
        return matches[0][1]

    @cached_property
    def organisations(self) -> list[tuple[int, str]]:
        """(position, name) of organisation names: "Acme Corp", "the Finance Ministry", "NATO"."""
        found = []
        for match in _ORG_NAME.finditer(self._text):
            name = match.group().strip()
            first = name.split()[0].lower()
            if first in _FUNCTION_WORDS or first in _LEADING_CONNECTIVES:
                name = name.split(None, 1)[1] if " " in name else ""
            if name and (_looks_like_org(name) or name.isupper()) and name.lower() not in _TITLES:
                found.append((match.start(), name))
        return found

    def organisation_for(self, head: str, position: int) -> str | None:
        """The last organisation named before *position* that "the <head>" can refer to."""
        generic = head in _GENERIC_ORG_HEADS
        for pos, name in reversed(self.organisations):
            if pos >= position:
                continue
            last = name.split()[-1].lower().rstrip(".")
            if last == head or (generic and last in _COMPANY_SUFFIXES):
                return name
        return None


@dataclass
class _Scan:
    full: list[tuple[int, str, str]] = field(default_factory=list)
    descriptions: list[tuple[int, str, str]] = field(default_factory=list)


# --------------------------------------------------------------------------------------------------
# Extraction
# --------------------------------------------------------------------------------------------------


@dataclass
class _Row:
    start: int
    end: int
    quote: str
    kind: str
    paragraph: int
    cue: str = ""
    cue_start: int = -1
    speaker_span: tuple[int, int] | None = None
    inherit: bool = False
    speaker: str = ""
    resolved: str = ""
    speaker_kind: str = ""
    fallback: tuple[str, int, int, tuple[int, int]] | None = None


@dataclass
class _Attribution:
    cue: str
    cue_start: int
    cue_end: int
    speaker: tuple[int, int]
    content: tuple[int, int]


_NOUN_LIKE_CUES = frozenset(
    """report reports reported charge charges charged continue continues continued answer counter
    post state states note notes ask call estimate estimates estimated indicate indicates indicated
    remarks promise promises pledge vow vows joke jokes wonder claim claims tweet tweets""".split()
)


@dataclass(frozen=True)
class _CueMatch:
    """A speech cue found in a text (the subset of :class:`re.Match` the rules use)."""

    begin: int
    finish: int
    word: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self) -> str:
        return self.word


_CUE_SCAN = re.compile(
    r"\b(?:according\s+to|pointed\s+out|went\s+on|call(?:s|ed|ing)?\s+(?:for|on)|[A-Za-z]{3,})\b"
)
#: Cues of two words; "called for / called on" report a demand ("X called for a ban on ...").
_MULTIWORD_CUES = frozenset(
    {"according to", "pointed out", "went on"}
    | {
        f"{verb} {particle}"
        for verb in ("call", "calls", "called", "calling")
        for particle in ("for", "on")
    }
)


@lru_cache(maxsize=8)
def _all_cues(text: str) -> tuple[list[int], list[_CueMatch]]:
    """Every speech cue of *text*, in order (one pass per text, cached)."""
    found: list[_CueMatch] = []
    for match in _CUE_SCAN.finditer(text):
        word = match.group().lower()
        if " " in word or "\n" in word:
            word = " ".join(word.split())
            if word not in _MULTIWORD_CUES:
                continue
        elif word not in SPEECH_CUES:
            continue
        before = text[max(0, match.start() - 12) : match.start()].lower()
        if match.group()[0].isupper() and re.search(r"[\w,]\s+$", before):
            continue  # a capitalised word inside a sentence is a name: "the Cook Political Report"
        after = text[match.end() : match.end() + 12].lower()
        if re.search(r"\b(?:to|be|been|being|is|was|were|are)\s+$", before):
            continue  # "declined to say", "is said to be"
        if word.startswith("call") and re.match(rf"\s*(?:{_WEEKDAYS}|the\s+phone)\b", after):
            continue  # "called on Monday": a telephone call, not a demand
        if word.startswith("claim") and re.match(
            r"\s+(?:a|an|the|his|her|their|its|victory|responsibility|credit|ownership)\b", after
        ):
            continue  # "claimed a sixth term": to take, not to say
        # these double as nouns or take objects; keep them only when followed by a clause
        if (
            word in _NOUN_LIKE_CUES
            and not re.match(r"\s*(?:that\b|,|\.|$)", text[match.end() : match.end() + 8])
            and not (word.endswith("ed") and re.match(r"\s+(?:on|in|at|during)\b", after))
        ):
            continue
        found.append(_CueMatch(match.start(), match.end(), match.group()))
    return [cue.begin for cue in found], found


def _cue_matches(text: str, start: int, end: int) -> list[_CueMatch]:
    positions, cues = _all_cues(text)
    low = bisect_left(positions, start)
    high = bisect_left(positions, end)
    return [cue for cue in cues[low:high] if cue.finish <= end]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= position < e for s, e in spans)


def _skip_adverbials(text: str, position: int, limit: int) -> int:
    while True:
        match = _ADVERBIAL.match(text, position, limit)
        if not match or match.end() == position:
            return position
        position = match.end()


_SPEAKER_LABEL = re.compile(
    r"((?:[A-Z][A-Za-z.'’-]*)(?:\s+(?:[A-Z][A-Za-z.'’-]*)){0,3}):[^\S\n]+(?=[\"“A-Z0-9])"
)
#: Labels before a colon that introduce no speaker ("NOTE: ...", "UPDATE: ...").
_NOT_SPEAKER_LABELS = frozenset(
    """note notes update updated correction corrections editor editors source sources photo
    photos related background table tables chart see also read more watch video warning
    breaking exclusive analysis opinion summary highlights q a question answer reporting
    writing editing contact advertisement disclaimer total net figures""".split()
)
#: First words of an opening adverbial ("In his speech, ...", "During the debate, ...").
_ADVERBIAL_OPENERS = frozenset(
    """in during at after before when while as on speaking addressing asked since following
    later earlier separately meanwhile""".split()
)
_PARTICIPIAL_OPENERS = frozenset({"addressing", "speaking", "asked", "interviewed", "writing"})


_CONTENT_STOP = re.compile(
    r";|\s[—–]\s|,\s+(?:which|who|whose|where)\b|\s+and\s+(?:also\s+)?(?:"
    + "|".join(sorted(SPEECH_CUES - {"add", "state", "note"}, key=len, reverse=True))
    + r")\b"
)


def _content_end(text: str, start: int, end: int) -> int:
    """End of reported content: before "; ...", ", which ...", " and warned ..." (a new clause)."""
    stop = _CONTENT_STOP.search(text, start, end)
    return stop.start() if stop and len(_words(text[start : stop.start()])) >= 3 else end


def _sentence_attribution(
    text: str, s_start: int, s_end: int, quoted: list[tuple[int, int]], used: set[int]
) -> _Attribution | None:
    """Reported speech in one sentence: ``X said (that) ...``, ``..., X said.``, ``according to X``."""
    body_end = s_end
    while body_end > s_start and text[body_end - 1] in ".!?\"”' ":
        body_end -= 1
    for match in _cue_matches(text, s_start, s_end):
        cue_start, cue_end = match.start(), match.end()
        if cue_start in used or _inside(cue_start, quoted):
            continue
        cue = match.group()
        if cue.lower() == "according to":
            found = _according_to(text, s_start, body_end, cue_start, cue_end)
            if found:
                return found
            continue
        if cue.lower().endswith("ing"):
            # "..., saying (that) CONTENT": the speaker is the subject of the sentence
            if not re.search(r",\s*(?:and\s+)?$", text[max(s_start, cue_start - 6) : cue_start]):
                continue
            subject = _SENTENCE_SUBJECT.match(text, s_start, cue_start)
            speaker = _clean_speaker(text, subject.start(1), subject.end(1)) if subject else None
            after = _skip_adverbials(text, cue_end, body_end)
            that = re.match(r"\s*,?\s*(?:that\b|:)\s*", text[after:body_end])
            content_start = after + (that.end() if that else 0)
            content = _trim(text, content_start, _content_end(text, content_start, body_end))
            if (
                speaker is None
                or len(_words(text[content[0] : content[1]])) < 3
                or text[content[0] : content[0] + 1] in _ALL_DOUBLE
                or re.match(r"to\s", text[content[0] : content[0] + 3])
            ):
                continue
            return _Attribution(cue, cue_start, cue_end, speaker, content)
        after = _skip_adverbials(text, cue_end, body_end)
        if cue.lower() in _OBJECT_CUES:
            hearer = _HEARERS.match(text, after, body_end)
            if hearer and not re.match(r"\s*that\b", text[after:body_end]):
                after = _skip_adverbials(text, hearer.end(), body_end)
        rest = text[after:body_end]
        comma_before = text.rfind(",", s_start, cue_start)
        tail_is_adverbial = not rest.strip(" ,") or bool(
            re.match(
                r"\s*,|\s+(?:in|on|at|during|after|before|while|when|as|last|this|adding|citing|"
                r"referring|noting|speaking|according|of|about|with|without|to|from|for|but|and|"
                r"because|via|through|told|amid|by)\b",
                rest,
            )
        )
        that = re.match(r"\s*,?\s*(?:that\b|:)\s*", rest)
        # 1. "CONTENT, X said." / "CONTENT, said X." (not "In his speech, X said ...")
        opener = (_words(text[s_start:comma_before]) or [""])[0].lower()
        adverbial_opening = opener in _ADVERBIAL_OPENERS and len(_words(rest)) >= 3
        if comma_before > s_start and not that and tail_is_adverbial and not adverbial_opening:
            content = (s_start, comma_before)
            if _quote_like_span(text, content, quoted):
                continue
            speaker = _speaker_before(text, comma_before + 1, cue_start)
            if speaker is None and not text[comma_before + 1 : cue_start].strip():
                after_np = _speaker_after(text, cue_end, body_end)
                speaker = after_np[:2] if after_np else None
            if speaker is None:
                continue
            # "But to prevent problems, he said, local officials should be vigilant."
            parenthetical = re.match(
                r"\s*,\s*(?!(?:and|but|while|who|which|after|before|when|as|because|since|amid|following|despite|although|though|if|until|in|on|at|during|with|without|adding|saying|noting|citing|according)\b)",
                rest,
            )
            if (
                parenthetical
                and len(_words(rest)) >= 4
                and not _cue_matches(text, after, body_end)
                and (_words(text[s_start:comma_before]) or [""])[0].lower()
                not in _PARTICIPIAL_OPENERS
            ):
                content = (s_start, body_end)
            elif len(_words(text[content[0] : content[1]])) < 3:
                continue
            return _Attribution(cue, cue_start, cue_end, speaker, _trim(text, *content))
        # 2. "X said (that) CONTENT"
        speaker = _speaker_before(text, s_start, cue_start)
        if speaker is None:
            continue
        content_start = after + (that.end() if that else 0)
        if content_start < body_end and text[content_start] in _ALL_DOUBLE and not that:
            continue  # a direct quote introduced by the cue: handled with the quote
        content = _trim(text, content_start, _content_end(text, content_start, body_end))
        if len(_words(text[content[0] : content[1]])) < 3:
            continue
        if re.match(r"to\s", text[content[0] : content[0] + 3]):
            continue  # "promised to provide": an intention, not reported speech
        if _quote_like_span(text, content, quoted):
            continue
        return _Attribution(cue, cue_start, cue_end, speaker, content)
    return None


def _according_to(
    text: str, s_start: int, body_end: int, cue_start: int, cue_end: int
) -> _Attribution | None:
    found = _speaker_after(text, cue_end, body_end)
    if not found:
        return None
    speaker = found[:2]
    np_end = found[2]
    before = text[s_start:cue_start].rstrip(" ,")
    if len(_words(before)) >= 3:
        content = _trim(text, s_start, s_start + len(before))
    else:
        content = _trim(text, np_end, body_end)
    if len(_words(text[content[0] : content[1]])) < 3:
        return None
    return _Attribution("according to", cue_start, cue_end, speaker, content)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,;:—–-":
        start += 1
    while end > start and text[end - 1] in " ,;:—–-":
        end -= 1
    return start, end


def _quote_like_span(text: str, content: tuple[int, int], quoted: list[tuple[int, int]]) -> bool:
    """True when *content* is essentially one direct quote (handled as a direct quote)."""
    start, end = content
    length = max(1, end - start)
    covered = sum(max(0, min(end, e) - max(start, s)) for s, e in quoted)
    return covered / length > 0.6


def _post_cue(
    text: str, after_close: int, limit: int
) -> tuple[str, int, int, tuple[int, int]] | None:
    """Cue right after a closing quotation mark: ``," Putin said`` or ``," said Sen. X, R-Ariz.``."""
    window_end = min(limit, after_close + 260)
    segment = text[after_close:window_end]
    dash = re.match(r"\s*([―—–])\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})", segment)
    if dash:  # "..." ― Sonya Herridge (a quote signed with a dash)
        name_start = after_close + dash.start(2)
        name_end = after_close + dash.end(2)
        if text[name_end - 1] == "." and text[name_end - 3 : name_end - 1].isalpha():
            name_end -= 1  # "Karen Bobadilla." ends the line, the full stop is not the name
        return (
            dash.group(1),
            after_close + dash.start(1),
            name_start,
            (name_start, name_end),
        )
    lead = re.match(r"[\s,—–-]*", segment)
    position = after_close + (lead.end() if lead else 0)
    if position >= limit or text[position] in _ALL_DOUBLE or "\n" in text[after_close:position]:
        return None
    for match in _cue_matches(text, position, window_end):
        between = text[position : match.start()]
        if re.search(r"[.!?;\"“”]", between) and not re.search(
            r"\b(?:[A-Z]|Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|Lt|Col|St|Jr)\.", between
        ):
            return None
        apposition = between.rstrip().endswith(",")
        if len(_words(between)) > (30 if apposition else 9):
            return None
        cue = match.group()
        if between.strip():
            # "Michael McFaul, a senior fellow at the Hoover Institution, said"
            speaker = (
                _speaker_before(text, position, match.start())
                if apposition
                else _clean_speaker(text, position, match.start())
            )
            if speaker is None:
                return None
        else:
            found = _speaker_after(text, match.end(), limit)
            if found is None:
                return None
            speaker = found[:2]
        return cue, match.start(), match.end(), speaker
    return None


def _pre_cue(
    text: str, s_start: int, open_mark: int
) -> tuple[str, int, int, tuple[int, int]] | None:
    """Cue right before an opening mark: ``Putin said: "`` / ``he told reporters, "``."""
    pre = text[s_start:open_mark].rstrip()
    if not pre:
        return None
    pre_end = s_start + len(pre)
    for match in reversed(list(_cue_matches(text, s_start, pre_end))):
        tail = text[match.end() : pre_end]
        tail_end = _skip_adverbials(text, match.end(), pre_end)
        if match.group().lower() in _OBJECT_CUES:
            hearer = _HEARERS.match(text, tail_end, pre_end)
            if hearer:
                tail_end = _skip_adverbials(text, hearer.end(), pre_end)
        if (
            text[tail_end:pre_end].strip(" ,:")
            and len(_words(tail)) > 0
            and not re.fullmatch(r"\s*(?:that|this|:|,)?\s*[,:]?", text[tail_end:pre_end])
        ):
            return None
        if match.group().lower() == "according to":
            return None
        speaker = _speaker_before(text, s_start, match.start())
        if speaker is None:
            return None
        return match.group(), match.start(), match.end(), speaker
    return None


_PARTICIPLE_CUES = frozenset(
    """saying adding calling arguing claiming noting describing warning insisting tweeting writing
    telling asking urging accusing denouncing suggesting declaring promising vowing""".split()
)
#: Verbs of judging and quoting that introduce a partial quote ("blasted the plan as 'a disgrace'").
_PARTIAL_ONLY_CUES = frozenset(
    """blasted slammed criticized criticised condemned accused likened lauded praised dismissed
    denounced derided mocked touted chanted shouted exhorted scolded proclaimed referenced
    referred hailed decried lambasted attacked compared cited quoted dubbed branded termed
    bemoaning bemoaned lamented mentioned promised pledged vowed warned urged described
    pointed pounding pounded hammered hammering ripped ripping mocking blasting slamming attacking
    knocked knocking trashed trashing sings sang encouraged encouraging admires admired
    characterized characterised rated ruled""".split()
)
_EXTRA_PARTIAL_CUE_RE = re.compile(
    r"\b(?:"
    + "|".join(sorted(_PARTICIPLE_CUES | _LABEL_CUES | _PARTIAL_ONLY_CUES, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_TITLE_WORDS_RE = "|".join(sorted((w for w in _TITLES if w.isalpha()), key=len, reverse=True))
#: The subject at a sentence start: a pronoun, or capitalised words and lower-case titles
#: ("Democratic presidential nominee Hillary Clinton"), stopping at a verb ("Cruz exhorted").
_SENTENCE_SUBJECT = re.compile(
    r"(?:(?:But|And|So|Yet|Still|Meanwhile)\s+)?((?:He|She|They|It|We)\b|(?:the\s+|The\s+)?"
    r"[A-Z][\w'’-]*\.?(?:\s+(?:[A-Z][\w'’-]*\.?|(?:" + _TITLE_WORDS_RE + r")\b))*)"
)


_NAME_OR_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+)*)\b")


def _partial_cue(
    text: str, s_start: int, open_mark: int
) -> tuple[str, int, int, tuple[int, int]] | None:
    """The nearest cue before a partial quote in its sentence, and that clause's subject."""
    cues = [
        m for m in _cue_matches(text, s_start, open_mark) if m.group().lower() != "according to"
    ]
    cues += list(_EXTRA_PARTIAL_CUE_RE.finditer(text, s_start, open_mark))
    if not cues:
        return None
    cue = max(cues, key=lambda m: m.start())
    speaker = None
    if not cue.group().endswith("ing"):
        speaker = _speaker_before(text, s_start, cue.start())
    if speaker is None:
        subject = _SENTENCE_SUBJECT.match(text, s_start, cue.start())
        if subject:
            speaker = _clean_speaker(text, subject.start(1), subject.end(1))
    if speaker is None:
        # the nearest name or he/she before the cue ("Following the debate, Trump tweeted")
        for match in reversed(list(_NAME_OR_PRONOUN.finditer(text, s_start, cue.start()))):
            if text[match.start() - 1 : match.start()] == "(":
                continue  # "Jason Chaffetz (R-Utah)": a party and state, not a speaker
            speaker = _clean_speaker(text, match.start(), match.end())
            if speaker is not None:
                break
    if speaker is None:
        return None
    return cue.group(), cue.start(), cue.end(), speaker


def _is_title_like(words: list[str]) -> bool:
    capitalised = [w for w in words if w[0].isupper() or w.lower() in _FUNCTION_WORDS]
    return len(words) <= 7 and len(capitalised) == len(words) and any(w[0].isupper() for w in words)


def extract_quotes_from_text(text: str) -> pd.DataFrame:
    """Extract the quotes of one raw text (the core of :func:`extract_quotes`).

    Parameters
    ----------
    text
        The article body, paragraphs separated by blank lines.

    Returns
    -------
    pandas.DataFrame
        :data:`QUOTE_COLUMNS` without ``article_id``; offsets index into *text*.

    Examples
    --------
    >>> table = extract_quotes_from_text('"We will win," said Sen. Jane Doe, D-Ore.')
    >>> table[["quote", "quote_type", "resolved_speaker"]].values.tolist()
    [['We will win,', 'direct', 'Jane Doe']]
    """
    rows = _extract(text)
    return _rows_frame(rows, None)


def _sentences_to_read(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Sentences of the paragraphs holding a cue or a quotation mark (the others cannot quote)."""
    positions, _ = _all_cues(text)
    sentences: list[tuple[int, int, int]] = []
    for index, (p_start, p_end) in enumerate(paragraphs):
        has_cue = bisect_left(positions, p_start) < bisect_left(positions, p_end)
        if not has_cue and not _QUOTE_CHARS.search(text, p_start, p_end):
            continue
        sentences.extend((s, e, index) for s, e in _split_sentences(text, p_start, p_end))
    return sentences


_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?\s?[A-Z0-9])|[^\S\n]*\n\s*")


def _split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of one paragraph: the rules of :func:`helpers.text.sentence_spans` (a full stop
    after a news abbreviation or an initial does not end a sentence), as one fast regex pass."""
    spans: list[tuple[int, int]] = []
    position = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if text[match.start()] == "." and "\n" not in match.group():
            space = max(text.rfind(" ", position, match.start()), position - 1)
            token = text[space + 1 : match.start()].lstrip("\"“‘'([").lower()
            if token in NEWS_ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
        spans.append((position, _rstrip_pos(text, match.end())))
        position = match.end()
        while position < end and text[position].isspace():
            position += 1
    if position < end:
        spans.append((position, end))
    return spans


def _extract(original: str) -> list[_Row]:
    if not original or not original.strip():
        return []
    # two apostrophes stand for a quotation mark in some archives (''like this''): read them as
    # '" ' so that offsets stay the same, and take the quote text from the original afterwards
    text = original.replace("''", '" ') if "''" in original else original
    rows = _extract_rows(text)
    if text is not original:
        for row in rows:
            row.quote = (
                original[row.start : row.end]
                if row.quote == text[row.start : row.end]
                else (row.quote.replace('" ', "''"))
            )
    return rows


def _extract_rows(text: str) -> list[_Row]:
    paragraphs = paragraph_spans(text)
    sentences = _sentences_to_read(text, paragraphs)
    quoted = _quoted_spans(text, paragraphs)
    inner_spans = [piece for q in quoted for piece in q.pieces]
    sentence_starts = [s for s, _, _ in sentences]

    def sentence_of(position: int) -> tuple[int, int, int]:
        index = int(np.searchsorted(sentence_starts, position, side="right")) - 1
        return sentences[max(index, 0)]

    rows: list[_Row] = []
    used_cues: set[int] = set()
    direct_spans: list[tuple[int, int]] = []
    skip: set[int] = set()
    for number, q in enumerate(quoted):
        if number in skip:
            continue
        p_start, p_end = paragraphs[q.paragraph]
        last_paragraph_end = (
            paragraphs[q.paragraph + len(q.pieces) - 1][1] if len(q.pieces) > 1 else p_end
        )
        inner = " ".join(text[s:e] for s, e in q.pieces)
        words = _words(inner)
        if not words:
            continue
        s_start, _, _ = sentence_of(q.open_mark)
        pre = text[max(s_start, p_start) : q.open_mark]
        starts_sentence = not pre.strip() or pre.rstrip().endswith(":")
        end_limit = last_paragraph_end
        post = _post_cue(text, q.close_mark, end_limit) if q.closed else None
        pre_cue = _pre_cue(text, max(s_start, p_start), q.open_mark)
        ends_sentence_inside = inner.rstrip()[-1:] in _PUNCT_END
        if pre_cue and not starts_sentence and pre.rstrip()[-1:] in ",:":
            starts_sentence = True
        if pre_cue and not starts_sentence and words[0][0].isupper() and ends_sentence_inside:
            starts_sentence = True
        full_sentence = starts_sentence and (ends_sentence_inside or len(words) >= 6)
        if starts_sentence and _is_title_like(words) and not ends_sentence_inside:
            full_sentence = False
        if full_sentence:
            pieces = list(q.pieces)
            close_mark = q.close_mark
            cue = post or pre_cue
            # "A," he said. "B." -> one quote; so are further quotes of the paragraph that
            # follow with no cue of their own
            if cue:
                last = q
                following = number + 1
                while following < len(quoted):
                    nxt = quoted[following]
                    gap_start = last.close_mark
                    gap = text[gap_start : nxt.open_mark]
                    other_cues = [
                        m
                        for m in _cue_matches(text, gap_start, nxt.open_mark)
                        if m.start() != cue[1]
                    ]
                    nxt_inner = text[nxt.pieces[0][0] : nxt.pieces[0][1]].lstrip()
                    if (
                        not last.closed
                        or nxt.paragraph != last.paragraph + len(last.pieces) - 1
                        or other_cues
                        or len(_words(gap)) > 40
                        or _QUOTE_CHARS.search(gap)
                        or not (gap.strip() == "" or gap.rstrip()[-1:] in ".,:;—–-")
                        or not nxt_inner[:1].isupper()
                        or (
                            nxt.closed
                            and _post_cue(
                                text,
                                nxt.close_mark,
                                paragraphs[nxt.paragraph + len(nxt.pieces) - 1][1],
                            )
                            is not None
                        )
                    ):
                        break
                    pieces.extend(nxt.pieces)
                    close_mark = nxt.close_mark
                    skip.add(following)
                    last = nxt
                    following += 1
            start, end = pieces[0][0], pieces[-1][1]
            row = _Row(
                start,
                end,
                " ".join(text[s:e].strip() for s, e in pieces),
                DIRECT,
                q.paragraph,
            )
            if cue:
                row.cue, row.cue_start, row.speaker_span = cue[0], cue[1], cue[3]
                used_cues.add(cue[1])
            else:
                if len(words) < 4 and not ends_sentence_inside:
                    continue
                row.inherit = True
            rows.append(row)
            direct_spans.append((q.open_mark, close_mark))
            continue
        # partial quote: needs a cue in its sentence (or "called it '...'" right before it)
        if _is_title_like(words) and not ends_sentence_inside:
            continue
        p_end_inner = q.pieces[-1][1]
        while p_end_inner > q.pieces[0][0] and text[p_end_inner - 1] in " ,;:":
            p_end_inner -= 1  # the comma before a closing mark belongs to the sentence
        rows.append(
            _Row(
                q.pieces[0][0],
                p_end_inner,
                text[q.pieces[0][0] : p_end_inner] if len(q.pieces) == 1 else inner.strip(" ,;:"),
                PARTIAL,
                q.paragraph,
            )
        )
        rows[-1].cue_start = -2  # to be attached to its sentence's attribution
        rows[-1].fallback = pre_cue or _partial_cue(text, max(s_start, p_start), q.open_mark)

    # transcripts and headlines: "PENCE: Well, look, ..." (a speaker label and a colon)
    for index, (p_start, p_end) in enumerate(paragraphs):
        label = _SPEAKER_LABEL.match(text, p_start, p_end)
        if not label or _inside(p_start, direct_spans):
            continue
        name = label.group(1)
        elsewhere = text[: label.start()] + text[p_end:]
        if not name.isupper() and not re.search(rf"\b{re.escape(name.split()[-1])}\b", elsewhere):
            continue  # a headline such as "Stealth Over Health: ...", not a speaker
        if (
            name.lower() in _FUNCTION_WORDS
            or name.lower() in _NOT_SPEAKER_LABELS
            or len(_words(text[label.end() : p_end])) < 3
        ):
            continue
        row = _Row(
            label.end(), _rstrip_pos(text, p_end), text[label.end() : p_end].rstrip(), DIRECT, index
        )
        row.cue, row.cue_start, row.speaker_span = ":", label.end(1), (label.start(1), label.end(1))
        used_cues.add(label.end(1))
        rows.append(row)
        direct_spans.append((label.end(), p_end))

    # reported speech, sentence by sentence
    direct_marks = direct_spans
    attributions: list[tuple[_Attribution, int]] = []
    for s_start, s_end, paragraph in sentences:
        found = _sentence_attribution(text, s_start, s_end, direct_marks, used_cues)
        if found is None:
            continue
        if _inside(found.cue_start, direct_marks):
            continue
        attributions.append((found, paragraph))
        used_cues.add(found.cue_start)
        c_start, c_end = found.content
        rows.append(
            _Row(
                c_start,
                c_end,
                text[c_start:c_end],
                INDIRECT,
                paragraph,
                found.cue,
                found.cue_start,
                found.speaker,
            )
        )
    # attach partial quotes to the reported speech of their sentence
    kept: list[_Row] = []
    for row in rows:
        if row.kind == PARTIAL and row.cue_start == -2:
            s_start, s_end, _ = sentence_of(row.start)
            owner = next(
                (
                    a
                    for a, _ in attributions
                    if s_start <= a.cue_start < s_end
                    or a.content[0] <= row.start < a.content[1] + 2
                ),
                None,
            )
            if owner is not None:
                row.cue, row.cue_start, row.speaker_span = owner.cue, owner.cue_start, owner.speaker
            elif row.fallback is not None:
                row.cue, row.cue_start, _, row.speaker_span = row.fallback
            else:
                continue  # scare quote or title
        kept.append(row)
    kept.sort(key=lambda r: (r.start, r.kind != INDIRECT))
    _resolve(text, kept)
    del inner_spans
    # a floating quote with nobody to inherit from is dropped: it says nothing about who speaks
    return [r for r in kept if r.speaker or not r.inherit]


def _resolve(text: str, rows: list[_Row]) -> None:
    """Fill speaker, resolved speaker and kind, in reading order (floating quotes inherit)."""
    names = _Names(text, [(r.start, r.end) for r in rows if r.kind != INDIRECT])
    current: _Row | None = None
    last_person: list[tuple[str, str, int]] = []  # (name, gender, position) of named speakers
    last_org: list[str] = []  # named organisation speakers
    for row in rows:
        if row.inherit:
            if current is not None and row.paragraph - current.paragraph <= 2:
                row.speaker, row.resolved, row.speaker_kind = (
                    current.speaker,
                    current.resolved,
                    current.speaker_kind,
                )
            continue
        if row.speaker_span is None:
            continue
        s, e = row.speaker_span
        phrase = text[s:e]
        row.speaker = phrase
        row.resolved, row.speaker_kind = _resolve_phrase(phrase, s, names, last_person, last_org)
        named = row.resolved[:1].isupper()
        if row.speaker_kind == PERSON and named:
            last_person.append((row.resolved, names.gender_of(row.resolved), s))
        if row.speaker_kind == ORGANISATION and named:
            last_org.append(row.resolved)
        current = row


def _as_description(phrase: str) -> str:
    """A description as a table label: "The company" -> "the company", "Analysts" -> "analysts"."""
    first, _, rest = phrase.strip().partition(" ")
    lower = first.lower()
    if lower in _FUNCTION_WORDS or lower in _ANON_HEADS or lower in _ORG_HEADS:
        first = lower
    return f"{first} {rest}" if rest else first


def _resolve_phrase(
    phrase: str,
    position: int,
    names: _Names,
    last_person: list[tuple[str, str, int]],
    last_org: list[str],
) -> tuple[str, str]:
    """Resolved name and kind of one speaker phrase (see the module docstring)."""
    lower = phrase.lower().strip()
    if lower in _PRONOUNS_PERSON:
        # the later of: the last named speaker, the last person named outside quotation marks
        gender = _PRONOUNS_PERSON[lower]
        speaker = next(
            ((pos, name) for name, g, pos in reversed(last_person) if g in (gender, "unknown")),
            None,
        )
        mention = names.last_mention_before(position, gender)
        chosen = max((c for c in (speaker, mention) if c is not None), default=None)
        return (chosen[1], PERSON) if chosen else (lower, PERSON)
    if lower == "it":
        return (last_org[-1], ORGANISATION) if last_org else (lower, ORGANISATION)
    generic = re.fullmatch(r"the\s+([a-z]+)", lower)
    if generic and generic.group(1) in _ORG_HEADS:
        # "the company" -> the company named before ("Acme Corp"), else kept as written
        named = names.organisation_for(generic.group(1), position)
        if named:
            return named, ORGANISATION
    if lower in _PRONOUNS_OTHER:
        return lower, ANONYMOUS
    name = _name_of(phrase)
    words = _words(phrase)
    head = re.sub(r"['’]s$", "", words[-1]).lower() if words else ""
    possessive = phrase.rstrip().endswith(("'s", "’s"))
    if name and not _looks_like_org(phrase) and not possessive and head not in _ORG_HEADS:
        if len(name.split()) > 1:
            return name, PERSON
        full = names.full_name(name, position)
        if full:
            return full, PERSON
        if name.isupper() and len(name) > 1:
            return name, ORGANISATION
        if phrase.split()[0].lower() != "the":
            if name.lower() in _ANON_HEADS or name.lower() in _FUNCTION_WORDS:
                return _as_description(phrase), ANONYMOUS
            return name, PERSON
    if _looks_like_org(phrase) or head in _ORG_HEADS:
        label = _as_description(phrase)
        named = any(w[0].isupper() for w in _words(label))
        if not named and lower.split()[0] == "the" and last_org:
            return last_org[-1], ORGANISATION  # "the company" after "Acme Corp said"
        return label, ORGANISATION
    if head in _ANON_HEADS and head.endswith("s"):
        return _as_description(phrase), ANONYMOUS
    description = re.sub(r"^(?:the|a|an|one|another)\s+", "", lower)
    linked = names.person_for(description, position)
    if linked:
        return linked, PERSON
    if head in _ANON_HEADS or lower.split()[0] in ("a", "an", "one", "another", "two", "three"):
        return _as_description(phrase), ANONYMOUS
    return _as_description(phrase), PERSON


def _rows_frame(rows: list[_Row], ids: list[str] | None) -> pd.DataFrame:
    records: dict[str, list[Any]] = {
        ARTICLE_ID: ids or [],
        QUOTE: [r.quote for r in rows],
        START: [r.start for r in rows],
        END: [r.end for r in rows],
        QUOTE_TYPE: [r.kind for r in rows],
        SPEAKER: [r.speaker for r in rows],
        RESOLVED_SPEAKER: [r.resolved or r.speaker for r in rows],
        SPEAKER_KIND: [r.speaker_kind for r in rows],
        CUE: [r.cue for r in rows],
        PARAGRAPH_INDEX: [r.paragraph for r in rows],
        CUE_START: [r.cue_start for r in rows],
        SPEAKER_START: [r.speaker_span[0] if r.speaker_span else -1 for r in rows],
        SPEAKER_END: [r.speaker_span[1] if r.speaker_span else -1 for r in rows],
    }
    if ids is None:
        records.pop(ARTICLE_ID)
    frame = pd.DataFrame(records)
    for column in (START, END, PARAGRAPH_INDEX, CUE_START, SPEAKER_START, SPEAKER_END):
        frame[column] = frame[column].astype(np.int64)
    return frame


def extract_quotes(articles: pd.DataFrame, *, progress: bool = False) -> pd.DataFrame:
    """One row per quote in every article (see the module docstring for the rules).

    Parameters
    ----------
    articles
        The articles table (needs ``article_id`` and ``text``).
    progress
        Show a progress bar.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`QUOTE_COLUMNS`, in article and reading order.
    """
    ids = articles[ARTICLE_ID].tolist()
    texts = articles[TEXT].tolist()
    iterator: Iterable[Any] = zip(ids, texts, strict=True)
    if progress:
        from tqdm.auto import tqdm

        iterator = tqdm(iterator, total=len(ids), desc="Extracting quotes", unit="article")
    all_rows: list[_Row] = []
    all_ids: list[str] = []
    for article_id, text in iterator:
        rows = _extract(text if isinstance(text, str) else "")
        all_rows.extend(rows)
        all_ids.extend([article_id] * len(rows))
    frame = _rows_frame(all_rows, all_ids)
    return frame[list(QUOTE_COLUMNS)]


# --------------------------------------------------------------------------------------------------
# Speaker statistics
# --------------------------------------------------------------------------------------------------

#: Speaker statistics: number of quotes.
N_QUOTES = "n_quotes"
#: Speaker statistics: number of articles quoting the speaker.
N_ARTICLES = "n_articles"
#: Speaker statistics: share of the speaker's quotes that are direct or partial quotations.
DIRECT_SHARE = "direct_share"
#: Speaker statistics: start of the period.
PERIOD = "period"
#: Period names accepted by the statistics (as in the timeline notebook).
PERIODS: dict[str, str] = {"day": "D", "week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}
#: Quotes in context: the paragraph with the quote in ``[[ ]]``.
CONTEXT = "context"


def with_article_info(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Add each quote's article ``title``, ``published`` and ``outlet`` (a new table)."""
    info = articles[[ARTICLE_ID, TITLE, PUBLISHED, OUTLET]].drop_duplicates(ARTICLE_ID)
    return quotes.merge(info, on=ARTICLE_ID, how="left")


def top_speakers(
    quotes: pd.DataFrame,
    *,
    n: int = 20,
    kinds: Iterable[str] | None = None,
    pronouns: bool = False,
) -> pd.DataFrame:
    """The most quoted speakers (by resolved name), with their direct / reported split.

    Parameters
    ----------
    quotes
        A table from :func:`extract_quotes`.
    n
        How many speakers to keep.
    kinds
        Keep only these speaker kinds (e.g. ``["person"]``); all by default.
    pronouns
        Keep speakers that are unresolved pronouns ("they", "it", "he"); left out by default.

    Returns
    -------
    pandas.DataFrame
        ``resolved_speaker, speaker_kind, n_quotes, n_articles, direct, partial, indirect,
        direct_share``, most quoted first.
    """
    table = quotes[quotes[RESOLVED_SPEAKER] != ""]
    if not pronouns:
        bare = (
            table[RESOLVED_SPEAKER]
            .astype(str)
            .str.lower()
            .isin(_PRONOUNS_OTHER | set(_PRONOUNS_PERSON))
        )
        table = table[~bare]
    if kinds is not None:
        table = table[table[SPEAKER_KIND].isin(list(kinds))]
    columns = [RESOLVED_SPEAKER, SPEAKER_KIND, N_QUOTES, N_ARTICLES, DIRECT, PARTIAL, INDIRECT]
    if table.empty:
        return pd.DataFrame(columns=[*columns, DIRECT_SHARE])
    counts = pd.crosstab(table[RESOLVED_SPEAKER], table[QUOTE_TYPE])
    for kind in (DIRECT, PARTIAL, INDIRECT):
        if kind not in counts.columns:
            counts[kind] = 0
    grouped = table.groupby(RESOLVED_SPEAKER)
    result = pd.DataFrame(
        {
            SPEAKER_KIND: grouped[SPEAKER_KIND].agg(lambda s: s.mode().iat[0]),
            N_QUOTES: grouped.size(),
            N_ARTICLES: grouped[ARTICLE_ID].nunique(),
        }
    ).join(counts[[DIRECT, PARTIAL, INDIRECT]])
    result[DIRECT_SHARE] = (result[DIRECT] + result[PARTIAL]) / result[N_QUOTES]
    result = result.reset_index().sort_values(
        [N_QUOTES, N_ARTICLES, RESOLVED_SPEAKER], ascending=[False, False, True]
    )
    return result.head(n).reset_index(drop=True)[[*columns, DIRECT_SHARE]]


def _period_start(published: pd.Series, period: str) -> pd.Series:
    if period not in PERIODS:
        raise ValueError(f"Unknown period {period!r}: use one of {', '.join(PERIODS)}.")
    return published.dt.to_period(PERIODS[period]).dt.start_time


def quotes_by_speaker_and_outlet(
    quotes: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    period: str | None = None,
    n: int = 10,
) -> pd.DataFrame:
    """Quotes per speaker (top *n*), per outlet, and per period when *period* is given.

    Returns
    -------
    pandas.DataFrame
        ``resolved_speaker, outlet, [period,] n_quotes``; undated articles are left out when a
        period is asked for, an empty outlet shows as ``(unknown)``.
    """
    keep = set(top_speakers(quotes, n=n)[RESOLVED_SPEAKER])
    table = with_article_info(quotes[quotes[RESOLVED_SPEAKER].isin(keep)], articles)
    table[OUTLET] = table[OUTLET].fillna("").replace("", "(unknown)")
    keys = [RESOLVED_SPEAKER, OUTLET]
    if period is not None:
        table = table[table[PUBLISHED].notna()].copy()
        table[PERIOD] = _period_start(table[PUBLISHED], period)
        keys.append(PERIOD)
    counts = table.groupby(keys).size().rename(N_QUOTES).reset_index()
    return counts.sort_values([*keys[:1], N_QUOTES], ascending=[True, False]).reset_index(drop=True)


def speaker_timeline(
    quotes: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    period: str = "month",
    n: int = 5,
    speakers: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Quotes per period for the top *n* speakers (or the given *speakers*): who gets quoted when.

    Returns
    -------
    pandas.DataFrame
        Tidy ``period, resolved_speaker, n_quotes``, every period of the corpus for every speaker
        (zero when silent). Undated articles are left out.
    """
    chosen = (
        list(speakers)
        if speakers is not None
        else list(top_speakers(quotes, n=n)[RESOLVED_SPEAKER])
    )
    dated = with_article_info(quotes, articles)
    dated = dated[dated[PUBLISHED].notna()].copy()
    columns = [PERIOD, RESOLVED_SPEAKER, N_QUOTES]
    if dated.empty or not chosen:
        return pd.DataFrame(columns=columns)
    dated[PERIOD] = _period_start(dated[PUBLISHED], period)
    all_periods = _period_start(articles[PUBLISHED].dropna(), period).unique()
    picked = dated[dated[RESOLVED_SPEAKER].isin(chosen)]
    counts = picked.groupby([PERIOD, RESOLVED_SPEAKER]).size()
    index = pd.MultiIndex.from_product(
        [sorted(all_periods), chosen], names=[PERIOD, RESOLVED_SPEAKER]
    )
    counts = counts.reindex(index, fill_value=0).rename(N_QUOTES).reset_index()
    counts[N_QUOTES] = counts[N_QUOTES].astype(np.int64)
    return counts[columns]


def quotes_in_context(
    quotes: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    speaker: str | None = None,
    width: int = 120,
) -> pd.DataFrame:
    """Each quote (of one resolved *speaker*, or all) with its article, date and surrounding text.

    Returns
    -------
    pandas.DataFrame
        ``published, outlet, title, resolved_speaker, quote_type, context, article_id``, newest
        first; ``context`` is up to *width* characters either side with the quote in ``[[ ]]``.
    """
    table = quotes if speaker is None else quotes[quotes[RESOLVED_SPEAKER] == speaker]
    texts = articles.drop_duplicates(ARTICLE_ID).set_index(ARTICLE_ID)[TEXT]
    contexts = []
    for article_id, start, end in zip(table[ARTICLE_ID], table[START], table[END], strict=True):
        text = texts.get(article_id, "")
        left = text[max(0, start - width) : start]
        right = text[end : end + width]
        contexts.append(
            ("…" if start > width else "")
            + left.replace("\n\n", " ¶ ")
            + "[["
            + text[start:end].replace("\n\n", " ¶ ")
            + "]]"
            + right.replace("\n\n", " ¶ ")
            + ("…" if end + width < len(text) else "")
        )
    result = with_article_info(table, articles)
    result[CONTEXT] = contexts
    columns = [PUBLISHED, OUTLET, TITLE, RESOLVED_SPEAKER, QUOTE_TYPE, CONTEXT, ARTICLE_ID]
    return result.sort_values(
        [PUBLISHED, ARTICLE_ID, START], ascending=[False, True, True]
    ).reset_index(drop=True)[columns]


# --------------------------------------------------------------------------------------------------
# Explore (JupyterLab controls; ipywidgets and itables are imported only here)
# --------------------------------------------------------------------------------------------------


class QuoteExplorer:
    """A speaker picker and a paginated, searchable table of that speaker's quotes in context.

    Build it with :func:`quote_explorer`. ``picker`` is the dropdown, ``shown`` the table on
    screen; setting ``picker.value`` (by hand or in code) redraws it through
    :func:`quotes_in_context`. Displaying the object shows the controls.
    """

    def __init__(
        self, quotes: pd.DataFrame, articles: pd.DataFrame, *, n_speakers: int, width: int
    ) -> None:
        import ipywidgets as widgets

        self._quotes = quotes
        self._articles = articles
        self._width = width
        ranking = top_speakers(quotes, n=n_speakers)
        options = [
            (f"{name} ({count})", name)
            for name, count in zip(ranking[RESOLVED_SPEAKER], ranking[N_QUOTES], strict=True)
        ]
        self.picker = widgets.Dropdown(
            options=options or [("(no quotes found)", "")],
            description="Speaker",
            layout=widgets.Layout(width="420px"),
        )
        self.output = widgets.Output()
        self.shown = pd.DataFrame()
        self.widget = widgets.VBox([self.picker, self.output])
        self.picker.observe(self._on_change, names="value")
        self._redraw(self.picker.value)

    def _on_change(self, change: dict[str, Any]) -> None:
        self._redraw(change["new"])

    def _redraw(self, speaker: str) -> None:
        self.shown = quotes_in_context(
            self._quotes, self._articles, speaker=speaker, width=self._width
        )
        with self.output:
            from IPython.display import clear_output

            clear_output(wait=True)
            _show_table(self.shown)

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


def _show_table(table: pd.DataFrame) -> None:
    """Show a table paginated and searchable (itables), never all rows at once."""
    from itables import show

    show(
        table,
        connected=False,  # the DataTables code ships inside the page: works offline
        pageLength=10,
        lengthMenu=[10, 25, 50],
        maxBytes=2**20,
        classes="display compact",
    )


def quote_explorer(
    quotes: pd.DataFrame, articles: pd.DataFrame, *, n_speakers: int = 100, width: int = 120
) -> QuoteExplorer:
    """Build the speaker picker for the notebook's Explore section (see :class:`QuoteExplorer`).

    The speaker list and the quote table are computed once; picking a speaker only filters them.
    """
    return QuoteExplorer(quotes, articles, n_speakers=n_speakers, width=width)
