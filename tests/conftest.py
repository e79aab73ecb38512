"""Suite-wide fixtures: the no-download guard, shared-data lookup, small corpora."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.offline import KERNEL_GUARD, DownloadAttempted
from helpers.offline import install as install_offline_guard
from helpers.paths import CORPUS_DIR, shared_path

__all__ = ["NO_DOWNLOAD_GUARD", "DownloadAttempted"]

#: Python source that forbids downloads (non-loopback connections, datagrams, name look-ups and
#: ``nltk.download``): run first in every notebook the suite executes. The same guard is installed
#: in the test process below; it lives in :mod:`helpers.offline`.
NO_DOWNLOAD_GUARD = KERNEL_GUARD
install_offline_guard()

SAMPLE_ARTICLE = CORPUS_DIR / "000_282d2e45037f4602.txt"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "shared: needs ../shared data")


@pytest.fixture(scope="session", autouse=True)
def corpus_store_in_a_temporary_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The corpus store (``$NEWS_CACHE_DIR``) of the test process and its notebook kernels lives
    in a temporary folder: the tests never write into the user's ``~/.cache``."""
    folder = tmp_path_factory.mktemp("news-cache")
    before = os.environ.get("NEWS_CACHE_DIR")
    os.environ["NEWS_CACHE_DIR"] = str(folder)
    yield folder
    if before is None:
        os.environ.pop("NEWS_CACHE_DIR", None)
    else:
        os.environ["NEWS_CACHE_DIR"] = before


@pytest.fixture(scope="session")
def sample_article_path() -> Path:
    """The bundled sample article."""
    return SAMPLE_ARTICLE


@pytest.fixture
def sample_corpus(tmp_path: Path) -> Path:
    """A folder holding a copy of the bundled sample article."""
    folder = tmp_path / "sample"
    folder.mkdir()
    shutil.copy(SAMPLE_ARTICLE, folder / SAMPLE_ARTICLE.name)
    return folder


def require_shared(*parts: str) -> Path:
    """Return the shared data path, or skip the test with the reason."""
    path = shared_path(*parts)
    if path is None:
        pytest.skip(f"../shared/{'/'.join(parts)} not available (set NEWS_SHARED to its folder)")
    return path


@pytest.fixture
def shared_data():
    """``shared_data("eval", "vader-nyt")`` returns that ../shared path or skips the test."""
    return require_shared
