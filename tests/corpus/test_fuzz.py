"""Fuzz suite (issue 17): a generated folder of over 1,000 hostile or odd files, and hypothesis.

Every generated file carries its expectation: how many articles it must give (``None``: any
number, as long as nothing crashes), and strings that must come out exactly. One load of the
whole folder must not raise, must account for every file, must give the exact row counts and
strings, and no file may take long (a hang detector, not a speed test: the bound is generous).
"""

from __future__ import annotations

import codecs
import json
import os
import random
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from helpers import corpus as c
from helpers.corpus import load_corpus
from helpers.corpus.decode import decode_bytes
from helpers.corpus.load import shown_path

#: No file may take longer than this to read (seconds): far above any real file, far below a hang.
PER_FILE_BOUND = 30.0

ACCENTED = [chr(code) for code in range(0xC0, 0x100) if chr(code) not in "×÷"]
WORDS = (
    "the council said on monday that the harbour vote would be delayed after new cost "
    "estimates nearly doubled the price of the project opponents welcomed the delay"
).split()


@dataclass
class Expect:
    """What one generated file must give."""

    n_articles: int | None  # None: any number (but no crash)
    strings: list[str] = field(default_factory=list)  # must appear exactly in title or text
    status: str | None = None
    undated: bool = False  # every article from the file has published = NaT
    replaced: int | None = None  # bytes reported as replaced


def _article(rng: random.Random, marker: str, *, date: str = "March 3, 2021") -> str:
    body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60)))
    return f"Title {marker}\n\nBy Reuters\n\n{date}\n\n{body} {marker}.\n\nSecond paragraph.\n"


def _long_text(rng: random.Random, marker: str, size: int = 5000) -> str:
    words = []
    while sum(len(w) + 1 for w in words) < size:
        words.append(rng.choice(WORDS))
    middle = len(words) // 2
    return " ".join([*words[:middle], marker, *words[middle:]]) + "."


