"""helpers: the analysis code behind the news-analysis notebooks.

Start with :func:`helpers.corpus.load_corpus`; the column contract is in :mod:`helpers.corpus`.
"""

__version__ = "0.1.0"
