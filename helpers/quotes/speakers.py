"""Speakers: the noun phrase that speaks, the name inside it, its kind and its gender.

Everything here looks at one phrase or the words around one cue; resolving a speaker against the
rest of the article (pronouns, surnames, descriptions) is :mod:`helpers.quotes.resolve`. The word
lists are data files in ``data/`` (titles, first names, anonymous and organisation heads, ...).

Gender comes only from honorifics (``Mr.``, ``Mrs.``, ``Ms.``, ...) and from the first-name lists
``first_names_male.txt`` / ``first_names_female.txt``; a name in ``first_names_unisex.txt`` (or in
neither list) has unknown gender, which is compatible with both pronouns.
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.quotes.lexicon import alternation, pattern, word_list
from helpers.quotes.marks import QUOTE_CHARS
from helpers.text import NEWS_ABBREVIATIONS, stopwords

__all__ = [
    "FEMALE_NAMES",
    "MALE_NAMES",
    "UNISEX_NAMES",
    "clause_subject",
    "clean_speaker",
    "gender",
    "looks_like_org",
    "name_of",
    "person_like",
    "source_after",
    "speaker_after",
    "speaker_before",
]

#: Titles and offices that may precede a name; never part of the name itself.
TITLES = word_list("titles")
HONORIFIC_MALE = word_list("honorifics_male")
HONORIFIC_FEMALE = word_list("honorifics_female")
HONORIFICS = HONORIFIC_MALE | HONORIFIC_FEMALE
#: Male first names: hand-made (``data/first_names_male.txt``) and from the US Census
#: (``data/first_names_census_male.txt``, benchmarks/build_first_names.py).
MALE_NAMES = word_list("first_names_male") | word_list("first_names_census_male")
#: Female first names: hand-made and from the US Census (``data/first_names_*female.txt``).
FEMALE_NAMES = word_list("first_names_female") | word_list("first_names_census_female")
#: First names borne by men and women alike: no gender (``data/first_names_unisex.txt``).
UNISEX_NAMES = word_list("first_names_unisex")
ANON_HEADS = word_list("anonymous_heads")
#: Lower-case speaker heads learned from PolNeAR train ("strategists", "prosecutors").
LEARNED_HEADS = word_list("source_heads_learned")
ORG_HEADS = word_list("organisation_heads")
#: Conjunctions that open a subordinate clause ("when", "after", "although").
SUBORDINATORS = word_list("subordinators")
PRONOUNS_PERSON: dict[str, str] = {
    **dict.fromkeys(word_list("pronouns_male"), "male"),
    **dict.fromkeys(word_list("pronouns_female"), "female"),
}
PRONOUNS_OTHER = word_list("pronouns_other")
FUNCTION_WORDS = stopwords()
#: Words that show a chunk is a clause, not a speaker noun phrase.
NOT_IN_SPEAKER = word_list("not_in_speaker")
LEADING_CONNECTIVES = word_list("leading_connectives")
TRAILING_ADVERBS = word_list("trailing_adverbs")
NOT_SPEAKER_START = word_list("not_speaker_start")
TIME_WORDS = word_list("time_words")
LY_NOUNS = word_list("ly_nouns")
COMPANY_SUFFIXES = word_list("company_suffixes")
GENERIC_ORG_HEADS = word_list("generic_organisation_heads")
#: Capitalised words that make a name run a place, event or institution rather than a person.
NOT_PERSON_WORDS = word_list("not_person_words")
UNNAMED_PRONOUN_SPEAKERS = word_list("unnamed_pronoun_speakers")
GROUP_PRONOUNS = word_list("group_pronouns")
INDEFINITE_DETERMINERS = word_list("indefinite_determiners")
#: Letters after a name that are no part of it ("QC", "MP").
POST_NOMINALS = word_list("post_nominals")
#: Words after which a full stop does not end a name run ("Sen. John McCain").
NAME_ABBREVIATIONS = TITLES | NEWS_ABBREVIATIONS
#: Common lower-case English words (wordfreq, ``data/common_words.txt``): capitalised, they are no
#: name words unless listed as first names ("Afterwards Trump", "Police", "United States").
COMMON_WORDS = word_list("common_words")
#: Every first name, also those learned from PolNeAR train that are common words ("Jane", "Josh").
FIRST_NAMES = MALE_NAMES | FEMALE_NAMES | UNISEX_NAMES | word_list("first_names_learned")
#: A full stop that ends a sentence inside a speaker chunk ("ABC. Trump"): after a word of two or
#: more letters that is no abbreviation ("Sen.", "Gov."), before a capital.
_SENTENCE_STOP = pattern("sentence_stop_in_run")

WORD_RE = re.compile(r"[\w][\w.'’-]*")
CAP_TOKEN = pattern("cap_token")
_STATE_ABBREVIATION = pattern("state_abbreviation")
_SECOND_VERB = pattern("second_verb")
_INVERTED_SPEAKER = pattern("inverted_speaker")
_SUBJECT_ADVERBIAL = pattern("subject_adverbial")
_RELATIVE_CLAUSE = pattern("relative_clause")
_RELATIVE_PRONOUN_END = pattern("relative_pronoun_end")
_TRAILING_NAME_RUN = pattern("trailing_name_run")
_QUANTITY_SUBJECT = pattern("quantity_subject")
#: A word that a share of a group starts or ends with (the cheap test before quantity_subject).
_QUANTITY_START = re.compile(
    r"\d|\b(?:half|third|quarter|thirds|quarters|fourths|majority|majorities|plurality)\b", re.I
)
_POST_MODIFIER = pattern("post_modifier")
_SUBORDINATOR_START = pattern("subordinator_start")
_OPENING_PHRASE = pattern("opening_phrase")
#: Last words of a chunk that may end a time adverbial (the cheap test before subject_adverbial).
_ADVERBIAL_LAST_WORDS = word_list("weekdays") | frozenset(
    "today yesterday earlier later week month year weekend morning afternoon evening night "
    "statement interview speech letter tweet post email op-ed".split()
)
#: Adverbials set off by commas between a speaker and its cue ("..., for example, said").
PARENTHETICAL_ADVERBIALS = word_list("parenthetical_adverbials")
#: Auxiliaries and adverbs between the comma closing an apposition and the cue ("X, the
#: candidate, has long said").
_AUXILIARY_AFTER_COMMA = re.compile(
    r",(?:\s+(?:"
    + "|".join(sorted(map(re.escape, TRAILING_ADVERBS), key=len, reverse=True))
    + r"|not))+\s*$"
)
#: A participial phrase between a subject and its cue ("X, speaking on Fox News, said").
_PARTICIPLE_CHUNK = re.compile(r"\s*[a-z]+ing\b")
_INITIAL = re.compile(r"[A-Z]\.")
_RELATIVE_INSIDE = re.compile(r"\b(?:who|that|which|whose)\b")
_TITLE_WORDS_RE = "|".join(sorted((w for w in TITLES if w.isalpha()), key=len, reverse=True))
#: The subject at a sentence start: a pronoun, or capitalised words and lower-case titles
#: ("Democratic presidential nominee Hillary Clinton"), stopping at a verb ("Cruz exhorted").
SENTENCE_SUBJECT = re.compile(
    r"(?:(?:But|And|So|Yet|Still|Meanwhile)\s+)?((?:He|She|They|It|We)\b|"
    r"(?:(?:the|The)\s+(?:[a-z][\w-]*\s+){0,2}?|(?:former|then|acting|interim)\s+)?"
    r"[A-Z](?:\.[A-Z])*[\w'’-]*\.?(?:\s+(?:[A-Z](?:\.[A-Z])*[\w'’-]*\.?|of(?=\s+[A-Z])|(?:"
    + _TITLE_WORDS_RE
    + r")\b))*)"
)
#: First words of an opening adverbial ("In his speech, ...", "During the debate, ...").
ADVERBIAL_OPENERS = word_list("adverbial_openers")
#: Participles opening a sentence ("Speaking to reporters, ...").
PARTICIPIAL_OPENERS = word_list("participial_openers")
#: A pronoun opening a clause after a comma ("When ..., she offered ...").
_CLAUSE_PRONOUN = re.compile(
    r"(he|she|they|we|(?:some|many|several|most|few|other)\s+(?:of\s+the\s+)?[a-z]+)\b"
)
#: Where else a clause's subject may start: after a subordinator whose clause runs on to the
#: cue ("Some booed, and when Rubio thanked Miami and said ...": Rubio). Measured and not taken:
#: after a dateline's dash, which cost speaker names on PolNeAR train.
_SUBJECT_START = re.compile(r"\b(?:" + alternation(SUBORDINATORS) + r")\s+")
#: What follows a subject: its verb (a lower-case word) or an apposition (a comma).
_AFTER_SUBJECT = re.compile(r"\s*,|\s+[a-z]")
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "it"})


def _not_a_name(text: str, word: str, strict: bool) -> bool:
    """True for a capitalised common word that *text* also writes in lower case ("Nuclear",
    "Last"): no name ("Trump" is a common word, but "trump" is rare in the news). *strict*:
    every common word ("Estimates vary: ...")."""
    if is_name_word(word):
        return False
    return strict or re.search(r"\b" + re.escape(word.lower()) + r"\b", text) is not None


#: The lower-case head after a possessive subject ("Schilling's son", "Rubio’s campaign").
_OWNED_HEAD = re.compile(r"\s+[a-z]+\b")
#: A role noun and a full name after a capitalised subject start ("A Plus reporter Isaac Saul",
#: "Fox News host Sean Hannity"): the subject runs on to the name.
_ROLE_THEN_NAME = re.compile(
    r"\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*(?=\s+[a-z]|\s*,)"
)
_ROLE_WORDS = frozenset(
    "reporter columnist host anchor editor correspondent writer commentator analyst strategist "
    "spokesman spokeswoman spokesperson adviser advisor aide director chairman chairwoman "
    "president founder pollster economist professor lawyer attorney official".split()
)
_FIRST_PERSON = re.compile(r"(?:I|You|We)(?:['’](?:m|ve|ll|d|re))?")
#: A lone capitalised word that opens a sentence as a participle, an adverb or a number
#: ("Facing mounting criticism, Mr. Trump ...", "Together, ...", "Eleven groups ..."): refused
#: as a subject whenever it is a common word, even if the article never writes it in lower case.
_LONE_OPENER = re.compile(
    r"\w+(?:ing|ed|ly)$|(?:together|hours|days|weeks|months|years|back|eleven|twelve|"
    r"two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundreds|thousands|"
    r"dozens|millions)$"
)


#: A subject opened by a determiner, up to its lower-case head noun ("The departments", "Both
#: parents", "a U.S. District Court judge"); the head must be a speaker head.
_DETERMINER_SUBJECT = re.compile(
    r"(?:[Tt]he|[Aa]n?|One|one|Both|both|Two|two|Three|three|Several|several|Many|many|Some|some)"
    r"\s+((?:[A-Z][\w.'’-]*\s+|[a-z][\w-]*\s+){0,3}?)([a-z][\w-]*)\b"
)
#: The word after a subject's head: its verb, unless a preposition ("a spokesman for ...") or a
#: noun that continues the head ("the attorney general") follows.
_NEXT_WORD = re.compile(r"\s+([a-z][\w'’-]*)")
_HEAD_CONTINUATIONS = frozenset({"general", "generals", "office", "offices"})
_PERSON_NOUNS = word_list("person_nouns")


def _is_speaker_head(word: str) -> bool:
    """True for the head noun of a speaker: a person, group or organisation noun."""
    if word.endswith("s") and len(word) > 4 and _is_speaker_head(word[:-1]):
        return True  # "departments", "campaigns"
    return (
        word in ANON_HEADS
        or word in ORG_HEADS
        or word in LEARNED_HEADS
        or word in _ROLE_WORDS
        or word in _PERSON_NOUNS
        or _AGENT_PLURAL.search(word) is not None
    )


def clause_subject(
    text: str, start: int, end: int, *, strict: bool = False
) -> tuple[int, int] | None:
    """The subject of the clause ``text[start:end]`` (a sentence up to its cue or colon).

    A pronoun or a capitalised noun phrase (:data:`SENTENCE_SUBJECT`) at the sentence start, else
    after an opening adverbial ("When she spoke about coal, Anna Berg offered ..."), followed by
    its verb or an apposition. Not a subject: an opener ("Speaking at ...", "Last week"), a phrase
    in capitals (a heading), or one capitalised common word that the text also writes in lower
    case ("Nuclear proliferation experts", but "Trump said"); *strict*: any common word.
    """
    starts = [start] + [start + m.end() for m in re.finditer(r",\s+", text[start:end])]
    starts = sorted(
        set(starts)
        | {
            m.end()
            for m in _SUBJECT_START.finditer(text, start, end)
            if "," not in text[m.end() : end]  # the clause runs on to the cue
        }
    )
    for position in starts:
        group = _DETERMINER_SUBJECT.match(text, position, end)
        after_head = _NEXT_WORD.match(text, group.end(), end) if group else None
        if (
            group
            and after_head
            and _is_speaker_head(group.group(2).lower())
            and after_head.group(1) not in FUNCTION_WORDS
            and after_head.group(1) not in _HEAD_CONTINUATIONS
        ):  # "The departments declined ..., saying", "One employee at a firm declined"
            found = clean_speaker(text, group.start(), group.end())
            if found is not None:
                return found
        subject = SENTENCE_SUBJECT.match(text, position, end)
        if subject is None:  # after an opener or a comma: "When ..., she offered"
            subject = _CLAUSE_PRONOUN.match(text, position, end)
        if subject is None:
            continue
        phrase = text[subject.start(1) : subject.end(1)]
        subject_end = subject.end(1)
        if phrase.lower() in ("let's", "let’s") or _FIRST_PERSON.fullmatch(phrase):
            continue  # "Let's see," / "I'm starting to see ...": a quote's words, no subject
        owned = _OWNED_HEAD.match(text, subject_end, end) if phrase.endswith(("'s", "’s")) else None
        if owned:  # "Rubio’s campaign shortly responded": the campaign, not Rubio, speaks
            subject_end = owned.end()
        head = _OWNED_HEAD.match(text, subject_end, end) if not owned else None
        if (
            head
            and phrase.split()[0].lower() not in _SUBJECT_PRONOUNS
            and head.group().strip() in ORG_HEADS | _ROLE_WORDS
        ):  # "The Kestrane coastguard warned", "The Trump campaign said": the head noun
            subject_end = head.end()
        role = _ROLE_THEN_NAME.match(text, subject_end, end)
        if role and role.group(1).split()[-1].lower() in _ROLE_WORDS:
            subject_end = role.end()  # "A Plus reporter Isaac Saul tweeted": the reporter
        first = phrase.split()[0].lower()
        if (
            first in ADVERBIAL_OPENERS
            or first in PARTICIPIAL_OPENERS
            or (len(phrase) > 3 and phrase.isupper())
            or not _AFTER_SUBJECT.match(text, subject_end, end)
            or (
                " " not in phrase
                and first not in _SUBJECT_PRONOUNS
                and _not_a_name(text, phrase, strict or _LONE_OPENER.match(first) is not None)
            )
        ):
            continue
        found = clean_speaker(text, subject.start(1), subject_end)
        if found is not None:
            return found
    return None


_CLAUSE_MARKS = (
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
)


def words(chunk: str) -> list[str]:
    """The words of *chunk* (inner dots, apostrophes and hyphens kept)."""
    return WORD_RE.findall(chunk)


def is_modifier_chunk(chunk: str) -> bool:
    """An appositive bit that cannot be the speaker: an age, "of Ashton", a state ("Md.")."""
    stripped = chunk.strip()
    found = words(stripped)
    if not found:
        return True
    first = found[0].lower()
    return (
        stripped.isdigit()
        or first in ("of", "from", "in", "at", "who", "whose", "which")
        or (len(found) == 1 and stripped.endswith(".") and len(stripped) <= 6)
        or bool(_STATE_ABBREVIATION.fullmatch(stripped))
    )


def _trim_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading connectives and punctuation, trailing adverbs, a final full stop, a party."""
    chunk = text[start:end]
    for stop in reversed(list(_SENTENCE_STOP.finditer(chunk))):
        if stop.group(1).lower() not in NAME_ABBREVIATIONS:
            start += stop.end()  # "ABC. Trump": a name never runs across a sentence boundary
            chunk = chunk[stop.end() :]
            break
    while True:  # leading connectives and punctuation
        stripped = chunk.lstrip(" ,;:—–-\"“”'(")
        start += len(chunk) - len(stripped)
        chunk = stripped
        first = re.match(r"[\w'’]+", chunk)
        if first and first.group().lower() in LEADING_CONNECTIVES and len(words(chunk)) > 1:
            start += first.end()
            chunk = chunk[first.end() :]
            continue
        break
    while True:  # trailing adverbs and auxiliaries
        stripped = chunk.rstrip(" ,;:—–-")
        end -= len(chunk) - len(stripped)
        chunk = stripped
        last = re.search(r"[\w'’]+$", chunk)
        trailing = last.group().lower() if last else ""
        adverb = trailing in TRAILING_ADVERBS or (
            trailing.endswith("ly") and last.group().islower() and trailing not in LY_NOUNS
        )
        if last and adverb and len(words(chunk)) > 1:
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
    return start, end


