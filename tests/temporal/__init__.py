# A package, so that test modules here (test_rules.py) cannot clash with same-named test modules
# in other test folders under pytest's default (prepend) import mode.
