"""Documents per second of the archive readers on large generated exports (prints numbers).

PYTHONPATH=. python benchmarks/archives_speed.py [n_documents]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "corpus" / "readers" / "archives" / "fixtures"))

from make_fixtures import DOCUMENTS, nexis_uni_docx  # noqa: E402

from helpers.corpus.readers.archives import read_archive  # noqa: E402

FIXTURE = (
    HERE.parent
    / "tests"
    / "corpus"
    / "readers"
    / "archives"
    / "fixtures"
    / "lexisnexis_invented.TXT"
)


def txt_export(n: int) -> bytes:
    text = FIXTURE.read_bytes().decode("utf-8")
    block = text[
        text.index("                               1 of 3") : text.index("         2 of 3")
    ]
    body = block.split("\r\n", 1)[1]
    # every document gets its own date (20,000 documents span 20 years of days), so that the
    # readers' caches of repeated date lines do not flatter the numbers
    months = ("January", "February", "March", "April", "May", "June", "July", "August")
    dated = body.replace("January 4, 2010", "{date}")
    return "".join(
        f"   {i} of {n} DOCUMENTS\r\n"
        + dated.replace("{date}", f"{months[i % 8]} {i % 28 + 1}, {1990 + i % 20}")
        for i in range(1, n + 1)
    ).encode()


def main(n: int) -> None:
    read_archive(Path("warm-up.txt"), txt_export(10))  # imports (pandas, corpus) not timed
    for name, data in (
        ("lexisnexis-txt", txt_export(n)),
        ("nexis-uni-docx", nexis_uni_docx([DOCUMENTS[0]] * (n // 10))),  # python-docx builds slowly
    ):
        start = time.perf_counter()
        result = read_archive(Path(f"big.{name.split('-')[-1]}"), data)
        seconds = time.perf_counter() - start
        loaded = len(result.records)
        print(
            f"{name}: {loaded} documents in {seconds:.2f} s = {loaded / seconds:,.0f} documents/s"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 4_000)
