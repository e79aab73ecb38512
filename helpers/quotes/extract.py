"""Quote extraction: one article's text in, one row per quote out (:func:`extract_quotes`).

The steps of :func:`extract_rows`, in order:

1. paragraphs, the quoted stretches (:func:`helpers.quotes.marks.quoted_spans`) and the sentences
   of the paragraphs that hold a cue or a mark (from :func:`helpers.text.sentence_spans`);
2. each quoted stretch becomes a **direct** quote (it stands as a sentence or more; a split quote
   ``"A," he said. "B."`` and the cue-less quotes that follow are merged into it) or a
   **partial** candidate (a few quoted words inside a sentence);
3. transcript labels (``PENCE: Well, ...``) become direct quotes;
4. each sentence may hold **reported speech** (:func:`helpers.quotes.attribution.sentence_attribution`);
5. partial candidates join the reported speech of their sentence, or keep the cue found before
   them; with no cue they are scare quotes or titles and are dropped;
6. speakers are resolved in reading order (:func:`helpers.quotes.resolve.resolve_speakers`) and
   floating quotes with nobody to inherit from are dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

import numpy as np
import pandas as pd

from helpers.columns import (
    ARTICLE_ID,
    CUE,
    CUE_START,
    DIRECT,
    END,
    INDIRECT,
    PARAGRAPH_INDEX,
    PARTIAL,
    QUOTE,
    QUOTE_COLUMNS,
    QUOTE_TYPE,
    RESOLVED_SPEAKER,
    SPEAKER,
    SPEAKER_CONFIDENCE,
    SPEAKER_END,
    SPEAKER_KIND,
    SPEAKER_START,
    START,
    TEXT,
)
from helpers.quotes.attribution import (
    THAT_CLAUSE,
    Attribution,
    Cue,
    colon_cue,
    partial_cue,
    post_cue,
    pre_cue,
    sentence_attributions,
    sentence_body_end,
    trim,
)
from helpers.quotes.cues import (
    LABEL_CUES,
    PARTIAL_CUE_RE,
    SPEECH_CUES,
    all_cues,
    content_end,
    cue_matches,
    object_cues,
    skip_adverbials,
)
from helpers.quotes.lexicon import pattern, word_list
from helpers.quotes.marks import (
    ALL_DOUBLE,
    PUNCT_END,
    QUOTE_CHARS,
    Quoted,
    inside,
    quoted_spans,
    rstrip_position,
)
from helpers.quotes.resolve import resolve_speakers
from helpers.quotes.speakers import FUNCTION_WORDS, clean_speaker, words
from helpers.selection import INCLUDE_DUPLICATES, without_duplicates
from helpers.text import NEWS_ABBREVIATIONS, paragraph_spans, sentence_spans

__all__ = ["Row", "extract_quotes", "extract_quotes_from_text", "extract_rows"]

_SPEAKER_LABEL = pattern("speaker_label")
_QUESTION_LABEL = pattern("question_label")
_ANSWER_LABEL = pattern("answer_label")
_ASKED_OPENING = pattern("asked_opening")
#: A label of initials ("NG: ..."): the interviewee, named in full elsewhere in the article.
_INITIALS = re.compile(r"[A-Z]{2,4}")
#: An interviewee's label with its colon lost: initials ("MS We did ...") or a full name
#: ("Michael Siegel I am a professor ..."), then a capitalised word.
_BARE_INITIALS = re.compile(
    r"([A-Z]{2,4}|[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){1,2})[^\S\n]+(?=[A-Z])"
)
#: Labels before a colon that introduce no speaker ("NOTE: ...", "UPDATE: ...").
NOT_SPEAKER_LABELS = word_list("not_speaker_labels")
#: ``cue_start`` of a partial quote not yet attached to the reported speech of its sentence.
_UNATTACHED = -2


@dataclass
class Row:
    """One quote while it is being built (offsets into the article text)."""

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
    confidence: str = "low"
    fallback: Cue | None = None
    #: a partial quote's cue after its closing mark, sentence start, opening and closing marks (construction
    #: ``mixed_quote``, used when nothing else attributes the quote)
    mixed: tuple[Cue, int, int, int] | None = None
    #: ``question`` / ``answer`` for the labelled paragraphs of an interview, else "".
    role: str = ""


@dataclass
class _Article:
    """One article's text and the structures every step reads."""

    text: str
    paragraphs: list[tuple[int, int]]
    sentences: list[tuple[int, int, int]]
    quoted: list[Quoted]
    rows: list[Row] = field(default_factory=list)
    used_cues: set[int] = field(default_factory=set)
    direct_spans: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._sentence_starts = [s for s, _, _ in self.sentences]

    def sentence_of(self, position: int) -> tuple[int, int, int]:
        """The sentence holding *position* (the first one when before every sentence)."""
        index = bisect_right(self._sentence_starts, position) - 1
        return self.sentences[max(index, 0)]

    def paragraph_end_of(self, quoted: Quoted) -> int:
        """End of the last paragraph a (multi-paragraph) quote reaches."""
        return self.paragraphs[quoted.paragraph + len(quoted.pieces) - 1][1]


