"""Scorers for the tagger and the analyses against gold data, as importable code.

One module per gold set (``tempeval``: TempEval-3 TBAQ; ``practice``: the practice corpus's
``gold.json``; ...). The scripts in ``benchmarks/`` are thin command lines around them. Import
the modules themselves (``from helpers.evaluation import tempeval``); this package imports
nothing on its own.
"""
