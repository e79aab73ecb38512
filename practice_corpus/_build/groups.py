"""Corpus-level gold: cast, arcs, duplicate groups, ambiguous dates, hard cases (CC0 1.0)."""

CONVENTIONS = {}
CAST = []
ARCS = []
DUPLICATE_GROUPS = []
AMBIGUOUS_DATES = []
HARD_CASES = []
