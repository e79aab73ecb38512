"""Speech cues: the verbs and phrases that introduce a quote or reported speech, found in a text.

* :data:`SPEECH_CUES` (``data/speech_cues.txt``) introduce quotes and reported speech; two-word
  cues ("according to", "called for") are in ``data/multiword_cues.txt``.
* Partial quotes may also hang on verbs of judging or quoting (``data/partial_only_cues.txt``:
  "blasted", "pointed to", "characterized"), on labelling verbs (``label_cues.txt``: "called it")
  and on participles (``participle_cues.txt``: "..., saying"): :data:`PARTIAL_CUE_RE`.
* A cue is kept only where it can be one: not "declined to say", not a capitalised word inside a
  sentence ("the Cook Political Report"), not "called on Monday" (a phone call), not "claimed
  victory"; cues that double as nouns ("report", "claims") only when a clause follows.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from helpers.quotes.lexicon import alternation, pattern, word_list
from helpers.quotes.speakers import words

__all__ = [
    "LABEL_CUES",
    "LABEL_OBJECT_CUES",
    "OBJECT_CONTENT_CUES",
    "OBJECT_CUES",
    "PARTIAL_ONLY_CUES",
    "SPEECH_CUES",
    "CueMatch",
    "all_cues",
    "content_end",
    "cue_matches",
    "object_cues",
    "skip_adverbials",
]

#: Speech verbs (all inflected forms listed) that introduce a quote or reported speech.
SPEECH_CUES: frozenset[str] = word_list("speech_cues")
#: Verbs that take the hearer as object before the content ("told reporters that ...").
OBJECT_CUES = word_list("object_cues")
#: Verbs that mark a partial quote only ("called it a 'disaster'", "described it as 'unfair'").
LABEL_CUES = word_list("label_cues")
#: Cues that double as nouns or take objects; kept only when a clause follows.
NOUN_LIKE_CUES = word_list("noun_like_cues")
#: Participles that introduce a partial quote ("..., saying the plan was 'a disgrace'").
PARTICIPLE_CUES = word_list("participle_cues")
#: Verbs of judging and quoting that introduce a partial quote only ("blasted ... as 'a disgrace'").
PARTIAL_ONLY_CUES = word_list("partial_only_cues")
#: Cues of two words; "called for / called on" report a demand ("X called for a ban on ...").
MULTIWORD_CUES = word_list("multiword_cues")
#: Verbs whose object is what was said (``data/object_content_cues.txt``, learned from PolNeAR
#: train by ``benchmarks/build_object_cues.py``): "X criticized the plan".
#: Labelling verbs read like the object-content verbs ("He called the actions lawful").
LABEL_OBJECT_CUES = word_list("label_object_cues")
OBJECT_CONTENT_CUES = word_list("object_content_cues") | LABEL_OBJECT_CUES

_CUE_SCAN = re.compile(r"\b(?:" + alternation(MULTIWORD_CUES) + r"|[A-Za-z]{3,})\b")
#: A two-word cue capitalised at a sentence start ("According to X, ..."): its first word, then
#: the rest (matched after the scan; a case-insensitive scan of every word would be slower).
_MULTIWORD_REST: dict[str, re.Pattern[str]] = {
    first: re.compile(
        r"\s+(?:"
        + alternation({w.split(None, 1)[1] for w in MULTIWORD_CUES if w.split()[0] == first})
        + r")\b"
    )
    for first in {w.split()[0] for w in MULTIWORD_CUES}
}
_SPEECH, _OBJECT, _FIRST_OF_TWO = 1, 2, 4
#: What each word the scan looks for is: a speech cue, an object-content verb, the first word of
#: a two-word cue (bit flags; one dictionary look-up per word of the text).
_WORD_KIND: dict[str, int] = {}
for _words, _kind in (
    (SPEECH_CUES, _SPEECH),
    (OBJECT_CONTENT_CUES, _OBJECT),
    (_MULTIWORD_REST, _FIRST_OF_TWO),
):
    for _word in _words:
        if " " not in _word:
            _WORD_KIND[_word] = _WORD_KIND.get(_word, 0) | _kind
#: Any cue that may introduce a partial quote besides the speech cues.
PARTIAL_CUE_RE = re.compile(
    r"(?<!-)\b(?:"
    + "|".join(sorted(PARTICIPLE_CUES | LABEL_CUES | PARTIAL_ONLY_CUES, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_INFINITIVE_OR_PASSIVE = pattern("infinitive_or_passive")
_TELEPHONE_CALL = pattern("telephone_call")
_CLAIM_AS_TAKING = pattern("claim_as_taking")
_PUT_IT_SAYING = pattern("put_it_saying")
_CLAUSE_FOLLOWS = pattern("clause_follows")
ADVERBIAL = pattern("adverbial")
HEARERS = pattern("hearers")
_QUOTE_MARKS = re.compile(r'["“”]')
_CONTENT_STOP = re.compile(
    r";|\s[—–]\s|,\s+(?:which|who|whose|where)\b|"
    + pattern("content_contrast").pattern
    + "|"
    + pattern("content_new_clause").pattern
    + r"|\s+and\s+(?:also\s+)?(?:"
    + "|".join(sorted(SPEECH_CUES - {"add", "state", "note"}, key=len, reverse=True))
    + r")\b"
)


@dataclass(frozen=True)
class CueMatch:
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


def _is_cue(text: str, start: int, end: int, word: str) -> bool:
    """True when the cue word at ``text[start:end]`` (lower case *word*) works as a cue there."""
    before = text[max(0, start - 12) : start].lower()
    if before.endswith("-"):
        return False  # "so-called", "self-described": part of a compound, no cue
    if text[start].isupper() and re.search(r"[\w,]\s+$", before):
        return False  # a capitalised word inside a sentence is a name: "the Cook Political Report"
    after = text[end : end + 12].lower()
    if _INFINITIVE_OR_PASSIVE.search(before) and not (
        word.endswith("ing") and not before.rstrip().endswith("to")
    ):
        return False  # "declined to say", "is said to be" (but "is saying": a progressive)
    if word.startswith("call") and _TELEPHONE_CALL.match(after):
        return False  # "called on Monday": a telephone call, not a demand
    if word.startswith("claim") and _CLAIM_AS_TAKING.match(after):
        return False  # "claimed a sixth term": to take, not to say
    if word.startswith("put") and not _PUT_IT_SAYING.match(after):
        return False  # "put it on the table": to place, not to say ("as he put it, ...")
    # these double as nouns or take objects; keep them only when followed by a clause
    return not (
        word in NOUN_LIKE_CUES
        and not _CLAUSE_FOLLOWS.match(text[end : end + 8])
        and not (word.endswith("ed") and re.match(r"\s+(?:on|in|at|during)\b", after))
    )


@lru_cache(maxsize=8)
def _scan(text: str) -> tuple[list[int], list[CueMatch], list[int], list[CueMatch]]:
    """One pass over the words of *text*: the speech cues and the object-content verbs
    (:data:`OBJECT_CONTENT_CUES`), each in order with their start positions."""
    found: list[CueMatch] = []
    objects: list[CueMatch] = []
    kinds = _WORD_KIND
    for match in _CUE_SCAN.finditer(text):
        word = match.group().lower()
        if word in kinds:
            kind = kinds[word]
        elif " " in word or "\n" in word:
            word = " ".join(word.split())
            if word not in MULTIWORD_CUES:
                continue
            kind = _SPEECH
        else:
            continue  # most words: one set look-up
        if kind & _OBJECT:
            objects.append(CueMatch(match.start(), match.end(), match.group()))
        if kind & _SPEECH:
            if _is_cue(text, match.start(), match.end(), word):
                found.append(CueMatch(match.start(), match.end(), match.group()))
        elif kind & _FIRST_OF_TWO and match.group()[0].isupper():
            tail = _MULTIWORD_REST[word].match(text, match.end())
            if tail is None:
                continue
            phrase = text[match.start() : tail.end()]
            if _is_cue(text, match.start(), tail.end(), " ".join(phrase.lower().split())):
                found.append(CueMatch(match.start(), tail.end(), phrase))
    return [cue.begin for cue in found], found, [cue.begin for cue in objects], objects


def all_cues(text: str) -> tuple[list[int], list[CueMatch]]:
    """Every speech cue of *text*, in order, and their start positions (one pass, cached)."""
    positions, found, _, _ = _scan(text)
    return positions, found


def object_cues(text: str, start: int, end: int) -> list[CueMatch]:
    """The verbs of :data:`OBJECT_CONTENT_CUES` ("criticized", "announced") starting within
    ``text[start:end]``."""
    _, _, positions, found = _scan(text)
    return found[bisect_left(positions, start) : bisect_left(positions, end)]


def cue_matches(text: str, start: int, end: int) -> list[CueMatch]:
    """The speech cues lying wholly within ``text[start:end]``."""
    positions, cues = all_cues(text)
    low = bisect_left(positions, start)
    high = bisect_left(positions, end)
    return [cue for cue in cues[low:high] if cue.finish <= end]


def skip_adverbials(text: str, position: int, limit: int) -> int:
    """*position* moved past time and manner adverbials ("on Tuesday", "in a statement")."""
    while True:
        match = ADVERBIAL.match(text, position, limit)
        if not match or match.end() == position:
            return position
        position = match.end()


def content_end(text: str, start: int, end: int) -> int:
    """End of reported content: before "; ...", ", which ...", " and warned ..." (a new clause),
    at the first such stop outside quotation marks."""
    for stop in _CONTENT_STOP.finditer(text, start, end):
        if len(_QUOTE_MARKS.findall(text, start, stop.start())) % 2:
            continue  # inside a quotation: '"The people have decided, and I respect ..."'
        return stop.start() if len(words(text[start : stop.start()])) >= 3 else end
    return end
