"""helpers.text.sentences: the short cut for paragraphs Punkt cannot break changes nothing."""

from __future__ import annotations

from helpers.corpus import load_corpus
from helpers.paths import PRACTICE_CORPUS_DIR
from helpers.text import sentence_spans
from helpers.text import sentences as sentences_module


def _plain_punkt(text: str) -> list[tuple[int, int, int]]:
    """sentence_spans without the short cut: Punkt on every paragraph."""
    tokenizer = sentences_module._sentence_tokenizer()
    spans = []
    for index, (p_start, p_end) in enumerate(sentences_module.paragraph_spans(text)):
        paragraph = text[p_start:p_end]
        merged: list[list[int]] = []
        for start, end in tokenizer.span_tokenize(paragraph):
            if merged and sentences_module._continues(paragraph, merged[-1][1], start):
                merged[-1][1] = end
            else:
                merged.append([start, end])
        spans += [(p_start + start, p_start + end, index) for start, end in merged]
    return spans


def test_sentence_spans_equal_plain_punkt_on_the_practice_corpus(sample_article_path) -> None:
    texts = list(load_corpus(PRACTICE_CORPUS_DIR).articles["text"])
    texts += list(load_corpus(sample_article_path).articles["text"])
    texts += ["One sentence without a break", 'He said "no." Then left.', "Wait... what?! Yes."]
    for text in texts:
        assert sentence_spans(text) == _plain_punkt(text)
