"""Fixtures for the corpus tests: very deep folders, made and removed without recursion."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def make_deep_chain(top: Path, depth: int, *, name: str = "d") -> int:
    """Create ``top/d/d/.../d`` *depth* levels deep; return an open descriptor of the deepest.

    Folders are made relative to a descriptor: the full path is too long for ``os.makedirs``.
    """
    folder = os.open(top, os.O_RDONLY)
    for _ in range(depth):
        os.mkdir(name, dir_fd=folder)
        inner = os.open(name, os.O_RDONLY, dir_fd=folder)
        os.close(folder)
        folder = inner
    return folder


def remove_tree(top: Path) -> None:
    """Remove *top* and everything under it, however deep (``shutil.rmtree`` recurses).

    Every sub-folder is first moved up to *top*, so no path ever gets long, then removed.
    """
    moved = 0
    pending = [str(top)]
    while pending:
        folder = pending.pop()
        with os.scandir(folder) as entries:
            children = [entry.path for entry in entries if entry.is_dir(follow_symlinks=False)]
        for child in children:
            moved += 1
            flat = os.path.join(top, f"__flat{moved}")
            os.rename(child, flat)
            pending.append(flat)
    shutil.rmtree(top)


@pytest.fixture
def deep_chain(tmp_path: Path) -> Iterator[Callable[[Path, int], int]]:
    """``deep_chain(top, depth)`` makes a deep folder chain; everything made is removed after."""
    made: list[Path] = []

    def make(top: Path, depth: int) -> int:
        made.append(top)
        return make_deep_chain(top, depth)

    yield make
    for top in made:
        if top.exists():
            remove_tree(top)


@pytest.fixture(scope="session")
def folder_tools() -> tuple[Callable[..., int], Callable[[Path], None]]:
    """``(make_deep_chain, remove_tree)`` for tests that build their own folders."""
    return make_deep_chain, remove_tree
