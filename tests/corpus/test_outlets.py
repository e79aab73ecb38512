"""helpers.corpus.outlets: outlets and wire agencies."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import corpus as c
from helpers.corpus import load_corpus
from helpers.corpus.outlets import agency_rules, normalise_agency, outlet_from_url


@pytest.mark.parametrize(
    ("byline", "agency"),
    [
        ("AFP", "AFP"),
        ("Agence France-Presse", "AFP"),
        ("The Associated Press", "AP"),
        ("Jane Doe, Reuters", "Reuters"),
        ("Jane Doe", ""),
        ("", ""),
        ("CPA", "CPA"),
        ("Coastal Press Agency", "Coastal Press Agency"),
        ("Meridian Wire", "Meridian Wire"),
    ],
)
def test_normalise_agency(byline: str, agency: str) -> None:
    assert c.normalise_agency(byline) == agency


@pytest.mark.parametrize(
    ("opening", "agency"),
    [
        ("MOSCOW (Reuters) - President Vladimir Putin said", "Reuters"),
        ("WASHINGTON, D.C. (AP) — The Senate voted", "AP"),
        ("CADDOW (MW) — The water board warned", "MW"),
        ("The US (and its allies) - not a dateline", ""),
        ("Putin said on Tuesday", ""),
    ],
)
def test_agency_from_dateline(opening: str, agency: str) -> None:
    assert c.agency_from_dateline(opening) == agency


def test_dateline_credit_fills_agency_for_staff_bylines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nMay 3, 2021\n\nLONDON (Reuters) - Shares fell.\n")
    assert load_corpus(tmp_path).articles[c.AGENCY].tolist() == ["Reuters"]


@pytest.mark.parametrize(
    ("name", "example"),
    [
        (rule["name"], example)
        for rule in agency_rules()["agencies"]
        for example in rule["examples"]
    ],
)
def test_every_agency_rule_example(name: str, example: str) -> None:
    """Each rule in data/agencies.json gives its own name for each of its examples."""
    assert normalise_agency(example) == name, (name, example)


def test_agency_rules_are_unique() -> None:
    names = [rule["name"] for rule in agency_rules()["agencies"]]
    assert len(names) == len(set(names))
    assert all(rule["examples"] for rule in agency_rules()["agencies"])


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.themoscowtimes.com/2020/09/29/x", "themoscowtimes.com"),
        ("news.example.org/a", "news.example.org"),
        ("https://user@host.example:8080/x", "host.example"),
        ("http://[::1", ""),
        ("", ""),
    ],
)
def test_outlet_from_url(url: str, outlet: str) -> None:
    assert outlet_from_url(url) == outlet