# "said Stephen Vladeck of the University of Texas School of Law": a short head, then where from
_LONG_AFFILIATION = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][^,;:]*$"
)


#: A plural agent noun ("donors", "former employees", "economists") heads a group of speakers.
_AGENT_PLURAL = re.compile(r"(?:[^e]ers|ors|ists|ants|dents|ients|ians|ees|tives)$")


def _longest_speaker(phrase: str, usual: int) -> int:
    """Most words a speaker phrase may have: *usual*, or 16 for a short head with a long
    affiliation ("Stephen Vladeck of the University of Texas School of Law")."""
    return 16 if _LONG_AFFILIATION.match(phrase) else usual


def _is_noun_phrase(chunk: str) -> bool:
    """True when a trimmed chunk reads as a speaker noun phrase, not a clause or an adverbial."""
    found = words(chunk)
    longest = _longest_speaker(chunk, 9)
    if not found or len(found) > longest or QUOTE_CHARS.search(chunk) or "," in chunk:
        return False
    lower = [w.lower() for w in found]
    if lower[0] in NOT_SPEAKER_START or any(w in TIME_WORDS for w in lower):
        return False  # "on Tuesday's", "Following Monday's", "me this week", "Perhaps"
    if any(w in NOT_IN_SPEAKER for w in lower):
        return False
    if len(found) > 1 and lower[0].endswith("ing") and found[1][0].islower():
        return False  # "Addressing a forum": a participle clause, not a speaker
    if len(found) > 1 and lower[0] in _SUBJECT_PRONOUNS | {"i", "you"}:
        return False  # "he expected up to 250": a clause, not a speaker
    if len(found) > 2 and lower[-1] in _SUBJECT_PRONOUNS | {"i"}:
        return False  # "Schlafly invoked the title of the book she (wrote)": a clause
    if (
        len(found) == 1
        and lower[0] in FUNCTION_WORDS
        and lower[0] not in PRONOUNS_PERSON
        and lower[0] not in UNNAMED_PRONOUN_SPEAKERS
    ):
        return False
    # a lower-case start is fine for "officials", "sources", "people familiar with ...",
    # "panel Chairman Jason Chaffetz"
    if (
        not any(w[0].isupper() for w in found[1:])
        and not (found[0][0].isupper() or lower[0] in FUNCTION_WORDS or found[0][0].isdigit())
        and lower[0] not in INDEFINITE_DETERMINERS  # "one trawler owner", "another critic"
        and lower[0] not in ANON_HEADS
        and lower[0] not in ORG_HEADS
        and lower[-1] not in ANON_HEADS
        and lower[-1] not in ORG_HEADS
        and lower[-1] not in LEARNED_HEADS
        and not (len(found) <= 3 and _AGENT_PLURAL.search(lower[-1]))
    ):
        return False
    return not (
        len(found) > 1
        and lower[-1] in FUNCTION_WORDS
        and lower[-1] not in PRONOUNS_PERSON
        and lower[-1] not in GROUP_PRONOUNS
    )


