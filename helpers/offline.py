"""The offline promise, enforced: no network connection leaves this machine.

:func:`install` patches :mod:`socket` so that any connection, datagram or name look-up for a host
other than this machine raises :class:`DownloadAttempted`, and makes ``nltk.download`` raise too.
Loopback (``127.*``, ``::1``, ``localhost``) and Unix sockets stay allowed: Jupyter kernels talk
to their clients over them.

It is installed

* in the test process (``tests/conftest.py``) and in every kernel the tests start;
* in every kernel ``make report`` starts (:mod:`helpers.report` runs :data:`KERNEL_GUARD` first);
* in ``make lab``: ``python -m helpers.offline jupyter lab ...`` runs the command with a
  ``sitecustomize`` on ``PYTHONPATH`` that calls :func:`install` in the server and in every
  Python process it starts (the kernels).

What is covered: ``socket.connect``, ``connect_ex``, ``sendto``/``sendmsg`` (UDP),
``socket.create_connection`` and ``socket.getaddrinfo`` (so DNS look-ups of outside names fail
before any packet is sent). A C extension opening its own sockets is not covered.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["KERNEL_GUARD", "DownloadAttempted", "install", "installed", "is_local"]

#: Python source a kernel runs first to install the guard (the report runner and the tests).
KERNEL_GUARD = "import helpers.offline as _offline\n_offline.install(nltk=False)\ndel _offline"
#: Environment variable naming the project folder for the ``sitecustomize`` of :func:`main`.
_ROOT_VARIABLE = "NEWS_OFFLINE_ROOT"
_LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})


class DownloadAttempted(RuntimeError):
    """Raised when code tries to reach the network; the bundle must work offline."""


_originals: dict[str, Any] = {}


def is_local(address: object) -> bool:
    """True for an address or host name on this machine (loopback, unspecified, Unix path)."""
    host = address[0] if isinstance(address, tuple) and address else address
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if host is None:
        return True  # getaddrinfo(None, port): the local host
    if not isinstance(host, str):
        return False
    host = host.strip().lower().rstrip(".")
    return (
        host in ("", "::1", "0.0.0.0", "::")
        or host in _LOCAL_NAMES
        or host.startswith("127.")
        or host.startswith("::ffff:127.")
        or host.startswith("/")
        or host.startswith("\0")
    )


def _refuse(what: str, address: object) -> DownloadAttempted:
    return DownloadAttempted(f"{what} to {address!r} attempted: the bundle must work offline")


def _is_unix(sock: socket.socket) -> bool:
    return sock.family == getattr(socket, "AF_UNIX", None)


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    if _is_unix(self) or is_local(address):
        return _originals["connect"](self, address)
    raise _refuse("network connection", address)


def _guarded_connect_ex(self: socket.socket, address: Any) -> Any:
    if _is_unix(self) or is_local(address):
        return _originals["connect_ex"](self, address)
    raise _refuse("network connection", address)


def _guarded_sendto(self: socket.socket, data: Any, *args: Any) -> Any:
    address = args[-1]  # sendto(data, address) or sendto(data, flags, address)
    if _is_unix(self) or is_local(address):
        return _originals["sendto"](self, data, *args)
    raise _refuse("datagram", address)


def _guarded_sendmsg(self: socket.socket, buffers: Any, *args: Any) -> Any:
    address = args[2] if len(args) > 2 else None  # sendmsg(buffers, ancdata, flags, address)
    if address is None or _is_unix(self) or is_local(address):
        return _originals["sendmsg"](self, buffers, *args)
    raise _refuse("datagram", address)


def _guarded_create_connection(address: Any, *args: Any, **kwargs: Any) -> Any:
    if is_local(address):
        return _originals["create_connection"](address, *args, **kwargs)
    raise _refuse("network connection", address)


def _guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    if is_local(host):
        return _originals["getaddrinfo"](host, *args, **kwargs)
    raise _refuse("name look-up", host)


def _forbidden_download(*args: Any, **kwargs: Any) -> Any:
    raise DownloadAttempted("nltk.download() called: the bundle must not download data")


def installed() -> bool:
    """True once :func:`install` has run in this process."""
    return bool(_originals)


def install(*, nltk: bool = True) -> None:
    """Forbid outside connections, datagrams and name look-ups (and ``nltk.download``).

    Idempotent. *nltk*: also replace ``nltk.download`` now (imports nltk, which takes seconds).
    With ``nltk=False`` it is replaced only if nltk is already imported; a later
    ``nltk.download()`` fails anyway, at its refused name look-up.
    """
    if not _originals:
        for name in ("connect", "connect_ex", "sendto", "sendmsg"):
            if hasattr(socket.socket, name):
                _originals[name] = getattr(socket.socket, name)
        _originals["create_connection"] = socket.create_connection
        _originals["getaddrinfo"] = socket.getaddrinfo
        socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
        socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]
        socket.socket.sendto = _guarded_sendto  # type: ignore[method-assign,assignment]
        if "sendmsg" in _originals:
            socket.socket.sendmsg = _guarded_sendmsg  # type: ignore[method-assign]
        socket.create_connection = _guarded_create_connection  # type: ignore[assignment]
        socket.getaddrinfo = _guarded_getaddrinfo  # type: ignore[assignment]
    if nltk or "nltk.downloader" in sys.modules:
        _forbid_nltk_download()


def _forbid_nltk_download() -> None:
    try:
        import nltk as nltk_module
        import nltk.downloader as downloader
    except ImportError:
        return
    nltk_module.download = _forbidden_download
    downloader.download = _forbidden_download
    downloader.Downloader.download = _forbidden_download  # type: ignore[method-assign]


_SITECUSTOMIZE = f"""\
# Written by helpers.offline: forbid outside network access in this process.
import os, sys
_root = os.environ.get({_ROOT_VARIABLE!r})
if _root and _root not in sys.path:
    sys.path.append(_root)
try:
    import helpers.offline as _offline
    _offline.install(nltk=False)
except Exception as _exc:  # never stop a process from starting
    sys.stderr.write(f"helpers.offline: guard not installed: {{_exc}}\\n")
"""


def main(argv: list[str] | None = None) -> int:
    """``python -m helpers.offline COMMAND ...``: run COMMAND with the guard in every Python process.

    The guard reaches processes started by COMMAND too (Jupyter kernels), through a
    ``sitecustomize`` module placed first on ``PYTHONPATH``. ``nltk.download`` is not patched in
    them at start-up (importing nltk would slow every kernel): it fails anyway, as its name
    look-up is refused.
    """
    command = list(sys.argv[1:] if argv is None else argv)
    if not command:
        print("usage: python -m helpers.offline COMMAND [ARG ...]", file=sys.stderr)
        return 2
    from helpers.paths import PROJECT_ROOT

    with tempfile.TemporaryDirectory(prefix="news-offline-") as folder:
        Path(folder, "sitecustomize.py").write_text(_SITECUSTOMIZE, encoding="utf-8")
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (folder, env.get("PYTHONPATH", "")) if p)
        env[_ROOT_VARIABLE] = str(PROJECT_ROOT)
        try:
            return subprocess.call(command, env=env)
        except KeyboardInterrupt:
            return 130


if __name__ == "__main__":
    raise SystemExit(main())
