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
  first-name lists :data:`MALE_NAMES` / :data:`FEMALE_NAMES` (a unisex name gives no gender); unknown gender is compatible with
  both; runs such as "New York" or "World War II" are not persons);
* a description ("the Kremlin chief") becomes a person only when the article links the two, as in
  "Kremlin chief Vladimir Putin" or "Putin, the Kremlin chief"; otherwise it is kept as written.

Speaker kind is ``person``, ``organisation`` or ``anonymous`` (unnamed sources, officials, people; and
pronouns such as "they" that cannot be resolved).

Names that generalise (issue 16): a name never runs across a sentence stop ("ABC. Trump"); a
capitalised common English word (``data/common_words.txt``, from wordfreq) before a surname the
article names in full is dropped ("Afterwards Trump" -> "Donald Trump"), and one seen only at
sentence starts is no name ("Later"); "X and Y" is one group speaker, kept as written.
``speaker_confidence`` says how surely ``resolved_speaker`` names a person (``high`` / ``medium`` /
``low``, :data:`helpers.columns.SPEAKER_CONFIDENCE`); :func:`top_speakers` ranks ``high`` only by
default. Interviews: "((WN)) ..." / "Q: ..." paragraphs are the interviewer's (``interviewer``,
``low``), "A: ..." answers the interviewee's (the person who answered before, else the person the
article names most: ``medium``), an initials label ("NG: ...") the one person with those initials.

Cues: :data:`SPEECH_CUES` (verbs of saying, writing, agreeing, demanding and hinting) introduce
quotes and reported speech; verbs of judging or quoting ("blasted", "has been pounding",
"pointed to", "sings", "characterized") introduce partial quotes only.

Known limits: no parser, so long subjects with relative clauses, nested attributions and cues that are
not in :data:`SPEECH_CUES` are missed; see the notebook's Caveats.

Layout (each rule list is a data file in ``data/``, see :mod:`helpers.quotes.lexicon`):

* :mod:`~helpers.quotes.marks` -- quotation marks, quoted spans, multi-paragraph quotes;
* :mod:`~helpers.quotes.cues` -- speech cues found in a text;
* :mod:`~helpers.quotes.speakers` -- speaker spans, names, kinds, gender;
* :mod:`~helpers.quotes.attribution` -- a cue, its speaker and content around a quote or in a
  sentence;
* :mod:`~helpers.quotes.resolve` -- pronouns, surnames and descriptions resolved in the article;
* :mod:`~helpers.quotes.extract` -- :func:`extract_quotes`, the steps in order;
* :mod:`~helpers.quotes.stats` -- speaker statistics;
* the explorer widget is :func:`helpers.explore.quote_explorer` (the explore layer, above this one).
"""

from __future__ import annotations

# Column names live in helpers.columns; the ones old code read from helpers.quotes stay importable.
from helpers.columns import (  # noqa: F401
    ANONYMOUS,
    CONTEXT,
    CUE,
    CUE_START,
    DIRECT,
    DIRECT_SHARE,
    INDIRECT,
    N_ARTICLES,
    N_QUOTES,
    ORGANISATION,
    OUTLET,
    PARTIAL,
    PERIOD,
    PERSON,
    PUBLISHED,
    QUOTE,
    QUOTE_COLUMNS,
    QUOTE_TYPE,
    RESOLVED_SPEAKER,
    SPEAKER,
    SPEAKER_CONFIDENCE,
    SPEAKER_END,
    SPEAKER_KIND,
    SPEAKER_START,
    TITLE,
)
from helpers.quotes.cues import SPEECH_CUES  # noqa: F401
from helpers.quotes.extract import extract_quotes, extract_quotes_from_text
from helpers.quotes.speakers import FEMALE_NAMES, MALE_NAMES  # noqa: F401
from helpers.quotes.stats import (
    quotes_by_speaker_and_outlet,
    quotes_in_context,
    speaker_timeline,
    top_speakers,
    with_article_info,
)

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
    "SPEAKER_CONFIDENCE",
    "SPEAKER_END",
    "SPEAKER_KIND",
    "SPEAKER_START",
    "extract_quotes",
    "extract_quotes_from_text",
    "quotes_by_speaker_and_outlet",
    "quotes_in_context",
    "speaker_timeline",
    "top_speakers",
    "with_article_info",
]