def clean_speaker(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim a candidate speaker span and check it looks like a noun phrase; None if not."""
    start, end = _trim_edges(text, start, end)
    return (start, end) if _is_noun_phrase(text[start:end]) else None


def appositive(chunk: str) -> bool:
    """True for an apposition such as "the Kremlin chief" or "director of the institute at X"."""
    found = words(chunk)
    # "a Republican who has refused to endorse him": the relative clause may hold verbs
    relative = _RELATIVE_INSIDE.search(chunk)
    head = words(chunk[: relative.start()]) if relative and relative.start() > 0 else found
    lower = {w.lower() for w in head}
    return 0 < len(found) <= 20 and not lower & NOT_IN_SPEAKER and not QUOTE_CHARS.search(chunk)


#: American punctuation puts the comma of an aside inside its closing quotation mark.
_COMMA_IN_CLOSING_MARK = re.compile(r",(?:”|\"|''|’)$")


def speaker_before(text: str, clause_start: int, cue_start: int) -> tuple[int, int] | None:
    """Find the subject of a cue: the noun phrase before it, skipping an apposition.

    For a second verb ("X promised ... and said ...") the subject is the sentence's subject.
    """
    chunk = text[clause_start:cue_start]
    if _SECOND_VERB.search(chunk):
        opener = _OPENING_PHRASE.match(chunk)
        if opener:  # "Writing in the bulletin, reviewer X called it ... and praised ..."
            clause_start += opener.end()
        return clause_subject(text, clause_start, cue_start)
    chunk_end = clause_start + len(chunk.rstrip())
    closing = _COMMA_IN_CLOSING_MARK.search(text, clause_start, chunk_end)
    if closing:  # 'Humphrey, who calls Trump a “sociopath,” said': the comma ends the aside
        chunk_end = closing.start() + 1
    last_word = text[text.rfind(" ", clause_start, chunk_end) + 1 : chunk_end].lower()
    adverbial = (
        _SUBJECT_ADVERBIAL.search(text, clause_start, chunk_end)
        if last_word in _ADVERBIAL_LAST_WORDS
        else None
    )
    if adverbial and adverbial.start() > clause_start:
        # "Hillary Clinton on Tuesday said": the time adverbial is no part of the speaker
        chunk_end = adverbial.start()
    aside = _AUXILIARY_AFTER_COMMA.search(text, clause_start, chunk_end)
    if aside:  # "Donald J. Trump, the candidate, has long said": the apposition ends at the comma
        chunk_end = aside.start() + 1
    stripped = text[clause_start:chunk_end]
    relative = (
        _RELATIVE_CLAUSE.search(stripped)
        if stripped.endswith(",") and (" who" in stripped or " which" in stripped)
        else None
    )
    if relative:
        # "Mr. Cruz, whose finish was a disappointment, said": the relative clause is skipped
        head_end = clause_start + relative.start()
        head_end += 1 if "," in text[clause_start:head_end] else 0  # "X, the chief, who ..."
        return speaker_before(text, clause_start, head_end)
    antecedent = (
        _RELATIVE_PRONOUN_END.search(stripped) if stripped.endswith(("who", "that")) else None
    )
    if antecedent:
        return _antecedent(text, clause_start, clause_start + antecedent.start())
    if stripped.endswith(","):
        # "Putin, the Kremlin chief, said": take the phrase before the apposition
        inner = stripped[:-1]
        bounds = [-1] + [m.start() for m in re.finditer(r"[,;:]", inner)] + [len(inner)]
        chunks = [(bounds[k] + 1, bounds[k + 1]) for k in range(len(bounds) - 1)]
        while len(chunks) >= 2 and (
            _PARTICIPLE_CHUNK.match(inner, chunks[-1][0], chunks[-1][1])
            or inner[chunks[-1][0] : chunks[-1][1]].strip().lower() in PARENTHETICAL_ADVERBIALS
        ):
            # "Sen. X, R-Fla., appearing on Fox News after the speech, said", "X, the county
            # chairman, for example, said": no apposition
            chunks.pop()
        if len(chunks) == 1 and (len(bounds) > 2 or inner.endswith(")")):
            # "Sen. Jack Reed (D-R.I.), said": a stray comma after the party
            return clean_speaker(text, clause_start + chunks[0][0], clause_start + chunks[0][1])
        if len(chunks) < 2 or not appositive(inner[chunks[-1][0] : chunks[-1][1]]):
            return None
        if len(chunks) >= 3:
            first = _leading_full_name(text, clause_start, inner, chunks[0])
            if first:  # "Dean Johnson, a salesman from Sumter, South Carolina, said": the name
                return first
        for k in range(len(chunks) - 2, -1, -1):
            c_start, c_end = chunks[k]
            if is_modifier_chunk(inner[c_start:c_end]) and k > 0:
                continue
            named = _named_apposition(text, clause_start, inner, chunks, k)
            return named or clean_speaker(text, clause_start + c_start, clause_start + c_end)
        return None
    boundary = max(stripped.rfind(","), stripped.rfind(";"), stripped.rfind(":"))
    boundary = max(boundary, stripped.rfind(" — "), stripped.rfind(" – "), stripped.rfind(" - "))
    for mark in _CLAUSE_MARKS:
        position = stripped.rfind(mark)
        if position > boundary:
            if mark == " who ":  # "officials who spoke with reporters said": the head speaks
                return _loose_subject(text, clause_start + boundary + 1, chunk_end)
            boundary = position + len(mark) - 1
    opener = _SUBORDINATOR_START.match(text, clause_start + boundary + 1, chunk_end)
    if opener:  # "When Trump announced ...", "While Ramos said ...": the subject follows
        boundary = opener.end() - clause_start - 1
    clause = _CLAUSE_THEN_NAME.search(text, clause_start + boundary + 1, chunk_end)
    if clause:  # "a bill that Democrats opposed and Obama said ...": Obama speaks
        return clean_speaker(text, clause.start(1), clause.end(1))
    found = clean_speaker(text, clause_start + boundary + 1, chunk_end)
    if found is None:
        found = _loose_subject(text, clause_start + boundary + 1, chunk_end)
    return found


def _leading_full_name(
    text: str, clause_start: int, inner: str, chunk: tuple[int, int]
) -> tuple[int, int] | None:
    """The first of several comma-separated chunks when it is a person's full name (rule
    ``name_then_appositions``), so a place or an employer in a later chunk does not speak."""
    phrase = inner[chunk[0] : chunk[1]].strip()
    name = name_of(phrase)
    titled = " " in phrase and phrase.split()[0].lower().rstrip(".") in HONORIFICS | TITLES
    if not name or (len(name.split()) < 2 and not titled) or not person_like(name):
        return None  # a full name, or a surname after an honorific ("Mr. Daniloff, now 81, ...")
    return clean_speaker(text, clause_start + chunk[0], clause_start + chunk[1])


#: A clause with its own lower-case verb, then "and NAME" right before the cue: the name is the
#: subject of the cue, not the coordination ("Democrats opposed and Obama said").
_CLAUSE_THEN_NAME = re.compile(
    r"\b[a-z]{3,}(?:ed|s)\b[^,;]*?\s+(?:and|but)\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)\s*$"
)


_OWNER_THEN_HEAD = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+)*[a-z][\w-]*\s*$")


def _named_apposition(
    text: str, clause_start: int, inner: str, chunks: list[tuple[int, int]], k: int
) -> tuple[int, int] | None:
    """Rule ``description_then_name``: "Florida's attorney general, Pam Bondi, said": a
    description with no name, then a person's name in apposition: the name speaks."""
    if k + 1 >= len(chunks):
        return None
    description = inner[chunks[k][0] : chunks[k][1]]
    owned = _OWNER_THEN_HEAD.search(description)  # "Schilling's son": the owner is not the one
    if name_of(description) and not owned:
        return None
    a_start, a_end = chunks[k + 1]
    apposition = inner[a_start:a_end].strip()
    name = name_of(apposition)
    # "Schilling's son, Grant,": after a possessive description one given name will do
    first_name_only = owned is not None and name[:1].isupper() and name.lower() not in TIME_WORDS
    if (
        not name
        or name != apposition
        or (len(name.split()) < 2 and not first_name_only)
        or not person_like(name)
    ):
        return None
    return clean_speaker(text, clause_start + a_start, clause_start + a_end)


