"""The package surface: old import paths work, and importing it pulls in no widget library."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_old_names_still_import() -> None:
    from helpers.columns import QUOTE_COLUMNS as columns
    from helpers.quotes import (  # noqa: F401
        QUOTE_COLUMNS,
        SPEECH_CUES,
        extract_quotes,
        extract_quotes_from_text,
        quotes_by_speaker_and_outlet,
        quotes_in_context,
        speaker_timeline,
        top_speakers,
        with_article_info,
    )

    assert columns == QUOTE_COLUMNS


def test_import_does_not_load_widgets_or_nltk() -> None:
    code = (
        "import sys, helpers.quotes; "
        "print(sorted(m for m in ('ipywidgets', 'itables', 'IPython', 'nltk', 'sklearn') "
        "if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.strip() == "[]"
