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

    Sub-sub-folders are moved up to *top* one level at a time, so no path ever gets long.
    """
    moved = 0
    while True:
        nested = [
            inner.path
            for entry in os.scandir(top)
            if entry.is_dir(follow_symlinks=False)
            for inner in os.scandir(entry.path)
            if inner.is_dir(follow_symlinks=False)
        ]
        if not nested:
            break
        for path in nested:
            moved += 1
            os.rename(path, os.path.join(top, f"__up{moved}"))
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