def _loose_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Subjects the noun-phrase check refuses: a share of a group (rule ``quantity_subject``:
    "About 4 in 10 voters", "just 28 percent of voters") and a head noun with a post-modifier
    (rule ``post_modified_subject``: "A person familiar with the plans", "officials who spoke with
    reporters"), whose speaker span is the head."""
    if end - start > 160 or "," in text[start:end]:
        return None  # cheap tests first: most refused chunks are clauses
    quantity = _QUANTITY_START.search(text, start, end)
    if not quantity and not _POST_MODIFIER.search(text, start, end):
        return None
    start, end = _trim_edges(text, start, end)
    chunk = text[start:end]
    if len(words(chunk)) > 16 or QUOTE_CHARS.search(chunk):
        return None
    if quantity and _QUANTITY_SUBJECT.fullmatch(chunk):
        return start, end
    modifier = _POST_MODIFIER.search(chunk)
    if modifier and modifier.start() > 0:
        head = clean_speaker(text, start, start + modifier.start())
        if head is not None and not text[head[0]].isdigit():
            return head
    return None


def _antecedent(text: str, clause_start: int, end: int) -> tuple[int, int] | None:
    """Rule ``relative_clause_speaker``: the speaker of "Ted Cruz, who said ..." or "voters who
    said ...": the noun phrase before the relative pronoun, else the name run ending there."""
    found = speaker_before(text, clause_start, end) if end > clause_start else None
    if found is not None:
        return found
    run = _TRAILING_NAME_RUN.search(text, clause_start, end)
    return clean_speaker(text, run.start(), run.end()) if run else None


#: A relative clause or "known as" that ends an inverted speaker written without a comma.
_INVERTED_RELATIVE = re.compile(r"\s+(?:who|whom|whose|that|known\s+as|(?:who|that)\s+\w+s)\s")


#: The head before such a relative clause: a capitalised name run ("Sen. Jim Whelan") or a short
#: determiner-led noun phrase ("one owner of a shop"), never a clause ("Mr. X envisioned an
#: approach that ...").
_RELATIVE_HEAD = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*"
    r"|(?:the|a|an|one|another|some|two|three)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*"
    r"(?:\s+of\s+(?:a|an|the)\s+[a-z][\w'’-]*)?"
)


