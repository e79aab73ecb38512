"""Suite-wide fixtures: the no-download guard, shared-data lookup, small corpora."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers.paths import CORPUS_DIR, shared_path

#: Python source that forbids downloads: non-loopback connections and ``nltk.download`` raise.
#: Installed in the test process (below) and run first in every notebook the suite executes.
NO_DOWNLOAD_GUARD = '''
import socket as _socket

class DownloadAttempted(RuntimeError):
    """Raised when code tries to reach the network; the bundle must work offline."""

_original_connect = _socket.socket.connect
_original_create_connection = _socket.create_connection

def _is_local(address):
    host = address[0] if isinstance(address, tuple) else address
    return isinstance(host, str) and (
        host in ("localhost", "::1", "") or host.startswith("127.") or host.startswith("/")
    )

def _guarded_connect(self, address):
    if self.family == getattr(_socket, "AF_UNIX", None) or _is_local(address):
        return _original_connect(self, address)
    raise DownloadAttempted(f"network connection to {address!r} attempted")

def _guarded_create_connection(address, *args, **kwargs):
    if _is_local(address):
        return _original_create_connection(address, *args, **kwargs)
    raise DownloadAttempted(f"network connection to {address!r} attempted")

def _forbidden_download(*args, **kwargs):
    raise DownloadAttempted("nltk.download() called: the bundle must not download data")

_socket.socket.connect = _guarded_connect
_socket.create_connection = _guarded_create_connection
import nltk as _nltk
_nltk.download = _forbidden_download
try:
    import nltk.downloader as _nltk_downloader
    _nltk_downloader.download = _forbidden_download
    _nltk_downloader.Downloader.download = _forbidden_download
except ImportError:
    pass
'''

_guard_namespace: dict[str, object] = {}
exec(compile(NO_DOWNLOAD_GUARD, "<no-download-guard>", "exec"), _guard_namespace)
DownloadAttempted = _guard_namespace["DownloadAttempted"]

SAMPLE_ARTICLE = CORPUS_DIR / "000_282d2e45037f4602.txt"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "shared: needs ../shared data")


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
