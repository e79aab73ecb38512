"""Temporal expressions in English news text: find them and normalise them (TimeML TIMEX3 style).

A small rule-based tagger in the spirit of HeidelTime, in pure Python (regular expressions only,
no models). Each expression gets a TIMEX3 ``type`` (``DATE``, ``TIME``, ``DURATION``, ``SET``)
and a normalised ``value`` resolved against a reference date, usually the article's publication
date (the *document creation time*, DCT):

==========================  ==========  ===============
expression                  type        value (DCT 2020-09-29, a Tuesday)
==========================  ==========  ===============
September 29, 2020          DATE        2020-09-29
the Aug. 9 election         DATE        2020-08-09
said Tuesday                DATE        2020-09-29
last month                  DATE        2020-08
this week                   DATE        2020-W40
the 1990s                   DATE        199
the first quarter           DATE        2020-Q1
for three years             DURATION    P3Y
several months              DURATION    PXM
two-day                     DURATION    P2D
every Tuesday               SET         XXXX-WXX-2
weekly                      SET         P1W
3 p.m.                      TIME        2020-09-29T15:00
tonight                     DATE        2020-09-29
now / recently / soon       DATE        PRESENT_REF / PAST_REF / FUTURE_REF
==========================  ==========  ===============

Resolution rules (news conventions, as in TimeBank):

- A weekday alone refers to the closest such day on or before the reference date ("Putin said
  Tuesday"), or the next one after it when the clause is in the future tense ("will meet Tuesday")
  or the weekday is preceded by ``next``/``this coming``/``until``; a weekday named on that very
  weekday is the reference day. ``the previous Friday`` / ``the following month`` count from the
  day / month the passage last mentioned.
- A month (with or without a day) and no year is placed in the future when the clause is in the
  future tense; otherwise in the past when that is less than about eight months back (news mostly
  reports what happened), else in the year that makes it nearest to the reference date.
- ``a year ago`` / ``a year earlier`` in a passage about quarterly results is the same quarter one
  year earlier (``1988-Q3``), as annotated in TimeBank.

With ``reference=None`` nothing is resolved against a calendar: absolute expressions keep their
value ("September 29, 2020" → ``2020-09-29``); partially specified ones are left underspecified
with ``X`` ("Aug. 9" → ``XXXX-08-09``, "Tuesday" → ``XXXX-WXX-2``, "the third quarter" →
``XXXX-Q3``); purely anchor-relative ones ("yesterday", "last month", "two weeks ago") are found
and typed, but their ``value`` is ``None``. Durations, sets and ``*_REF`` values never need the
reference.

Layout: the rules are data. ``rules/*.toml`` hold the named rules (pattern, family, priority,
normaliser, examples) and the pattern parts they share; ``vocab/*.toml`` the word lists (months,
weekdays, number words, units, seasons, holidays ...). :mod:`~helpers.temporal.engine` matches
the rules and resolves dates against the context; :mod:`~helpers.temporal.normalisers` turns a
match into a value; :mod:`~helpers.temporal.ruleset` reads and checks the rule files. To add a
rule, add a ``[[rule]]`` table with at least two examples; ``tests/temporal/test_rules.py`` runs
every example.
"""

from helpers.temporal.engine import find_temporal_expressions, tag_dates
from helpers.temporal.timex import COLUMNS, DATE, DURATION, SET, TIME, TemporalExpression

__all__ = [
    "COLUMNS",
    "DATE",
    "DURATION",
    "SET",
    "TIME",
    "TemporalExpression",
    "find_temporal_expressions",
    "tag_dates",
]