def sentences_to_read(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """``(start, end, paragraph_index)`` of the sentences of the paragraphs holding a cue or a
    quotation mark (the others cannot quote), from the one splitter
    :func:`helpers.text.sentence_spans`."""
    positions, _ = all_cues(text)
    sentences: list[tuple[int, int, int]] = []
    for index, (p_start, p_end) in enumerate(paragraphs):
        has_cue = bisect_left(positions, p_start) < bisect_left(positions, p_end)
        if (
            not has_cue
            and not QUOTE_CHARS.search(text, p_start, p_end)
            and not object_cues(text, p_start, p_end)
        ):
            continue
        sentences.extend((s, e, index) for s, e in paragraph_sentences(text, p_start, p_end))
    return sentences


_LINE_BREAK = re.compile(r"[^\S\n]*\n\s*")
#: Where Punkt may end a sentence: a full stop, question or exclamation mark followed by
#: whitespace (closing marks and brackets between), or by one of Punkt's non-word characters
#: (``PunktLanguageVars._re_non_word_chars``: '."We', '.@user').
_POSSIBLE_BREAK = re.compile(r"[.!?](?:[\"'”’)\]]*\s|[)\";}\]*:@'({\[!?])")
#: Characters that cannot start a sentence: a Punkt break before them is undone (a dash signing a
#: quote, '." ― Jane Doe'; a bracket or comma after an abbreviation, "(D-S.C.), the").
_NO_SENTENCE_START = "―—–),;:”’"


def _ends_in_abbreviation(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` ends in a news abbreviation or an initial ("“Mr.", "(J.")."""
    if text[end - 1 : end] != ".":
        return False
    token = text[max(text.rfind(" ", start, end), start - 1) + 1 : end - 1]
    token = token.lstrip("\"“‘'([").lower()
    return token in NEWS_ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def paragraph_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of the paragraph ``text[start:end]`` as quotes need them.

    The boundaries are those of :func:`helpers.text.sentence_spans`, with two local adjustments:
    a line break inside a paragraph (a heading, a label, a list item) also ends a sentence, and a
    break before a character that cannot start a sentence (:data:`_NO_SENTENCE_START`) is undone.
    """
    merged: list[list[int]] = []
    if not _POSSIBLE_BREAK.search(text, start, end):
        # no full stop, question or exclamation mark before more text: Punkt would return the
        # paragraph as one sentence (most wire paragraphs), so it is not asked
        return _line_spans(text, [[start, end]])
    for s_start, s_end, _ in sentence_spans(text[start:end]):
        s_start, s_end = start + s_start, start + s_end
        if merged and (
            text[s_start] in _NO_SENTENCE_START or _ends_in_abbreviation(text, *merged[-1])
        ):
            merged[-1][1] = s_end
        else:
            merged.append([s_start, s_end])
    for this, following in pairwise(merged):
        if text[this[1] - 1] in '"“' and text[this[1] - 2 : this[1] - 1].isspace():
            # '... said. " The' (two apostrophes read as a mark): the mark opens the next sentence
            following[0] = this[1] - 1
            this[1] = rstrip_position(text, this[1] - 1)
    return _line_spans(text, merged)


def _line_spans(text: str, sentences: list[list[int]]) -> list[tuple[int, int]]:
    """*sentences* cut further at line breaks inside a paragraph."""
    spans: list[tuple[int, int]] = []
    for s_start, s_end in sentences:
        position = s_start
        for line_break in _LINE_BREAK.finditer(text, s_start, s_end):
            spans.append((position, line_break.start()))
            position = line_break.end()
        if position < s_end:
            spans.append((position, s_end))
    return spans


def _is_title_like(found: list[str]) -> bool:
    capitalised = [w for w in found if w[0].isupper() or w.lower() in FUNCTION_WORDS]
    return len(found) <= 7 and len(capitalised) == len(found) and any(w[0].isupper() for w in found)


def _merge_split_quote(article: _Article, number: int, cue: Cue, skip: set[int]) -> list[Quoted]:
    """The quotes merged into quote *number*: ``"A," he said. "B."`` is one quote, and so are the
    further quotes of the paragraph that follow with no cue of their own."""
    text, quoted = article.text, article.quoted
    merged = [quoted[number]]
    following = number + 1
    while following < len(quoted):
        last, nxt = merged[-1], quoted[following]
        gap = text[last.close_mark : nxt.open_mark]
        other_cues = [
            m for m in cue_matches(text, last.close_mark, nxt.open_mark) if m.start() != cue[1]
        ]
        nxt_inner = text[nxt.pieces[0][0] : nxt.pieces[0][1]].lstrip()
        last_inner = text[last.pieces[-1][0] : last.pieces[-1][1]].rstrip()
        # '"The risk," said X, an economist, "is that ...": one sentence, interrupted by its cue
        interrupted = last_inner.endswith(",") and gap.rstrip().endswith(",")
        if (
            not last.closed
            or nxt.paragraph != last.paragraph + len(last.pieces) - 1
            or other_cues
            or len(words(gap)) > 40
            or QUOTE_CHARS.search(gap)
            or not (gap.strip() == "" or gap.rstrip()[-1:] in ".,:;—–-")
            or not (nxt_inner[:1].isupper() or interrupted)
            or (nxt.closed and post_cue(text, nxt.close_mark, article.paragraph_end_of(nxt)))
        ):
            break
        merged.append(nxt)
        skip.add(following)
        following += 1
    return merged


def _paragraph_colon_cue(article: _Article, paragraph: int) -> Cue | None:
    """Construction ``paragraph_colon_introduction``: a paragraph that ends in a colon ("Dr. Ward
    stated:", "Reporter Jo Smith says:") introduces the quote of the next paragraph: its cue, or
    the subject of its last sentence, tells it."""
    text = article.text
    p_start, p_end = article.paragraphs[paragraph]
    body = text[p_start:p_end].rstrip()
    if not body.endswith(":") or len(body) > 400:
        return None
    colon = p_start + len(body) - 1
    s_start = paragraph_sentences(text, p_start, p_end)[-1][0]
    if QUOTE_CHARS.search(text, s_start, colon):
        return None
    return pre_cue(text, s_start, colon + 1) or colon_cue(text, s_start, colon)


def _quote_rows(article: _Article) -> None:
    """Step 2: each quoted stretch becomes a direct quote or a partial-quote candidate."""
    text = article.text
    skip: set[int] = set()
    for number, q in enumerate(article.quoted):
        if number in skip:
            continue
        p_start = article.paragraphs[q.paragraph][0]
        inner = " ".join(text[s:e] for s, e in q.pieces)
        found = words(inner)
        if not found:
            continue
        s_start = max(article.sentence_of(q.open_mark)[0], p_start)
        pre = text[s_start : q.open_mark]
        starts_sentence = not pre.strip() or pre.rstrip().endswith(":")
        post = post_cue(text, q.close_mark, article.paragraph_end_of(q)) if q.closed else None
        before = pre_cue(text, s_start, q.open_mark)
        ends_sentence_inside = inner.rstrip()[-1:] in PUNCT_END
        if before and not starts_sentence and pre.rstrip()[-1:] in ",:":
            starts_sentence = True
        if before and not starts_sentence and found[0][0].isupper() and ends_sentence_inside:
            starts_sentence = True
        full_sentence = starts_sentence and (ends_sentence_inside or len(found) >= 6)
        title_like = _is_title_like(found) and not ends_sentence_inside
        if full_sentence and not (starts_sentence and title_like):
            cue = post or before
            if cue is None and pre.rstrip().endswith(":"):
                cue = colon_cue(text, s_start, s_start + len(pre.rstrip()) - 1)
            if cue is None and not pre.strip() and q.paragraph > 0:
                cue = _paragraph_colon_cue(article, q.paragraph - 1)
            if cue is None and len(found) < 4 and not ends_sentence_inside:
                continue
            merged = _merge_split_quote(article, number, cue, skip) if cue else [q]
            pieces = [piece for part in merged for piece in part.pieces]
            row = Row(
                pieces[0][0],
                pieces[-1][1],
                " ".join(text[s:e].strip() for s, e in pieces),
                DIRECT,
                q.paragraph,
            )
            if cue:
                row.cue, row.cue_start, row.speaker_span = cue[0], cue[1], cue[3]
                article.used_cues.add(cue[1])
            else:
                row.inherit = True  # a floating quote: the current speaker's
            article.rows.append(row)
            article.direct_spans.append((q.open_mark, merged[-1].close_mark))
            continue
        # partial quote: needs a cue in its sentence (or "called it '...'" right before it)
        if title_like or (_is_title_like(found) and inner.rstrip().endswith(",")):
            continue  # 'On “Meet the Press,” X said': the comma is the sentence's, not the title's
        end = q.pieces[-1][1]
        while end > q.pieces[0][0] and text[end - 1] in " ,;:":
            end -= 1  # the comma before a closing mark belongs to the sentence
        words_inside = text[q.pieces[0][0] : end] if len(q.pieces) == 1 else inner.strip(" ,;:")
        row = Row(q.pieces[0][0], end, words_inside, PARTIAL, q.paragraph, cue_start=_UNATTACHED)
        row.fallback = before or partial_cue(text, s_start, q.open_mark)
        article.rows.append(row)
        if post and inner.rstrip()[-1:] == ",":
            row.mixed = (post, s_start, q.open_mark, q.close_mark)


def _mixed_quote_row(article: _Article, partial: Row) -> Row | None:
    """Construction ``mixed_quote``: ``The party "allows us to get our message out," said X.``:
    the writer's words and the speaker's close quote form one statement, told by the cue after
    the closing mark, when nothing else in the sentence attributes the quote; the sentence up to
    the closing mark is reported speech."""
    assert partial.mixed is not None
    text = article.text
    cue, s_start, open_mark, close_mark = partial.mixed
    c_start, c_end = trim(text, s_start, open_mark)
    if (
        cue[1] in article.used_cues
        or QUOTE_CHARS.search(text, s_start, open_mark)
        or not words(text[c_start:c_end])
        or cue_matches(text, s_start, open_mark)
    ):
        return None
    c_end = close_mark
    row = Row(c_start, c_end, text[c_start:c_end], INDIRECT, partial.paragraph, cue[0])
    row.cue_start, row.speaker_span = cue[1], cue[3]
    article.used_cues.add(cue[1])
    # '... "A," said X. "B."': the floating quote right after the cue goes on the statement
    following = next((r for r in article.rows if r.start > cue[2]), None)
    if (
        following is not None
        and following.kind == DIRECT
        and following.inherit
        and following.paragraph == partial.paragraph
        and not cue_matches(text, cue[2], following.start)
        and len(words(text[cue[2] : following.start])) <= 40
    ):
        following.cue, following.cue_start, following.speaker_span = cue[0], cue[1], cue[3]
        following.inherit = False
    return row


def _label_row(
    article: _Article, index: int, label_span: tuple[int, int], body_start: int, role: str
) -> None:
    """A labelled paragraph (a transcript or an interview) as one direct quote of the label."""
    text = article.text
    p_end = article.paragraphs[index][1]
    row = Row(
        body_start, rstrip_position(text, p_end), text[body_start:p_end].rstrip(), DIRECT, index
    )
    row.cue, row.cue_start, row.speaker_span, row.role = ":", label_span[1], label_span, role
    article.used_cues.add(label_span[1])
    article.rows.append(row)
    article.direct_spans.append((body_start, p_end))


#: Fewest words after a "NAME:" label for a transcript line; shorter bodies are headings
#: ("Christie: A closing surge."). Chosen on PolNeAR train (3, 5, 6, 8 tried).
_LABEL_BODY_WORDS = 5


def _speaker_label_rows(article: _Article) -> None:
    """Step 3: transcripts, interviews and headlines: "PENCE: Well, look, ..." (a label and a
    colon); "((WN)) How ...", "Q: ..." (the interviewer's question); "A: ...", "NG: ..." (the
    interviewee's answer, resolved in :mod:`helpers.quotes.resolve`)."""
    text = article.text
    after_question = False
    for index, (p_start, p_end) in enumerate(article.paragraphs):
        if inside(p_start, article.direct_spans):
            continue
        question = _QUESTION_LABEL.match(text, p_start, p_end)
        answer = _ANSWER_LABEL.match(text, p_start, p_end)
        if not question and not answer and after_question:
            # construction bare_answer_initials: "((WN)) How ...?" then "MS We did not ...": the
            # interviewee's initials without a colon (a bold label lost in the export)
            answer = _BARE_INITIALS.match(text, p_start, p_end)
        after_question = question is not None
        if question or answer:
            found = question or answer
            assert found is not None
            role = "question" if question else "answer"
            if (
                answer
                and not _INITIALS.fullmatch(found.group(1))
                and not _ANSWER_LABEL.match(text, p_start, p_end)
            ):
                role = ""  # a full name: the label is the speaker
            _label_row(article, index, (found.start(1), found.end(1)), found.end(), role)
            continue
        label = _SPEAKER_LABEL.match(text, p_start, p_end)
        if not label:
            continue
        name = label.group(1)
        elsewhere = text[: label.start()] + text[p_end:]
        if not name.isupper() and not _mentions(elsewhere, name.split()[-1]):
            continue  # a headline such as "Stealth Over Health: ...", not a speaker
        if (
            name.lower() in FUNCTION_WORDS
            or name.lower() in NOT_SPEAKER_LABELS
            or len(words(text[label.end() : p_end])) < _LABEL_BODY_WORDS
        ):
            continue
        role = "answer" if _INITIALS.fullmatch(name) else ""
        _label_row(article, index, (label.start(1), label.end(1)), label.end(), role)
        if index == 0 and len(article.paragraphs) > 1:
            # construction headline_label: "AP-GfK Poll: Voters increasingly see Sanders as
            # electable." opens the article: its title, a claim put in the label's mouth, not
            # a verbatim quote
            article.rows[-1].kind = INDIRECT


#: Construction ``headline_says``: a title-case headline "Glenn Beck Says Trump Poses A Threat".
_HEADLINE_CUE = pattern("headline_cue")


def _headline_row(article: _Article) -> None:
    """Step 3b: an article's first paragraph in title case with a capitalised speech verb is a
    headline that reports what its subject says: "Bellwether County Says Trump Should Win GOP
    Nomination." (reported speech of the subject, the words after the verb)."""
    if len(article.paragraphs) < 2:
        return
    text = article.text
    p_start, p_end = article.paragraphs[0]
    if inside(p_start, article.direct_spans) or p_end - p_start > 200:
        return
    found = words(text[p_start:p_end])
    long_words = [w for w in found if len(w) > 3]
    if not long_words or sum(w[0].isupper() for w in long_words) < 0.8 * len(long_words):
        return
    cue = _HEADLINE_CUE.search(text, p_start, p_end)
    if cue is None:
        return
    speaker = clean_speaker(text, p_start, cue.start())
    c_start, c_end = trim(text, cue.end(), sentence_body_end(text, cue.end(), p_end))
    if speaker is None or len(words(text[c_start:c_end])) < 2:
        return
    row = Row(c_start, c_end, text[c_start:c_end], INDIRECT, 0, cue.group().strip())
    row.cue_start, row.speaker_span = cue.start() + 1, speaker
    article.used_cues.add(row.cue_start)
    article.rows.append(row)


def _mentions(text: str, word: str) -> bool:
    """True when *word* occurs as a whole word in *text*."""
    return re.search(rf"\b{re.escape(word)}\b", text) is not None


def _reported_speech_rows(article: _Article) -> list[Attribution]:
    """Step 4: reported speech, sentence by sentence; returns the attributions found."""
    text = article.text
    attributions: list[Attribution] = []
    for s_start, s_end, paragraph in article.sentences:
        for found in sentence_attributions(
            text, s_start, s_end, article.direct_spans, article.used_cues
        ):
            if not inside(found.cue_start, article.direct_spans):
                _add_reported(article, found, paragraph, attributions)
    return attributions


def _add_reported(
    article: _Article, found: Attribution, paragraph: int, attributions: list[Attribution]
) -> None:
    """One reported-speech row for *found* (and the attribution kept for partial quotes)."""
    attributions.append(found)
    article.used_cues.add(found.cue_start)
    c_start, c_end = found.content
    row = Row(c_start, c_end, article.text[c_start:c_end], INDIRECT, paragraph, found.cue)
    row.cue_start, row.speaker_span = found.cue_start, found.speaker
    article.rows.append(row)


#: A second cue opens a coordinated statement ("... and said", "before claiming", ", and Trump
#: vowed to"), not one nested in the content ("he had told the minister", "what she called").
_COORDINATED_CUE = re.compile(
    r"(?:\b(?:and|but|before|after|while|then)|,)\s+(?:(?:he|she|they|it|we|[A-Z][\w'’-]*)\s+)?"
    r"(?:(?:also|later|then|again|recently|often|[a-z]+ly)\s+)?$"
)


def _nearer_cue(article: _Article, after: int, open_mark: int) -> re.Match[str] | None:
    """Rule ``second_cue_partial``: the last cue between a reported-speech cue and a partial quote
    of its content (``... before claiming that borders are "tearing families apart"``), outside
    quotation marks: the partial is a statement of its own, by the same speaker."""
    text = article.text
    found = [
        m
        for m in list(cue_matches(text, after, open_mark))
        + list(PARTIAL_CUE_RE.finditer(text, after, open_mark))
        if m.group().lower() != "according to"
        and not _in_quoted(article, m.start())
        and _COORDINATED_CUE.search(text, max(after, m.start() - 40), m.start())
    ]
    return max(found, key=lambda m: m.start()) if found else None


def _split_content(article: _Article, owner: Attribution, nearer: re.Match[str]) -> None:
    """The owner's reported content ends before the nearer cue; the rest is a statement of its
    own, told by the same speaker with the nearer cue (``... and said his remarks were
    "propaganda"``)."""
    text = article.text
    row = next(
        (r for r in article.rows if r.kind == INDIRECT and r.cue_start == owner.cue_start), None
    )
    if row is None or not (row.start < nearer.start() < row.end):
        return
    head_end = trim(text, row.start, nearer.start())[1]
    while head_end > row.start and text[head_end - 1] in " ,;—–-":
        head_end -= 1
    head_end = re.sub(r"\s+(?:and|but|or|before|after|while)$", "", text[row.start : head_end])
    head_end = row.start + len(head_end)
    after = skip_adverbials(text, nearer.end(), row.end)
    that = THAT_CLAUSE.match(text[after : row.end])
    tail_start, tail_end = trim(text, after + (that.end() if that else 0), row.end)
    if len(words(text[row.start : head_end])) < 2 or len(words(text[tail_start:tail_end])) < 2:
        return
    tail = Row(
        tail_start, tail_end, text[tail_start:tail_end], INDIRECT, row.paragraph, nearer.group()
    )
    tail.cue_start, tail.speaker_span = nearer.start(), row.speaker_span
    row.end, row.quote = head_end, text[row.start : head_end]
    article.rows.append(tail)


def _in_quoted(article: _Article, position: int) -> bool:
    return any(q.open_mark < position < q.close_mark for q in article.quoted)


def _attach_partial_quotes(article: _Article, attributions: list[Attribution]) -> list[Row]:
    """Step 5: a partial quote takes the cue and speaker of the reported speech of its sentence,
    else the cue found before it; with neither it is a scare quote or a title and is dropped."""
    kept: list[Row] = []
    for row in article.rows:
        if row.kind == PARTIAL and row.cue_start == _UNATTACHED:
            s_start, s_end, _ = article.sentence_of(row.start)
            owner = next(
                (a for a in attributions if a.content[0] <= row.start < a.content[1] + 2),
                None,
            ) or next(
                (
                    a
                    for a in attributions
                    if s_start <= a.cue_start < s_end
                    # 'X, who calls Trump a "sociopath," said ...': the aside has its own cue
                    and not (row.fallback is not None and row.start < a.cue_start)
                ),
                None,
            )
            if owner is not None:
                row.cue, row.cue_start, row.speaker_span = owner.cue, owner.cue_start, owner.speaker
                nearer = _nearer_cue(article, owner.cue_end, row.start)
                if nearer is not None:  # 'said X was "safe" before claiming it was "torn"'
                    if owner.content[0] <= row.start < owner.content[1] + 2:
                        _split_content(article, owner, nearer)
                    row.cue, row.cue_start = nearer.group(), nearer.start()
            elif row.fallback is not None:
                row.cue, row.cue_start, _, row.speaker_span = row.fallback
                clause = _reported_clause_row(article, row, s_end)
                if clause is not None:
                    kept.append(clause)
            else:
                mixed = _mixed_quote_row(article, row) if row.mixed else None
                if mixed is None:
                    continue
                kept.append(mixed)
                row.cue, row.cue_start, row.speaker_span = (
                    mixed.cue,
                    mixed.cue_start,
                    mixed.speaker_span,
                )
        kept.append(row)
    kept.sort(key=lambda r: (r.start, r.kind != INDIRECT))
    return kept


def _reported_clause_row(article: _Article, partial: Row, s_end: int) -> Row | None:
    """Construction ``partial_in_reported_clause``: ``X warned that Britain would go to the
    "back of the queue" if it wanted a deal``: when a speech verb (not a labelling verb such as
    "called") tells a partial quote and the reported-speech rules found no statement, the clause
    after the verb is X's reported speech, holding the partial quote; not when the quote is
    most of the clause (then it is the quote)."""
    assert partial.fallback is not None
    text = article.text
    cue, cue_start, cue_end, speaker = partial.fallback
    if cue.lower() not in SPEECH_CUES or cue.lower() in LABEL_CUES:
        return None
    start = skip_adverbials(text, cue_end, s_end)
    that = THAT_CLAUSE.match(text, start, s_end)
    start = that.end() if that else start
    body_end = sentence_body_end(text, start, s_end)
    c_start, c_end = trim(text, start, content_end(text, start, body_end))
    if (
        not c_start <= partial.start < c_end
        or text[c_start] in ALL_DOUBLE
        or len(words(text[c_start:c_end])) < 3
        or partial.end - partial.start > (c_end - c_start) / 2
    ):
        return None
    clause = Row(c_start, c_end, text[c_start:c_end], INDIRECT, partial.paragraph, cue)
    clause.cue_start, clause.speaker_span = cue_start, speaker
    return clause


def _asked_rows(article: _Article, rows: list[Row]) -> list[Row]:
    """Construction ``asked_opening``: ``Asked whether the plant would close, X said ...``: the
    question put to the speaker of the sentence's cue is reported speech of that speaker too
    (PolNeAR marks it), from after "Asked" to the comma before the speaker."""
    text = article.text
    added: list[Row] = []
    for s_start, s_end, paragraph in article.sentences:
        if not text.startswith(("Asked", "When asked"), s_start) or inside(
            s_start, article.direct_spans
        ):
            continue
        opening = _ASKED_OPENING.match(text, s_start, s_end)
        if opening is None:
            continue
        owner = next(
            (
                r
                for r in rows
                if s_start <= r.cue_start < s_end
                and r.speaker_span is not None
                and r.speaker_span[0] > opening.end()
            ),
            None,
        )
        if owner is None or owner.speaker_span is None:
            continue
        before = text[opening.end() : owner.speaker_span[0]].rstrip()
        c_start, c_end = trim(text, opening.end(), len(before) + opening.end())
        if not before.endswith(",") or not words(text[c_start:c_end]):
            continue
        row = Row(c_start, c_end, text[c_start:c_end], INDIRECT, paragraph, "asked")
        row.cue_start, row.speaker_span = s_start, owner.speaker_span
        added.append(row)
    if not added:
        return rows
    rows = rows + added
    rows.sort(key=lambda r: (r.start, r.kind != INDIRECT))
    return rows


def extract_rows(text: str) -> list[Row]:
    """The quotes of one text, in reading order, speakers resolved (see the module docstring)."""
    paragraphs = paragraph_spans(text)
    article = _Article(
        text, paragraphs, sentences_to_read(text, paragraphs), quoted_spans(text, paragraphs)
    )
    _quote_rows(article)
    _speaker_label_rows(article)
    _headline_row(article)
    attributions = _reported_speech_rows(article)
    rows = _attach_partial_quotes(article, attributions)
    if "Asked" in text or "When asked" in text:
        rows = _asked_rows(article, rows)
    resolve_speakers(text, rows)
    # a floating quote with nobody to inherit from is dropped: it says nothing about who speaks
    return [r for r in rows if r.speaker or not r.inherit]


def _extract(original: str) -> list[Row]:
    if not original or not original.strip():
        return []
    # two apostrophes stand for a quotation mark in some archives (''like this''): read them as
    # '" ' so that offsets stay the same, and take the quote text from the original afterwards
    text = original.replace("''", '" ') if "''" in original else original
    rows = extract_rows(text)
    if text is not original:
        for row in rows:
            row.quote = (
                original[row.start : row.end]
                if row.quote == text[row.start : row.end]
                else (row.quote.replace('" ', "''"))
            )
    return rows


def _rows_frame(rows: list[Row], ids: list[str] | None) -> pd.DataFrame:
    records: dict[str, list[Any]] = {
        ARTICLE_ID: ids or [],
        QUOTE: [r.quote for r in rows],
        START: [r.start for r in rows],
        END: [r.end for r in rows],
        QUOTE_TYPE: [r.kind for r in rows],
        SPEAKER: [r.speaker for r in rows],
        RESOLVED_SPEAKER: [r.resolved or r.speaker for r in rows],
        SPEAKER_KIND: [r.speaker_kind for r in rows],
        SPEAKER_CONFIDENCE: [r.confidence for r in rows],
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


def extract_quotes_from_text(text: str) -> pd.DataFrame:
    """Extract the quotes of one raw text (the core of :func:`extract_quotes`).

    Parameters
    ----------
    text
        The article body, paragraphs separated by blank lines.

    Returns
    -------
    pandas.DataFrame
        :data:`~helpers.columns.QUOTE_COLUMNS` without ``article_id``; offsets index into *text*.

    Examples
    --------
    >>> table = extract_quotes_from_text('"We will win," said Sen. Jane Doe, D-Ore.')
    >>> table[["quote", "quote_type", "resolved_speaker"]].values.tolist()
    [['We will win,', 'direct', 'Jane Doe']]
    """
    return _rows_frame(_extract(text), None)


def extract_quotes(
    articles: pd.DataFrame,
    *,
    include_duplicates: bool = INCLUDE_DUPLICATES,
    progress: bool = False,
) -> pd.DataFrame:
    """One row per quote in every article (see :mod:`helpers.quotes` for the rules).

    Parameters
    ----------
    articles
        The articles table (needs ``article_id`` and ``text``).
    include_duplicates
        Also read the articles marked in ``duplicate_of``; by default (the one duplicate policy of
        :mod:`helpers.selection`) a wire copy's quotes are counted once, in the first copy.
    progress
        Show a progress bar.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`~helpers.columns.QUOTE_COLUMNS`, in article and reading order.
    """
    if not include_duplicates:
        articles = without_duplicates(articles)
    ids = articles[ARTICLE_ID].tolist()
    texts = articles[TEXT].tolist()
    iterator: Iterable[Any] = zip(ids, texts, strict=True)
    if progress:
        from tqdm.auto import tqdm

        iterator = tqdm(iterator, total=len(ids), desc="Extracting quotes", unit="article")
    all_rows: list[Row] = []
    all_ids: list[str] = []
    for article_id, text in iterator:
        rows = _extract(text if isinstance(text, str) else "")
        all_rows.extend(rows)
        all_ids.extend([article_id] * len(rows))
    frame = _rows_frame(all_rows, all_ids)
    return frame[list(QUOTE_COLUMNS)]
