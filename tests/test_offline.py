"""The bundle must never download anything: the guard installed in conftest.py must bite."""

from __future__ import annotations

import socket

import nltk
import pytest
from conftest import DownloadAttempted


def test_nltk_download_is_refused() -> None:
    with pytest.raises(DownloadAttempted):
        nltk.download("punkt_tab")


def test_outside_connections_are_refused() -> None:
    with pytest.raises(DownloadAttempted):
        socket.create_connection(("example.org", 80), timeout=1)


def test_sentence_splitting_needs_no_nltk_data(tmp_path, monkeypatch) -> None:
    from helpers.text import split_sentences

    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    assert split_sentences("One. Two.") == ["One.", "Two."]


def test_connect_ex_udp_and_name_lookups_are_refused() -> None:
    tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        with pytest.raises(DownloadAttempted):
            tcp.connect_ex(("93.184.216.34", 80))
        with pytest.raises(DownloadAttempted):
            udp.sendto(b"x", ("8.8.8.8", 53))
        with pytest.raises(DownloadAttempted):
            udp.sendto(b"x", 0, ("8.8.8.8", 53))
    finally:
        tcp.close()
        udp.close()
    with pytest.raises(DownloadAttempted):
        socket.getaddrinfo("example.org", 443)


def test_loopback_stays_allowed() -> None:
    from helpers.offline import is_local

    assert socket.getaddrinfo("localhost", 80)
    server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    server.bind(("127.0.0.1", 0))
    client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        client.sendto(b"ping", server.getsockname())
        assert server.recv(4) == b"ping"
    finally:
        server.close()
        client.close()
    assert is_local(("127.0.0.1", 1)) and is_local("::1") and not is_local(("10.0.0.1", 1))


def test_offline_command_guards_child_python_processes(tmp_path) -> None:
    import subprocess
    import sys

    code = (
        "import socket\n"
        "try:\n"
        "    socket.getaddrinfo('example.org', 80)\n"
        "except RuntimeError as exc:\n"
        "    print(type(exc).__name__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "helpers.offline", sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert done.stdout.strip() == "DownloadAttempted", done.stderr
