"""environment.yml (conda/Binder) and pyproject.toml must name the same dependencies."""

from __future__ import annotations

import re
import tomllib

from helpers.paths import PROJECT_ROOT


def _name(requirement: str) -> str:
    name = re.split(r"[<>=!~\[; ]", requirement.strip(), maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", name).lower()


def _environment_names() -> set[str]:
    names: set[str] = set()
    in_dependencies = False
    for line in (PROJECT_ROOT / "environment.yml").read_text().splitlines():
        if line.startswith("dependencies:"):
            in_dependencies = True
            continue
        item = re.match(r"^\s{2}- (\S.*)$", line)
        if in_dependencies and item and not item.group(1).startswith("pip:"):
            names.add(_name(item.group(1)))
    return names - {"python", "pip"}


def test_environment_matches_pyproject() -> None:
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())["project"]
    wanted = {_name(r) for r in project["dependencies"]}
    wanted |= {_name(r) for r in project["optional-dependencies"]["lab"]}
    assert _environment_names() == wanted


def test_environment_installs_the_package_with_lab_extra() -> None:
    text = (PROJECT_ROOT / "environment.yml").read_text()
    assert "- -e .[lab]" in text
    assert re.search(r"- python=3\.1[1-9]", text)
