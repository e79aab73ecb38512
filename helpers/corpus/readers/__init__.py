"""One module per input format, and the registry that says which reader takes a file.

Adding a format is one module plus one line in :data:`READERS`:

.. code-block:: python

    # helpers/corpus/readers/my_format.py
    def sniff(path: Path, head: bytes) -> bool: ...          # optional: detection by content
    def read(path: Path, data: bytes, options: ReadOptions) -> ReadResult: ...
    READER = Reader("my-format", read, suffixes=frozenset({".xyz"}), sniff=sniff)

    # here
    READERS = (my_format.READER, *READERS...)

How a file finds its reader (:func:`reader_for`): every reader with a ``sniff`` is asked first,
in registry order, with the file's first 64 KiB, so content wins over the file name (put specific
sniffers before general ones); then the suffix decides. A multi-document reader
(``multi_document=True``) returns one report row per document; see :mod:`.base`.
"""

from __future__ import annotations

from pathlib import Path

from helpers.corpus.readers import html_page, json_records, plain_text, table
from helpers.corpus.readers.archives import registry as archive_exports
from helpers.corpus.readers.base import Reader, ReadOptions, ReadResult

__all__ = [
    "HEAD_BYTES",
    "READERS",
    "READ_SUFFIXES",
    "SNIFFING",
    "ReadOptions",
    "ReadResult",
    "Reader",
    "reader_for",
]

#: The registry, in the order readers are asked. The archive exports (LexisNexis, Nexis Uni,
#: Factiva, Europresse, zips of them: :mod:`.archives`) go first: they recognise their exports by
#: content, so an export never reaches the plain-text or web-page reader.
READERS: tuple[Reader, ...] = (
    archive_exports.READER,
    plain_text.READER,
    table.READER,
    json_records.READER,
    html_page.READER,
)

#: File endings some reader takes.
READ_SUFFIXES: frozenset[str] = frozenset().union(*(reader.suffixes for reader in READERS))

#: True when some reader detects its format by content: files with other suffixes are then read
#: (within the size limit) so that their first bytes can be shown to the sniffers.
SNIFFING: bool = any(reader.sniff is not None for reader in READERS)

#: How many leading bytes a reader's ``sniff`` sees.
HEAD_BYTES = 65536


def reader_for(path: Path, head: bytes, readers: tuple[Reader, ...] = READERS) -> Reader | None:
    """The reader for a file: the first whose ``sniff`` claims *head*, else by suffix; or None."""
    for reader in readers:
        if reader.sniff is not None and reader.sniff(path, head[:HEAD_BYTES]):
            return reader
    suffix = path.suffix.lower()
    for reader in readers:
        if suffix in reader.suffixes:
            return reader
    return None