def speaker_after(text: str, start: int, limit: int) -> tuple[int, int, int] | None:
    """Speaker after an inverted cue (``said Sen. John McCain, R-Ariz.``): span and end of NP."""
    match = _INVERTED_SPEAKER.match(text[start:limit])
    if not match:
        return None
    raw_end = start + match.end()
    # abbreviations such as "Sen." end the regex early; extend over "Sen. John McCain"
    while raw_end < limit and text[raw_end] == "." and re.match(r"\.\s+[A-Z]", text[raw_end:limit]):
        word = re.search(r"[\w]+$", text[start:raw_end])
        if not word or word.group().lower() not in NAME_ABBREVIATIONS:
            break
        nxt = re.match(r"\.\s+[^,;:.!?\"“”—–()]+", text[raw_end:limit])
        if not nxt:
            break
        raw_end += nxt.end()
    found = clean_speaker(text, start, raw_end)
    relative = None if found else _INVERTED_RELATIVE.search(text, start, raw_end)
    if relative and _RELATIVE_HEAD.fullmatch(text[start : relative.start()].strip()):
        # "said Sen. Jim Whelan who represents Atlantic City": the head speaks
        found = clean_speaker(text, start, relative.start())
    if not found:
        return None
    if len(words(text[found[0] : found[1]])) > _longest_speaker(text[found[0] : found[1]], 7):
        return None
    return found[0], found[1], raw_end


