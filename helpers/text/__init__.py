"""Text layer: strings in, no corpus. Sentences, word tokens, stopwords and the term grammar.

This is the floor of the package: nothing here knows about the corpus table.

* :mod:`helpers.text.sentences` -- the one sentence splitter (Punkt with news abbreviations).
* :mod:`helpers.text.tokens` -- the one word tokenizer, stopword lists (``data/``), stemmers.
* :mod:`helpers.text.terms` -- the one term grammar (phrases, ``protest*`` wildcards).
"""

from __future__ import annotations

from helpers.text.sentences import (
    NEWS_ABBREVIATIONS,
    PARAGRAPH_BREAK,
    paragraph_spans,
    sentence_spans,
    split_sentences,
)
from helpers.text.terms import parse_terms, terms_pattern
from helpers.text.tokens import make_stemmer, news_stopwords, stopwords, word_spans, word_tokens

__all__ = [
    "NEWS_ABBREVIATIONS",
    "PARAGRAPH_BREAK",
    "make_stemmer",
    "news_stopwords",
    "paragraph_spans",
    "parse_terms",
    "sentence_spans",
    "split_sentences",
    "stopwords",
    "terms_pattern",
    "word_spans",
    "word_tokens",
]
