"""Copies of one story: :func:`mark_duplicates` (same URL, same text, near-duplicate).

Near-duplicates are found with MinHash signatures over word trigrams and LSH banding, and every
candidate pair is confirmed with the exact Jaccard similarity, so the result is deterministic.
The loader computes the features (:class:`DuplicateFeatures`) where it reads the text, in the
worker processes, and marks the whole corpus once at the end.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np
import pandas as pd

from helpers.columns import ARTICLE_ID, DUPLICATE_KIND, DUPLICATE_OF, PUBLISHED, TEXT, URL
from helpers.text import word_tokens

__all__ = ["DuplicateFeatures", "mark_duplicates", "mark_with_features"]


def mark_duplicates(
    articles: pd.DataFrame, *, near_duplicate_threshold: float | None = 0.8
) -> pd.DataFrame:
    """Fill ``duplicate_of`` and ``duplicate_kind``: same URL, same text, or near-duplicate copies.

    The earliest article (by ``published``, then table order) of each group is the original and
    is not marked. Near-duplicates are articles whose sets of word trigrams have a Jaccard
    similarity of at least *near_duplicate_threshold*: MinHash signatures and LSH banding find
    candidate pairs, and every candidate is confirmed with the exact Jaccard similarity, so the
    result is deterministic. Returns a new table; *articles* is not changed.
    """
    features = DuplicateFeatures.from_texts(articles[TEXT].tolist())
    return mark_with_features(articles, features, near_duplicate_threshold=near_duplicate_threshold)


@dataclass(frozen=True)
class DuplicateFeatures:
    """What duplicate detection needs per text: a fingerprint and hashed word trigrams.

    Built from each text's word tokens (:meth:`from_tokens`) where the text is read; parts built
    in several processes are joined with :meth:`concat`, in article order.
    """

    fingerprints: list[bytes]
    shingles: np.ndarray  # uint64 hashes of word trigrams, all texts concatenated
    shingle_counts: np.ndarray  # int64: how many of them belong to each text
    signatures: np.ndarray  # uint64 (texts x MinHash functions); computed where the text is read

    @classmethod
    def from_texts(cls, texts: Sequence[str]) -> DuplicateFeatures:
        return cls.from_tokens([word_tokens(text.lower()) for text in texts])

    @classmethod
    def from_tokens(cls, tokens: Sequence[list[str]], *, size: int = 3) -> DuplicateFeatures:
        fingerprints = [
            hashlib.blake2b(" ".join(t).encode("utf-8"), digest_size=16).digest() if t else b""
            for t in tokens
        ]
        lengths = np.fromiter((len(t) for t in tokens), dtype=np.int64, count=len(tokens))
        token_hashes = _token_hashes(list(chain.from_iterable(tokens)))
        n_shingles = np.maximum(lengths - size + 1, 0)
        doc_of_token = np.repeat(np.arange(len(tokens)), lengths)
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1])) if len(tokens) else lengths
        position = np.arange(len(token_hashes)) - starts[doc_of_token]
        index = np.flatnonzero(position < n_shingles[doc_of_token])
        shingles = np.zeros(len(index), dtype=np.uint64)
        with np.errstate(over="ignore"):
            for k in range(size):
                shingles = shingles * np.uint64(0x100000001B3) + token_hashes[index + k]
        return cls(fingerprints, shingles, n_shingles, _minhash_signatures(shingles, n_shingles))

    @staticmethod
    def concat(parts: Sequence[DuplicateFeatures]) -> DuplicateFeatures:
        if not parts:
            return DuplicateFeatures.from_tokens([])
        return DuplicateFeatures(
            [f for part in parts for f in part.fingerprints],
            np.concatenate([part.shingles for part in parts]),
            np.concatenate([part.shingle_counts for part in parts]),
            np.concatenate([part.signatures for part in parts]),
        )


#: MinHash: ``_BANDS`` bands of ``_ROWS`` hash functions (candidates from Jaccard ~0.6 up).
_BANDS, _ROWS = 8, 4
_GENERATOR = np.random.default_rng(20201929)
_MULTIPLIERS = _GENERATOR.integers(1, 1 << 61, size=_BANDS * _ROWS, dtype=np.uint64) | np.uint64(1)
_OFFSETS = _GENERATOR.integers(0, 1 << 61, size=_BANDS * _ROWS, dtype=np.uint64)


def _minhash_signatures(shingles: np.ndarray, n_shingles: np.ndarray) -> np.ndarray:
    """MinHash signature of each text (texts without shingles get the maximum value)."""
    signatures = np.full(
        (len(n_shingles), len(_MULTIPLIERS)), np.iinfo(np.uint64).max, dtype=np.uint64
    )
    nonempty = np.flatnonzero(n_shingles > 0)
    if len(nonempty) == 0:
        return signatures
    starts = (np.cumsum(n_shingles) - n_shingles)[nonempty]
    with np.errstate(over="ignore"):
        for k, (multiplier, offset) in enumerate(zip(_MULTIPLIERS, _OFFSETS, strict=True)):
            permuted = (shingles * multiplier + offset) >> np.uint64(3)
            signatures[nonempty, k] = np.minimum.reduceat(permuted, starts)
    return signatures


_HASH_WIDTH = 24  # characters of a token that enter its hash


def _token_hashes(tokens: list[str]) -> np.ndarray:
    """Deterministic 64-bit hashes of tokens (FNV-1a over code points), vectorised with NumPy."""
    if not tokens:
        return np.zeros(0, dtype=np.uint64)
    array = np.array(tokens, dtype=f"U{_HASH_WIDTH}")  # longer tokens are cut for hashing
    codes = array.view(np.uint32).reshape(len(tokens), _HASH_WIDTH)
    hashes = np.full(len(tokens), 0xCBF29CE484222325, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for column in range(_HASH_WIDTH):
            hashes = (hashes ^ codes[:, column].astype(np.uint64)) * np.uint64(0x100000001B3)
    return hashes


def mark_with_features(
    articles: pd.DataFrame,
    features: DuplicateFeatures,
    *,
    near_duplicate_threshold: float | None,
) -> pd.DataFrame:
    """:func:`mark_duplicates` with features already computed (one row of *features* per article)."""
    result = articles.copy()
    n = len(result)
    result[DUPLICATE_OF] = ""
    result[DUPLICATE_KIND] = ""
    if n < 2:
        return result

    published = result[PUBLISHED]
    order = np.lexsort((np.arange(n), published.isna().to_numpy(), published.to_numpy()))
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    parent = list(range(n))
    kind = [""] * n

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int, how: str) -> None:
        root_i, root_j = find(i), find(j)
        if root_i == root_j:
            return
        keep, drop = (root_i, root_j) if rank[root_i] < rank[root_j] else (root_j, root_i)
        parent[drop] = keep
        for member in (i, j):
            if not kind[member]:
                kind[member] = how

    urls = result[URL].tolist()
    fingerprints = features.fingerprints
    first_seen: dict[tuple[str, object], int] = {}
    for i in order.tolist():
        for key in (("same-url", urls[i]), ("same-text", fingerprints[i])):
            if not key[1]:
                continue
            if key in first_seen:
                union(first_seen[key], i, key[0])
            else:
                first_seen[key] = i

    if near_duplicate_threshold is not None:
        pairs = _near_duplicate_pairs(features, threshold=near_duplicate_threshold)
        for i, j in pairs:
            if find(i) != find(j):
                union(i, j, "near-duplicate")

    ids = result[ARTICLE_ID].tolist()
    duplicate_of = [""] * n
    duplicate_kind = [""] * n
    for i in range(n):
        root = find(i)
        if root != i:
            duplicate_of[i] = ids[root]
            duplicate_kind[i] = kind[i] or "near-duplicate"
    result[DUPLICATE_OF] = duplicate_of
    result[DUPLICATE_KIND] = duplicate_kind
    return result


def _near_duplicate_pairs(
    features: DuplicateFeatures,
    *,
    threshold: float = 0.8,
    min_shingles: int = 5,
) -> list[tuple[int, int]]:
    """Return pairs ``(i, j)``, ``i < j``, of texts whose shingle sets have Jaccard >= *threshold*.

    LSH banding over the MinHash signatures finds candidates; each candidate is confirmed with
    the exact Jaccard similarity of the two shingle sets. Texts with fewer than *min_shingles*
    shingles are never paired.
    """
    n_shingles = features.shingle_counts
    shingle_hash = features.shingles
    docs = np.flatnonzero(n_shingles >= min_shingles)
    if len(docs) < 2:
        return []
    signatures = features.signatures[docs]
    bands, rows = _BANDS, _ROWS
    text_starts = np.cumsum(n_shingles) - n_shingles

    candidates: set[tuple[int, int]] = set()
    with np.errstate(over="ignore"):
        for band in range(bands):
            block = signatures[:, band * rows : (band + 1) * rows]
            key = np.zeros(len(docs), dtype=np.uint64)
            for column in range(rows):
                key = key * np.uint64(0x9E3779B97F4A7C15) + block[:, column]
            sort = np.argsort(key, kind="stable")
            sorted_key = key[sort]
            run_starts = np.flatnonzero(np.r_[True, sorted_key[1:] != sorted_key[:-1]])
            run_lengths = np.diff(np.r_[run_starts, len(sorted_key)])
            for run_start, run_length in zip(
                run_starts[run_lengths > 1].tolist(),
                run_lengths[run_lengths > 1].tolist(),
                strict=True,
            ):
                members = docs[sort[run_start : run_start + run_length]].tolist()
                for a_pos, a in enumerate(members):
                    for b in members[a_pos + 1 : a_pos + 200]:
                        candidates.add((a, b) if a < b else (b, a))

    unique_shingles: dict[int, np.ndarray] = {}

    def shingle_set(doc: int) -> np.ndarray:
        if doc not in unique_shingles:
            begin = text_starts[doc]
            unique_shingles[doc] = np.unique(shingle_hash[begin : begin + n_shingles[doc]])
        return unique_shingles[doc]

    pairs = []
    for a, b in sorted(candidates):
        set_a, set_b = shingle_set(a), shingle_set(b)
        shared = len(np.intersect1d(set_a, set_b, assume_unique=True))
        if shared / (len(set_a) + len(set_b) - shared) >= threshold:
            pairs.append((a, b))
    return pairs