def source_after(text: str, start: int, limit: int) -> tuple[int, int, int] | None:
    """Any noun phrase after "according to" (a poll, a lawsuit, "the Real Clear Politics
    average"), where :func:`speaker_after` wants a speaker: span and end of the phrase."""
    match = _INVERTED_SPEAKER.match(text[start:limit])
    if not match:
        return None
    raw_end = start + match.end()
    s, e = _trim_edges(text, start, raw_end)
    found = words(text[s:e])
    if not found or len(found) > 20 or QUOTE_CHARS.search(text, s, e):
        return None  # "early results of the exit poll conducted by Edison Research for ..."
    return s, e, raw_end


def name_of(phrase: str) -> str:
    """The person name inside a speaker phrase, or "" when it holds no capitalised name.

    "Russian President Vladimir Putin" -> "Vladimir Putin". A name before an apposition or a
    prepositional phrase wins ("Del. Stacey Plaskett of the Virgin Islands" -> "Stacey Plaskett").
    """
    head = re.split(r",|\s+(?:of|from|at|for|with|in|on)\s+", phrase.strip(), maxsplit=1)[0]
    if head != phrase.strip():
        name = name_of(head)
        if name:
            return name
    phrase = re.sub(r"['’]s$", "", phrase.strip())
    tokens = phrase.split()
    while len(tokens) > 1 and tokens[-1].lower().rstrip(".") in POST_NOMINALS:
        tokens.pop()  # "Kama Melly QC"
    run: list[str] = []
    for token in reversed(tokens):
        bare = token.strip(",;:")
        if CAP_TOKEN.match(bare) and bare.lower().rstrip(".") not in TITLES:
            run.append(bare)
        else:
            break
    run.reverse()
    while run and (run[0].lower().rstrip(".") in TITLES or run[0].lower() in FUNCTION_WORDS):
        run.pop(0)
    if run and run[0].lower().endswith(("ian", "ese", "ish")) and len(run) > 2:
        run.pop(0)  # a nationality: "Russian Vladimir Putin"
    return " ".join(run)