class Folder:
    """A generated corpus folder and the expectation of each file."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.expect: dict[str, Expect] = {}
        self.not_files: set[str] = set()  # folders reported as not read (links, hidden)

    def add(self, relative: str, data: bytes | str, expect: Expect) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        self.expect[shown_path(str(path))] = expect
        return path


def _build(root: Path, make_deep_chain) -> Folder:
    rng = random.Random(17)
    folder = Folder(root)

    # 1. ordinary UTF-8 articles
    for k in range(220):
        marker = f"utf8marker{k} “quoted” naïve"
        folder.add(f"utf8/a{k}.txt", _article(rng, marker), Expect(1, [marker], "loaded"))

    # 2. cp1252 and Latin-1, short and long; the 62 accented letters one by one
    for k in range(60):
        marker = f"Bjørn{k} naïve café – “quoted”"
        folder.add(
            f"cp1252/short{k}.txt", _article(rng, marker).encode("cp1252"), Expect(1, [marker])
        )
    for k in range(40):
        marker = f"Bjørn{k} Ståle Muñoz straße"
        text = f"Title {k}\n\nBy AP\n\nMay 5, 2021\n\n{_long_text(rng, marker)}\n"
        folder.add(f"cp1252/long{k}.txt", text.encode("cp1252"), Expect(1, [marker]))
    for k in range(40):
        marker = f"garçon{k} élève à Zürich"
        folder.add(f"latin1/a{k}.txt", _article(rng, marker).encode("latin-1"), Expect(1, [marker]))
    for k, letter in enumerate(ACCENTED):
        short = f"Bj{letter}rn"
        folder.add(f"letters/line{k}.txt", f"{short} spoke.".encode("cp1252"), Expect(1, [short]))
        marker = f"na{letter}ve{k}"
        text = f"Title\n\nMay 5, 2021\n\n{_long_text(rng, marker)}\n"
        folder.add(f"letters/long{k}.txt", text.encode("cp1252"), Expect(1, [marker]))

    # 3. other scripts, detected
    scripts = [
        ("Президент России заявил во вторник, что давление растёт", "cp1251"),
        ("Ο πρωθυπουργός δήλωσε σήμερα ότι η κυβέρνηση θα στηρίξει", "cp1253"),
        ("日本の首相は火曜日に記者会見を開き新しい経済政策を発表しました", "shift_jis"),
    ]
    for k in range(30):
        sentence, codec = scripts[k % 3]
        text = f"{sentence} {k}\n\n{sentence}, {sentence}.\n"
        folder.add(f"scripts/a{k}.txt", text.encode(codec), Expect(1, [sentence]))

    # 4. UTF-8 with a few invalid bytes
    for k in range(30):
        marker = f"Zürich{k} señor"
        data = bytearray(_article(rng, marker).encode())
        damage = 1 + k % 3
        for d in range(damage):
            data.insert(len(data) - 5 - 3 * d, 0xFF)  # in the last paragraph
        folder.add(f"utf8bad/a{k}.txt", bytes(data), Expect(1, [marker], replaced=damage))

    # 5. byte-order marks, odd UTF-16
    for k in range(50):
        marker = f"bom{k} naïve 日本"
        bom, codec = [
            (codecs.BOM_UTF16_LE, "utf-16-le"),
            (codecs.BOM_UTF16_BE, "utf-16-be"),
            (codecs.BOM_UTF32_LE, "utf-32-le"),
            (codecs.BOM_UTF32_BE, "utf-32-be"),
            (codecs.BOM_UTF8, "utf-8"),
        ][k % 5]
        odd = b"x" if k < 10 and codec.startswith("utf-16") else b""
        data = bom + _article(rng, marker).encode(codec) + odd
        folder.add(f"bom/a{k}.txt", data, Expect(1, [marker], replaced=1 if odd else 0))

    # 6. tables: cp1252, unclosed quotes, too many fields
    for k in range(10):
        rows = [f"Café {k}-{i},Bjørn said “no” {i}." for i in range(12)]
        text = "title,text\n" + "\n".join(rows) + "\n"
        folder.add(f"tables/cp1252_{k}.csv", text.encode("cp1252"), Expect(12, [f"Café {k}-3"]))
    for k in range(20):
        frame = pd.DataFrame(
            {
                "title": [f"Row {k}-{i}" for i in range(81)],
                "date": ["2021-01-02"] * 81,
                "text": [f"Body {k}-{i}, with a comma.\n\nMore." for i in range(81)],
            }
        )
        lines = frame.to_csv(index=False).splitlines(keepends=True)
        broken = next(j for j, line in enumerate(lines) if line.startswith(f"Row {k}-{k * 4},"))
        lines[broken] = lines[broken].replace(f"Row {k}-{k * 4}", f'"Row {k}-{k * 4}')
        folder.add(
            f"tables/unclosed{k}.csv", "".join(lines), Expect(80, [f"Row {k}-80"], "partly loaded")
        )
    for k in range(20):
        lines = ["title,date,text\n"] + [f"T{k}-{i},2021-01-05,Body {k}-{i}.\n" for i in range(71)]
        lines[1 + (k * 3) % 71] = lines[1 + (k * 3) % 71].rstrip("\n") + ",extra,more\n"
        folder.add(f"tables/wide{k}.csv", "".join(lines), Expect(70, [f"Body {k}-70."]))

    # 7. JSON Lines with bad lines, envelopes, object fields, deep nesting
    for k in range(30):
        lines = [
            json.dumps({"title": f"J{k}-{i}", "text": f"Json text {k}-{i}."}) for i in range(20)
        ]
        bad = rng.sample(range(20), 1 + k % 3)
        for b in bad:
            lines[b] = lines[b][:7]
        expected_strings = [f"Json text {k}-{i}." for i in range(20) if i not in bad][:2]
        folder.add(
            f"json/lines{k}.jsonl", "\n".join(lines), Expect(20 - len(bad), expected_strings)
        )
    envelopes = [
        lambda items: {"data": {"items": items}},
        lambda items: {"results": items, "count": len(items), "facets": []},
        lambda items: {"articles": items},
        lambda items: {
            "hits": {"hits": [{"_id": str(i), "_source": r} for i, r in enumerate(items)]}
        },
    ]
    for k in range(24):
        items = [{"title": f"E{k}-{i}", "text": f"Envelope {k}-{i}."} for i in range(3)]
        folder.add(
            f"json/env{k}.json",
            json.dumps(envelopes[k % 4](items)),
            Expect(3, [f"Envelope {k}-2."]),
        )
    for k in range(10):
        record = {"title": f"O{k}", "body": {"lead": f"Lead {k}.", "more": [f"Next {k}.", "End."]}}
        folder.add(
            f"json/object{k}.json", json.dumps([record]), Expect(1, [f"Lead {k}.\n\nNext {k}."])
        )
    for k in range(3):
        folder.add(
            f"json/deep{k}.json", "[" * (50_000 * (k + 1)) + "]" * (50_000 * (k + 1)), Expect(0)
        )

    # 8. dates pandas cannot store: the article stays, undated
    for k in range(10):
        marker = f"farfuture{k}"
        folder.add(
            f"dates/line{k}.txt",
            _article(rng, marker, date=f"March 3, {3000 + k}"),
            Expect(1, [marker], undated=True),
        )
        folder.add(
            f"dates/iso{k}.csv",
            f"title,date,text\nA{k},{2300 + k}-01-01,Body {marker}.\n",
            Expect(1, [marker], undated=True),
        )
    for k in range(5):
        page = (
            f'<html><head><meta name="date" content="{3000 + k}-01-01"><title>Far {k}</title></head>'
            f"<body><article><p>{_long_text(rng, f'page{k}', 600)}</p></article></body></html>"
        )
        folder.add(f"dates/page{k}.html", page, Expect(1, [f"page{k}"], undated=True))

    # 9. HTML with thousands of unclosed <meta (the quadratic pattern)
    for k, repeats in enumerate((8_000, 20_000, 50_000)):
        page = "<html><head>" + "<meta " * repeats + "</head><body><p>Meta text.</p></body></html>"
        folder.add(f"html/meta{k}.html", page, Expect(None))

    # 10. long titles keep byline and date
    for k in range(20):
        title = f"Headline {k} " + "about the harbour vote and its cost " * 10
        text = f"{title}\n\nBy AFP\n\nMay 5, 2021\n\nLong title body {k}.\n"
        folder.add(f"titles/t{k}.txt", text, Expect(1, [title.strip(), f"Long title body {k}."]))

    # 11. empty, blank, binary and odd files; unknown formats; CR-only newlines
    for k in range(20):
        folder.add(f"odd/empty{k}.txt", b"" if k % 2 else b" \n\t\n", Expect(0, status="skipped"))
    for k in range(150):
        suffix = [".txt", ".csv", ".json", ".jsonl", ".html", ".tsv"][k % 6]
        junk = rng.randbytes(rng.randint(1, 3000))
        folder.add(f"odd/junk{k}{suffix}", junk, Expect(None))
    for k in range(20):
        folder.add(f"odd/nul{k}.txt", b"\x00" * (100 + k), Expect(0, status="skipped"))
    for k in range(20):
        folder.add(
            f"odd/doc{k}.{['docx', 'pdf', 'png', 'xml'][k % 4]}",
            rng.randbytes(200),
            Expect(0, status="skipped"),
        )
    for k in range(10):
        text = _article(rng, f"crmarker{k}").replace("\n", "\r")
        folder.add(f"odd/cr{k}.txt", text, Expect(1, [f"crmarker{k}"]))
    for k in range(10):  # file names that are not UTF-8
        name = os.fsdecode(b"odd/name\xff\xfe" + str(k).encode() + b".txt")
        folder.add(name, _article(rng, f"badname{k}"), Expect(1, [f"badname{k}"]))
    folder.add("odd/big.txt", _article(rng, "big") + "word " * 260_000, Expect(0, status="skipped"))

    # 12. things that are not files; links
    for k in range(5):
        os.mkfifo(root / f"odd_pipe{k}.txt")
        folder.expect[str(root / f"odd_pipe{k}.txt")] = Expect(0, status="skipped")
    for k in range(3):
        (root / f"odd_zero{k}.txt").symlink_to("/dev/zero")
        folder.expect[str(root / f"odd_zero{k}.txt")] = Expect(0, status="skipped")
    for k in range(5):
        (root / f"odd_broken{k}.txt").symlink_to(root / f"missing{k}.txt")
        folder.expect[str(root / f"odd_broken{k}.txt")] = Expect(0, status="skipped")
    outside = root.parent / "outside"
    for k in range(10):
        (outside / f"o{k}.txt").parent.mkdir(exist_ok=True)
        (outside / f"o{k}.txt").write_text(_article(rng, f"outside{k}"))
        folder.expect[str(root / "linked" / f"o{k}.txt")] = Expect(1, [f"outside{k}"])
    (root / "linked").symlink_to(outside)
    (root / "utf8" / "loop").symlink_to(root)
    folder.not_files.add(str(root / "utf8" / "loop"))

    # 13. a very deep folder
    descriptor = make_deep_chain(root, 1100, name="z")
    with open(os.open("bottom.txt", os.O_WRONLY | os.O_CREAT, dir_fd=descriptor), "w") as handle:
        handle.write(_article(rng, "deepest"))
    os.close(descriptor)
    folder.expect[os.path.join(root, *["z"] * 1100, "bottom.txt")] = Expect(1, ["deepest"])
    return folder


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, folder_tools):
    make_deep_chain, remove_tree = folder_tools
    base = tmp_path_factory.mktemp("fuzz")
    folder = _build(base / "corpus", make_deep_chain)
    corpus = load_corpus(folder.root, max_file_mb=1, near_duplicate_threshold=None)
    yield folder, corpus
    remove_tree(base)


@pytest.mark.timeout(600)
def test_the_folder_is_big_enough(hostile) -> None:
    folder, _ = hostile
    assert len(folder.expect) >= 1000


def test_every_file_is_accounted_for(hostile) -> None:
    folder, (_, report) = hostile
    reported = set(report[c.SOURCE_PATH])
    assert set(folder.expect) <= reported
    assert reported - set(folder.expect) <= folder.not_files
    assert report[c.SOURCE_PATH].is_unique


def test_no_file_hangs(hostile) -> None:
    _, (_, report) = hostile
    slow = report[report[c.SECONDS] > PER_FILE_BOUND]
    assert slow.empty, slow[[c.SOURCE_PATH, c.SECONDS]]


def test_exact_row_counts_and_statuses(hostile) -> None:
    folder, (articles, report) = hostile
    rows = report.set_index(c.SOURCE_PATH)
    counts = articles[c.SOURCE_PATH].value_counts()
    for path, expect in folder.expect.items():
        row = rows.loc[path]
        if expect.n_articles is not None:
            assert row[c.N_ARTICLES] == expect.n_articles, (path, row[c.DETAIL])
            assert counts.get(path, 0) == expect.n_articles, path
        if expect.status is not None:
            assert row[c.STATUS] == expect.status, (path, row[c.DETAIL])
        if expect.replaced is not None:
            assert row[c.REPLACED_BYTES] == expect.replaced, (path, row[c.DETAIL])
    assert int(report[c.N_ARTICLES].sum()) == len(articles)


def test_known_strings_are_decoded_exactly(hostile) -> None:
    folder, (articles, _) = hostile
    text_of = (
        (articles[c.TITLE] + "\n" + articles[c.TEXT])
        .groupby(articles[c.SOURCE_PATH])
        .agg("\n".join)
    )
    for path, expect in folder.expect.items():
        for string in expect.strings:
            assert string in text_of.get(path, ""), (path, string)


def test_undecodable_dates_leave_the_article_undated(hostile) -> None:
    folder, (articles, _) = hostile
    for path, expect in folder.expect.items():
        if expect.undated:
            published = articles.loc[articles[c.SOURCE_PATH] == path, c.PUBLISHED]
            assert len(published) and published.isna().all(), path


# ------------------------------------------------------------------------------------------------
# Hypothesis: any bytes, any text
# ------------------------------------------------------------------------------------------------

_SUFFIXES = [".txt", ".csv", ".tsv", ".json", ".jsonl", ".html"]


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    files=st.lists(
        st.tuples(st.binary(max_size=4000), st.sampled_from(_SUFFIXES)), min_size=20, max_size=40
    )
)
def test_any_bytes_load_without_exception(tmp_path_factory, files) -> None:
    root = tmp_path_factory.mktemp("bytes")
    for k, (data, suffix) in enumerate(files):
        (root / f"f{k}{suffix}").write_bytes(data)
    articles, report = load_corpus(root, near_duplicate_threshold=None)
    assert len(report) == len(files)
    assert int(report[c.N_ARTICLES].sum()) == len(articles)


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300)


@settings(max_examples=300, deadline=None)
@given(
    text=_TEXT, mark=st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
)
def test_text_with_a_bom_comes_back_exactly(text: str, mark: str) -> None:
    bom = {
        "utf-8": codecs.BOM_UTF8,
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
    }[mark]
    # FF FE 00 00 is the UTF-32 LE mark: UTF-16 LE text cannot start with NUL unambiguously
    assume(not (mark == "utf-16-le" and text.startswith("\x00")))
    decoded = decode_bytes(bom + text.encode(mark))
    assert decoded.text == text and decoded.replaced == 0


@settings(max_examples=300, deadline=None)
@given(text=st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=300))
def test_utf8_text_comes_back_exactly(text: str) -> None:
    assert decode_bytes(text.encode("utf-8")).text == text


_LATIN_WORD = st.builds(
    lambda head, accent, tail: head + accent + tail,
    st.text("abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=7),
    st.sampled_from(ACCENTED),
    st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=6),
)
_PLAIN_WORD = st.text(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=9
)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.one_of(_PLAIN_WORD, _PLAIN_WORD, _LATIN_WORD), min_size=1, max_size=80))
def test_latin_text_in_cp1252_comes_back_exactly(words: list[str]) -> None:
    """Western text: words of ASCII letters, some with one accented letter."""
    text = " ".join(words) + "."
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.text == text, decoded


@settings(max_examples=500, deadline=None)
@given(data=st.binary(max_size=3000))
def test_decoding_any_bytes_never_raises(data: bytes) -> None:
    decoded = decode_bytes(data)
    assert decoded is None or isinstance(decoded.text, str)
