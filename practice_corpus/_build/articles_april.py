# ruff: noqa: E501
"""april 2031 articles (fictional, CC0 1.0)."""

from model import NQ, Q, Article

A = Article
ARTICLES: list[Article] = []