@lru_cache(maxsize=8192)
def is_name_word(token: str) -> bool:
    """True for a capitalised word that may be part of a person's name: a listed first name, an
    initial, or a word that is not a common lower-case English word (:data:`COMMON_WORDS`)."""
    bare = token.removesuffix("'s").removesuffix("’s").rstrip(".,")
    lower = bare.lower()
    if not bare[:1].isupper():
        return False
    return lower in FIRST_NAMES or len(bare) == 1 or lower not in COMMON_WORDS


@lru_cache(maxsize=8192)
def trim_name(name: str) -> str:
    """*name* without leading common words that are not first names ("Afterwards Trump" ->
    "Trump", "Meanwhile Sen. Smith" -> "Smith"); a name of one word is kept."""
    tokens = name.split()
    while len(tokens) > 1 and not is_name_word(tokens[0]):
        tokens.pop(0)
    return " ".join(tokens)


def name_confidence(resolved: str, kind: str) -> str:
    """``high``, ``medium`` or ``low``: how surely *resolved* (of speaker kind *kind*) names a
    person (see :data:`helpers.columns.SPEAKER_CONFIDENCE`)."""
    tokens = resolved.split()
    if not tokens or not resolved[:1].isupper():
        return "low"  # a description, a pronoun, an unresolved "he"
    if kind != "person":
        return "medium" if kind == "organisation" else "low"
    if not person_like(resolved) or resolved.isupper():
        return "medium"
    if len(tokens) == 1:
        return "high" if is_name_word(tokens[0]) else "medium"
    first, last = tokens[0], tokens[-1]
    if first.lower().rstrip(".") in FIRST_NAMES:
        return "high"  # "Doris Day", "Jeb Bush"
    return "high" if is_name_word(first) and is_name_word(last) else "medium"


