"""helpers.paths: the bundle's folders and the optional shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import paths


def test_bundle_folders_exist() -> None:
    assert (paths.PROJECT_ROOT / "pyproject.toml").is_file()
    assert paths.CORPUS_DIR.is_dir() and paths.NOTEBOOKS_DIR.is_dir()
    assert paths.PRACTICE_CORPUS_DIR.is_dir() and paths.PRACTICE_GOLD.is_file()


def test_shared_dir_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "eval").mkdir()
    monkeypatch.setenv("NEWS_SHARED", str(tmp_path))
    assert paths.shared_dir() == tmp_path
    assert paths.shared_path("eval") == tmp_path / "eval"
    assert paths.shared_path("missing") is None
    monkeypatch.setenv("NEWS_SHARED", str(tmp_path / "nowhere"))
    assert paths.shared_dir() is None and paths.shared_path("eval") is None