def looks_like_org(phrase: str) -> bool:
    """True for an organisation: "the ministry", "Acme Corp", "NATO"."""
    lower = [w.lower().strip("'’") for w in words(phrase)]
    if not lower:
        return False
    if lower[-1] in ORG_HEADS:
        return True
    bare = words(phrase)
    if all(w[0].isupper() for w in bare) and any(w in ORG_HEADS for w in lower):
        # "House Speaker Paul Ryan", "Fox News host Sean Hannity": a person's name ends it
        return not _ends_with_person_name(bare)
    return len(bare) == 1 and bare[0].isupper() and len(bare[0]) > 1


def _ends_with_person_name(found: list[str]) -> bool:
    """True when *found* (capitalised words) ends with a first name and a surname, initials
    allowed between ("Paul D. Ryan")."""
    names = [w for w in found if not _INITIAL.fullmatch(w) and len(w.rstrip(".")) > 1]
    return (
        len(names) >= 3
        and names[-2].lower() in FIRST_NAMES
        and names[-1].lower() not in ORG_HEADS
        and names[-2].lower() not in ORG_HEADS
    )


def gender(name: str, phrase: str) -> str:
    """``male``, ``female`` or ``unknown``: from an honorific in *phrase*, else *name*'s first
    name (a unisex or unlisted first name gives ``unknown``)."""
    lower = [w.lower().rstrip(".") for w in words(phrase)]
    if any(w in HONORIFIC_FEMALE for w in lower):
        return "female"
    if any(w in HONORIFIC_MALE for w in lower):
        return "male"
    first = name.split()[0].lower() if name else ""
    if first in FEMALE_NAMES:
        return "female"
    if first in MALE_NAMES:
        return "male"
    return "unknown"


def person_like(name: str) -> bool:
    """A capitalised run that may name a person (not a place, an event or an institution)."""
    lower = [
        w.lower().rstrip(".").removesuffix("'s").removesuffix("’s")
        for w in name.split()
        if not _INITIAL.fullmatch(w)  # "Roberta A. Kaplan": an initial is no function word "a"
    ]
    if any(len(w) > 2 and w.isupper() and w not in ("III", "VIII") for w in name.split()):
        return False  # a dateline or a heading in capitals ("MIDWAY ATOLL")
    return (
        not any(
            w in NOT_PERSON_WORDS or w in ORG_HEADS or w in TITLES or w in FUNCTION_WORDS
            for w in lower
        )
        and not any(w.endswith(("'s", "’s")) for w in name.split()[:-1])
        and not any(w.endswith(("'", "’")) for w in name.split())
    )  # "Seafarers' Guild"


def as_description(phrase: str) -> str:
    """A description as a table label: "The company" -> "the company", "Analysts" -> "analysts"."""
    first, _, rest = phrase.strip().partition(" ")
    lower = first.lower()
    proper = (len(first) > 1 and first.isupper()) or rest[:1].isupper()  # "CNN", "Fox News"
    if lower in FUNCTION_WORDS or ((lower in ANON_HEADS or lower in ORG_HEADS) and not proper):
        first = lower
    return f"{first} {rest}" if rest else first
